//! When to remind the user to export a backup: browser data can be cleared at any time.

use chrono::NaiveDate;

use super::history::History;

/// Days after an export (or a dismissed reminder) before reminding again.
pub const REMIND_AFTER_DAYS: i64 = 30;
/// Snapshots worth protecting before the first reminder.
pub const MIN_SNAPSHOTS: usize = 3;

/// True when the user has real data and has not exported (or dismissed the reminder) lately.
pub fn backup_due(
    history: &History,
    last_export: Option<NaiveDate>,
    dismissed: Option<NaiveDate>,
    today: NaiveDate,
) -> bool {
    let real = history.snapshots().iter().filter(|s| !s.sample).count();
    backup_due_for(real, last_export, dismissed, today)
}

/// The same, from the number of real (not sample) snapshots: what the first paint knows.
pub fn backup_due_for(
    real_snapshots: usize,
    last_export: Option<NaiveDate>,
    dismissed: Option<NaiveDate>,
    today: NaiveDate,
) -> bool {
    let recent =
        |d: Option<NaiveDate>| d.is_some_and(|d| (today - d).num_days() < REMIND_AFTER_DAYS);
    real_snapshots >= MIN_SNAPSHOTS && !recent(last_export) && !recent(dismissed)
}
