//! Keeping the weekly habit: how long ago the last snapshot was, and a weekly reminder as a
//! calendar file (iCalendar, RFC 5545) that any calendar app imports. The file is made here,
//! whole, so it is tested natively; the browser only saves it.

use chrono::{Datelike, Days, NaiveDate, NaiveDateTime, NaiveTime, Timelike, Weekday};

use super::snapshot::is_ahead;
use crate::i18n::{self, Lang};

/// LinkedIn's SSI page, where the user reads their score.
pub const SSI_PAGE_URL: &str = "https://www.linkedin.com/sales/ssi";

/// A snapshot this many days old or older: time for this week's.
pub const DUE_AFTER_DAYS: i64 = 7;

/// When in the day the reminder comes: a floating time, so it is 9:00 wherever the user is.
pub const REMINDER_TIME: NaiveTime = match NaiveTime::from_hms_opt(9, 0, 0) {
    Some(time) => time,
    None => panic!("9:00 is a time"),
};

/// The file name of the reminder, in the user's language ("ssi-lens-weekly-reminder.ics").
pub fn reminder_file(lang: Lang) -> &'static str {
    i18n::results_reminder_file(lang)
}

/// The calendar file's media type.
pub const REMINDER_MIME: &str = "text/calendar;charset=utf-8";

/// How long ago the last snapshot was (`i18n::results::last_snapshot_words` says it).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum SnapshotAge {
    /// Further ahead than tomorrow: a clock set back, a wrong date. Never "today".
    AfterToday,
    /// Today, or tomorrow (another time zone's today, see [`is_ahead`]).
    Today,
    Yesterday,
    /// Two days or more.
    DaysAgo(u64),
}

/// How long ago `last` was on `today`.
pub fn snapshot_age(last: NaiveDate, today: NaiveDate) -> SnapshotAge {
    if is_ahead(last, today) {
        return SnapshotAge::AfterToday;
    }
    match (today - last).num_days() {
        ..=0 => SnapshotAge::Today,
        1 => SnapshotAge::Yesterday,
        days => SnapshotAge::DaysAgo(days.unsigned_abs()),
    }
}

/// True when the last snapshot is a week old or older.
pub fn snapshot_due(last: NaiveDate, today: NaiveDate) -> bool {
    (today - last).num_days() >= DUE_AFTER_DAYS
}

/// The first day the reminder comes: the next day after `today` on the weekday of the last
/// snapshot (the user's habit), or a week from today with no snapshot yet.
pub fn first_reminder_day(last: Option<NaiveDate>, today: NaiveDate) -> NaiveDate {
    let weekday = last.unwrap_or(today).weekday();
    let ahead = (7 + weekday.num_days_from_monday() - today.weekday().num_days_from_monday()) % 7;
    let ahead = if ahead == 0 { 7 } else { ahead };
    today + Days::new(u64::from(ahead))
}

/// A calendar with one event in `lang`, every week on `first`'s weekday at [`REMINDER_TIME`], starting
/// on `first`, that says what to do and links to the app at `app_url`, whose dashboard opens
/// on the week line (`markup::week`). `stamp` is when the
/// file is made, in UTC. Lines end in CRLF and are folded at 75 octets, as the standard asks.
///
/// The event's id depends only on the app's address, so downloading the reminder again and
/// importing it updates the same event instead of adding a second.
pub fn weekly_reminder_ics(
    lang: Lang,
    app_url: &str,
    first: NaiveDate,
    stamp: NaiveDateTime,
) -> String {
    let summary = i18n::results_reminder_summary(lang);
    // Three paragraphs: what to do, what the app shows, and where the data stays.
    let description = [
        i18n::results_reminder_steps(lang, app_url, SSI_PAGE_URL),
        i18n::results_reminder_dashboard(lang).into(),
        i18n::results_reminder_private(lang).into(),
    ]
    .join("\n");
    let place = app_url
        .split_once("://")
        .map_or(app_url, |(_, rest)| rest)
        .trim_end_matches('/');
    let lines = [
        "BEGIN:VCALENDAR".to_string(),
        "VERSION:2.0".into(),
        "PRODID:-//SSI Lens//Weekly reminder//EN".into(),
        "CALSCALE:GREGORIAN".into(),
        "METHOD:PUBLISH".into(),
        "BEGIN:VEVENT".into(),
        format!("UID:{}", text(&format!("weekly-reminder.{place}@ssi-lens"))),
        format!("DTSTAMP:{}Z", local_time(stamp)),
        format!("DTSTART:{}", local_time(first.and_time(REMINDER_TIME))),
        "DURATION:PT15M".into(),
        format!("RRULE:FREQ=WEEKLY;BYDAY={}", by_day(first.weekday())),
        format!("SUMMARY:{}", text(summary)),
        format!("DESCRIPTION:{}", text(&description)),
        // A URI, not text: its commas and semicolons are not escaped.
        format!("URL:{app_url}"),
        "BEGIN:VALARM".into(),
        "ACTION:DISPLAY".into(),
        format!("DESCRIPTION:{}", text(summary)),
        "TRIGGER:PT0M".into(),
        "END:VALARM".into(),
        "END:VEVENT".into(),
        "END:VCALENDAR".into(),
    ];
    lines.iter().map(|line| fold(line) + "\r\n").collect()
}

/// iCalendar's DATE-TIME ("20261125T090000"), as chrono's `%Y%m%dT%H%M%S` wrote it.
fn local_time(at: NaiveDateTime) -> String {
    format!(
        "{:04}{:02}{:02}T{:02}{:02}{:02}",
        at.year(),
        at.month(),
        at.day(),
        at.hour(),
        at.minute(),
        at.second()
    )
}

/// The two-letter day RRULE's BYDAY uses.
fn by_day(weekday: Weekday) -> &'static str {
    match weekday {
        Weekday::Mon => "MO",
        Weekday::Tue => "TU",
        Weekday::Wed => "WE",
        Weekday::Thu => "TH",
        Weekday::Fri => "FR",
        Weekday::Sat => "SA",
        Weekday::Sun => "SU",
    }
}

/// A TEXT value, escaped: backslash, semicolon, comma and line breaks.
fn text(value: &str) -> String {
    let mut out = String::with_capacity(value.len());
    for c in value.chars() {
        match c {
            '\\' => out.push_str("\\\\"),
            ';' => out.push_str("\\;"),
            ',' => out.push_str("\\,"),
            '\n' => out.push_str("\\n"),
            '\r' => {}
            c => out.push(c),
        }
    }
    out
}

/// Longest line, in octets, before the line break.
const MAX_LINE_OCTETS: usize = 75;

/// One content line folded into lines of at most [`MAX_LINE_OCTETS`] octets: each
/// continuation starts with a space (which counts), and no character is split.
fn fold(line: &str) -> String {
    let mut out = String::with_capacity(line.len() + line.len() / 70 * 3);
    let mut used = 0;
    for c in line.chars() {
        if used + c.len_utf8() > MAX_LINE_OCTETS {
            out.push_str("\r\n ");
            used = 1;
        }
        out.push(c);
        used += c.len_utf8();
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn day(text: &str) -> NaiveDate {
        text.parse().unwrap()
    }

    #[test]
    fn date_times_are_written_as_chrono_wrote_them() {
        let start = day("0001-01-01").and_hms_opt(0, 0, 0).unwrap();
        for step in 0..5_000i64 {
            let at = start + chrono::Duration::seconds(step * 7_919_993 + step % 61);
            assert_eq!(local_time(at), at.format("%Y%m%dT%H%M%S").to_string());
        }
    }

    #[test]
    fn how_long_ago_the_last_snapshot_was() {
        let today = day("2026-11-26");
        assert_eq!(snapshot_age(today, today), SnapshotAge::Today);
        assert_eq!(
            snapshot_age(day("2026-11-25"), today),
            SnapshotAge::Yesterday
        );
        assert_eq!(
            snapshot_age(day("2026-11-17"), today),
            SnapshotAge::DaysAgo(9)
        );
        assert_eq!(snapshot_age(day("2026-11-27"), today), SnapshotAge::Today);
        assert_eq!(
            snapshot_age(day("2026-11-28"), today),
            SnapshotAge::AfterToday
        );
        assert!(!snapshot_due(day("2026-11-20"), today));
        assert!(snapshot_due(day("2026-11-19"), today));
    }

    #[test]
    fn the_reminder_keeps_the_users_weekday() {
        // 2026-11-26 is a Thursday; the last snapshot was on a Monday.
        let today = day("2026-11-26");
        assert_eq!(
            first_reminder_day(Some(day("2026-11-16")), today),
            day("2026-11-30")
        );
        // Same weekday as today: next week, not today.
        assert_eq!(
            first_reminder_day(Some(day("2026-11-19")), today),
            day("2026-12-03")
        );
        assert_eq!(first_reminder_day(None, today), day("2026-12-03"));
        assert_eq!(
            first_reminder_day(Some(day("2026-11-21")), today),
            day("2026-11-28")
        );
    }

    #[test]
    fn folding_keeps_characters_whole() {
        let long = "é".repeat(100);
        let folded = fold(&format!("DESCRIPTION:{long}"));
        for line in folded.split("\r\n") {
            assert!(line.len() <= MAX_LINE_OCTETS, "{line}");
        }
        assert_eq!(folded.replace("\r\n ", ""), format!("DESCRIPTION:{long}"));
        assert_eq!(fold("SHORT:x"), "SHORT:x");
        assert_eq!(text("a,b;c\\d\ne"), "a\\,b\\;c\\\\d\\ne");
    }
}
