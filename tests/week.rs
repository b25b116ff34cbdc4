//! The weekly check-in: the streak (with its one forgiven missed week, and how the line says
//! so) and the week line's facts, which must agree with the dashboard's cards.

mod support;
use chrono::{Days, NaiveDate};
use ssi_lens::domain::number::Precision;
use ssi_lens::domain::week::{streak, week_facts, week_of, Streak};
use ssi_lens::domain::{History, Pillar, Snapshot};
use ssi_lens::i18n::Lang;
use ssi_lens::markup::week::{streak_words, week_line};
use ssi_lens::markup::{pillars_card, DashboardTop, Whose};
use support::{date, snapshot, today};

/// Wednesday 25 November 2026; its week starts on Monday the 23rd.
fn this_monday() -> NaiveDate {
    date(2026, 11, 23)
}

/// The Monday `n` weeks before this one.
fn weeks_ago(n: u64) -> NaiveDate {
    this_monday() - Days::new(7 * n)
}

/// A history with a snapshot on each day.
fn on(days: &[NaiveDate]) -> History {
    History::from_snapshots(days.iter().map(|&d| snapshot(d, [10.0; 4])).collect()).unwrap()
}

/// A history with a snapshot (on a Thursday) `n` weeks ago for each `n`.
fn weeks(ns: &[u64]) -> History {
    on(&ns
        .iter()
        .map(|&n| weeks_ago(n) + Days::new(3))
        .collect::<Vec<_>>())
}

fn words(s: &Streak) -> String {
    streak_words(Lang::En, s, &|d: NaiveDate| d.to_string())
}

#[test]
fn weeks_start_on_monday() {
    assert_eq!(week_of(date(2026, 11, 25)), this_monday());
    assert_eq!(week_of(this_monday()), this_monday());
    assert_eq!(week_of(date(2026, 11, 29)), this_monday(), "Sunday ends it");
    assert_eq!(week_of(date(2026, 11, 30)), date(2026, 11, 30));
}

#[test]
fn weeks_in_a_row_up_to_this_week() {
    let s = streak(&weeks(&[0, 1, 2, 3, 4, 5]), today());
    assert_eq!(
        s,
        Streak {
            weeks: 6,
            forgiven: None,
            this_week: true
        }
    );
    assert_eq!(words(&s), "6 weeks in a row.");
}

#[test]
fn this_week_is_not_missed_before_it_is_over() {
    let s = streak(&weeks(&[1, 2, 3, 4, 5, 6]), today());
    assert_eq!((s.weeks, s.forgiven, s.this_week), (6, None, false));
    assert_eq!(
        words(&s),
        "6 weeks in a row. This week’s snapshot keeps it going."
    );
}

#[test]
fn one_missed_week_is_forgiven_and_named() {
    let s = streak(&weeks(&[0, 1, 2, 4, 5, 6]), today());
    assert_eq!((s.weeks, s.forgiven), (6, Some(weeks_ago(3))));
    assert_eq!(
        words(&s),
        "6 weeks in a row, one missed week forgiven (the week of 2026-11-02)."
    );
}

#[test]
fn last_week_missed_is_forgiven_while_this_week_is_open() {
    let s = streak(&weeks(&[2, 3, 4]), today());
    assert_eq!(
        s,
        Streak {
            weeks: 3,
            forgiven: Some(weeks_ago(1)),
            this_week: false
        }
    );
    assert_eq!(
        words(&s),
        "3 weeks in a row, one missed week forgiven (the week of 2026-11-16). This week’s snapshot keeps it going."
    );
}

#[test]
fn only_one_missed_week_is_forgiven() {
    // Two missed weeks in a row end the streak.
    let s = streak(&weeks(&[0, 1, 4, 5]), today());
    assert_eq!((s.weeks, s.forgiven), (2, None));
    // So does a second single missed week: the first (newest) was forgiven.
    let s = streak(&weeks(&[0, 2, 4, 5]), today());
    assert_eq!((s.weeks, s.forgiven), (2, Some(weeks_ago(1))));
}

#[test]
fn a_streak_ended_says_how_to_start_again() {
    let s = streak(&weeks(&[3, 4, 5]), today());
    assert_eq!(s.weeks, 0);
    assert_eq!(
        words(&s),
        "No weekly streak now: this week’s snapshot starts one."
    );
    assert_eq!(streak(&History::default(), today()).weeks, 0);
    let one = streak(&weeks(&[0]), today());
    assert_eq!(words(&one), "1 week so far.");
}

#[test]
fn several_snapshots_in_a_week_count_once_and_sunday_then_monday_are_two_weeks() {
    let h = on(&[
        weeks_ago(1),
        weeks_ago(1) + Days::new(2),
        weeks_ago(1) + Days::new(6),
        this_monday(),
    ]);
    assert_eq!(streak(&h, today()).weeks, 2);
}

#[test]
fn a_snapshot_dated_ahead_of_today_counts_as_this_week() {
    // Sunday here, Monday already where the snapshot was taken.
    let sunday = date(2026, 11, 29);
    let h = on(&[weeks_ago(0), date(2026, 11, 30)]);
    let s = streak(&h, sunday);
    assert_eq!((s.weeks, s.this_week), (2, true));
}

fn pair(before: [f64; 4], after: [f64; 4]) -> History {
    let mut first = snapshot(date(2026, 11, 16), before);
    first.overall = 40.4;
    let mut second = snapshot(date(2026, 11, 23), after);
    second.overall = 42.6;
    History::from_snapshots(vec![first, second]).unwrap()
}

#[test]
fn the_week_line_has_the_cards_numbers() {
    let h = pair([10.0, 5.0, 6.0, 7.0], [10.4, 4.45, 6.0, 7.1]);
    let facts = week_facts(&h, today()).unwrap();
    let change = h.change_since_previous().unwrap();
    assert_eq!(facts.score, 42.6);
    // 40 then 43 as shown: +3, though the stored scores are 2.2 apart.
    assert_eq!(facts.change, Some((change.overall, date(2026, 11, 16))));
    assert_eq!(change.overall, 3.0);
    // People fell 0.55: more than Brand rose.
    assert_eq!(facts.moved_most, Some((Pillar::People, -0.55)));

    let line = week_line(Lang::En, &facts, &|d: NaiveDate| d.to_string());
    assert!(
        line.contains(r#"<strong data-testid="week-score">43</strong>"#),
        "{line}"
    );
    assert!(
        line.contains(
            r#"<span class="delta up" data-testid="week-change">+3</span> since 2026-11-16"#
        ),
        "{line}"
    );
    assert!(line.contains(r#"<a href="pillar/people">People</a> moved most: <span class="delta down">−0.55</span>"#), "{line}");
    assert!(line.contains("2 weeks in a row."), "{line}");

    // The pillars card shows the same change for People, at the same precision.
    let latest = h.latest().unwrap();
    let card = pillars_card(
        Lang::En,
        &DashboardTop {
            whose: &Whose::Yours,
            latest,
            change: Some((change, date(2026, 11, 16))),
            links: "",
        },
    );
    assert!(
        card.contains(r#"<span class="delta down">−0.55</span>"#),
        "{card}"
    );
    assert_eq!(Precision::Whole.format(latest.overall), "43");
}

#[test]
fn the_pillar_that_moved_most_is_counted_as_shown() {
    // Brand +0.40 and People −0.40 as shown (10.404 and 4.596): a tie, to the first listed.
    let h = pair([10.0, 5.0, 6.0, 7.0], [10.404, 4.596, 6.0, 7.0]);
    let facts = week_facts(&h, today()).unwrap();
    assert_eq!(facts.moved_most, Some((Pillar::Brand, 0.4)));
    // Moves under half a hundredth are no move at all.
    let h = pair([10.0, 5.0, 6.0, 7.0], [10.004, 5.0, 5.996, 7.0]);
    let facts = week_facts(&h, today()).unwrap();
    assert_eq!(facts.moved_most, None);
    let line = week_line(Lang::En, &facts, &|d: NaiveDate| d.to_string());
    assert!(line.contains("No pillar moved."), "{line}");
}

#[test]
fn one_snapshot_has_a_score_and_a_streak_but_no_change() {
    let mut s: Snapshot = snapshot(this_monday(), [10.0; 4]);
    s.overall = 40.0;
    let h = History::from_snapshots(vec![s]).unwrap();
    let facts = week_facts(&h, today()).unwrap();
    assert_eq!((facts.change, facts.moved_most), (None, None));
    let line = week_line(Lang::En, &facts, &|d: NaiveDate| d.to_string());
    assert!(!line.contains("since") && !line.contains("moved"), "{line}");
    assert!(line.contains("1 week so far."), "{line}");
    assert_eq!(week_facts(&History::default(), today()), None);
}

#[test]
fn a_flat_score_says_no_change() {
    let h = pair([10.0, 5.0, 6.0, 7.0], [10.4, 5.0, 6.0, 7.0]);
    let mut snaps = h.snapshots().to_vec();
    snaps[1].overall = 40.4;
    let h = History::from_snapshots(snaps).unwrap();
    let line = week_line(
        Lang::En,
        &week_facts(&h, today()).unwrap(),
        &|d: NaiveDate| d.to_string(),
    );
    assert!(
        line.contains(r#"<span class="delta flat" data-testid="week-change">no change</span>"#),
        "{line}"
    );
}
