//! Changes, trends, projections, drops and correlation.

mod support;
use chrono::{Days, NaiveDate};
use ssi_lens::domain::goals::Metric;
use ssi_lens::domain::outcomes::{IdSeed, OutcomeId};
use ssi_lens::domain::stats::{
    change_over, correlation, drop_alerts, drops, fastest_growing, project, relationship, trend,
    DropAlert, Projection, Range, Relationship,
};
use ssi_lens::domain::History;
use support::date;

fn start() -> NaiveDate {
    date(2026, 1, 5)
}

fn weekly(overalls: &[f64]) -> History {
    support::weekly_overalls(overalls)
}

#[test]
fn change_over_a_week_and_30_days() {
    let h = weekly(&[20.0, 22.0, 23.0, 24.0, 26.0, 30.0]);
    let week = change_over(&h, Metric::Overall, 7).unwrap();
    assert_eq!((week.delta, week.since), (4.0, start() + Days::new(28)));
    // 30 days before the latest (day 35) is day 5: the snapshot on or before it is day 0.
    let month = change_over(&h, Metric::Overall, 30).unwrap();
    assert_eq!((month.delta, month.since), (10.0, start()));
    assert_eq!(
        change_over(&h, Metric::Overall, 60),
        None,
        "the history is too short"
    );
    assert_eq!(change_over(&History::default(), Metric::Overall, 7), None);
}

#[test]
fn the_fastest_growing_pillar_is_named() {
    let mut h = weekly(&[20.0, 20.0, 20.0, 20.0, 20.0, 20.0]);
    let mut latest = h.latest().unwrap().clone();
    latest.pillars.insights += 2.1;
    latest.pillars.brand += 0.5;
    h.replace(latest).unwrap();
    let fastest = fastest_growing(&h, 30).unwrap();
    assert_eq!(fastest.metric, Metric::Insights);
    assert!((fastest.delta - 2.1).abs() < 1e-9);
    assert_eq!(
        fastest_growing(&weekly(&[20.0, 19.0, 18.0, 17.0, 16.0, 15.0]), 30),
        None
    );
}

#[test]
fn least_squares_on_a_known_line() {
    let h = weekly(&[10.0, 12.0, 14.0, 16.0]);
    let t = trend(h.snapshots(), Metric::Overall).unwrap();
    assert!((t.slope_per_day - 2.0 / 7.0).abs() < 1e-12);
    assert!((t.intercept - 10.0).abs() < 1e-12);
    assert!((t.at(start() + Days::new(70)) - 30.0).abs() < 1e-9);
    assert_eq!(
        trend(&h.snapshots()[..2], Metric::Overall),
        None,
        "two points are not a trend"
    );
}

#[test]
fn projections_rising_flat_falling_reached_and_too_short() {
    let rising = weekly(&[10.0, 12.0, 14.0, 16.0]);
    // 2 points a week from 16 on day 21: 30 is reached on day 70.
    assert_eq!(
        project(rising.snapshots(), Metric::Overall, 30.0),
        Projection::On(start() + Days::new(70))
    );
    assert_eq!(
        project(rising.snapshots(), Metric::Overall, 15.0),
        Projection::Reached
    );
    let flat = weekly(&[20.0, 20.0, 20.0, 20.0]);
    assert_eq!(
        project(flat.snapshots(), Metric::Overall, 30.0),
        Projection::NotOnTrend
    );
    let falling = weekly(&[20.0, 19.0, 18.0]);
    assert_eq!(
        project(falling.snapshots(), Metric::Overall, 30.0),
        Projection::NotOnTrend
    );
    let short = weekly(&[10.0, 12.0]);
    assert_eq!(
        project(short.snapshots(), Metric::Overall, 30.0),
        Projection::NotEnoughData
    );
    assert_eq!(
        project(&[], Metric::Overall, 30.0),
        Projection::NotEnoughData
    );
    let crawling = weekly(&[10.0, 10.001, 10.002]);
    assert_eq!(
        project(crawling.snapshots(), Metric::Overall, 90.0),
        Projection::NotOnTrend,
        "beyond ten years"
    );
    let brand = weekly(&[10.0, 12.0, 14.0, 16.0]);
    assert_eq!(
        project(brand.snapshots(), Metric::Brand, 7.5),
        Projection::On(start() + Days::new(70))
    );
}

#[test]
fn ranges_cut_the_history() {
    let h = weekly(&[1.0; 60]);
    let end = h.latest().unwrap().date;
    assert_eq!(Range::Weeks4.slice(&h, end).len(), 5);
    assert_eq!(Range::Weeks12.slice(&h, end).len(), 13);
    assert_eq!(Range::Year.slice(&h, end).len(), 53);
    assert_eq!(Range::All.slice(&h, end).len(), 60);
    assert_eq!(
        Range::Weeks12.of(&h),
        Range::Weeks12.slice(&h, end),
        "of() ends at the latest snapshot"
    );
    assert!(Range::Year.of(&History::default()).is_empty());
    for r in Range::ALL {
        assert_eq!(Range::from_key(r.key()), Some(r));
    }
}

#[test]
fn a_range_ends_on_its_end_date_and_reaches_back_its_days_both_included() {
    // Weekly from 5 Jan: the 8th snapshot is on 23 Feb, 28 days after the 4th (26 Jan).
    let h = weekly(&[1.0; 12]);
    let end = start() + Days::new(7 * 7);
    let four_weeks = Range::Weeks4.slice(&h, end);
    let dates: Vec<NaiveDate> = four_weeks.iter().map(|s| s.date).collect();
    assert_eq!(
        dates.first(),
        Some(&(end - Days::new(28))),
        "the start day is included"
    );
    assert_eq!(dates.last(), Some(&end), "the end day is included");
    assert_eq!(dates.len(), 5);
    assert_eq!(
        Range::All.slice(&h, end).len(),
        8,
        "nothing after the end, even for All"
    );
    let between = end + Days::new(3);
    assert_eq!(Range::Weeks4.slice(&h, between).last().unwrap().date, end);
    assert!(Range::Weeks4.slice(&h, start() - Days::new(1)).is_empty());
    assert!(Range::Year
        .slice(&h, start() + Days::new(10_000))
        .is_empty());
}

#[test]
fn falls_of_three_points_or_more_are_flagged_newest_first() {
    let h = weekly(&[30.0, 27.0, 28.0, 25.5, 25.0, 20.0]);
    let found = drops(h.snapshots());
    let falls: Vec<f64> = found.iter().map(|d| d.fall).collect();
    assert_eq!(falls, vec![5.0, 3.0]);
    assert_eq!(found[1].from, start());
    assert!(
        drops(weekly(&[30.0, 27.5, 25.0]).snapshots()).is_empty(),
        "2.5 is not a drop"
    );
}

#[test]
fn drop_alerts_are_loud_while_news_then_fade_and_go_once_seen() {
    // Drops end on week 1 (start + 7) and week 5 (start + 35).
    let h = weekly(&[30.0, 26.0, 27.0, 28.0, 29.0, 24.0]);
    let (early, late) = (start() + Days::new(7), start() + Days::new(35));
    let alerts = |today: NaiveDate, seen| -> Vec<(NaiveDate, DropAlert)> {
        drop_alerts(h.snapshots(), today, seen)
            .into_iter()
            .map(|(d, a)| (d.to, a))
            .collect()
    };
    // The week of the latest drop: it is loud; the earlier one, four weeks old, is quiet.
    assert_eq!(
        alerts(late, None),
        vec![(late, DropAlert::Loud), (early, DropAlert::Quiet)]
    );
    // Six weeks on, the latest is quiet; the earlier one, ten weeks old, is still quiet.
    let later = late + Days::new(42);
    assert_eq!(
        alerts(later, None),
        vec![(late, DropAlert::Quiet), (early, DropAlert::Quiet)]
    );
    // Seven months on, nothing is news.
    assert!(alerts(late + Days::new(210), None).is_empty());
    // Seen drops are not repeated.
    assert_eq!(alerts(late, Some(early)), vec![(late, DropAlert::Loud)]);
    assert!(alerts(late, Some(late)).is_empty());
}

#[test]
fn a_drop_made_up_since_is_no_longer_an_alert() {
    let week = |i: u64| start() + Days::new(7 * i);
    // 35 → 23 → 33: two points short of where it fell from, less than a drop: made up.
    let made_up = weekly(&[35.0, 23.0, 33.0]);
    assert!(drop_alerts(made_up.snapshots(), week(2), None).is_empty());
    // 35 → 23 → 30: still five points down, still news.
    let still_down = weekly(&[35.0, 23.0, 30.0]);
    let alerts = drop_alerts(still_down.snapshots(), week(2), None);
    assert_eq!(alerts.len(), 1);
    assert_eq!(alerts[0].0.to, week(1));
}

#[test]
fn correlation_with_known_values_and_the_small_n_rule() {
    let line: Vec<(f64, f64)> = (0..8).map(|i| (i as f64, 2.0 * i as f64 + 1.0)).collect();
    assert!((correlation(&line).unwrap() - 1.0).abs() < 1e-12);
    let inverse: Vec<(f64, f64)> = (0..8).map(|i| (i as f64, -(i as f64))).collect();
    assert!((correlation(&inverse).unwrap() + 1.0).abs() < 1e-12);
    // A symmetric parabola: r = 0 for a symmetric parabola.
    let parabola: Vec<(f64, f64)> = (-4..=4).map(|i| (i as f64, (i * i) as f64)).collect();
    assert!(correlation(&parabola).unwrap().abs() < 1e-12);
    // Checked against Python's statistics.correlation.
    let known = [
        (1.0, 2.0),
        (2.0, 4.0),
        (3.0, 5.0),
        (4.0, 4.0),
        (5.0, 5.0),
        (6.0, 7.0),
        (7.0, 8.0),
        (8.0, 9.0),
    ];
    assert!((correlation(&known).unwrap() - 0.9511897312113419).abs() < 1e-9);
    assert_eq!(correlation(&line[..7]), None, "seven points are not enough");
    assert_eq!(correlation(&[(1.0, 1.0); 8]), None, "no variation");
}

/// The outcome's id: the first one drawn from seed 1.
fn meetings() -> OutcomeId {
    IdSeed::new(1).next_id(|_| false)
}

fn with_outcome(overalls: &[f64], outcome: &[f64]) -> History {
    let mut h = weekly(overalls);
    let id = h.add_outcome("Meetings", &mut IdSeed::new(1)).unwrap();
    let days: Vec<_> = h.snapshots().iter().map(|s| s.date).collect();
    for (day, &v) in days.into_iter().zip(outcome) {
        h.set_outcome_value(day, id, Some(v)).unwrap();
    }
    h
}

#[test]
fn relationship_between_score_and_outcome() {
    let few = with_outcome(&[20.0; 5], &[1.0; 5]);
    assert_eq!(
        relationship(few.snapshots(), meetings()),
        Relationship::NotEnoughData { points: 5 }
    );
    let scores: Vec<f64> = (0..10).map(|i| 20.0 + i as f64).collect();
    let together: Vec<f64> = (0..10).map(|i| i as f64 * 2.0).collect();
    match relationship(with_outcome(&scores, &together).snapshots(), meetings()) {
        Relationship::Correlation { r, points } => assert!((r - 1.0).abs() < 1e-9 && points == 10),
        other => panic!("{other:?}"),
    }
    let flat = [5.0, 6.0, 5.0, 5.0, 6.0, 5.0, 5.0, 6.0, 5.0, 5.0];
    match relationship(with_outcome(&scores, &flat).snapshots(), meetings()) {
        Relationship::ScoreUpOutcomeFlat { rise, points, .. } => {
            assert!((rise - 9.0).abs() < 1e-9 && points == 10)
        }
        other => panic!("{other:?}"),
    }
}

#[test]
fn outcome_counts_are_read_leniently_but_never_guessed() {
    use ssi_lens::domain::outcomes::{parse_outcome_value, OutcomeError};
    assert_eq!(parse_outcome_value(" 3 "), Ok(Some(3.0)));
    assert_eq!(parse_outcome_value("2,5"), Ok(Some(2.5)));
    assert_eq!(parse_outcome_value("0"), Ok(Some(0.0)));
    assert_eq!(
        parse_outcome_value("  "),
        Ok(None),
        "empty clears the value"
    );
    for bad in ["-1", "NaN", "inf", "1e10", "1e3", "three", "+5", "1.2.3"] {
        assert_eq!(
            parse_outcome_value(bad),
            Err(OutcomeError::InvalidValue),
            "{bad}"
        );
    }
}
