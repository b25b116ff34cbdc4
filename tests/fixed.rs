#![cfg(not(target_arch = "wasm32"))]
//! Numbers written with a fixed number of decimals by the app's own integer code read exactly as
//! core's `format!("{:.N}")` wrote them, except that a value rounding to zero never reads `-0`. `PROPTEST_CASES=30000 cargo test --test fixed` runs it
//! longer.

use proptest::prelude::*;
use ssi_lens::domain::number::fixed;

/// Core's text for `value` at `decimals`, without the sign of a negative zero.
fn core(value: f64, decimals: usize) -> String {
    let text = format!("{value:.decimals$}");
    match text.strip_prefix('-') {
        Some(rest) if rest.bytes().all(|b| b == b'0' || b == b'.') => rest.to_string(),
        _ => text,
    }
}

#[test]
fn fixed_decimals_round_the_exact_value_half_to_even_as_core_does() {
    for (value, decimals, text) in [
        (8.25, 1, "8.2"),
        (8.75, 1, "8.8"),
        (0.35, 1, "0.3"),
        (2.5, 0, "2"),
        (3.5, 0, "4"),
        (-1.25, 1, "-1.2"),
        (-0.0, 2, "0.00"),
        (-0.004, 2, "0.00"),
        (-0.006, 2, "-0.01"),
        (9_007_199_254_740_993.0, 0, "9007199254740992"),
        (1e20, 3, "100000000000000000000.000"),
        (1.5e30, 1, "1499999999999999889089448902656.0"),
        (0.0004, 3, "0.000"),
        (0.0005, 3, "0.001"),
        (99.9999, 3, "100.000"),
        (123_456_789.0, 2, "123456789.00"),
        (f64::MIN_POSITIVE, 3, "0.000"),
        (5e-324, 1, "0.0"),
    ] {
        assert_eq!(fixed(value, decimals), text, "{value} at {decimals}");
        assert_eq!(fixed(value, decimals), core(value, decimals));
    }
    assert_eq!(fixed(f64::NAN, 1), "NaN");
    assert_eq!(fixed(f64::INFINITY, 1), "inf");
    assert_eq!(fixed(f64::NEG_INFINITY, 0), "-inf");
}

proptest! {
    /// The same text as core's formatting for every value a score, rank, average or outcome
    /// can take, and far beyond.
    #[test]
    fn fixed_writes_what_core_writes(value in -1e30f64..1e30, decimals in 0usize..=3) {
        prop_assert_eq!(fixed(value, decimals), core(value, decimals));
    }

    #[test]
    fn fixed_writes_what_core_writes_for_scores(value in -1e4f64..1e4, decimals in 0usize..=3) {
        prop_assert_eq!(fixed(value, decimals), core(value, decimals));
    }

    #[test]
    fn fixed_writes_what_core_writes_for_short_decimals(thousandths in -10_000_000i64..10_000_000, decimals in 0usize..=3) {
        // Values typed with up to three decimals, and the ties between them.
        let value = thousandths as f64 / 1000.0;
        prop_assert_eq!(fixed(value, decimals), core(value, decimals));
        let tie = (thousandths as f64 + 0.5) / 1000.0;
        prop_assert_eq!(fixed(tie, decimals), core(tie, decimals));
    }
}
