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
