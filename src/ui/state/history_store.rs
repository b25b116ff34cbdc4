//! The history on screen, and how it reaches storage: every change goes through a `History`
//! method (which checks the rules), and every save through `storage::save` (the domain's save
//! decision) inside a cross-tab lock.

use leptos::prelude::*;

use super::notices::{Notices, Problem};
use crate::domain::history::Merged;
use crate::domain::stored::Stored;
use crate::domain::sync::{Absorbed, SaveOutcome, Synced};
use crate::domain::History;
use crate::edges::{locks, storage};

/// The user's history, or someone's shared copy (read-only, never saved).
#[derive(Clone, Copy)]
pub struct HistoryStore {
    history: RwSignal<History>,
    read_only: bool,
}

impl HistoryStore {
    pub fn new(history: History, read_only: bool) -> Self {
        HistoryStore {
            history: RwSignal::new(history),
            read_only,
        }
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
            if ran_before.is_none() {
                return; // The first run is the data just loaded.
            }
            locks::with_exclusive(storage::HISTORY_KEY, move || {
                let Some(ours) = self.history.try_get_untracked() else {
                    return false; // Unmounted while waiting for the lock.
                };
                // The people are saved with the history, as last synced (no screen changes
                // them yet), so another tab's changes to them are merged, never overwritten.
                let Some(outcome) = synced.try_update_value(|s| {
                    let ours = Stored::new(ours, s.people().clone());
                    storage::save(s, &ours)
                }) else {
                    return false;
                };
                match outcome {
                    SaveOutcome::Unchanged => return false,
                    SaveOutcome::Saved => notices.saved(),
                    SaveOutcome::Merged {
                        stored, dropped, ..
                    } => {
                        notices.saved();
                        let history = stored.into_parts().0;
                        self.take_merge(Merged { history, dropped }, notices);
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
            if ev.key().as_deref() != Some(storage::HISTORY_KEY) {
                return;
            }
            let ours = self.history.get_untracked();
            let absorbed = synced.try_update_value(|s| {
                let ours = Stored::new(ours, s.people().clone());
                storage::absorb(s, &ours)
            });
            match absorbed {
                Some(Absorbed::Merged(merged)) => self.take_merge(merged.history_merge(), notices),
                Some(Absorbed::Refused(problem)) => {
                    notices.report(Problem::UnreadableByThisVersion(problem))
                }
                Some(Absorbed::Unchanged) | None => {}
            }
        });
        on_cleanup(move || other_tab.remove());
    }

    /// Shows a merge's result, telling the user about any outcome of theirs that didn't fit.
    fn take_merge(self, merged: Merged, notices: Notices) {
        if !merged.dropped.is_empty() {
            let names = merged.dropped.iter().map(|o| o.name().to_string());
            notices.report(Problem::OutcomesDropped(names.collect()));
        }
        self.set(merged.history);
    }
}
