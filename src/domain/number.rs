//! How scores, ranks and dates read as text: the one place that decides decimals and rounding,
//! for display and for what is stored.

/// Decimals SSI Lens keeps of a number: three, as LinkedIn shows pillars.
pub const STORED_DECIMALS: usize = 3;

/// `value` kept to the precision SSI Lens stores ([`STORED_DECIMALS`]), so a stored number
/// always reads back exactly.
pub fn to_stored_precision(value: f64) -> f64 {
    (value * 1000.0).round() / 1000.0
}

/// Shows a score without trailing zeros: `12.5`, `6`, `1.948` (scores have at most three decimals).
pub fn format_number(value: f64) -> String {
    let text = fixed(value, 3);
    text.trim_end_matches('0').trim_end_matches('.').into()
}

/// `value` with exactly `decimals` decimals (at most 3; more are read as 3), with the digits
/// `format!("{:.N}")` writes (the exact binary value rounded half to even) but never a negative
/// zero: `-0.001` at two decimals reads `0.00`, not `-0.00`. Written with integers: core's
/// fixed-precision float printing is no longer in the download (docs/performance.md). For the
/// values people read (below 10^35 at 3 decimals); beyond that the digits saturate.
pub fn fixed(value: f64, decimals: usize) -> String {
    if !value.is_finite() {
        return if value.is_nan() {
            "NaN".into()
        } else if value > 0.0 {
            "inf".into()
        } else {
            "-inf".into()
        };
    }
    let decimals = decimals.min(3);
    let digits = scaled_digits(value.abs(), decimals).to_string();
    // At least one digit before the point.
    let digits = format!("{digits:0>width$}", width = decimals + 1);
    let (whole, fraction) = digits.split_at(digits.len() - decimals);
    let zero = digits.bytes().all(|b| b == b'0');
    let sign = if value.is_sign_negative() && !zero {
        "-"
    } else {
        ""
    };
    if decimals == 0 {
        format!("{sign}{whole}")
    } else {
        format!("{sign}{whole}.{fraction}")
    }
}

/// `value × 10^decimals` rounded half to even, from the exact binary value `mantissa × 2^exp`
/// (`value` finite and not negative).
fn scaled_digits(value: f64, decimals: usize) -> u128 {
    let bits = value.to_bits();
    let biased = ((bits >> 52) & 0x7ff) as i32;
    let fraction = u128::from(bits & ((1 << 52) - 1));
    let (mantissa, exp) = if biased == 0 {
        (fraction, -1074)
    } else {
        (fraction | (1 << 52), biased - 1075)
    };
    let scaled = mantissa * 10u128.pow(decimals as u32);
    if exp >= 0 {
        // Whole numbers: at most 2^1024, far beyond u128 only for values no score reaches;
        // saturate rather than wrap.
        return scaled
            .checked_shl(exp as u32)
            .filter(|v| v >> exp == scaled)
            .unwrap_or(u128::MAX);
    }
    let shift = (-exp) as u32;
    if shift >= 128 {
        // Below 2^53 × 1000 / 2^128: rounds to 0.
        return 0;
    }
    let quotient = scaled >> shift;
    let rest = scaled & ((1u128 << shift) - 1);
    let half = 1u128 << (shift - 1);
    if rest > half || (rest == half && quotient % 2 == 1) {
        quotient + 1
    } else {
        quotient
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
        fixed(value, self.decimals())
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
