#![cfg(not(target_arch = "wasm32"))]
//! The app's date reader accepts and refuses exactly what chrono's parsers did, with the same
//! messages. `PROPTEST_CASES=30000 cargo test --test iso_date` runs it longer.

use std::collections::BTreeMap;

use chrono::NaiveDate;
use proptest::prelude::*;
use ssi_lens::domain::iso_date::{read_iso_date, read_iso_date_unspaced};

fn same_as_chrono(text: &str) {
    let ours = read_iso_date(text).map_err(|e| e.to_string());
    let chrono = text.parse::<NaiveDate>().map_err(|e| e.to_string());
    assert_eq!(ours, chrono, "FromStr {text:?}");
    let ours = read_iso_date_unspaced(text).map_err(|e| e.to_string());
    let chrono = NaiveDate::parse_from_str(text, "%Y-%m-%d").map_err(|e| e.to_string());
    assert_eq!(ours, chrono, "%Y-%m-%d {text:?}");
}

#[test]
fn reads_and_refuses_dates_as_chrono_does() {
    for text in [
        "2026-11-25",
        "2026-02-30",
        "2026-02-29",
        "2024-02-29",
        "2026-1-5",
        "2026-01-5 ",
        " 2026-01-05",
        "2026 -01-05",
        "2026- 01-05",
        "2026-01-05x",
        "2026-01",
        "2026-",
        "2026",
        "",
        " ",
        "-",
        "+2026-01-05",
        "-0001-01-05",
        "+",
        "20261-01-05",
        "026-01-05",
        "26-1-5",
        "2026-13-01",
        "2026-00-10",
        "2026-01-00",
        "2026-01-32",
        "2026-001-05",
        "2026/01/05",
        "99999999999-01-01",
        "+99999999999999999999-01-01",
        "+262143-12-31",
        "+262144-01-01",
        "-262144-01-01",
        "2026-01-05T10:00",
        "2026-01-05\n",
        "\t2026-01-05",
        "２０２６-01-05",
        "2026-01-\u{a0}05",
        "2026-1-",
        "2026--01-05",
    ] {
        same_as_chrono(text);
    }
}

/// A date field and a map by date, kept as chrono's serde kept them.
#[derive(serde::Serialize, serde::Deserialize, Debug, PartialEq)]
struct Dated {
    #[serde(with = "ssi_lens::domain::iso_date")]
    date: NaiveDate,
    #[serde(with = "ssi_lens::domain::iso_date::keys")]
    weeks: BTreeMap<NaiveDate, u8>,
}

#[test]
fn stored_dates_read_write_and_fail_in_chrono_serde_words() {
    let text = r#"{"date":"2026-11-25","weeks":{"2026-11-11":2,"2026-11-18":1}}"#;
    let dated: Dated = serde_json::from_str(text).unwrap();
    assert_eq!(dated.date, NaiveDate::from_ymd_opt(2026, 11, 25).unwrap());
    assert_eq!(serde_json::to_string(&dated).unwrap(), text);
    let value: serde_json::Value = serde_json::from_str(text).unwrap();
    assert_eq!(serde_json::from_value::<Dated>(value).unwrap(), dated);
    let error = |text: &str| serde_json::from_str::<Dated>(text).unwrap_err().to_string();
    assert!(error(r#"{"date":"2026-02-30","weeks":{}}"#).starts_with("input is out of range"));
    assert!(error(r#"{"date":"2026-02-03x","weeks":{}}"#).starts_with("trailing input"));
    assert!(error(r#"{"date":5,"weeks":{}}"#)
        .starts_with("invalid type: integer `5`, expected a formatted date string"));
    assert!(error(r#"{"date":"2026-01-05","weeks":{"x":1}}"#)
        .starts_with("input contains invalid characters"));
}

proptest! {
    #[test]
    fn any_date_like_text_reads_as_chrono_reads_it(
        text in "[ ]?[+-]?[0-9]{0,6}[ ]?-?[ ]?[0-9]{0,3}[ ]?-?[ ]?[0-9]{0,3}[ x]?"
    ) {
        same_as_chrono(&text);
    }

    #[test]
    fn every_written_date_reads_back(days in -100_000i64..100_000) {
        let date = NaiveDate::from_ymd_opt(2000, 1, 1).unwrap() + chrono::Duration::days(days);
        prop_assert_eq!(read_iso_date(&date.to_string()), Ok(date));
        same_as_chrono(&date.to_string());
    }
}
