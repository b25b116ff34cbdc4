//! What the user tracks beside the score ("meetings booked"): the SSI measures activity, these
//! measure results. Definitions live in the [`History`](super::History), values on snapshots
//! (or, for a week the user recorded results but no SSI, beside them).
//!
//! Results are counts: what the user types is a whole number of 0 or more
//! ([`parse_outcome_count`], [`check_outcome_count`]). Values that came from elsewhere (storage,
//! backups, CSV files written before that rule) are read as any number within the limits
//! ([`check_outcome_value`]), so no one's old data stops loading.

use serde::{Deserialize, Serialize};

use chrono::NaiveDate;

use super::decimal::read_plain_decimal;
use super::history::History;
use super::reminder::DUE_AFTER_DAYS;
use super::snapshot::is_ahead;

// The ids live with the app's other random ids; kept reachable here, where callers look.
pub use super::ids::{IdSeed, OutcomeId};

/// Longest outcome name accepted.
pub const MAX_OUTCOME_NAME: usize = 40;
/// Most outcomes a user can define.
pub const MAX_OUTCOMES: usize = 8;
/// Largest value recorded for one outcome in one week.
pub const MAX_OUTCOME_VALUE: f64 = 1e9;

/// An outcome the user tracks. Its name is checked by [`Outcome::new`] and
/// [`Outcome::rename`]: nothing else makes or changes one.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Outcome {
    id: OutcomeId,
    name: String,
    /// Brought by "Try with sample data", so "Remove sample data" takes it away again. Absent
    /// (false) in what older versions stored and in everything the user defines.
    #[serde(default, skip_serializing_if = "std::ops::Not::not")]
    sample: bool,
}

/// Why a change to the tracked outcomes, or a value, was refused (worded by
/// `i18n::results::outcome_problem`).
#[derive(Clone, Debug, PartialEq)]
pub enum OutcomeError {
    NameEmpty,
    /// Longer than [`MAX_OUTCOME_NAME`].
    NameTooLong,
    NameTaken(String),
    /// More than [`MAX_OUTCOMES`].
    TooMany,
    NotFound,
    DuplicateId,
    /// Not a number from 0 to [`MAX_OUTCOME_VALUE`].
    InvalidValue,
    NotACount,
    NegativeCount,
    /// A fraction: the whole numbers either side of it.
    FractionalCount {
        below: u64,
        above: u64,
    },
    /// Above [`MAX_OUTCOME_VALUE`].
    CountTooLarge,
}

impl Outcome {
    /// An outcome with a checked name (trimmed).
    pub fn new(id: OutcomeId, name: &str) -> Result<Self, OutcomeError> {
        Ok(Outcome {
            id,
            name: check_name(name)?,
            sample: false,
        })
    }

    /// An outcome of the sample data (see [`Outcome::is_sample`]).
    pub fn sample(id: OutcomeId, name: &str) -> Result<Self, OutcomeError> {
        Ok(Outcome {
            sample: true,
            ..Outcome::new(id, name)?
        })
    }

    /// The same outcome (name, and whether it is sample data) under another id: one a file
    /// brings, kept under an id free here.
    pub fn with_id(&self, id: OutcomeId) -> Outcome {
        Outcome { id, ..self.clone() }
    }

    /// True for an outcome that came with the sample data.
    pub fn is_sample(&self) -> bool {
        self.sample
    }

    pub fn id(&self) -> OutcomeId {
        self.id
    }

    pub fn name(&self) -> &str {
        &self.name
    }

    /// True when `name` would be taken as this outcome's name (case and spacing aside).
    pub fn is_named(&self, name: &str) -> bool {
        self.name.trim().to_lowercase() == name.trim().to_lowercase()
    }

    /// A sample outcome the user recorded on their own days: no longer sample data.
    pub(super) fn make_own(&mut self) {
        self.sample = false;
    }

    pub(super) fn rename(&mut self, name: &str) -> Result<(), OutcomeError> {
        self.name = check_name(name)?;
        Ok(())
    }

    /// The checks decoding applies to a stored definition.
    pub(super) fn check(&self) -> Result<(), OutcomeError> {
        check_name(&self.name).map(|_| ())
    }
}

fn check_name(name: &str) -> Result<String, OutcomeError> {
    let name = name.trim();
    if name.is_empty() {
        Err(OutcomeError::NameEmpty)
    } else if name.chars().count() > MAX_OUTCOME_NAME {
        Err(OutcomeError::NameTooLong)
    } else {
        Ok(name.to_string())
    }
}

/// The one rule for an outcome value, whichever way it arrives (form, backup, another tab);
/// the value as it will be kept.
pub fn check_outcome_value(value: f64) -> Result<f64, OutcomeError> {
    if value.is_finite() && (0.0..=MAX_OUTCOME_VALUE).contains(&value) {
        Ok(super::number::to_stored_precision(value))
    } else {
        Err(OutcomeError::InvalidValue)
    }
}

/// The rule for a value the user records now: a whole number from 0 to
/// [`MAX_OUTCOME_VALUE`] ("2.5 meetings" is not a count). The value as it will be kept.
pub fn check_outcome_count(value: f64) -> Result<f64, OutcomeError> {
    if !value.is_finite() {
        Err(OutcomeError::NotACount)
    } else if value < 0.0 {
        Err(OutcomeError::NegativeCount)
    } else if value > MAX_OUTCOME_VALUE {
        Err(OutcomeError::CountTooLarge)
    } else if value.fract() != 0.0 {
        // Within the limit, so the casts are exact.
        Err(OutcomeError::FractionalCount {
            below: value.floor() as u64,
            above: value.ceil() as u64,
        })
    } else {
        Ok(value)
    }
}

pub use super::number::DecimalMark;

/// `text` with its thousands grouped as the language writes them ("1.234" in German,
/// "1,234" or "1 234" in English) ungrouped, and its decimal mark a point; `None` unless
/// every group after the first has three digits.
fn ungroup(mark: DecimalMark, text: &str) -> Option<String> {
    let (whole, decimals) = match text.split_once(mark.char()) {
        Some((whole, decimals)) => (whole, Some(decimals)),
        None => (text, None),
    };
    let other = mark.other().char();
    let separator = whole
        .chars()
        .find(|&c| c == other || matches!(c, ' ' | '\u{a0}' | '\u{202f}' | '\'' | '\u{2019}'))?;
    let mut groups = whole.split(separator);
    let first = groups.next()?;
    let digits = |g: &str| g.chars().all(|c| c.is_ascii_digit());
    let well_grouped = (1..=3).contains(&first.len())
        && digits(first)
        && groups.all(|g| g.len() == 3 && digits(g));
    well_grouped.then(|| {
        let mut plain: String = whole.chars().filter(|&c| c != separator).collect();
        if let Some(decimals) = decimals {
            plain.push('.');
            plain.push_str(decimals);
        }
        plain
    })
}

/// Reads a count as the user typed it ("3", " 12 ", "1,234" or, where the decimal mark is a
/// comma, "1.234"): `Ok(None)` for an empty field (the value is cleared), and for anything else
/// that isn't a count an error saying what is wrong, so nothing is guessed: "abc",
/// "2.5 meetings", "-3" and "2.5" are all refused.
pub fn parse_outcome_count(text: &str, mark: DecimalMark) -> Result<Option<f64>, OutcomeError> {
    let text = text.trim();
    if text.is_empty() {
        return Ok(None);
    }
    let (negative, digits) = match text.strip_prefix(['-', '\u{2212}']) {
        Some(rest) => (true, rest.trim_start()),
        None => (false, text),
    };
    // Not grouped as the language groups: either mark reads as a decimal one ("2,5" anywhere),
    // so a fraction is told it is one rather than not a number.
    let decimal = ungroup(mark, digits).unwrap_or_else(|| digits.replace(',', "."));
    let value = read_plain_decimal(&decimal).ok_or(OutcomeError::NotACount)?;
    if negative && value != 0.0 {
        return Err(OutcomeError::NegativeCount);
    }
    check_outcome_count(value).map(Some)
}

/// Reads an outcome value from a file ("3", "2,5"): `Ok(None)` for an empty cell, an error for
/// anything else that isn't a valid value, so nothing is guessed. Files may hold decimals
/// recorded before counts had to be whole (see the module's comment).
pub fn parse_outcome_value(text: &str) -> Result<Option<f64>, OutcomeError> {
    let text = text.trim().replace(',', ".");
    if text.is_empty() {
        return Ok(None);
    }
    let value = read_plain_decimal(&text).ok_or(OutcomeError::InvalidValue)?;
    check_outcome_value(value).map(Some)
}

/// The day this week's results are recorded on (Results' row for the current week): the
/// latest day with a snapshot or with results, while it is less than a week old (the weekly
/// reminder's rule, [`DUE_AFTER_DAYS`]), so the week's counts sit beside its SSI; otherwise,
/// a new week, today. A day ahead of today (a clock set back) is not this week's.
pub fn this_weeks_day(history: &History, today: NaiveDate) -> NaiveDate {
    let snapshot = history.latest().map(|s| s.date);
    let results = history.result_weeks().keys().next_back().copied();
    match snapshot.max(results) {
        Some(day) if !is_ahead(day, today) && (today - day).num_days() < DUE_AFTER_DAYS => day,
        _ => today,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn parse_outcome_count_en(text: &str) -> Result<Option<f64>, OutcomeError> {
        parse_outcome_count(text, DecimalMark::Point)
    }

    #[test]
    fn a_count_is_a_whole_number_from_zero() {
        assert_eq!(parse_outcome_count_en(" 3 "), Ok(Some(3.0)));
        assert_eq!(parse_outcome_count_en("0"), Ok(Some(0.0)));
        assert_eq!(parse_outcome_count_en("-0"), Ok(Some(0.0)));
        assert_eq!(parse_outcome_count_en("2.0"), Ok(Some(2.0)));
        assert_eq!(parse_outcome_count_en(""), Ok(None));
        assert_eq!(parse_outcome_count_en("abc"), Err(OutcomeError::NotACount));
        assert_eq!(
            parse_outcome_count_en("2.5 meetings"),
            Err(OutcomeError::NotACount)
        );
        assert_eq!(
            parse_outcome_count_en("-3"),
            Err(OutcomeError::NegativeCount)
        );
        assert_eq!(
            parse_outcome_count_en("2,5"),
            Err(OutcomeError::FractionalCount { below: 2, above: 3 })
        );
        assert_eq!(
            parse_outcome_count_en("2000000000"),
            Err(OutcomeError::CountTooLarge)
        );
        for bad in ["1e3", "+5", "inf", "NaN", "1.2.3", "-", "3 meetings"] {
            assert_eq!(
                parse_outcome_count_en(bad),
                Err(OutcomeError::NotACount),
                "{bad}"
            );
        }
        assert_eq!(check_outcome_count(f64::NAN), Err(OutcomeError::NotACount));
        assert_eq!(check_outcome_count(7.0), Ok(7.0));
    }
}
