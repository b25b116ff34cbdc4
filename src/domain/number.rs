//! How scores, ranks and dates read as text: the one place that decides decimals and rounding
//! for display.

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

/// A difference in points rounded to one decimal, as messages quote it: `2.5`, `20`, `0.1`.
/// A tenth of a point is as precise as a gap or a fall is worth reading.
pub fn format_points(value: f64) -> String {
    format_number((value * 10.0).round() / 10.0)
}

/// How precisely a kind of number is shown: the same on every screen, card and sentence.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Precision {
    /// The overall SSI, as LinkedIn shows it: `44`, and its changes: `+2`.
    Whole,
    /// Pillar scores: `8.7`, `17.0`, and their changes: `+0.4`.
    Tenth,
}

impl Precision {
    fn decimals(self) -> usize {
        match self {
            Precision::Whole => 0,
            Precision::Tenth => 1,
        }
    }

    /// A value at this precision: `44`, `8.7`.
    pub fn format(self, value: f64) -> String {
        let text = format!("{:.*}", self.decimals(), value);
        match text.strip_prefix('-') {
            Some(rest) if rest.chars().all(|c| c == '0' || c == '.') => rest.to_string(),
            _ => text,
        }
    }

    /// True when a change rounds to nothing at this precision.
    pub fn is_flat(self, delta: f64) -> bool {
        match self {
            Precision::Whole => delta.abs() < 0.5,
            Precision::Tenth => is_flat(delta),
        }
    }

    /// A change with its sign at this precision: `+2`, `−1`, `0`; `+0.4`, `0.0`.
    pub fn format_change(self, delta: f64) -> String {
        if self.is_flat(delta) {
            self.format(0.0)
        } else if delta > 0.0 {
            format!("+{}", self.format(delta))
        } else {
            format!("−{}", self.format(delta.abs()))
        }
    }
}

/// A rank as LinkedIn shows it: `Top 37%`.
pub fn format_rank(rank: u8) -> String {
    format!("Top {rank}%")
}

/// A date as people read it: `25 Nov 2026`.
pub fn format_date(date: chrono::NaiveDate) -> String {
    date.format("%-d %b %Y").to_string()
}
