//! The date a person types, and how far ahead of today it may be.

use super::super::iso_date::read_iso_date_unspaced;
use super::field::{Field, FieldError, FieldProblem};
use chrono::NaiveDate;

/// How far a typed date may run ahead of the device's today: somewhere in the world it is
/// already tomorrow, and a snapshot taken there is not a typo.
pub const DATE_SLACK_DAYS: u64 = 1;

/// The latest date a person may type on `today` (today and [`DATE_SLACK_DAYS`] more).
pub fn latest_typed_date(today: NaiveDate) -> NaiveDate {
    today
        .checked_add_days(chrono::Days::new(DATE_SLACK_DAYS))
        .unwrap_or(today)
}

/// The one rule for a date ahead of today: true past [`latest_typed_date`]. What a person types
/// is refused then ([`read_typed_date`]); stored, imported and linked data is kept and shown
/// with a warning (a clock set back, travel), never dropped.
pub fn is_ahead(date: NaiveDate, today: NaiveDate) -> bool {
    date > latest_typed_date(today)
}

/// Why a typed date was refused (worded by `i18n::entry::typed_date_problem`).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum TypedDateError {
    Missing,
    NotADate,
    Ahead,
}

/// A day a person typed or picked: an ISO calendar date, not [ahead](is_ahead) of `today`.
/// The rule every form that takes a day shares.
pub fn read_typed_date(text: &str, today: NaiveDate) -> Result<NaiveDate, TypedDateError> {
    let date = read_date(text)?;
    if is_ahead(date, today) {
        return Err(TypedDateError::Ahead);
    }
    Ok(date)
}

/// An ISO calendar date, however far ahead: data from elsewhere keeps its date.
fn read_date(text: &str) -> Result<NaiveDate, TypedDateError> {
    let text = text.trim();
    if text.is_empty() {
        return Err(TypedDateError::Missing);
    }
    read_iso_date_unspaced(text).map_err(|_| TypedDateError::NotADate)
}

impl From<TypedDateError> for FieldError {
    fn from(error: TypedDateError) -> Self {
        FieldError::new(Field::Date, FieldProblem::Date(error))
    }
}

/// A snapshot's date: an ISO calendar date (see [`is_ahead`] for dates after today).
pub(crate) fn parse_date(text: &str) -> Result<NaiveDate, FieldError> {
    Ok(read_date(text)?)
}

/// What a person types may not be [ahead](is_ahead) of `today`.
pub(super) fn not_ahead(date: NaiveDate, today: NaiveDate) -> Result<(), FieldError> {
    if is_ahead(date, today) {
        return Err(TypedDateError::Ahead.into());
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    fn day(text: &str) -> NaiveDate {
        text.parse().unwrap()
    }

    #[test]
    fn a_typed_day_is_a_date_up_to_tomorrow() {
        let today = day("2026-11-25");
        assert_eq!(read_typed_date(" 2026-11-25 ", today), Ok(today));
        assert_eq!(read_typed_date("2026-11-26", today), Ok(day("2026-11-26")));
        assert_eq!(
            read_typed_date("2026-11-27", today),
            Err(TypedDateError::Ahead)
        );
        assert_eq!(read_typed_date("", today), Err(TypedDateError::Missing));
        assert_eq!(
            read_typed_date("25/11/2026", today),
            Err(TypedDateError::NotADate)
        );
    }

    #[test]
    fn the_form_words_a_refused_date_as_before() {
        assert_eq!(parse_date("").unwrap_err().to_string(), "Date is required.");
        assert_eq!(
            not_ahead(day("2026-12-01"), day("2026-11-25"))
                .unwrap_err()
                .to_string(),
            "Date can't be after today."
        );
    }
}
