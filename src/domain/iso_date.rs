//! Calendar dates as text ("2026-11-25"), read and written by the app itself: chrono's format
//! strings and their parser are a large part of the download, and dates only ever take this one
//! form. The reader accepts and refuses exactly what chrono's `FromStr` and `%Y-%m-%d` did, with
//! the same messages, so no stored date or file reads differently.

use chrono::NaiveDate;
use std::fmt;

use serde::de::{self, Visitor};
use serde::{Deserializer, Serializer};

/// Why a text is not a date. In English (`Display`), chrono's wording, which stored-data
/// errors have always quoted; worded by `i18n::entry::date_problem`.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum DateError {
    OutOfRange,
    Invalid,
    TooShort,
    TooLong,
}

/// A date as chrono's `FromStr` reads it: `2026-11-25`, also `2026-1-5`, `+2026-11-25`, and
/// with spaces before any number or dash and at the end.
pub fn read_iso_date(text: &str) -> Result<NaiveDate, DateError> {
    read(text, true)
}

/// A date as chrono's `%Y-%m-%d` reads it: like [`read_iso_date`], but spaces only before a
/// number.
pub fn read_iso_date_unspaced(text: &str) -> Result<NaiveDate, DateError> {
    read(text, false)
}

fn read(text: &str, spaced: bool) -> Result<NaiveDate, DateError> {
    let rest = text.trim_start();
    let (year, mut rest) = match rest.as_bytes().first() {
        Some(b'-') => number(&rest[1..], usize::MAX).map(|(n, rest)| (-n, rest))?,
        Some(b'+') => number(&rest[1..], usize::MAX)?,
        _ => number(rest, 4)?,
    };
    let year = i32::try_from(year).map_err(|_| DateError::OutOfRange)?;
    let mut month_day = [0; 2];
    for (part, range) in month_day.iter_mut().zip([1..=12, 1..=31]) {
        if spaced {
            rest = rest.trim_start();
        }
        rest = match rest.as_bytes().first() {
            None => return Err(DateError::TooShort),
            Some(b'-') => rest[1..].trim_start(),
            Some(_) => return Err(DateError::Invalid),
        };
        let (value, after) = number(rest, 2)?;
        if !range.contains(&value) {
            return Err(DateError::OutOfRange);
        }
        *part = value as u32;
        rest = after;
    }
    if spaced {
        rest = rest.trim_start();
    }
    if !rest.is_empty() {
        return Err(DateError::TooLong);
    }
    NaiveDate::from_ymd_opt(year, month_day[0], month_day[1]).ok_or(DateError::OutOfRange)
}

/// One to `most` digits at the start of `text`, and what follows them.
fn number(text: &str, most: usize) -> Result<(i64, &str), DateError> {
    let digits = text
        .bytes()
        .take(most)
        .take_while(u8::is_ascii_digit)
        .count();
    if digits == 0 {
        return Err(if text.is_empty() {
            DateError::TooShort
        } else {
            DateError::Invalid
        });
    }
    let value = text.as_bytes()[..digits].iter().try_fold(0i64, |n, &b| {
        n.checked_mul(10)?.checked_add(i64::from(b - b'0'))
    });
    Ok((value.ok_or(DateError::OutOfRange)?, &text[digits..]))
}

/// `#[serde(with = "iso_date")]`: a date kept as `"2026-11-25"`.
pub fn serialize<S: Serializer>(date: &NaiveDate, serializer: S) -> Result<S::Ok, S::Error> {
    serializer.collect_str(date)
}

/// `#[serde(with = "iso_date")]`: a date kept as `"2026-11-25"`.
pub fn deserialize<'de, D: Deserializer<'de>>(deserializer: D) -> Result<NaiveDate, D::Error> {
    deserializer.deserialize_str(DateText)
}

/// Reads a date from a string, with chrono's wording when it is something else.
struct DateText;

impl Visitor<'_> for DateText {
    type Value = NaiveDate;

    fn expecting(&self, f: &mut fmt::Formatter) -> fmt::Result {
        f.write_str("a formatted date string")
    }

    fn visit_str<E: de::Error>(self, text: &str) -> Result<NaiveDate, E> {
        read_iso_date(text).map_err(E::custom)
    }
}

/// `#[serde(with = "iso_date::keys")]`: a map by date, its keys kept as `"2026-11-25"`.
pub mod keys {
    use std::collections::BTreeMap;

    use serde::{Deserialize, Serialize};

    use super::*;

    pub fn serialize<S: Serializer, V: Serialize>(
        map: &BTreeMap<NaiveDate, V>,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        serializer.collect_map(map.iter().map(|(date, value)| (date.to_string(), value)))
    }

    pub fn deserialize<'de, D: Deserializer<'de>, V: Deserialize<'de>>(
        deserializer: D,
    ) -> Result<BTreeMap<NaiveDate, V>, D::Error> {
        let map = BTreeMap::<Key, V>::deserialize(deserializer)?;
        // Filled by inserting: collecting would sort, and bring its own sorting code along.
        let mut by_date = BTreeMap::new();
        by_date.extend(map.into_iter().map(|(key, value)| (key.0, value)));
        Ok(by_date)
    }

    #[derive(PartialEq, Eq, PartialOrd, Ord)]
    struct Key(NaiveDate);

    impl<'de> Deserialize<'de> for Key {
        fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Key, D::Error> {
            super::deserialize(deserializer).map(Key)
        }
    }
}
