//! How scores, ranks and dates read as text: the one place that decides decimals, rounding and
//! the decimal mark, for display and for what is stored.

/// Decimals SSI Lens keeps of a number: three, as LinkedIn's own data has them (its pages show
/// pillars with two: [`Precision::Hundredth`]).
pub const STORED_DECIMALS: usize = 3;

/// `value` kept to the precision SSI Lens stores ([`STORED_DECIMALS`]), so a stored number
/// always reads back exactly.
pub fn to_stored_precision(value: f64) -> f64 {
    (value * 1000.0).round() / 1000.0
}

/// The mark the user's language writes before a number's decimals ("2.5", "2,5"). The other of
/// the two, like a space or an apostrophe, groups thousands there ("1,234", "1.234", "1 234").
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub enum DecimalMark {
    #[default]
    Point,
    Comma,
}

impl DecimalMark {
    pub fn char(self) -> char {
        match self {
            DecimalMark::Point => '.',
            DecimalMark::Comma => ',',
        }
    }

    /// The other mark, which groups thousands where this one marks decimals.
    pub fn other(self) -> DecimalMark {
        match self {
            DecimalMark::Point => DecimalMark::Comma,
            DecimalMark::Comma => DecimalMark::Point,
        }
    }
}

thread_local! {
    /// The decimal mark of every number shown and typed. Set once at start by each binary's
    /// edge from the app's language ([`use_decimal_mark`]), as the dates are: a setting of
    /// the page, like the language, rather than a parameter every one of the many places that
    /// show a number would pass along unchanged. Per thread, so a native test can set it
    /// without touching the others; the browser has one thread. What is stored, exported (CSV,
    /// JSON) or shared never uses it: those are written with [`plain_number`] or [`fixed`].
    static SHOWN_MARK: std::cell::Cell<DecimalMark> =
        const { std::cell::Cell::new(DecimalMark::Point) };
}

/// Shows and reads numbers with `mark` from now on (see [`decimal_mark`]).
pub fn use_decimal_mark(mark: DecimalMark) {
    SHOWN_MARK.with(|m| m.set(mark));
}

/// The decimal mark numbers are shown and typed with: the user's language's, a point until
/// the edge says otherwise.
pub fn decimal_mark() -> DecimalMark {
    SHOWN_MARK.with(std::cell::Cell::get)
}

/// `text`, a number written with a point ([`fixed`], [`plain_number`]), as the user reads it.
pub fn shown(text: &str) -> String {
    match decimal_mark() {
        DecimalMark::Point => text.into(),
        DecimalMark::Comma => text.replace('.', ","),
    }
}

/// A score without trailing zeros, always with a point: `12.5`, `6`, `1.948`, as files and
/// machines read it (CSV, attributes); never the user's mark.
pub fn plain_number(value: f64) -> String {
    let text = fixed(value, 3);
    text.trim_end_matches('0').trim_end_matches('.').into()
}

/// Shows a number without trailing zeros, with the user's decimal mark: `12.5`, `6`, `1.948`
/// (`12,5` in German). Pillars are shown with [`Precision::Hundredth`] instead.
pub fn format_number(value: f64) -> String {
    shown(&plain_number(value))
}

/// `value` with exactly `decimals` decimals (at most 3; more are read as 3), always with a point
/// (for CSS, attributes and files; [`shown`] gives it the user's mark), with the digits
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

/// A difference in points rounded to one decimal, as messages quote it: `2.5`, `20`, `0.1`
/// (`2,5` where the decimal mark is a comma). For gaps that are no pillar's value (a page's
/// total against its pillars' sum); a pillar's own differences use [`Precision::Hundredth`].
pub fn format_points(value: f64) -> String {
    format_number((value * 10.0).round() / 10.0)
}

/// How precisely a kind of number is shown: the same on every screen, card, table, tooltip and
/// sentence.
///
/// Rounding is half away from zero on the decimal value: a stored score has at most three
/// decimals, so it is read as whole thousandths first (`3.745` is 3745 thousandths, shown
/// `3.75`), never rounded from its binary value, where ties would go to even or either way.
///
/// A change is the difference of the two values *as shown* ([`Precision::difference`]), so
/// `12.25` after `11.85` always reads `+0.40`, whatever the thousandths behind them. Changes keep
/// the value's precision, so they line up with the values in a table.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Precision {
    /// The overall SSI, as LinkedIn shows it: `44`, and its changes: `+2`.
    Whole,
    /// Pillar scores, as LinkedIn shows them: `8.65`, `17.00`, and their changes: `+0.40`.
    Hundredth,
}

impl Precision {
    fn decimals(self) -> u32 {
        match self {
            Precision::Whole => 0,
            Precision::Hundredth => 2,
        }
    }

    /// `value` in this precision's units (whole points, hundredths), rounded half away from
    /// zero from whole thousandths. Saturates far beyond any score; NaN reads 0.
    pub fn units(self, value: f64) -> i64 {
        // At most three decimals are stored: `round` only removes the binary error here.
        let thousandths = (value * 1000.0).round() as i64;
        let per_unit = 10i64.pow(3 - self.decimals());
        let half = per_unit / 2;
        // Integer division truncates toward zero: add half a unit away from zero first.
        thousandths.saturating_add(thousandths.signum() * half) / per_unit
    }

    /// `value` as it is shown, as a number: `12.275` → `12.28`.
    pub fn round(self, value: f64) -> f64 {
        self.units(value) as f64 / 10f64.powi(self.decimals() as i32)
    }

    /// How far `after` is from `before`, as the difference of the two values shown.
    pub fn difference(self, before: f64, after: f64) -> f64 {
        let units = self.units(after).saturating_sub(self.units(before));
        units as f64 / 10f64.powi(self.decimals() as i32)
    }

    /// A value at this precision: `44`, `8.65` (`8,65` where the mark is a comma).
    pub fn format(self, value: f64) -> String {
        if !value.is_finite() {
            return fixed(value, 0);
        }
        self.write(self.units(value))
    }

    /// `units` of this precision as text, without a sign for zero.
    fn write(self, units: i64) -> String {
        let decimals = self.decimals() as usize;
        let digits = format!("{:0>width$}", units.unsigned_abs(), width = decimals + 1);
        let (whole, fraction) = digits.split_at(digits.len() - decimals);
        let sign = if units < 0 { "-" } else { "" };
        if decimals == 0 {
            format!("{sign}{whole}")
        } else {
            format!("{sign}{whole}{}{fraction}", decimal_mark().char())
        }
    }

    /// True when a change rounds to nothing at this precision.
    pub fn is_flat(self, delta: f64) -> bool {
        self.units(delta) == 0
    }

    /// A change with its sign at this precision: `+2`, `−1`, `0`; `+0.40`, `0.00`.
    pub fn format_change(self, delta: f64) -> String {
        let units = self.units(delta);
        match units.signum() {
            0 => self.write(0),
            1 => format!("+{}", self.write(units)),
            _ => format!("−{}", self.write(-units)),
        }
    }
}
