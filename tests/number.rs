//! How scores and point differences read as text.

use ssi_lens::domain::number::{format_number, format_points};

#[test]
fn scores_show_without_trailing_zeros() {
    assert_eq!(format_number(12.5), "12.5");
    assert_eq!(format_number(6.0), "6");
    assert_eq!(format_number(1.948), "1.948");
    assert_eq!(format_number(-0.0001), "0", "never a negative zero");
}

#[test]
fn point_differences_are_rounded_to_one_decimal() {
    assert_eq!(format_points(20.0), "20");
    assert_eq!(format_points(2.04), "2");
    assert_eq!(format_points(2.05001), "2.1");
    assert_eq!(format_points(3.449), "3.4");
    assert_eq!(format_points(0.04), "0");
}

#[test]
fn tiny_changes_are_flat_at_one_decimal() {
    use ssi_lens::domain::number::is_flat;
    assert!(is_flat(0.0) && is_flat(-0.049));
    assert!(!is_flat(0.05) && !is_flat(-0.06));
}

#[test]
fn each_kind_of_number_has_one_precision() {
    use ssi_lens::domain::goals::Metric;
    use ssi_lens::domain::number::Precision;
    assert_eq!(Metric::Overall.precision().format(44.0), "44");
    assert_eq!(Metric::Brand.precision().format(8.65), "8.7");
    assert_eq!(Metric::Brand.precision().format(17.0), "17.0");
    assert_eq!(Precision::Whole.format(-0.2), "0", "never a negative zero");
    assert_eq!(Precision::Whole.format_change(2.0), "+2");
    assert_eq!(Precision::Whole.format_change(-1.4), "−1");
    assert_eq!(Precision::Whole.format_change(0.3), "0");
    assert_eq!(Precision::Tenth.format_change(0.44), "+0.4");
    assert_eq!(Precision::Tenth.format_change(-0.04), "0.0");
    assert_eq!(Precision::Tenth.format_change(-2.0), "−2.0");
}
