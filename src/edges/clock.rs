//! Today's calendar date in the user's time zone.

use chrono::NaiveDate;

/// The user's local date (snapshots are calendar days, not instants).
pub fn today() -> NaiveDate {
    chrono::Local::now().date_naive()
}

/// The current moment in UTC (for stamps in files), to the second.
pub fn now_utc() -> chrono::NaiveDateTime {
    chrono::Utc::now().naive_utc()
}
