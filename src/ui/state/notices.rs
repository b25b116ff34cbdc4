//! What the user must be told, as typed values; `components::Notices` renders them, the only
//! place that turns them into words. Short feedback on what the user just did ("Deleted …",
//! "Saved", "Imported …") is a [`Toast`], shown where the user is, with an undo when there is one.

use leptos::prelude::*;

use super::{OwnDataError, YourData};
use crate::domain::address::Screen;
use crate::domain::capture::CaptureError;
use crate::domain::envelope::EnvelopeError;
use crate::domain::people::{PeopleError, Person};
use crate::domain::stored::Stored;
use crate::domain::{HistoryError, Snapshot};
use crate::edges::download::DownloadError;
use crate::edges::location::NotOpened;
use crate::edges::storage::StorageError;

/// A problem shown until it is resolved or dismissed.
#[derive(Clone, Debug, PartialEq)]
pub enum Problem {
    /// Storage is missing or failed; the history lives in this tab only.
    Storage(StorageError),
    /// The stored data had vanished from the browser's storage (cleared outside SSI Lens);
    /// this tab stored its copy again.
    StorageWasCleared,
    /// Another tab stored data this version can't read; nothing was overwritten.
    UnreadableByThisVersion(EnvelopeError),
    /// A change the history's rules refused (nothing changed).
    ChangeRefused(HistoryError),
    /// A change to the saved people their rules refused (nothing changed).
    PeopleChangeRefused(PeopleError),
    /// A download didn't start.
    ExportFailed(DownloadError),
    /// Outcomes or people this tab added that didn't fit after another tab's additions (by
    /// name).
    NoLongerFit(Vec<String>),
    /// A page captured by the bookmarklet couldn't be read (from the tab's name or the address).
    Capture(CaptureError),
    /// Saving to the user's own data from a shared view failed; nothing of theirs changed.
    OwnData(OwnDataError),
    /// The browser would not open an address (a pasted share link, one's own history).
    NotOpened(NotOpened),
}

/// What a toast's "Undo" takes back.
#[derive(Clone)]
pub enum Undo {
    /// A deleted snapshot, added back to `store`.
    Deleted { store: YourData, snapshot: Snapshot },
    /// A change made in one step (an import) to `store`: everything before and after it.
    Change {
        store: YourData,
        before: Stored,
        after: Stored,
    },
    /// A saved person removed from `store`, added back.
    PersonRemoved { store: YourData, person: Person },
}

/// Feedback on what the user just did, at the bottom of the screen.
#[derive(Clone)]
pub struct Toast {
    /// Tells one toast from the next, so a new one gets its full time.
    pub id: u64,
    pub message: String,
    pub undo: Option<Undo>,
    /// The element (by id) that takes focus when the toast closes with focus in it; the
    /// screen's heading when it is gone.
    pub return_focus: Option<String>,
    /// The element (by id) that takes focus after the undo (the restored row's), if any.
    pub focus_after_undo: Option<String>,
    /// The screen the toast reports on, when it is not the one showing as it appears (a save's
    /// confirmation, shown as the form leaves for it).
    pub about: Option<Screen>,
}

impl Toast {
    /// True when the toast still belongs on screen after a move to `now`: one with an Undo
    /// stays (the chance to take a change back must not vanish with a tab click); a plain
    /// confirmation only on the screen it is `about`.
    pub fn stays_on(&self, about: Option<Screen>, now: Option<Screen>) -> bool {
        self.undo.is_some() || about == now
    }
}

/// The notices area's state.
#[derive(Clone, Copy)]
pub struct Notices {
    problem: RwSignal<Option<Problem>>,
    toast: RwSignal<Option<Toast>>,
    toasts_shown: StoredValue<u64>,
    update_ready: RwSignal<bool>,
    /// Something pasted outside a field was neither an SSI page nor a share link.
    stray_paste: RwSignal<bool>,
}

impl Notices {
    pub fn new(problem: Option<Problem>) -> Self {
        Notices {
            problem: RwSignal::new(problem),
            toast: RwSignal::new(None),
            toasts_shown: StoredValue::new(0),
            update_ready: RwSignal::new(false),
            stray_paste: RwSignal::new(false),
        }
    }

    pub fn expect() -> Self {
        expect_context()
    }

    pub fn problem(&self) -> Option<Problem> {
        self.problem.get()
    }

    /// Shows `problem`. A report that comes after the app is gone (a timer, another tab's lock
    /// released late) is dropped, never a panic.
    pub fn report(&self, problem: Problem) {
        self.problem.try_set(Some(problem));
    }

    /// Reports a save still waiting for another tab, unless a problem other than storage's is
    /// showing (what a merge dropped, data this version can't read): the user must still read
    /// that one, and the wait ends by itself.
    pub fn report_waiting(&self) {
        let other_showing = self.problem.try_with_untracked(|p| {
            p.as_ref()
                .is_some_and(|p| !matches!(p, Problem::Storage(_)))
        });
        let Some(other_showing) = other_showing else {
            return; // The app is gone.
        };
        if !other_showing {
            self.report(Problem::Storage(StorageError::Waiting));
        }
    }

    /// Clears a storage problem after a save that worked (other problems stay until dismissed).
    pub fn saved(&self) {
        if self
            .problem
            .try_with_untracked(|p| matches!(p, Some(Problem::Storage(_))))
            == Some(true)
        {
            self.problem.try_set(None);
        }
    }

    pub fn dismiss_problem(&self) {
        self.problem.set(None);
    }

    /// The toast on show (tracked).
    pub fn toast(&self) -> Option<Toast> {
        self.toast.get()
    }

    /// The toast on show, untracked (in event handlers).
    pub fn toast_untracked(&self) -> Option<Toast> {
        self.toast.try_get_untracked().flatten()
    }

    /// Shows `message` in a toast, in place of any other, with `undo` if the change can be
    /// taken back.
    pub fn show_toast(&self, message: String, undo: Option<Undo>) -> u64 {
        self.show(Toast {
            id: 0,
            message,
            undo,
            return_focus: None,
            focus_after_undo: None,
            about: None,
        })
    }

    /// Confirms a change in a toast about `screen`, where the app is taking the user.
    pub fn confirm_on(&self, screen: Screen, message: String) -> u64 {
        self.show(Toast {
            id: 0,
            message,
            undo: None,
            return_focus: None,
            focus_after_undo: None,
            about: Some(screen),
        })
    }

    /// Shows `toast` (its id is given here) in place of any other; returns its id.
    pub fn show(&self, toast: Toast) -> u64 {
        let id = self.toasts_shown.get_value() + 1;
        self.toasts_shown.set_value(id);
        self.toast.set(Some(Toast { id, ..toast }));
        id
    }

    /// Closes the toast `id` (if it is still the one on show), returning it.
    pub fn close_toast(&self, id: u64) -> Option<Toast> {
        let open = self
            .toast
            .try_with_untracked(|t| t.as_ref().is_some_and(|t| t.id == id))?;
        open.then(|| self.toast.try_update(Option::take).flatten())
            .flatten()
    }

    /// Whether to offer the paste box after a paste that was neither a page nor a link.
    pub fn stray_paste(&self) -> bool {
        self.stray_paste.get()
    }

    pub fn offer_paste_box(&self, offer: bool) {
        self.stray_paste.set(offer);
    }

    pub fn update_ready(&self) -> bool {
        self.update_ready.get()
    }

    pub fn announce_update(&self) {
        self.update_ready.set(true);
    }
}
