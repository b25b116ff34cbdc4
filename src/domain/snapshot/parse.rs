//! Reading the form's text (scores, ranks, names) and the range each value must keep, shared by
//! the form and by the check of a stored snapshot.

use super::super::decimal::{read_plain_decimal, read_typed_decimal, TypedDecimalError};
use super::super::number::{DecimalMark, STORED_DECIMALS};
use super::field::{Field, FieldError, FieldProblem};

/// A decimal number with a point or a comma, at most three decimals, within `0..=max`. Typed
/// where the language's mark is `mark`, it is refused, never guessed, where it could be read two
/// ways ([`read_typed_decimal`]); `None` for a file's text, where either mark is a decimal one.
pub(super) fn parse_decimal(
    text: &str,
    field: Field,
    max: f64,
    mark: Option<DecimalMark>,
) -> Result<f64, FieldError> {
    let normalised = text.trim().replace(',', ".");
    let read = match mark {
        Some(mark) => read_typed_decimal(text, mark),
        None => read_plain_decimal(&normalised).ok_or(TypedDecimalError::NotANumber),
    };
    let mark = mark.unwrap_or_default();
    let problem = |problem| Err(FieldError::new(field, problem));
    let value = match read {
        Ok(value) => value,
        Err(TypedDecimalError::NotANumber) if normalised.starts_with('-') => {
            return problem(FieldProblem::Negative);
        }
        Err(TypedDecimalError::NotANumber | TypedDecimalError::BothMarks) => {
            return problem(FieldProblem::NotANumber { mark });
        }
        Err(TypedDecimalError::Ambiguous) => {
            return problem(FieldProblem::Ambiguous {
                text: text.trim().to_string(),
                mark,
            });
        }
    };
    let decimals = normalised.split('.').nth(1).map_or(0, str::len);
    if decimals > STORED_DECIMALS {
        return problem(FieldProblem::TooManyDecimals);
    }
    in_range(value, field, max)?;
    Ok(value)
}

pub(super) fn in_range(value: f64, field: Field, max: f64) -> Result<(), FieldError> {
    if !(0.0..=max).contains(&value) {
        return Err(FieldError::new(field, FieldProblem::OutOfRange { max }));
    }
    Ok(())
}

pub(super) fn required_score(
    text: &str,
    field: Field,
    max: f64,
    mark: Option<DecimalMark>,
) -> Result<f64, FieldError> {
    if text.trim().is_empty() {
        return Err(FieldError::new(field, FieldProblem::Required { max }));
    }
    parse_decimal(text, field, max, mark)
}

pub(super) fn optional_score(
    text: &str,
    field: Field,
    max: f64,
    mark: Option<DecimalMark>,
) -> Result<Option<f64>, FieldError> {
    if text.trim().is_empty() {
        return Ok(None);
    }
    parse_decimal(text, field, max, mark).map(Some)
}

pub(super) fn parse_rank(text: &str, field: Field) -> Result<Option<u8>, FieldError> {
    let text = text
        .trim()
        .trim_start_matches("Top")
        .trim()
        .trim_end_matches('%');
    if text.is_empty() {
        return Ok(None);
    }
    let rank = text.trim().parse::<u8>().map_err(|_| not_a_rank(field))?;
    rank_in_range(rank, field)?;
    Ok(Some(rank))
}

pub(super) fn rank_in_range(rank: u8, field: Field) -> Result<(), FieldError> {
    if (1..=100).contains(&rank) {
        Ok(())
    } else {
        Err(not_a_rank(field))
    }
}

fn not_a_rank(field: Field) -> FieldError {
    FieldError::new(field, FieldProblem::NotARank)
}

pub(super) fn optional_text(
    text: &str,
    field: Field,
    max_chars: usize,
) -> Result<Option<String>, FieldError> {
    let text = text.trim();
    if text.is_empty() {
        return Ok(None);
    }
    short_enough(text, field, max_chars)?;
    Ok(Some(text.to_string()))
}

pub(super) fn short_enough(text: &str, field: Field, max_chars: usize) -> Result<(), FieldError> {
    if text.chars().count() > max_chars {
        return Err(FieldError::new(field, FieldProblem::TooLong { max_chars }));
    }
    Ok(())
}
