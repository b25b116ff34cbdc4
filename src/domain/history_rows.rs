//! Which rows the History table shows: the newest snapshots a page at a time (a history of
//! twenty thousand snapshots must not be drawn at once), and, while the pointer is over the
//! table, the rows already there, in place: a row another tab deleted stays, marked removed,
//! and a row another tab added waits, so that nothing slides under the pointer and a click
//! lands on the row the user aimed at.

use std::collections::BTreeSet;

use chrono::NaiveDate;

use super::{History, Snapshot};

/// Rows shown at first, and added by each "Show more".
pub const PAGE_ROWS: usize = 50;

/// One row of the table.
#[derive(Clone, Debug, PartialEq)]
pub struct Row {
    pub snapshot: Snapshot,
    /// Deleted by another tab while the pointer was over the table: shown, inert, until the
    /// pointer leaves.
    pub removed: bool,
}

/// The rows of the table.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Rows {
    pub rows: Vec<Row>,
    /// Snapshots another tab added among the shown ones, waiting for the pointer to leave.
    pub waiting: usize,
}

/// The newest `limit` snapshots, newest first.
pub fn newest(history: &History, limit: usize) -> Rows {
    let rows = history
        .snapshots()
        .iter()
        .rev()
        .take(limit)
        .map(|s| Row {
            snapshot: s.clone(),
            removed: false,
        })
        .collect();
    Rows { rows, waiting: 0 }
}

/// The rows `shown` kept in place after `history` changed while the pointer was over the
/// table. A row whose snapshot changed shows the change; one that is gone stays, marked
/// removed, unless `deleted_here` says this page deleted it (the user's own delete takes its
/// row away, as they expect); a snapshot that is new among them waits, unless it is one this
/// page deleted coming back (the user's Undo).
pub fn held_in_place(
    shown: &Rows,
    history: &History,
    limit: usize,
    deleted_here: impl Fn(NaiveDate) -> bool,
) -> Rows {
    let mut rows: Vec<Row> = shown
        .rows
        .iter()
        .filter_map(|row| match history.get(row.snapshot.date) {
            Some(now) => Some(Row {
                snapshot: now.clone(),
                removed: false,
            }),
            None if deleted_here(row.snapshot.date) => None,
            None => Some(Row {
                snapshot: row.snapshot.clone(),
                removed: true,
            }),
        })
        .collect();
    let shown_dates: BTreeSet<NaiveDate> = shown.rows.iter().map(|r| r.snapshot.date).collect();
    // Only snapshots that would be shown count: older ones are below the page anyway.
    let oldest_shown = shown.rows.last().map(|r| r.snapshot.date);
    let mut waiting = 0;
    for s in history.snapshots().iter().rev().take(limit) {
        if shown_dates.contains(&s.date) || oldest_shown.is_some_and(|oldest| s.date < oldest) {
            continue;
        }
        if deleted_here(s.date) {
            rows.push(Row {
                snapshot: s.clone(),
                removed: false,
            });
        } else {
            waiting += 1;
        }
    }
    rows.sort_by_key(|r| std::cmp::Reverse(r.snapshot.date));
    Rows { rows, waiting }
}
