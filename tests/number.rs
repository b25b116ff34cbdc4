//! How scores and point differences read as text.

use ssi_lens::domain::goals::Metric;
use ssi_lens::domain::number::{
    decimal_mark, format_number, format_points, plain_number, use_decimal_mark, DecimalMark,
    Precision,
};
use ssi_lens::i18n::results::{goal_words, progress_words};
use ssi_lens::i18n::Lang;

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
fn pillars_show_two_decimals_as_linkedin_does() {
    let pillar = Precision::Hundredth;
    assert_eq!(pillar.format(12.25), "12.25");
    assert_eq!(pillar.format(3.75), "3.75", "not 3.8: no tie to even");
    assert_eq!(pillar.format(12.05), "12.05");
    assert_eq!(pillar.format(17.0), "17.00");
    assert_eq!(pillar.format(1.0), "1.00");
    assert_eq!(pillar.format(1.948), "1.95");
    assert_eq!(pillar.format(13.118), "13.12");
    assert_eq!(pillar.format(25.0), "25.00");
}

#[test]
fn a_third_decimal_rounds_half_away_from_zero_on_the_decimal_value() {
    let pillar = Precision::Hundredth;
    // 12.275 and 3.745 are a little below their decimal value in binary ({:.2} writes 12.27).
    assert_eq!(pillar.format(12.275), "12.28");
    assert_eq!(pillar.format(3.745), "3.75");
    assert_eq!(pillar.format(0.005), "0.01");
    assert_eq!(pillar.format(8.645), "8.65");
    assert_eq!(pillar.format(8.644), "8.64");
    assert_eq!(pillar.round(12.275), 12.28);
    assert_eq!(Precision::Whole.format(44.5), "45");
    assert_eq!(Precision::Whole.format(43.499), "43");
    assert_eq!(Precision::Whole.format(-0.2), "0", "never a negative zero");
}

#[test]
fn a_change_is_the_difference_of_the_values_shown() {
    let pillar = Precision::Hundredth;
    // 12.255 shows 12.26 and 11.854 shows 11.85: 0.41 apart on screen (0.401 recorded).
    let change = pillar.difference(11.854, 12.255);
    assert_eq!(change, 0.41);
    assert_eq!(pillar.format_change(change), "+0.41");
    // 12.275 − 12.265 is 0.01 recorded, but both show 12.28 and 12.27: the change reads +0.01,
    // and 12.274 after 12.265 (12.27 and 12.27) reads no change.
    assert_eq!(
        pillar.format_change(pillar.difference(12.265, 12.275)),
        "+0.01"
    );
    assert!(pillar.is_flat(pillar.difference(12.265, 12.274)));
    assert_eq!(
        pillar.format_change(pillar.difference(12.274, 12.265)),
        "0.00"
    );
    assert_eq!(pillar.format_change(pillar.difference(14.0, 12.0)), "−2.00");
    assert_eq!(Precision::Whole.difference(43.4, 44.5), 2.0, "43 to 45");
}

#[test]
fn each_kind_of_number_has_one_precision() {
    assert_eq!(Metric::Overall.precision().format(44.0), "44");
    assert_eq!(Metric::Brand.precision().format(8.65), "8.65");
    assert_eq!(Metric::Brand.precision().format(17.0), "17.00");
    assert_eq!(Precision::Whole.format_change(2.0), "+2");
    assert_eq!(Precision::Whole.format_change(-1.4), "−1");
    assert_eq!(Precision::Whole.format_change(0.3), "0");
    assert_eq!(Precision::Hundredth.format_change(0.4), "+0.40");
    assert_eq!(Precision::Hundredth.format_change(-0.004), "0.00");
    assert_eq!(Precision::Hundredth.format_change(-2.0), "−2.00");
}

#[test]
fn a_goal_reads_now_as_the_card_does() {
    let card = Precision::Hundredth.format(8.65);
    let words = progress_words(Lang::En, Metric::Brand, 10.0, 8.65);
    assert_eq!(words, format!(" (now {card}, 1.35 to go). "));
    // The distance is the difference of what is shown: 12.28 to 12.50.
    assert_eq!(
        progress_words(Lang::En, Metric::Brand, 12.5, 12.275),
        " (now 12.28, 0.22 to go). "
    );
    assert_eq!(
        goal_words(Lang::En, Metric::Brand, 12.5, None, &|d| d.to_string()),
        "Brand: 12.50"
    );
    assert_eq!(
        progress_words(Lang::En, Metric::Overall, 45.0, 44.6),
        " (now 45, met). "
    );
}

#[test]
fn the_language_decides_the_decimal_mark_shown() {
    // Per thread: this test's setting never reaches another test.
    assert_eq!(decimal_mark(), DecimalMark::Point);
    use_decimal_mark(DecimalMark::Comma);
    assert_eq!(Precision::Hundredth.format(12.25), "12,25");
    assert_eq!(Precision::Hundredth.format_change(-0.4), "−0,40");
    assert_eq!(Precision::Whole.format(44.0), "44");
    assert_eq!(format_number(1.948), "1,948");
    assert_eq!(format_points(2.5), "2,5");
    assert_eq!(
        progress_words(Lang::En, Metric::Brand, 10.0, 8.65),
        " (now 8,65, 1,35 to go). "
    );
    // What files and attributes read never changes with the language.
    assert_eq!(plain_number(12.25), "12.25");
    assert_eq!(ssi_lens::domain::number::fixed(12.25, 2), "12.25");
    use_decimal_mark(DecimalMark::Point);
    assert_eq!(Precision::Hundredth.format(12.25), "12.25");
}
