//! What a screen shows: a history and whose it is, read-only. Every display component takes
//! this view; only the user's own screens also get the writable [`YourData`](super::YourData),
//! so a shared view or a saved person's screen has nothing to build an edit control with.

use leptos::prelude::*;

use crate::domain::stats::Range;
use crate::domain::{History, Snapshot};
use crate::markup::Whose;

#[derive(Clone, Copy)]
pub struct HistoryView {
    history: Signal<History>,
    whose: Signal<Whose>,
}

impl HistoryView {
    pub fn new(history: impl Into<Signal<History>>, whose: impl Into<Signal<Whose>>) -> Self {
        HistoryView {
            history: history.into(),
            whose: whose.into(),
        }
    }

    pub fn expect() -> Self {
        expect_context()
    }

    /// Whose numbers these are, for the words around them.
    pub fn whose(&self) -> Whose {
        self.whose.try_get_untracked().unwrap_or(Whose::Yours)
    }

    /// Reads the history (tracked).
    pub fn with<R>(&self, read: impl FnOnce(&History) -> R) -> R {
        self.history.with(read)
    }

    /// Reads the history without subscribing to it (in event handlers).
    /// A table's rows (tracked): the snapshots in `range`, newest first, each made into a row
    /// by `row`, which may skip one.
    pub fn newest_first<V>(&self, range: Range, row: impl FnMut(&Snapshot) -> Option<V>) -> Vec<V> {
        self.with(|h| range.of(h).iter().rev().filter_map(row).collect())
    }

    pub fn with_untracked<R>(&self, read: impl FnOnce(&History) -> R) -> R {
        self.history.with_untracked(read)
    }
}
