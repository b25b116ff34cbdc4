//! Results' row for the current week: which day it records on.

mod support;
use ssi_lens::domain::outcomes::{this_weeks_day, IdSeed};
use ssi_lens::domain::History;
use support::{day, history};

#[test]
fn this_week_is_the_latest_snapshot_while_it_is_under_a_week_old() {
    let h = history(&[(2, 10.0), (9, 11.0)]);
    assert_eq!(this_weeks_day(&h, day(9)), day(9), "the same day");
    assert_eq!(this_weeks_day(&h, day(15)), day(9), "six days on");
    assert_eq!(
        this_weeks_day(&h, day(16)),
        day(16),
        "a week on: a new week, today"
    );
    assert_eq!(this_weeks_day(&h, day(30)), day(30));
}

#[test]
fn a_week_of_results_without_a_snapshot_counts_as_this_week_too() {
    let mut h = history(&[(2, 10.0)]);
    let id = h.add_outcome("Meetings", &mut IdSeed::new(1)).unwrap();
    h.set_outcome_value(day(10), id, Some(3.0)).unwrap();
    assert_eq!(this_weeks_day(&h, day(12)), day(10));
}

#[test]
fn without_data_or_with_a_day_ahead_of_today_it_is_today() {
    assert_eq!(this_weeks_day(&History::default(), day(5)), day(5));
    // A clock set back: the snapshot dated weeks ahead is not this week's.
    let h = history(&[(28, 10.0)]);
    assert_eq!(this_weeks_day(&h, day(5)), day(5));
    // Within the day of slack a typed date may be ahead, it is.
    assert_eq!(this_weeks_day(&h, day(27)), day(28));
}
