//! A small line of one score over time, drawn as an SVG polyline (the Team screen has one per
//! row): cheap enough for dozens of rows of a year each, without a chart library.

use std::fmt::Write;

use chrono::NaiveDate;

/// Room kept above the highest and below the lowest point, so a stroke is not cut in half.
const INSET: f64 = 1.0;

/// The `points` attribute of an SVG polyline drawing `values` in a `width` × `height` box: x
/// by date (proportional to the days between), y from the lowest value at the bottom to the
/// highest at the top, 1px inside; a flat line across the middle when all values are equal.
/// Numbers carry at most one decimal. `None` for fewer than two values, or a box or value that
/// is not a finite number.
pub fn sparkline_points(values: &[(NaiveDate, f64)], width: f64, height: f64) -> Option<String> {
    let [(first_date, _), .., (last_date, _)] = values else {
        return None;
    };
    let numbers_ok = values.iter().all(|(_, v)| v.is_finite());
    if !numbers_ok || !width.is_finite() || !height.is_finite() {
        return None;
    }
    let (width, height) = (width.max(0.0), height.max(0.0));
    let (lowest, highest) = values
        .iter()
        .fold((f64::INFINITY, f64::NEG_INFINITY), |(lo, hi), &(_, v)| {
            (lo.min(v), hi.max(v))
        });
    let days = (*last_date - *first_date).num_days() as f64;
    let inset = INSET.min(height / 2.0);
    let last = (values.len() - 1) as f64;
    let mut points = String::with_capacity(values.len() * 12);
    for (i, &(date, value)) in values.iter().enumerate() {
        // Dates out of order or all on one day: spread evenly instead, never off the box.
        let share = if days > 0.0 {
            ((date - *first_date).num_days() as f64 / days).clamp(0.0, 1.0)
        } else {
            i as f64 / last
        };
        let y = if highest > lowest {
            inset + (highest - value) / (highest - lowest) * (height - 2.0 * inset)
        } else {
            height / 2.0
        };
        if i > 0 {
            points.push(' ');
        }
        push_tenths(&mut points, share * width);
        points.push(',');
        push_tenths(&mut points, y);
    }
    Some(points)
}

/// `value` rounded to one decimal, without a trailing ".0" or a "-0": written from whole
/// tenths, several times faster than formatting the float (a point is two numbers, a year of
/// rows thousands).
fn push_tenths(out: &mut String, value: f64) {
    let tenths = (value * 10.0).round() as i64;
    if tenths < 0 {
        out.push('-');
    }
    let tenths = tenths.unsigned_abs();
    let _ = write!(out, "{}", tenths / 10);
    let digit = (tenths % 10) as u8;
    if digit != 0 {
        out.push('.');
        out.push(char::from(b'0' + digit));
    }
}
