//! How scores read as text: the one place that decides decimals and rounding for display.

/// Shows a score without trailing zeros: `12.5`, `6`, `1.948` (scores have at most three decimals).
pub fn format_number(value: f64) -> String {
    let text = format!("{:.3}", value);
    let text = text.trim_end_matches('0').trim_end_matches('.');
    if text == "-0" {
        "0".into()
    } else {
        text.into()
    }
}

/// A change shows as none below this: it would read `0.0` at one decimal.
const FLAT_BELOW: f64 = 0.05;

/// True when a change is too small to show at one decimal.
pub fn is_flat(delta: f64) -> bool {
    delta.abs() < FLAT_BELOW
}

/// A change with its sign and one decimal: `+2.1`, `−0.4`, `±0`.
pub fn format_change(delta: f64) -> String {
    if is_flat(delta) {
        "±0".into()
    } else if delta > 0.0 {
        format!("+{delta:.1}")
    } else {
        format!("−{:.1}", delta.abs())
    }
}

/// A difference in points rounded to one decimal, as messages quote it: `2.5`, `20`, `0.1`.
/// A tenth of a point is as precise as a gap or a fall is worth reading.
pub fn format_points(value: f64) -> String {
    format_number((value * 10.0).round() / 10.0)
}
