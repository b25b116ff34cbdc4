//! Two tabs editing at once: nothing either of them did is lost.

mod support;
use chrono::NaiveDate;
use ssi_lens::domain::envelope;
use ssi_lens::domain::goals::Metric;
use ssi_lens::domain::outcomes::{IdSeed, MAX_OUTCOMES};
use ssi_lens::domain::stored::Stored;
use ssi_lens::domain::History;
use support::{history, people, person, snap};

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
        days(&History::merge(&base, &ours, &theirs).unwrap().history),
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
        days(&History::merge(&base, &ours, &theirs).unwrap().history),
        vec![(1, 9.0), (2, 8.0)]
    );
}

#[test]
fn untouched_data_follows_the_other_tab() {
    let base = history(&[(1, 1.0)]);
    let theirs = history(&[(1, 5.0), (4, 4.0)]);
    assert_eq!(
        History::merge(&base, &base, &theirs).unwrap().history,
        theirs
    );
    assert_eq!(
        History::merge(&base, &theirs, &base).unwrap().history,
        theirs,
        "and the other way round"
    );
}

#[test]
fn goals_and_outcomes_merge_the_same_way() {
    let mut base = history(&[(1, 1.0)]);
    base.set_goal(Metric::Overall, Some(50.0)).unwrap();
    let mut ours = base.clone();
    ours.set_goal(Metric::Brand, Some(20.0)).unwrap();
    ours.add_outcome("Meetings booked", &mut IdSeed::new(1))
        .unwrap();
    let mut theirs = base.clone();
    theirs.set_goal(Metric::Overall, Some(60.0)).unwrap();
    theirs
        .add_outcome("Inbound leads", &mut IdSeed::new(2))
        .unwrap();
    let merged = History::merge(&base, &ours, &theirs).unwrap();
    assert_eq!(merged.history.goals().get(&Metric::Overall), Some(&60.0));
    assert_eq!(merged.history.goals().get(&Metric::Brand), Some(&20.0));
    assert_eq!(merged.history.outcomes().len(), 2);
    assert!(merged.dropped.is_empty());
}

/// Two tabs each add an outcome and record a value for it at the same moment: both outcomes
/// and both values survive, under the right names (ids no longer collide).
#[test]
fn two_tabs_adding_outcomes_at_once_keep_both_with_their_values() {
    let base = history(&[(1, 1.0)]);
    let day = base.snapshots()[0].date;
    // Each tab draws ids from its own random seed.
    let (mut ours, mut theirs) = (base.clone(), base.clone());
    let meetings = ours
        .add_outcome("Meetings booked", &mut IdSeed::new(11))
        .unwrap();
    ours.set_outcome_value(day, meetings, Some(3.0)).unwrap();
    let leads = theirs
        .add_outcome("Inbound leads", &mut IdSeed::new(22))
        .unwrap();
    theirs.set_outcome_value(day, leads, Some(7.0)).unwrap();
    assert_ne!(meetings, leads);

    let merged = History::merge(&base, &ours, &theirs).unwrap().history;
    let value = |name: &str| {
        let id = merged.outcome_named(name).unwrap().id();
        merged.snapshots()[0].outcomes.get(&id).copied()
    };
    assert_eq!(value("Meetings booked"), Some(3.0));
    assert_eq!(value("Inbound leads"), Some(7.0));
    assert_eq!(
        envelope::decode(&envelope::encode(&Stored::from(merged.clone())))
            .unwrap()
            .history(),
        &merged
    );
}

#[test]
fn the_same_outcome_added_in_two_tabs_becomes_one() {
    let base = history(&[(1, 1.0), (2, 1.0)]);
    let (d1, d2) = (base.snapshots()[0].date, base.snapshots()[1].date);
    let (mut ours, mut theirs) = (base.clone(), base.clone());
    let a = ours.add_outcome("Meetings", &mut IdSeed::new(1)).unwrap();
    ours.set_outcome_value(d1, a, Some(2.0)).unwrap();
    let b = theirs
        .add_outcome(" meetings ", &mut IdSeed::new(2))
        .unwrap();
    theirs.set_outcome_value(d2, b, Some(5.0)).unwrap();

    let merged = History::merge(&base, &ours, &theirs).unwrap().history;
    assert_eq!(merged.outcomes().len(), 1);
    assert_eq!(merged.outcomes()[0].id(), b, "the stored one is kept");
    assert_eq!(merged.snapshots()[0].outcomes.get(&b), Some(&2.0));
    assert_eq!(merged.snapshots()[1].outcomes.get(&b), Some(&5.0));
}

#[test]
fn outcomes_past_the_limit_are_reported_not_lost_in_silence() {
    let mut base = history(&[(1, 1.0)]);
    let mut seed = IdSeed::new(5);
    for i in 0..MAX_OUTCOMES - 1 {
        base.add_outcome(&format!("Outcome {i}"), &mut seed)
            .unwrap();
    }
    let (mut ours, mut theirs) = (base.clone(), base.clone());
    ours.add_outcome("Ours", &mut IdSeed::new(100)).unwrap();
    theirs.add_outcome("Theirs", &mut IdSeed::new(200)).unwrap();

    let merged = History::merge(&base, &ours, &theirs).unwrap();
    assert_eq!(merged.history.outcomes().len(), MAX_OUTCOMES);
    assert!(merged.history.outcome_named("Theirs").is_some());
    assert_eq!(merged.dropped.len(), 1);
    assert_eq!(merged.dropped[0].name(), "Ours");
    assert!(envelope::decode(&envelope::encode(&Stored::from(merged.history))).is_ok());
}

/// Everything stored merges part by part: the user's history and the people, each on its own.
#[test]
fn history_and_people_merge_each_on_their_own() {
    let base = Stored::new(history(&[(1, 1.0)]), people(vec![person(7, "Ada")]));
    // This tab adds a day of the user's; the other renames Ada.
    let ours = Stored::new(history(&[(1, 1.0), (2, 1.0)]), base.people().clone());
    let theirs = Stored::new(history(&[(1, 1.0)]), people(vec![person(7, "Ada L.")]));
    let merged = Stored::merge(&base, &ours, &theirs).unwrap();
    assert_eq!(merged.stored.history(), &history(&[(1, 1.0), (2, 1.0)]));
    assert_eq!(merged.stored.people(), theirs.people());
    assert!(merged.dropped.is_empty() && merged.dropped_people.is_empty());
    assert_eq!(
        envelope::decode(&envelope::encode(&merged.stored)).unwrap(),
        merged.stored
    );
}

/// One tab records an outcome value on a day while the other edits that day's note: both
/// changes survive.
#[test]
fn both_tabs_changing_one_day_keep_each_others_fields() {
    let base = history(&[(1, 1.0)]);
    let day = base.snapshots()[0].date;
    let mut ours = base.clone();
    let meetings = ours.add_outcome("Meetings", &mut IdSeed::new(1)).unwrap();
    let base = ours.clone();
    ours.set_outcome_value(day, meetings, Some(3.0)).unwrap();
    let mut theirs = base.clone();
    let mut edited = theirs.get(day).unwrap().clone();
    edited.note = Some("posted twice".into());
    theirs.replace(edited).unwrap();

    for (a, b) in [(&ours, &theirs), (&theirs, &ours)] {
        let merged = History::merge(&base, a, b).unwrap().history;
        let s = merged.get(day).unwrap();
        assert_eq!(s.note.as_deref(), Some("posted twice"));
        assert_eq!(s.outcomes.get(&meetings), Some(&3.0));
    }
}

#[test]
fn different_fields_of_one_day_from_each_tab_are_kept_this_tabs_when_both_changed_one() {
    let base = history(&[(1, 1.0)]);
    let day = base.snapshots()[0].date;
    let edit = |brand: f64, note: Option<&str>| {
        let mut h = base.clone();
        let mut s = h.get(day).unwrap().clone();
        s.pillars.brand = brand;
        s.note = note.map(String::from);
        h.replace(s).unwrap();
        h
    };
    let ours = edit(5.0, None);
    let theirs = edit(1.0, Some("theirs"));
    // Both changed the day: the scores and note come as one from the side that changed them;
    // ours changed, so ours wins the fields.
    let merged = History::merge(&base, &ours, &theirs).unwrap().history;
    assert_eq!(merged.get(day).unwrap().pillars.brand, 5.0);
}

/// Results of days without a snapshot merge value by value, like a snapshot's.
#[test]
fn results_without_a_snapshot_merge_value_by_value() {
    let mut base = history(&[(1, 1.0)]);
    let mut seed = IdSeed::new(5);
    let meetings = base.add_outcome("Meetings", &mut seed).unwrap();
    let leads = base.add_outcome("Leads", &mut seed).unwrap();
    let day = NaiveDate::from_ymd_opt(2026, 3, 8).unwrap();
    base.set_outcome_value(day, meetings, Some(1.0)).unwrap();
    let (mut ours, mut theirs) = (base.clone(), base.clone());
    ours.set_outcome_value(day, meetings, Some(4.0)).unwrap();
    theirs.set_outcome_value(day, leads, Some(2.0)).unwrap();
    let merged = History::merge(&base, &ours, &theirs).unwrap().history;
    assert_eq!(merged.outcome_value(day, meetings), Some(4.0));
    assert_eq!(merged.outcome_value(day, leads), Some(2.0));
    // The other tab recorded a snapshot on that day meanwhile: the values join it.
    let mut theirs = base.clone();
    theirs.add(snap(8, 2.0)).unwrap();
    let merged = History::merge(&base, &ours, &theirs).unwrap().history;
    assert!(merged.result_weeks().is_empty());
    assert!(merged.get(day).is_some());
    assert_eq!(
        merged.outcome_value(day, meetings),
        Some(1.0),
        "the snapshot's own value wins"
    );
}

/// Undoing an import gives back exactly the history before it, and keeps what another tab
/// saved since.
#[test]
fn undoing_a_change_restores_the_history_before_it() {
    let mut before = history(&[(1, 1.0), (2, 2.0)]);
    before.set_goal(Metric::Overall, Some(40.0)).unwrap();
    let mut seed = IdSeed::new(8);
    let meetings = before.add_outcome("Meetings", &mut seed).unwrap();
    before
        .set_outcome_value(
            NaiveDate::from_ymd_opt(2026, 3, 9).unwrap(),
            meetings,
            Some(2.0),
        )
        .unwrap();
    // The import replaced day 2, added day 3, a goal and an outcome.
    let mut after = before.clone();
    after.replace(snap(2, 7.0)).unwrap();
    after.add(snap(3, 3.0)).unwrap();
    after.set_goal(Metric::Brand, Some(20.0)).unwrap();
    after.add_outcome("Leads", &mut seed).unwrap();
    assert_eq!(
        History::undo(&before, &after, &after).unwrap().history,
        before
    );

    // Another tab added day 5 after the import: it stays.
    let mut now = after.clone();
    now.add(snap(5, 5.0)).unwrap();
    let undone = History::undo(&before, &after, &now).unwrap().history;
    assert_eq!(days(&undone), vec![(1, 1.0), (2, 2.0), (5, 5.0)]);
    assert_eq!(undone.outcomes(), before.outcomes());
    assert_eq!(undone.goals(), before.goals());
}
