//! Reads a decimal number ("12.5", "0,998" once the comma is replaced, "1e3") into the nearest
//! `f64`, exactly as `str::parse::<f64>` does, for every finite spelling it accepts. The app's own
//! reader, because core's float parser and its tables are a large part of the download; scores and
//! counts are short, so a plain exact method is fast enough.

use super::number::DecimalMark;

/// Significant digits kept: no halfway point between two `f64`s has more than 767, so the digits
/// after these only tell whether the value is above the ones kept (see [`read_decimal`]).
const KEPT_DIGITS: usize = 800;

/// 10^0 to 10^22: every one an exact f64.
const POWERS_OF_TEN: [f64; 23] = [
    1e0, 1e1, 1e2, 1e3, 1e4, 1e5, 1e6, 1e7, 1e8, 1e9, 1e10, 1e11, 1e12, 1e13, 1e14, 1e15, 1e16,
    1e17, 1e18, 1e19, 1e20, 1e21, 1e22,
];

/// The nearest `f64` to `text`: an optional sign, digits with at most one point (at least one
/// digit), and an optional exponent (`e` or `E`, an optional sign, digits). `None` for anything
/// else, including "inf" and "NaN", which no one types as a score or a count.
pub fn read_decimal(text: &str) -> Option<f64> {
    let (negative, rest) = match text.as_bytes().first()? {
        b'-' => (true, &text[1..]),
        b'+' => (false, &text[1..]),
        _ => (false, text),
    };
    let (mantissa, exponent) = match rest.find(['e', 'E']) {
        Some(at) => (&rest[..at], read_exponent(&rest[at + 1..])?),
        None => (rest, 0),
    };
    let (whole, fraction) = mantissa.split_once('.').unwrap_or((mantissa, ""));
    let is_digits = |part: &str| part.bytes().all(|b| b.is_ascii_digit());
    if whole.len() + fraction.len() == 0 || !is_digits(whole) || !is_digits(fraction) {
        return None;
    }
    // value = digits × 10^power, digits without leading or trailing zeros.
    let all: Vec<u8> = whole
        .bytes()
        .chain(fraction.bytes())
        .map(|b| b - b'0')
        .collect();
    let first = all.iter().position(|&d| d != 0);
    let last = all.iter().rposition(|&d| d != 0);
    let value = match (first, last) {
        (Some(first), Some(last)) => {
            let power = exponent + (all.len() - 1 - last) as i64 - fraction.len() as i64;
            nearest(&all[first..=last], power)
        }
        _ => 0.0,
    };
    Some(if negative { -value } else { value })
}

/// A number as people type a score, a goal or a count, its comma already a point: digits with
/// at most one point and nothing else. "1e1", "+5", "-3" and "inf" are refused (`None`): no one
/// types those, and reading them would take a typo for a value.
pub fn read_plain_decimal(text: &str) -> Option<f64> {
    let plain = text.bytes().all(|b| b.is_ascii_digit() || b == b'.')
        && text.bytes().any(|b| b.is_ascii_digit());
    read_decimal(text).filter(|_| plain)
}

/// Why a number as typed was refused: not read, rather than guessed (worded by
/// `i18n::entry::typed_decimal_problem`).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum TypedDecimalError {
    NotANumber,
    /// Both marks ("1.234,5", "1,234.5"): a thousands separator, which no score has.
    BothMarks,
    /// The other language's mark before exactly three digits ("1,234" where a point marks
    /// decimals): thousands or decimals, the text can't say.
    Ambiguous,
}

/// A score as typed, with a point or a comma as its decimal mark: "12.25" and "12,25" are both
/// 12.25 whatever the language. Where the language's mark is `mark`, the other one before
/// exactly three digits ("1,234" in English, "1.234" in German) is how that language groups
/// thousands, so it is refused as [`TypedDecimalError::Ambiguous`] rather than read as a
/// decimal; so are both marks at once. Otherwise as [`read_plain_decimal`].
pub fn read_typed_decimal(text: &str, mark: DecimalMark) -> Result<f64, TypedDecimalError> {
    let text = text.trim();
    if text.contains(',') && text.contains('.') {
        return Err(TypedDecimalError::BothMarks);
    }
    if let Some((whole, fraction)) = text.split_once(mark.other().char()) {
        let digits = |part: &str| part.bytes().all(|b| b.is_ascii_digit());
        let a_group = (1..=3).contains(&whole.len())
            && !whole.starts_with('0')
            && fraction.len() == 3
            && digits(whole)
            && digits(fraction);
        if a_group {
            return Err(TypedDecimalError::Ambiguous);
        }
    }
    read_plain_decimal(&text.replace(',', ".")).ok_or(TypedDecimalError::NotANumber)
}

/// An exponent's digits, saturated far beyond where every value is 0 or infinite.
fn read_exponent(text: &str) -> Option<i64> {
    let (negative, digits) = match text.as_bytes().first()? {
        b'-' => (true, &text[1..]),
        b'+' => (false, &text[1..]),
        _ => (false, text),
    };
    if digits.is_empty() || !digits.bytes().all(|b| b.is_ascii_digit()) {
        return None;
    }
    let value = digits
        .bytes()
        .fold(0i64, |n, b| (n * 10 + i64::from(b - b'0')).min(1 << 40));
    Some(if negative { -value } else { value })
}

/// The nearest `f64` to `digits × 10^power` (digits non-empty, first and last not zero).
fn nearest(digits: &[u8], power: i64) -> f64 {
    // Above 10^310 every value is infinite; below 10^-330, closer to 0 than to the smallest f64.
    let magnitude = digits.len() as i64 + power;
    if magnitude > 310 {
        return f64::INFINITY;
    }
    if magnitude < -330 {
        return 0.0;
    }
    // Exact in one rounding when both factors are exact f64s (Clinger's fast path): every score.
    if digits.len() <= 15 && (-22..=22).contains(&power) {
        let whole = digits.iter().fold(0u64, |n, &d| n * 10 + u64::from(d)) as f64;
        let scale = POWERS_OF_TEN[power.unsigned_abs() as usize];
        return if power < 0 {
            whole / scale
        } else {
            whole * scale
        };
    }
    exact(digits, power)
}

/// Rounds `digits × 10^power` to the nearest f64 (ties to even) from its exact binary digits:
/// the whole part by halving its decimal digits, the fraction by doubling them.
fn exact(digits: &[u8], power: i64) -> f64 {
    let point = digits.len() as i64 + power; // digits before the decimal point
    let mut digits = digits.to_vec();
    if digits.len() > KEPT_DIGITS {
        let dropped_nonzero = digits[KEPT_DIGITS..].iter().any(|&d| d != 0);
        digits.truncate(KEPT_DIGITS);
        if dropped_nonzero {
            // Stands for the dropped digits: above the digits kept, below the next value.
            digits.push(1);
        }
    }
    let (mut whole, mut fraction) = if point <= 0 {
        let zeros = vec![0; point.unsigned_abs() as usize];
        (Vec::new(), [zeros, digits].concat())
    } else if point as usize >= digits.len() {
        digits.resize(point as usize, 0);
        (digits, Vec::new())
    } else {
        let fraction = digits.split_off(point as usize);
        (digits, fraction)
    };
    let mut whole_bits = Vec::new(); // least significant first
    while !whole.is_empty() {
        whole_bits.push(halve(&mut whole));
    }
    // Bits from the most significant down; the first is worth 2^(whole_bits.len() - 1).
    let mut position = whole_bits.len() as i64;
    let mut next_bit = || whole_bits.pop().unwrap_or_else(|| double(&mut fraction));
    // The smallest f64 is 2^-1074; a value below 2^-1075 rounds to 0.
    let mut top = loop {
        position -= 1;
        if position < -1075 {
            return 0.0;
        }
        if next_bit() {
            break position;
        }
    };
    // The last bit kept (53 of them, fewer for the smallest values), then one more to round.
    let last = (top - 52).max(-1074);
    let mut kept: u64 = 1;
    while top > last - 1 {
        kept = kept << 1 | u64::from(next_bit());
        top -= 1;
    }
    let sticky = whole_bits.contains(&true) || fraction.iter().any(|&d| d != 0);
    let half = kept & 1 == 1;
    let mut rounded = kept >> 1;
    if half && (sticky || rounded & 1 == 1) {
        rounded += 1;
    }
    // rounded ≤ 2^53 and a power of two scales it exactly (or to infinity).
    rounded as f64 * power_of_two(last)
}

/// Divides a decimal number (most significant digit first) by two; the remainder bit.
fn halve(digits: &mut Vec<u8>) -> bool {
    let mut carry = 0;
    for d in digits.iter_mut() {
        let n = carry * 10 + *d;
        *d = n / 2;
        carry = n % 2;
    }
    let leading = digits.iter().take_while(|&&d| d == 0).count();
    digits.drain(..leading);
    carry == 1
}

/// Doubles a decimal fraction (digits after the point); the bit carried into the whole part.
fn double(digits: &mut [u8]) -> bool {
    let mut carry = 0;
    for d in digits.iter_mut().rev() {
        let n = *d * 2 + carry;
        *d = n % 10;
        carry = n / 10;
    }
    carry == 1
}

/// 2^exponent for -1074 ≤ exponent ≤ 1023, built from its bits.
fn power_of_two(exponent: i64) -> f64 {
    if exponent >= -1022 {
        f64::from_bits(((exponent + 1023) as u64) << 52)
    } else {
        f64::from_bits(1 << (exponent + 1074))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_plain_decimal_is_digits_and_one_point() {
        assert_eq!(read_plain_decimal("12.5"), Some(12.5));
        assert_eq!(read_plain_decimal("7"), Some(7.0));
        assert_eq!(read_plain_decimal(".5"), Some(0.5));
        for typo in ["1e1", "+5", "-3", "inf", "NaN", "1.2.3", ".", "", " 5"] {
            assert_eq!(read_plain_decimal(typo), None, "{typo}");
        }
    }
}
