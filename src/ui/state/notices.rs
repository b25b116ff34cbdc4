//! What the user must be told, as typed values; `components::Notices` renders them, the only
//! place that turns them into words.

use leptos::prelude::*;

use crate::domain::capture::CaptureError;
use crate::domain::envelope::EnvelopeError;
use crate::domain::{HistoryError, Snapshot};
use crate::edges::download::DownloadError;
use crate::edges::storage::StorageError;

/// A problem shown until it is resolved or dismissed.
#[derive(Clone, Debug, PartialEq)]
pub enum Problem {
    /// Storage is missing or failed; the history lives in this tab only.
    Storage(StorageError),
    /// Another tab stored data this version can't read; nothing was overwritten.
    UnreadableByThisVersion(EnvelopeError),
    /// A change the history's rules refused (nothing changed).
    ChangeRefused(HistoryError),
    /// A download didn't start.
    ExportFailed(DownloadError),
    /// Outcomes or people this tab added that didn't fit after another tab's additions (by
    /// name).
    NoLongerFit(Vec<String>),
    /// A page captured by the bookmarklet couldn't be read from the address.
    Capture(CaptureError),
}

/// The notices area's state.
#[derive(Clone, Copy)]
pub struct Notices {
    problem: RwSignal<Option<Problem>>,
    deleted: RwSignal<Option<Snapshot>>,
    update_ready: RwSignal<bool>,
    /// Something pasted outside a field was neither an SSI page nor a share link.
    stray_paste: RwSignal<bool>,
}

impl Notices {
    pub fn new(problem: Option<Problem>) -> Self {
        Notices {
            problem: RwSignal::new(problem),
            deleted: RwSignal::new(None),
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

    pub fn report(&self, problem: Problem) {
        self.problem.set(Some(problem));
    }

    /// Clears a storage problem after a save that worked (other problems stay until dismissed).
    pub fn saved(&self) {
        if self
            .problem
            .with_untracked(|p| matches!(p, Some(Problem::Storage(_))))
        {
            self.problem.set(None);
        }
    }

    pub fn dismiss_problem(&self) {
        self.problem.set(None);
    }

    /// The last deleted snapshot, offered for undo.
    pub fn deleted(&self) -> Option<Snapshot> {
        self.deleted.get()
    }

    pub fn offer_undo(&self, snapshot: Snapshot) {
        self.deleted.set(Some(snapshot));
    }

    /// Takes the snapshot to restore, closing the undo notice.
    pub fn take_deleted(&self) -> Option<Snapshot> {
        let deleted = self.deleted.get_untracked();
        self.deleted.set(None);
        deleted
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
