//! The History table's rows: a page at a time, and held in place under the pointer.

mod support;
use chrono::NaiveDate;
use ssi_lens::domain::history_rows::{held_in_place, newest, Rows, PAGE_ROWS};
use ssi_lens::domain::{History, Snapshot};
use support::{date, snapshot};

fn day(n: i64) -> NaiveDate {
    date(2026, 1, 1) + chrono::Days::new(n as u64)
}

fn snap(n: i64, brand: f64) -> Snapshot {
    snapshot(day(n), [brand, 5.0, 5.0, 5.0])
}

fn history(days: impl IntoIterator<Item = i64>) -> History {
    let mut h = History::default();
    for n in days {
        h.add(snap(n, 10.0)).unwrap();
    }
    h
}

fn dates(rows: &Rows) -> Vec<(NaiveDate, bool)> {
    rows.rows
        .iter()
        .map(|r| (r.snapshot.date, r.removed))
        .collect()
}

#[test]
fn a_long_history_shows_its_newest_page_newest_first() {
    let h = history(0..250);
    let page = newest(&h, PAGE_ROWS);
    assert_eq!(page.rows.len(), PAGE_ROWS);
    assert_eq!(page.rows[0].snapshot.date, day(249));
    assert_eq!(
        page.rows[PAGE_ROWS - 1].snapshot.date,
        day(250 - PAGE_ROWS as i64)
    );
    assert_eq!(newest(&h, 1000).rows.len(), 250);
}

#[test]
fn a_row_deleted_elsewhere_stays_in_place_marked_removed_and_edits_show() {
    let before = history(0..5);
    let shown = newest(&before, PAGE_ROWS);
    let mut after = before.clone();
    after.delete(day(3)).unwrap();
    after.replace(snap(1, 20.0)).unwrap();
    let held = held_in_place(&shown, &after, PAGE_ROWS, |_| false);
    assert_eq!(
        dates(&held),
        vec![
            (day(4), false),
            (day(3), true),
            (day(2), false),
            (day(1), false),
            (day(0), false)
        ]
    );
    assert_eq!(held.rows[3].snapshot.pillars.brand, 20.0);
    // Once the pointer leaves, the table is the history again.
    assert_eq!(newest(&after, PAGE_ROWS).rows.len(), 4);
}

#[test]
fn the_users_own_delete_and_undo_change_the_rows_at_once() {
    let before = history(0..5);
    let shown = newest(&before, PAGE_ROWS);
    let mut after = before.clone();
    after.delete(day(3)).unwrap();
    let held = held_in_place(&shown, &after, PAGE_ROWS, |d| d == day(3));
    assert_eq!(held.rows.len(), 4);
    assert!(held.rows.iter().all(|r| !r.removed));
    let restored = held_in_place(&held, &before, PAGE_ROWS, |d| d == day(3));
    assert_eq!(restored, newest(&before, PAGE_ROWS));
}

#[test]
fn a_snapshot_added_elsewhere_waits_for_the_pointer_to_leave() {
    let before = history([0, 2, 4]);
    let shown = newest(&before, PAGE_ROWS);
    let mut after = before.clone();
    after.add(snap(3, 10.0)).unwrap();
    after.add(snap(9, 10.0)).unwrap();
    let held = held_in_place(&shown, &after, PAGE_ROWS, |_| false);
    assert_eq!(dates(&held), dates(&shown));
    assert_eq!(held.waiting, 2);
    // One older than the page's last row is below it anyway: it doesn't wait.
    let page = newest(&history(0..200), PAGE_ROWS);
    let mut older = history(0..200);
    older.delete(day(5)).unwrap();
    let held = held_in_place(&page, &older, PAGE_ROWS, |_| false);
    assert_eq!(held.waiting, 0);
    assert_eq!(held.rows, page.rows);
}
