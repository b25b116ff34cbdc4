//! Goals with a date ("70 by 31 Mar 2027"): whether the current trend gets there by then, the
//! weekly change that would, and the rules every path that sets a goal's date shares.

mod support;
use chrono::{Days, NaiveDate};
use ssi_lens::domain::goals::{GoalDates, GoalError, Metric};
use ssi_lens::domain::stats::{project_by, ByDate, Projection};
use ssi_lens::domain::{History, HistoryError};
use ssi_lens::i18n::results::{by_date_words, progress_words};
use ssi_lens::i18n::Lang;
use support::{date, snapshot};

fn start() -> NaiveDate {
    date(2026, 1, 5)
}

fn weekly(overalls: &[f64]) -> History {
    support::weekly_overalls(overalls)
}

fn after(days: u64) -> NaiveDate {
    start() + Days::new(days)
}

/// 2 points a week from 16 on day 21: 30 on day 70, seen on the day of the latest snapshot.
#[test]
fn a_rising_trend_gets_there_by_a_later_date_and_not_by_an_earlier_one() {
    let rising = weekly(&[10.0, 12.0, 14.0, 16.0]);
    let s = rising.snapshots();
    let today = after(21);
    assert_eq!(
        project_by(s, Metric::Overall, 30.0, after(84), today),
        ByDate::InTime { on: after(70) }
    );
    // Exactly on the day still counts.
    assert_eq!(
        project_by(s, Metric::Overall, 30.0, after(70), today),
        ByDate::InTime { on: after(70) }
    );
    // 14 to go in 5 weeks: 2.8 a week, where the trend gives 2.
    let ByDate::Behind { trend, per_week } = project_by(s, Metric::Overall, 30.0, after(56), today)
    else {
        panic!("behind")
    };
    assert_eq!(trend, Projection::On(after(70)));
    assert!((per_week.unwrap() - 2.8).abs() < 1e-9);
    assert_eq!(
        Metric::Overall.weekly_change_words(per_week.unwrap()),
        "+2.8"
    );
}

#[test]
fn a_flat_or_falling_trend_or_too_few_points_still_say_the_weekly_change_needed() {
    let today = after(21);
    let by = after(21 + 70); // ten weeks from today
    let flat = weekly(&[20.0, 20.0, 20.0, 20.0]);
    assert_eq!(
        project_by(flat.snapshots(), Metric::Overall, 30.0, by, today),
        ByDate::Behind {
            trend: Projection::NotOnTrend,
            per_week: Some(1.0)
        }
    );
    let falling = weekly(&[23.0, 22.0, 21.0, 20.0]);
    assert_eq!(
        project_by(falling.snapshots(), Metric::Overall, 30.0, by, today),
        ByDate::Behind {
            trend: Projection::NotOnTrend,
            per_week: Some(1.0)
        }
    );
    let short = weekly(&[18.0, 20.0]);
    assert_eq!(
        project_by(short.snapshots(), Metric::Overall, 30.0, by, after(7)),
        ByDate::Behind {
            trend: Projection::NotEnoughData,
            per_week: Some(10.0 / 12.0) // 12 weeks from day 7 to day 91
        }
    );
    assert_eq!(
        project_by(&[], Metric::Overall, 30.0, by, today),
        ByDate::Behind {
            trend: Projection::NotEnoughData,
            per_week: None
        }
    );
}

#[test]
fn a_date_in_the_past_or_today_is_said_plainly_and_a_reached_goal_is_reached() {
    let rising = weekly(&[10.0, 12.0, 14.0, 16.0]);
    let s = rising.snapshots();
    let today = after(21);
    assert_eq!(
        project_by(s, Metric::Overall, 30.0, after(20), today),
        ByDate::Passed
    );
    assert_eq!(
        project_by(&[], Metric::Overall, 30.0, after(20), today),
        ByDate::Passed
    );
    assert_eq!(
        project_by(s, Metric::Overall, 30.0, today, today),
        ByDate::DueToday
    );
    // Reached wins over a date, past or not.
    for by in [after(1), today, after(100)] {
        assert_eq!(
            project_by(s, Metric::Overall, 16.0, by, today),
            ByDate::Reached
        );
    }
}

/// The gap is the one the card shows: an overall of 69.6 reads 70, "met"; a pillar of 8.655
/// reads 8.66.
#[test]
fn reached_agrees_with_the_numbers_shown() {
    let mut h = weekly(&[60.0, 65.0, 69.6]);
    assert_eq!(
        project_by(h.snapshots(), Metric::Overall, 70.0, after(100), after(14)),
        ByDate::Reached
    );
    h = weekly(&[34.0, 34.3, 34.62]); // brand 8.655 last
    assert_eq!(
        project_by(h.snapshots(), Metric::Brand, 8.66, after(100), after(14)),
        ByDate::Reached
    );
}

/// The weekly change is counted from today, not from a snapshot weeks old; a date a few days
/// off asks for at least one week's worth.
#[test]
fn the_weekly_change_counts_from_today() {
    let flat = weekly(&[20.0, 20.0, 20.0]);
    let today = after(14 + 28); // four weeks after the latest snapshot
    assert_eq!(
        project_by(
            flat.snapshots(),
            Metric::Overall,
            30.0,
            today + Days::new(14),
            today
        ),
        ByDate::Behind {
            trend: Projection::NotOnTrend,
            per_week: Some(5.0)
        }
    );
    let ByDate::Behind { per_week, .. } = project_by(
        flat.snapshots(),
        Metric::Overall,
        30.0,
        today + Days::new(1),
        today,
    ) else {
        panic!("behind")
    };
    assert_eq!(per_week, Some(70.0));
}

/// Rounded up, so that keeping the pace shown gets there; a tenth for the overall, a
/// hundredth for a pillar.
#[test]
fn the_weekly_change_is_rounded_up_at_the_metrics_precision() {
    assert_eq!(Metric::Overall.weekly_change_words(0.31), "+0.4");
    assert_eq!(Metric::Overall.weekly_change_words(0.1 + 0.2), "+0.3");
    assert_eq!(Metric::Overall.weekly_change_words(2.0), "+2.0");
    assert_eq!(Metric::Brand.weekly_change_words(1.0 / 3.0), "+0.34");
    assert_eq!(Metric::Brand.weekly_change_words(0.001), "+0.01");
}

/// Every change to a goal's date goes through the history's rule: it needs its goal and a
/// sane year; removing the goal removes its date; the targets' readers are untouched.
#[test]
fn the_history_keeps_dates_only_for_goals_it_has() {
    let mut h = History::default();
    assert_eq!(
        h.set_goal_date(Metric::Brand, Some(date(2027, 3, 31))),
        Err(GoalError::DateWithoutTarget(Metric::Brand))
    );
    h.set_goal(Metric::Brand, Some(20.0)).unwrap();
    assert_eq!(
        h.set_goal_date(Metric::Brand, Some(date(1999, 12, 31))),
        Err(GoalError::DateOutOfRange(Metric::Brand))
    );
    assert!(h.goal_dates().is_empty());
    // A past date is the load rule's to keep, not the history's to refuse.
    h.set_goal_date(Metric::Brand, Some(date(2026, 1, 1)))
        .unwrap();
    h.set_goal(Metric::Brand, Some(21.0)).unwrap();
    assert_eq!(h.goal_date(Metric::Brand), Some(date(2026, 1, 1)));
    assert_eq!(h.goals().get(&Metric::Brand), Some(&21.0));
    h.set_goal(Metric::Brand, None).unwrap();
    assert!(h.goal_dates().is_empty());
    let orphan: GoalDates = [(Metric::Overall, date(2027, 1, 1))].into_iter().collect();
    assert_eq!(
        History::default().with_goal_dates(orphan),
        Err(HistoryError::Goal(GoalError::DateWithoutTarget(
            Metric::Overall
        )))
    );
}

/// Another tab's merge: a goal's target and date are one choice, three-way like every goal.
#[test]
fn a_merge_keeps_each_goals_target_and_date_together() {
    let mut base = weekly(&[10.0, 12.0, 14.0]);
    base.set_goal(Metric::Overall, Some(50.0)).unwrap();
    base.set_goal(Metric::Brand, Some(20.0)).unwrap();
    let mut ours = base.clone();
    ours.set_goal_date(Metric::Overall, Some(date(2027, 3, 31)))
        .unwrap();
    let mut theirs = base.clone();
    theirs.set_goal(Metric::Brand, Some(22.0)).unwrap();
    theirs
        .set_goal_date(Metric::Brand, Some(date(2027, 6, 30)))
        .unwrap();
    let merged = History::merge(&base, &ours, &theirs).unwrap().history;
    assert_eq!(merged.goal_date(Metric::Overall), Some(date(2027, 3, 31)));
    assert_eq!(merged.goal_date(Metric::Brand), Some(date(2027, 6, 30)));
    assert_eq!(merged.goals().get(&Metric::Brand), Some(&22.0));
    // This tab removed the goal another tab dated meanwhile: the goal goes, with its date.
    let mut ours = base.clone();
    ours.set_goal(Metric::Brand, None).unwrap();
    let merged = History::merge(&base, &ours, &theirs).unwrap().history;
    assert_eq!(merged.goals().get(&Metric::Brand), None);
    assert_eq!(merged.goal_date(Metric::Brand), None);
}

/// The card's sentence for each case, with the dates as the user's browser writes them.
#[test]
fn each_case_reads_as_a_sentence() {
    let d = |day: NaiveDate| day.format("%-d %b %Y").to_string();
    let by = date(2027, 3, 31);
    let words = |r: ByDate| by_date_words(Lang::En, r, Metric::Overall, by, &d);
    assert_eq!(words(ByDate::Reached), "Reached.");
    assert_eq!(
        words(ByDate::Passed),
        "31 Mar 2027 has passed without reaching it: choose a new date, or clear it."
    );
    assert_eq!(
        words(ByDate::DueToday),
        "Due today, 31 Mar 2027, and not reached yet."
    );
    assert_eq!(
        words(ByDate::InTime {
            on: date(2027, 2, 1)
        }),
        "On track for 31 Mar 2027: at this pace, around 1 Feb 2027."
    );
    assert_eq!(
        words(ByDate::Behind {
            trend: Projection::On(date(2027, 6, 1)),
            per_week: Some(0.31)
        }),
        "Not by 31 Mar 2027 at this pace (around 1 Jun 2027): it takes +0.4 a week."
    );
    assert_eq!(
        words(ByDate::Behind {
            trend: Projection::NotOnTrend,
            per_week: Some(1.0)
        }),
        "Not by 31 Mar 2027 on the current trend: it takes +1.0 a week."
    );
    assert_eq!(
        words(ByDate::Behind { trend: Projection::NotEnoughData, per_week: Some(0.5) }),
        "Getting there by 31 Mar 2027 takes +0.5 a week. A trend needs 3 snapshots in the chosen range."
    );
    assert_eq!(
        by_date_words(
            Lang::En,
            ByDate::Behind {
                trend: Projection::NotOnTrend,
                per_week: Some(0.125)
            },
            Metric::Brand,
            by,
            &d
        ),
        "Not by 31 Mar 2027 on the current trend: it takes +0.13 a week."
    );
}

#[test]
fn a_goal_that_reads_as_met_is_met_for_the_projection_and_the_weekly_plan_too() {
    // Brand 12.497 reads "12.50": a goal of 12.5 is met on the card, so nowhere behind.
    let snapshots: Vec<_> = [12.2, 12.35, 12.497]
        .iter()
        .enumerate()
        .map(|(i, &brand)| snapshot(start() + Days::new(7 * i as u64), [brand, 5.0, 5.0, 5.0]))
        .collect();
    let mut history = History::default();
    for s in snapshots.clone() {
        history.add(s).unwrap();
    }
    history.set_goal(Metric::Brand, Some(12.5)).unwrap();
    assert_eq!(Metric::Brand.gap(12.5, 12.497), 0.0);
    assert!(progress_words(Lang::En, Metric::Brand, 12.5, 12.497).contains("met"));
    assert_eq!(
        ssi_lens::domain::stats::project(&snapshots, Metric::Brand, 12.5),
        Projection::Reached
    );
    assert_eq!(
        ssi_lens::domain::explain::goal_plan(&history, &snapshots),
        None
    );
}
