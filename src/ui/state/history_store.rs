//! The history on screen, and how it reaches storage: every change goes through a `History`
//! method (which checks the rules), and every save through `storage::save` (the domain's save
//! decision) inside a cross-tab lock.

use leptos::prelude::*;

use super::notices::{Notices, Problem};
use crate::domain::people::People;
use crate::domain::stored::{MergedStored, Stored, STORAGE_KEY};
use crate::domain::sync::{Absorbed, SaveOutcome, Synced};
use crate::domain::History;
use crate::edges::locks;
use crate::edges::storage;
use crate::ui::format::Whose;

/// The user's history and the people they saved, or someone's shared copy (read-only, never
/// saved, with nobody saved).
#[derive(Clone, Copy)]
pub struct HistoryStore {
    history: RwSignal<History>,
    people: RwSignal<People>,
    read_only: bool,
    whose: StoredValue<Whose>,
}

impl HistoryStore {
    /// The user's own history and saved people.
    pub fn new(history: History, people: People, read_only: bool) -> Self {
        HistoryStore {
            history: RwSignal::new(history),
            people: RwSignal::new(people),
            read_only,
            whose: StoredValue::new(Whose::Yours),
        }
    }

    /// Someone's shared history, read-only: `name` is theirs, when the link has one.
    pub fn shared(history: History, name: Option<String>) -> Self {
        HistoryStore {
            whose: StoredValue::new(Whose::Someones(name)),
            ..HistoryStore::new(history, People::new(), true)
        }
    }

    /// Shows someone else's `history` in this read-only store (a saved person's screen).
    pub fn show(&self, history: History, name: Option<String>) {
        self.whose.set_value(Whose::Someones(name));
        self.set(history);
    }

    /// Whose numbers these are, for the words around them.
    pub fn whose(&self) -> Whose {
        self.whose.get_value()
    }

    /// Reads the people the user saved from share links (tracked).
    pub fn with_people<R>(&self, read: impl FnOnce(&People) -> R) -> R {
        self.people.with(read)
    }

    /// The saved people, untracked (in event handlers).
    pub fn people_untracked(&self) -> People {
        self.people.get_untracked()
    }

    /// Shows `people` in place of the saved ones (an applied import, its undo).
    pub fn set_people(&self, people: People) {
        if self.people.with_untracked(|p| *p != people) {
            self.people.set(people);
        }
    }

    /// Applies one change to the saved people through a `People` method; a refused change
    /// changes nothing.
    pub fn change_people<T, E>(
        &self,
        change: impl FnOnce(&mut People) -> Result<T, E>,
    ) -> Result<T, E> {
        let mut next = self.people.get_untracked();
        let result = change(&mut next)?;
        self.people.set(next);
        Ok(result)
    }

    pub fn expect() -> Self {
        expect_context()
    }

    /// A shared copy: no edit controls, nothing saved.
    pub fn read_only(&self) -> bool {
        self.read_only
    }

    /// Reads the history (tracked).
    pub fn with<R>(&self, read: impl FnOnce(&History) -> R) -> R {
        self.history.with(read)
    }

    /// Reads the history without subscribing to it (in event handlers).
    pub fn with_untracked<R>(&self, read: impl FnOnce(&History) -> R) -> R {
        self.history.with_untracked(read)
    }

    /// Applies one change through a `History` method. A refused change changes nothing and
    /// notifies nobody; its typed error goes back to the caller to show.
    pub fn change<T, E>(&self, change: impl FnOnce(&mut History) -> Result<T, E>) -> Result<T, E> {
        let mut next = self.history.get_untracked();
        let result = change(&mut next)?;
        self.history.set(next);
        Ok(result)
    }

    /// Shows `history` in place of the current one (an applied import, a merge).
    pub fn set(&self, history: History) {
        if self.history.with_untracked(|h| *h != history) {
            self.history.set(history);
        }
    }

    /// Saves every change from now on, merging what other tabs store, and takes in other
    /// tabs' saves as they happen. `synced` is what start-up read.
    pub fn persist(self, synced: Synced, notices: Notices) {
        let synced = StoredValue::new(synced);
        let asked_persistence = StoredValue::new(false);
        // Each run only queues a save; the save itself reads the latest history once the lock
        // is granted, so a burst of changes ends with the last one stored.
        Effect::new(move |ran_before: Option<()>| {
            self.history.track();
            self.people.track();
            if ran_before.is_none() {
                return; // The first run is the data just loaded.
            }
            // A save still waiting for another tab's lock after a few seconds is reported, not
            // left looking saved; the save itself clears the report.
            let waiting = move || notices.report_waiting();
            locks::with_exclusive_telling_wait(STORAGE_KEY, waiting, move || {
                let Some(ours) = self.stored_untracked() else {
                    return false; // Unmounted while waiting for the lock.
                };
                let Some(outcome) = synced.try_update_value(|s| storage::save(s, &ours)) else {
                    return false;
                };
                match outcome {
                    SaveOutcome::Unchanged => {
                        notices.saved();
                        return false;
                    }
                    SaveOutcome::Saved => notices.saved(),
                    SaveOutcome::Restored => {
                        notices.saved();
                        notices.report(Problem::StorageWasCleared);
                    }
                    SaveOutcome::Merged {
                        stored,
                        dropped,
                        dropped_people,
                    } => {
                        notices.saved();
                        self.take_merge(
                            MergedStored {
                                stored,
                                dropped,
                                dropped_people,
                            },
                            notices,
                        );
                    }
                    SaveOutcome::Refused(problem) => {
                        notices.report(Problem::UnreadableByThisVersion(problem));
                        return false;
                    }
                    SaveOutcome::Failed(e) => {
                        notices.report(Problem::Storage(e));
                        return false;
                    }
                }
                if !asked_persistence.get_value() {
                    asked_persistence.set_value(true);
                    storage::request_persistence();
                }
                true
            });
        });

        // Another tab saved: take its changes, keeping this tab's own.
        let other_tab = window_event_listener(leptos::ev::storage, move |ev| {
            if ev.key().as_deref() != Some(STORAGE_KEY) {
                return;
            }
            let Some(ours) = self.stored_untracked() else {
                return;
            };
            match synced.try_update_value(|s| storage::absorb(s, &ours)) {
                Some(Ok(Absorbed::Merged(merged))) => self.take_merge(merged, notices),
                Some(Ok(Absorbed::Refused(problem))) => {
                    notices.report(Problem::UnreadableByThisVersion(problem))
                }
                Some(Err(e)) => notices.report(Problem::Storage(e)),
                Some(Ok(Absorbed::Unchanged)) | None => {}
            }
        });
        on_cleanup(move || other_tab.remove());
    }

    /// Everything this tab has (the history and the people), as it is stored: a full backup.
    pub fn everything_untracked(&self) -> Stored {
        self.stored_untracked().unwrap_or_default()
    }

    /// What this tab has, as it is stored.
    fn stored_untracked(&self) -> Option<Stored> {
        Some(Stored::new(
            self.history.try_get_untracked()?,
            self.people.try_get_untracked()?,
        ))
    }

    /// Shows a merge's result (another tab's save, an undo), telling the user about anything of
    /// theirs that didn't fit.
    pub fn take_merge(self, merged: MergedStored, notices: Notices) {
        let outcomes = merged.dropped.iter().map(|o| o.name().to_string());
        let people = merged.dropped_people.iter().map(|p| p.name().to_string());
        let names: Vec<String> = outcomes.chain(people).collect();
        if !names.is_empty() {
            notices.report(Problem::NoLongerFit(names));
        }
        let (history, people) = merged.stored.into_parts();
        self.set(history);
        self.set_people(people);
    }
}
