//! Today's calendar date in the user's time zone.

use chrono::NaiveDate;

/// The user's local date (snapshots are calendar days, not instants).
pub fn today() -> NaiveDate {
    chrono::Local::now().date_naive()
}
