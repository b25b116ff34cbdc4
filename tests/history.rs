//! History operations the UI relies on.

mod support;
use chrono::NaiveDate;
use ssi_lens::domain::history::HistoryError;
use ssi_lens::domain::{Addition, History, Pillar, PillarScores, Snapshot};
use support::{day, snapshot};

fn snap(d: u32, b: f64, p: f64, i: f64, r: f64) -> Snapshot {
    snapshot(day(d), [b, p, i, r])
}

fn dates(h: &History) -> Vec<u32> {
    use chrono::Datelike;
    h.snapshots().iter().map(|s| s.date.day()).collect()
}

#[test]
fn snapshots_stay_sorted_whatever_the_order_they_are_added_in() {
    let mut h = History::default();
    for d in [10, 3, 20, 1] {
        assert_eq!(h.add(snap(d, 1.0, 1.0, 1.0, 1.0)), Ok(Addition::Added));
    }
    assert_eq!(dates(&h), vec![1, 3, 10, 20]);
    assert_eq!(h.latest().unwrap().date, day(20));
    assert_eq!(h.previous().unwrap().date, day(10));
}

#[test]
fn adding_a_taken_day_changes_nothing_until_replaced() {
    let mut h = History::default();
    h.add(snap(5, 1.0, 1.0, 1.0, 1.0)).unwrap();
    let outcome = h.add(snap(5, 9.0, 9.0, 9.0, 9.0)).unwrap();
    assert_eq!(
        outcome,
        Addition::DateTaken(Box::new(snap(5, 1.0, 1.0, 1.0, 1.0)))
    );
    assert_eq!(h.get(day(5)).unwrap().pillars.brand, 1.0);
    let old = h.replace(snap(5, 9.0, 9.0, 9.0, 9.0)).unwrap();
    assert_eq!(old.unwrap().pillars.brand, 1.0);
    assert_eq!(h.get(day(5)).unwrap().pillars.brand, 9.0);
    assert_eq!(h.len(), 1);
}

#[test]
fn edit_can_move_a_snapshot_but_not_onto_another_day() {
    let mut h = History::from_snapshots(vec![
        snap(1, 1.0, 1.0, 1.0, 1.0),
        snap(2, 2.0, 2.0, 2.0, 2.0),
    ])
    .unwrap();
    h.edit(day(1), snap(9, 5.0, 5.0, 5.0, 5.0)).unwrap();
    assert_eq!(dates(&h), vec![2, 9]);
    assert_eq!(
        h.edit(day(9), snap(2, 0.0, 0.0, 0.0, 0.0)),
        Err(HistoryError::DateTaken(day(2)))
    );
    assert_eq!(
        h.edit(day(4), snap(4, 0.0, 0.0, 0.0, 0.0)),
        Err(HistoryError::NotFound(day(4)))
    );
    assert_eq!(dates(&h), vec![2, 9]);
    h.edit(day(9), snap(9, 7.0, 5.0, 5.0, 5.0)).unwrap();
    assert_eq!(h.get(day(9)).unwrap().pillars.brand, 7.0);
}

#[test]
fn delete_returns_the_snapshot_for_undo() {
    let mut h = History::from_snapshots(vec![
        snap(1, 1.0, 1.0, 1.0, 1.0),
        snap(2, 2.0, 2.0, 2.0, 2.0),
    ])
    .unwrap();
    let removed = h.delete(day(1)).unwrap();
    assert_eq!(dates(&h), vec![2]);
    assert_eq!(h.delete(day(1)), Err(HistoryError::NotFound(day(1))));
    h.add(removed).unwrap();
    assert_eq!(dates(&h), vec![1, 2]);
}

#[test]
fn change_since_previous_compares_the_latest_two() {
    let mut h = History::default();
    assert_eq!(h.change_since_previous(), None);
    h.add(snap(1, 10.0, 5.0, 3.0, 12.0)).unwrap();
    assert_eq!(h.change_since_previous(), None);
    assert_eq!(h.previous(), None);
    h.add(snap(8, 11.5, 4.0, 3.0, 12.25)).unwrap();
    let c = h.change_since_previous().unwrap();
    assert_eq!(c.days, 7);
    assert_eq!(c.overall, 31.0 - 30.0);
    assert_eq!(c.pillars.get(Pillar::Brand), 1.5);
    assert_eq!(c.pillars.get(Pillar::People), -1.0);
    assert_eq!(c.pillars.get(Pillar::Insights), 0.0);
}

#[test]
fn weakest_and_strongest_come_from_the_latest_snapshot() {
    let mut h = History::default();
    assert_eq!(h.weakest_pillar(), None);
    h.add(snap(1, 1.0, 20.0, 5.0, 6.0)).unwrap();
    h.add(snap(2, 12.0, 6.0, 3.1, 15.0)).unwrap();
    assert_eq!(h.weakest_pillar(), Some(Pillar::Insights));
    assert_eq!(h.strongest_pillar(), Some(Pillar::Relationships));
}

#[test]
fn from_snapshots_refuses_two_on_one_day() {
    let err = History::from_snapshots(vec![
        snap(3, 1.0, 1.0, 1.0, 1.0),
        snap(3, 2.0, 2.0, 2.0, 2.0),
    ]);
    assert_eq!(err, Err(HistoryError::DateTaken(day(3))));
}

#[test]
fn sample_data_is_a_year_of_weekly_valid_snapshots_removable_in_one_go() {
    let today = NaiveDate::from_ymd_opt(2026, 11, 25).unwrap();
    let mut h = ssi_lens::domain::sample::sample_history(today);
    assert_eq!(h.len(), 52);
    assert!(h.has_sample());
    assert_eq!(h.latest().unwrap().date, today);
    for s in h.snapshots() {
        s.check().unwrap();
        assert!(!s.total_looks_wrong());
    }
    h.add(snap(2, 1.0, 1.0, 1.0, 1.0)).unwrap();
    h.remove_sample();
    assert_eq!(h.len(), 1);
    assert!(!h.has_sample());
}

/// Undoing a deletion after the outcome it recorded was removed and another added: the old
/// value must not reappear under the new outcome's name.
#[test]
fn an_undone_deletion_never_files_values_under_a_newer_outcome() {
    use ssi_lens::domain::outcomes::IdSeed;
    let mut h = History::default();
    h.add(snap(1, 1.0, 1.0, 1.0, 1.0)).unwrap();
    let mut seed = IdSeed::new(3);
    let meetings = h.add_outcome("Meetings", &mut seed).unwrap();
    h.set_outcome_value(day(1), meetings, Some(4.0)).unwrap();
    let deleted = h.delete(day(1)).unwrap();
    h.remove_outcome(meetings).unwrap();
    let leads = h.add_outcome("Leads", &mut seed).unwrap();
    assert_ne!(leads, meetings);
    h.replace(deleted).unwrap();
    assert!(h.get(day(1)).unwrap().outcomes.is_empty());
}

#[test]
fn refused_changes_change_nothing() {
    use ssi_lens::domain::goals::Metric;
    use ssi_lens::domain::outcomes::{IdSeed, OutcomeError, MAX_OUTCOMES};
    let mut h = History::default();
    h.add(snap(1, 1.0, 1.0, 1.0, 1.0)).unwrap();
    let before = h.clone();
    assert!(h.set_goal(Metric::Brand, Some(26.0)).is_err());
    assert!(h.set_goal(Metric::Overall, Some(f64::NAN)).is_err());
    assert!(h.add(snap(2, 30.0, 1.0, 1.0, 1.0)).is_err());
    let id = h.add_outcome("Meetings", &mut IdSeed::new(1)).unwrap();
    assert!(h.set_outcome_value(day(1), id, Some(-5.0)).is_err());
    assert!(h.set_outcome_value(day(1), id, Some(1e308)).is_err());
    assert_eq!(
        h.add_outcome(" meetings", &mut IdSeed::new(2)),
        Err(OutcomeError::NameTaken("Meetings".into()))
    );
    h.remove_outcome(id).unwrap();
    assert_eq!(h, before);
    let mut seed = IdSeed::new(9);
    for i in 0..MAX_OUTCOMES {
        h.add_outcome(&format!("Outcome {i}"), &mut seed).unwrap();
    }
    assert_eq!(
        h.add_outcome("One more", &mut seed),
        Err(OutcomeError::TooMany)
    );
}

/// Results can be recorded for a day without a snapshot; they stay beside the snapshots until
/// a snapshot arrives on that day, then move onto it (the snapshot's own values win).
#[test]
fn results_of_a_day_without_a_snapshot_are_kept_and_join_its_snapshot() {
    use ssi_lens::domain::outcomes::IdSeed;
    let mut h = History::default();
    h.add(snap(1, 1.0, 1.0, 1.0, 1.0)).unwrap();
    let mut seed = IdSeed::new(3);
    let meetings = h.add_outcome("Meetings", &mut seed).unwrap();
    let leads = h.add_outcome("Leads", &mut seed).unwrap();
    h.set_outcome_value(day(8), meetings, Some(3.0)).unwrap();
    h.set_outcome_value(day(8), leads, Some(1.0)).unwrap();
    assert_eq!(h.len(), 1, "no snapshot is made up");
    assert_eq!(h.outcome_value(day(8), meetings), Some(3.0));
    assert_eq!(h.result_weeks().len(), 1);
    // Clearing a value; clearing the last one forgets the day.
    h.set_outcome_value(day(8), leads, None).unwrap();
    assert_eq!(h.outcome_value(day(8), leads), None);
    h.set_outcome_value(day(15), leads, Some(2.0)).unwrap();
    h.set_outcome_value(day(15), leads, None).unwrap();
    assert!(!h.result_weeks().contains_key(&day(15)));

    // A snapshot on day 8 takes the day's results; its own value for leads wins.
    let mut s = snap(8, 2.0, 2.0, 2.0, 2.0);
    s.outcomes.insert(leads, 5.0);
    h.add(s).unwrap();
    assert!(h.result_weeks().is_empty());
    let on_8 = &h.get(day(8)).unwrap().outcomes;
    assert_eq!(
        (on_8.get(&meetings), on_8.get(&leads)),
        (Some(&3.0), Some(&5.0))
    );

    // Removing an outcome forgets its results everywhere.
    h.set_outcome_value(day(20), meetings, Some(1.0)).unwrap();
    h.remove_outcome(meetings).unwrap();
    assert!(h.result_weeks().is_empty());
}

/// Counts typed now are whole numbers from 0; nothing refused changes anything.
#[test]
fn counts_are_whole_numbers_and_refusals_change_nothing() {
    use ssi_lens::domain::outcomes::{IdSeed, OutcomeError};
    let mut h = History::default();
    h.add(snap(1, 1.0, 1.0, 1.0, 1.0)).unwrap();
    let id = h.add_outcome("Meetings", &mut IdSeed::new(1)).unwrap();
    let before = h.clone();
    assert_eq!(
        h.set_outcome_value(day(1), id, Some(2.5)),
        Err(HistoryError::Outcome(OutcomeError::FractionalCount {
            below: 2,
            above: 3
        }))
    );
    assert_eq!(
        h.set_outcome_value(day(2), id, Some(-3.0)),
        Err(HistoryError::Outcome(OutcomeError::NegativeCount))
    );
    assert_eq!(h, before);
    h.set_outcome_value(day(1), id, Some(0.0)).unwrap();
    assert_eq!(h.outcome_value(day(1), id), Some(0.0));
}

/// Results of days without a snapshot have a limit, kept by the history itself so that every
/// path (decoding, an import, typing a count) obeys it.
#[test]
fn results_without_a_snapshot_are_kept_for_at_most_max_result_days() {
    use ssi_lens::domain::history::{ResultWeeks, MAX_RESULT_DAYS};
    use ssi_lens::domain::outcomes::IdSeed;
    let mut h = History::default();
    let id = h.add_outcome("Calls", &mut IdSeed::new(1)).unwrap();
    let start = NaiveDate::from_ymd_opt(1990, 1, 1).unwrap();
    let mut weeks = ResultWeeks::new();
    for n in 0..MAX_RESULT_DAYS as u64 {
        weeks.insert(start + chrono::Days::new(n), [(id, 1.0)].into());
    }
    let full = History::from_parts_with_weeks(
        Vec::new(),
        h.goals().clone(),
        h.outcomes().to_vec(),
        weeks.clone(),
    )
    .unwrap();
    let next = start + chrono::Days::new(MAX_RESULT_DAYS as u64);
    let mut more = full.clone();
    assert_eq!(
        more.set_outcome_value(next, id, Some(1.0)),
        Err(HistoryError::TooManyResultDays)
    );
    assert_eq!(more, full, "a refusal changes nothing");
    // A day already holding results, or one with a snapshot, still takes a value.
    more.set_outcome_value(start, id, Some(2.0)).unwrap();
    more.add(Snapshot::new(next, PillarScores::default()))
        .unwrap();
    more.set_outcome_value(next, id, Some(3.0)).unwrap();
    weeks.insert(next, [(id, 1.0)].into());
    assert_eq!(
        History::from_parts_with_weeks(Vec::new(), h.goals().clone(), h.outcomes().to_vec(), weeks),
        Err(HistoryError::TooManyResultDays)
    );
}
