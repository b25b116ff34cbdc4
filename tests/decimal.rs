#![cfg(not(target_arch = "wasm32"))]
//! The app's decimal reader gives the same f64 as core's `str::parse` for every finite spelling.
//! `PROPTEST_CASES=30000 cargo test --test decimal` runs it longer.

use proptest::prelude::*;
use ssi_lens::domain::decimal::read_decimal;

fn same_as_core(text: &str) {
    let ours = read_decimal(text).map(f64::to_bits);
    let core = text.parse::<f64>().ok().map(f64::to_bits);
    assert_eq!(ours, core, "{text}");
}

#[test]
fn reads_scores_counts_and_hard_cases_as_core_does() {
    for text in [
        "0",
        "-0",
        "+0",
        "12.5",
        "0.998",
        "100",
        "20.998",
        "6.",
        ".5",
        "007.250",
        "1e3",
        "1E-3",
        "2.5e+2",
        "1e",
        "e5",
        ".",
        "",
        "-",
        "+",
        "1.2.3",
        "1,5",
        " 1",
        "1 ",
        "0x10",
        "--1",
        "1e+",
        "1e-",
        // Halfway and near-halfway cases at every scale.
        "9007199254740993",
        "9007199254740993.0000000001",
        "9007199254740992.9999999999",
        "2.2250738585072011e-308",
        "2.2250738585072014e-308",
        "4.9406564584124654e-324",
        "2.4703282292062327e-324",
        "2.4703282292062328e-324",
        "1e-324",
        "1e-400",
        "1.7976931348623157e308",
        "1.7976931348623158e308",
        "1.7976931348623159e308",
        "1e309",
        "0.1",
        "0.3",
        "123456789012345678901234567890",
        "2.0000000000000000001",
        "1.00000000000000011102230246251565404236316680908203125",
        "1.00000000000000011102230246251565404236316680908203124",
        "1.00000000000000011102230246251565404236316680908203126",
        "1e99999999999999999999",
        "1e-99999999999999999999",
    ] {
        same_as_core(text);
    }
    for word in ["inf", "NaN", "infinity"] {
        assert_eq!(read_decimal(word), None, "{word}");
    }
    same_as_core(&format!("0.{}1", "0".repeat(2000)));
    same_as_core(&format!("1{}", "0".repeat(400)));
    same_as_core(&format!("1.{}1", "0".repeat(900)));
}

proptest! {
    #[test]
    fn any_decimal_reads_as_core_reads_it(
        text in "[+-]?[0-9]{0,22}(\\.[0-9]{0,22})?([eE][+-]?[0-9]{1,3})?"
    ) {
        same_as_core(&text);
    }

    #[test]
    fn scores_read_as_core_reads_them(text in "[0-9]{1,3}(\\.[0-9]{1,3})?") {
        same_as_core(&text);
    }

    #[test]
    fn any_f64_written_out_reads_back_as_core_reads_it(bits: u64, digits in 0usize..25) {
        let value = f64::from_bits(bits);
        prop_assume!(value.is_finite());
        same_as_core(&format!("{value:e}"));
        same_as_core(&format!("{value:.digits$e}"));
        same_as_core(&format!("{value}"));
    }
}

#[test]
fn a_typed_score_takes_either_mark_but_never_a_guess() {
    use ssi_lens::domain::decimal::{read_typed_decimal, TypedDecimalError};
    use ssi_lens::domain::number::DecimalMark::{Comma, Point};
    for mark in [Point, Comma] {
        assert_eq!(read_typed_decimal("12,25", mark), Ok(12.25));
        assert_eq!(read_typed_decimal(" 12.25 ", mark), Ok(12.25));
        assert_eq!(
            read_typed_decimal("0,125", mark),
            Ok(0.125),
            "no group starts with 0"
        );
        assert_eq!(read_typed_decimal("1234,5", mark), Ok(1234.5));
        assert_eq!(
            read_typed_decimal("1.234,5", mark),
            Err(TypedDecimalError::BothMarks)
        );
        assert_eq!(
            read_typed_decimal("1,234.5", mark),
            Err(TypedDecimalError::BothMarks)
        );
        assert_eq!(
            read_typed_decimal("1,2,3", mark),
            Err(TypedDecimalError::NotANumber)
        );
        assert_eq!(
            read_typed_decimal("abc", mark),
            Err(TypedDecimalError::NotANumber)
        );
    }
    // Three digits after the other language's mark are how that language groups thousands.
    assert_eq!(
        read_typed_decimal("1,234", Point),
        Err(TypedDecimalError::Ambiguous)
    );
    assert_eq!(read_typed_decimal("1.234", Point), Ok(1.234));
    assert_eq!(
        read_typed_decimal("1.234", Comma),
        Err(TypedDecimalError::Ambiguous)
    );
    assert_eq!(read_typed_decimal("1,234", Comma), Ok(1.234));
}
