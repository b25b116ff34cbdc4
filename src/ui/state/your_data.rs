//! The user's own history and the people they saved, as this tab shows them: the handle every
//! editing control needs. Only the user's own screens have one (the tracker provides it for
//! their own data, never for a shared view), and every change goes through a `History` or
//! `People` method that checks the rules. Saving is not done here: [`OwnData`](super::OwnData)
//! stores whatever this holds.

use leptos::prelude::*;

use super::notices::{Notices, Problem, Undo};
use super::HistoryView;
use crate::domain::people::People;
use crate::domain::people::{PeopleError, PersonId};
use crate::domain::stored::{MergedStored, Stored};
use crate::domain::sync::no_longer_fit;
use crate::domain::History;
use crate::edges::{focus, language};
use crate::i18n;
use crate::markup::Whose;
use crate::ui::components::TOAST_UNDO_ID;

#[derive(Clone, Copy)]
pub struct YourData {
    history: RwSignal<History>,
    people: RwSignal<People>,
}

impl YourData {
    /// `stored` as this tab shows it from now on.
    pub fn new(stored: Stored) -> Self {
        let (history, people) = stored.into_parts();
        YourData {
            history: RwSignal::new(history),
            people: RwSignal::new(people),
        }
    }

    pub fn expect() -> Self {
        expect_context()
    }

    /// The read-only view of the history, for display components.
    pub fn view(&self) -> HistoryView {
        HistoryView::new(self.history, Signal::stored(Whose::Yours))
    }

    /// Reads the history (tracked).
    pub fn with<R>(&self, read: impl FnOnce(&History) -> R) -> R {
        self.history.with(read)
    }

    /// Reads the history without subscribing to it (in event handlers).
    pub fn with_untracked<R>(&self, read: impl FnOnce(&History) -> R) -> R {
        self.history.with_untracked(read)
    }

    /// Reads the people the user saved from share links (tracked).
    pub fn with_people<R>(&self, read: impl FnOnce(&People) -> R) -> R {
        self.people.with(read)
    }

    /// Reads the people without subscribing to them (in event handlers).
    pub fn with_people_untracked<R>(&self, read: impl FnOnce(&People) -> R) -> R {
        self.people.with_untracked(read)
    }

    /// Forgets a saved person at once, like deleting a snapshot, with an Undo in the toast
    /// (focused, so a keyboard user can take it back at once).
    pub fn remove_person(&self, id: PersonId, notices: Notices) -> Result<(), PeopleError> {
        let store = *self;
        let person = self.change_people(|people| people.remove(id))?;
        notices.show_toast(
            // In an event handler, out of reach of the context: the page's language itself.
            i18n::storage_person_removed(language::current(), person.name()),
            Some(Undo::PersonRemoved { store, person }),
        );
        request_animation_frame(|| {
            focus::focus(TOAST_UNDO_ID);
        });
        Ok(())
    }

    /// Applies one change through a `History` method. A refused change changes nothing and
    /// notifies nobody; its typed error goes back to the caller to show.
    pub fn change<T, E>(&self, change: impl FnOnce(&mut History) -> Result<T, E>) -> Result<T, E> {
        let mut next = self.history.get_untracked();
        let result = change(&mut next)?;
        self.history.set(next);
        Ok(result)
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

    /// Puts `history` in place of the user's whole history (the sample to try, "delete
    /// everything"); the saved people stay.
    pub fn replace_history(&self, history: History) {
        if self.history.with_untracked(|h| *h != history) {
            self.history.set(history);
        }
    }

    /// Everything this tab has (the history and the people), as it is stored: a full backup,
    /// and what an import or an undo starts from.
    pub fn everything_untracked(&self) -> Stored {
        self.stored_untracked().unwrap_or_default()
    }

    /// Shows `stored` in place of everything (an applied import, its undo), in one step.
    pub fn replace(&self, stored: Stored) {
        let (history, people) = stored.into_parts();
        if self.history.with_untracked(|h| *h != history) {
            self.history.set(history);
        }
        if self.people.with_untracked(|p| *p != people) {
            self.people.set(people);
        }
    }

    /// Shows a merge's result (another tab's save, an undo), telling the user about anything of
    /// theirs that didn't fit.
    pub fn take_merge(&self, merged: MergedStored, notices: Notices) {
        let names = no_longer_fit(&merged.dropped, &merged.dropped_people);
        if !names.is_empty() {
            notices.report(Problem::NoLongerFit(names));
        }
        self.replace(merged.stored);
    }

    /// Subscribes the running effect to every change (what [`OwnData`](super::OwnData) saves).
    pub(super) fn track(&self) {
        self.history.track();
        self.people.track();
    }

    /// What this tab has, as it is stored; `None` once the app is gone.
    pub(super) fn stored_untracked(&self) -> Option<Stored> {
        Some(Stored::new(
            self.history.try_get_untracked()?,
            self.people.try_get_untracked()?,
        ))
    }
}
