//! Two tabs editing at once: nothing either of them did is lost.

use chrono::NaiveDate;
use ssi_lens::domain::goals::{Metric, Outcome};
use ssi_lens::domain::{History, PillarScores, Snapshot};

fn snap(day: u32, brand: f64) -> Snapshot {
    Snapshot::new(
        NaiveDate::from_ymd_opt(2026, 3, day).unwrap(),
        PillarScores {
            brand,
            people: 1.0,
            insights: 1.0,
            relationships: 1.0,
        },
    )
}

fn history(snaps: &[(u32, f64)]) -> History {
    History::from_snapshots(snaps.iter().map(|&(d, b)| snap(d, b)).collect()).unwrap()
}

fn days(h: &History) -> Vec<(u32, f64)> {
    use chrono::Datelike;
    h.snapshots()
        .iter()
        .map(|s| (s.date.day(), s.pillars.brand))
        .collect()
}

#[test]
fn two_tabs_adding_different_days_keep_both() {
    let base = history(&[(1, 1.0)]);
    let ours = history(&[(1, 1.0), (2, 2.0)]);
    let theirs = history(&[(1, 1.0), (3, 3.0)]);
    assert_eq!(
        days(&History::merge(&base, &ours, &theirs)),
        vec![(1, 1.0), (2, 2.0), (3, 3.0)]
    );
}

#[test]
fn edits_and_deletions_on_either_side_survive() {
    let base = history(&[(1, 1.0), (2, 2.0), (3, 3.0)]);
    let ours = history(&[(1, 9.0), (2, 2.0)]); // edited 1, deleted 3
    let theirs = history(&[(2, 8.0), (3, 3.0)]); // edited 2, deleted 1
                                                 // Day 1: we edited it, they deleted it: our edit wins. Day 2: they edited. Day 3: we deleted.
    assert_eq!(
        days(&History::merge(&base, &ours, &theirs)),
        vec![(1, 9.0), (2, 8.0)]
    );
}

#[test]
fn untouched_data_follows_the_other_tab() {
    let base = history(&[(1, 1.0)]);
    let theirs = history(&[(1, 5.0), (4, 4.0)]);
    assert_eq!(History::merge(&base, &base, &theirs), theirs);
    assert_eq!(
        History::merge(&base, &theirs, &base),
        theirs,
        "and the other way round"
    );
}

#[test]
fn goals_and_outcomes_merge_the_same_way() {
    let mut base = history(&[(1, 1.0)]);
    base.goals.insert(Metric::Overall, 50.0);
    let mut ours = base.clone();
    ours.goals.insert(Metric::Brand, 20.0);
    ours.outcomes.push(Outcome {
        id: 1,
        name: "Meetings booked".into(),
    });
    let mut theirs = base.clone();
    theirs.goals.insert(Metric::Overall, 60.0);
    theirs.outcomes.push(Outcome {
        id: 2,
        name: "Inbound leads".into(),
    });
    let merged = History::merge(&base, &ours, &theirs);
    assert_eq!(merged.goals.get(&Metric::Overall), Some(&60.0));
    assert_eq!(merged.goals.get(&Metric::Brand), Some(&20.0));
    assert_eq!(merged.outcomes.len(), 2);
}
