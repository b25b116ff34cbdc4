//! The weekly reminder's calendar file, as calendar apps read it (RFC 5545).

use chrono::{NaiveDate, NaiveDateTime};
use ssi_lens::domain::reminder::{first_reminder_day, weekly_reminder_ics};
use ssi_lens::i18n::Lang;

fn stamp() -> NaiveDateTime {
    "2026-11-26T07:05:09".parse().unwrap()
}

fn day(text: &str) -> NaiveDate {
    text.parse().unwrap()
}

/// The content lines, unfolded, as a calendar app reads them.
fn unfolded(ics: &str) -> Vec<String> {
    ics.replace("\r\n ", "")
        .split("\r\n")
        .map(str::to_string)
        .collect()
}

#[test]
fn a_weekly_event_with_the_apps_address() {
    let url = "https://example.org/ssi-lens/";
    let first = first_reminder_day(Some(day("2026-11-16")), day("2026-11-26"));
    let ics = weekly_reminder_ics(Lang::En, url, first, stamp());
    let lines = unfolded(&ics);
    assert_eq!(lines.first().map(String::as_str), Some("BEGIN:VCALENDAR"));
    // Every line ends in CRLF, the last included: splitting leaves one empty piece.
    assert_eq!(lines.last().map(String::as_str), Some(""));
    assert_eq!(lines[lines.len() - 2], "END:VCALENDAR");
    assert!(
        !ics.replace("\r\n", "").contains('\n'),
        "no bare line feeds"
    );
    for needed in [
        "VERSION:2.0",
        "BEGIN:VEVENT",
        "END:VEVENT",
        "DTSTAMP:20261126T070509Z",
        "DTSTART:20261130T090000",
        "RRULE:FREQ=WEEKLY;BYDAY=MO",
        "URL:https://example.org/ssi-lens/",
        "UID:weekly-reminder.example.org/ssi-lens@ssi-lens",
    ] {
        assert!(lines.iter().any(|l| l == needed), "{needed} in\n{ics}");
    }
    let description = lines
        .iter()
        .find(|l| l.starts_with("DESCRIPTION:Open"))
        .expect("a description");
    assert!(description.contains("SSI Lens: https://example.org/ssi-lens/"));
    assert!(description.contains("copy\\, and paste"), "commas escaped");
    assert!(
        description.contains("\\nYour snapshots"),
        "line break escaped"
    );
    // What the link brings the user back to: the week line at the top of the dashboard.
    assert!(
        description.contains("Its dashboard opens on your week: the score\\, the pillar that moved most and your streak."),
        "{description}"
    );
    // Exactly one event, one alarm.
    assert_eq!(lines.iter().filter(|l| *l == "BEGIN:VEVENT").count(), 1);
    assert_eq!(lines.iter().filter(|l| *l == "BEGIN:VALARM").count(), 1);
}

#[test]
fn long_lines_are_folded_at_75_octets() {
    let url = format!(
        "https://example.org/{}/",
        "a-very-long-folder-name".repeat(6)
    );
    let ics = weekly_reminder_ics(Lang::En, &url, day("2026-12-03"), stamp());
    let raw: Vec<&str> = ics.split("\r\n").collect();
    assert!(raw.iter().all(|l| l.len() <= 75), "{ics}");
    assert!(
        raw.iter().any(|l| l.starts_with(' ')),
        "something was folded"
    );
    let lines = unfolded(&ics);
    assert!(lines.contains(&format!("URL:{url}")));
    assert!(lines.iter().any(|l| l == "RRULE:FREQ=WEEKLY;BYDAY=TH"));
}

#[test]
fn the_same_address_makes_the_same_event() {
    let url = "http://127.0.0.1:8080/";
    let a = weekly_reminder_ics(Lang::En, url, day("2026-12-03"), stamp());
    let b = weekly_reminder_ics(
        Lang::En,
        url,
        day("2026-12-10"),
        "2026-12-01T00:00:00".parse().unwrap(),
    );
    let uid = |ics: &str| unfolded(ics).into_iter().find(|l| l.starts_with("UID:"));
    assert_eq!(uid(&a), uid(&b));
    assert_ne!(
        uid(&a),
        uid(&weekly_reminder_ics(
            Lang::En,
            "https://other.example/",
            day("2026-12-03"),
            stamp()
        ))
    );
}

/// After the clock went back (or a link from 2090 was moved in), the last snapshot is ahead of
/// today: it is never called "today", though tomorrow (another time zone's today) still is.
#[test]
fn a_last_snapshot_ahead_of_today_is_not_called_today() {
    use ssi_lens::domain::reminder::snapshot_due;
    use ssi_lens::i18n::results::last_snapshot_words;
    let words = |last| last_snapshot_words(Lang::En, day(last), day("2026-11-26"));
    let today = day("2026-11-26");
    assert_eq!(words("2090-06-01"), "after today");
    assert_eq!(words("2026-11-28"), "after today");
    assert_eq!(words("2026-11-27"), "today");
    assert!(!snapshot_due(day("2090-06-01"), today));
}
