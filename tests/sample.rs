//! "Try with sample data" shows every feature (a year of snapshots, results to track, saved
//! colleagues to compare with), and "Remove sample data" takes exactly that away, in one step,
//! keeping whatever the user added.

mod support;
use ssi_lens::domain::envelope::{decode, encode};
use ssi_lens::domain::outcomes::IdSeed;
use ssi_lens::domain::people::People;
use ssi_lens::domain::sample::{sample_history, with_sample, SampleWords};
use ssi_lens::domain::share::SharedHistory;
use ssi_lens::domain::stored::Stored;
use ssi_lens::domain::History;
use support::{day, history, today};

fn sample_of(mine: &Stored) -> Stored {
    with_sample(mine, &SampleWords::ENGLISH, today(), &mut IdSeed::new(42))
}

#[test]
fn the_sample_brings_a_year_of_results_and_colleagues_to_compare_with() {
    let sample = sample_of(&Stored::default());
    let h = sample.history();
    assert_eq!(h.len(), 52);
    assert_eq!(
        h.snapshots(),
        sample_history(today())
            .snapshots()
            .iter()
            .map(|s| {
                let mut s = s.clone();
                s.outcomes = h.get(s.date).unwrap().outcomes.clone();
                s
            })
            .collect::<Vec<_>>()
            .as_slice(),
        "the same year as before, with results on it"
    );
    assert_eq!(h.outcomes().len(), 2);
    for outcome in h.outcomes() {
        assert!(outcome.is_sample(), "{}", outcome.name());
        let counts: Vec<f64> = h
            .snapshots()
            .iter()
            .filter_map(|s| h.outcome_value(s.date, outcome.id()))
            .collect();
        assert_eq!(counts.len(), 52, "a count every week of the year");
        assert!(counts.iter().all(|c| c.fract() == 0.0 && *c >= 0.0));
        let (first, last) = (&counts[..13], &counts[39..]);
        assert!(
            last.iter().sum::<f64>() > first.iter().sum::<f64>(),
            "results grow with the score"
        );
    }
    let people: Vec<_> = sample.people().iter().collect();
    assert_eq!(people.len(), 2);
    assert!(people
        .iter()
        .all(|p| p.is_sample() && p.snapshots().len() == 52));
    assert!(sample.has_sample());
    // The sample, stored and read back, is still marked as sample in every part.
    let reread = decode(&encode(&sample)).unwrap();
    assert_eq!(reread, sample);
    assert!(reread.people().has_sample());
}

/// What a user who tried the sample also added of their own: a snapshot, a result they track
/// with a count on their own day and on a day without a snapshot, and Dana from a real link.
fn with_own_things() -> Stored {
    let mut people = People::new();
    let dana = SharedHistory {
        own_data: false,
        name: Some("Dana".into()),
        shared_on: day(10),
        history: history(&[(1, 5.0)]),
    };
    people.add_shared(dana, &mut IdSeed::new(9)).unwrap();
    let sample = sample_of(&Stored::new(History::default(), people));
    let (mut h, people) = sample.into_parts();
    let mine = support::snapshot(support::date(2019, 1, 7), [10.0, 10.0, 10.0, 10.0]);
    h.add(mine).unwrap();
    let mut seed = IdSeed::new(5);
    let calls = h.add_outcome("Calls", &mut seed).unwrap();
    h.set_outcome_value(support::date(2019, 1, 7), calls, Some(4.0))
        .unwrap();
    h.set_outcome_value(support::date(2019, 1, 9), calls, Some(2.0))
        .unwrap();
    // A sample result the user also recorded on their own day: theirs now.
    let meetings = h.outcome_named("Meetings booked").unwrap().id();
    h.set_outcome_value(support::date(2019, 1, 7), meetings, Some(1.0))
        .unwrap();
    Stored::new(h, people)
}

#[test]
fn removing_the_sample_keeps_everything_the_user_added() {
    let before = with_own_things();
    let after = before.without_sample();
    assert!(
        !after.has_sample(),
        "nothing of the sample is left to remove"
    );
    let h = after.history();
    assert_eq!(
        h.snapshots().iter().map(|s| s.date).collect::<Vec<_>>(),
        [support::date(2019, 1, 7)]
    );
    let names: Vec<&str> = h.outcomes().iter().map(|o| o.name()).collect();
    assert_eq!(names, ["Meetings booked", "Calls"]);
    let calls = h.outcome_named("Calls").unwrap().id();
    assert_eq!(h.outcome_value(support::date(2019, 1, 9), calls), Some(2.0));
    let meetings = h.outcome_named("Meetings booked").unwrap();
    assert!(!meetings.is_sample());
    assert_eq!(
        h.outcome_value(support::date(2019, 1, 7), meetings.id()),
        Some(1.0)
    );
    let people: Vec<&str> = after.people().iter().map(|p| p.name()).collect();
    assert_eq!(people, ["Dana"], "the person saved from a real link stays");
    // Removing again changes nothing.
    assert_eq!(after.without_sample(), after);
}

#[test]
fn counts_of_ones_own_result_typed_on_a_sample_day_stay_when_the_sample_goes() {
    // This week's row records on the sample's latest snapshot, dated today.
    let mut h = sample_of(&Stored::default()).into_parts().0;
    let calls = h.add_outcome("Calls", &mut IdSeed::new(5)).unwrap();
    h.set_outcome_value(today(), calls, Some(3.0)).unwrap();
    let meetings = h.outcome_named("Meetings booked").unwrap().id();
    h.set_outcome_value(today(), meetings, Some(9.0)).unwrap();
    let after = Stored::new(h, People::new()).without_sample();
    let h = after.history();
    assert!(h.is_empty(), "no sample snapshot is left");
    let calls = h.outcome_named("Calls").unwrap().id();
    assert_eq!(
        h.outcome_value(today(), calls),
        Some(3.0),
        "the user's count stays"
    );
    assert!(
        h.outcome_named("Meetings booked").is_none(),
        "a sample result's count on a sample day is the sample's"
    );
    // What is left loads back as it is.
    assert_eq!(decode(&encode(&after)).unwrap(), after);
}

#[test]
fn the_sample_alone_leaves_nothing_behind() {
    assert_eq!(
        sample_of(&Stored::default()).without_sample(),
        Stored::default()
    );
}

#[test]
fn the_sample_never_pushes_out_or_renames_what_is_kept() {
    // Someone keeping the most people: the colleagues are left out, nobody is lost.
    let mut people = People::new();
    let mut seed = IdSeed::new(1);
    for n in 0..ssi_lens::domain::people::MAX_PEOPLE {
        let link = SharedHistory {
            own_data: false,
            name: Some(format!("Colleague {n}")),
            shared_on: day(10),
            history: history(&[(1, 5.0)]),
        };
        people.add_shared(link, &mut seed).unwrap();
    }
    let mine = Stored::new(History::default(), people.clone());
    let sample = sample_of(&mine);
    assert_eq!(sample.people(), &people);
    assert_eq!(sample.history().len(), 52);
}

#[test]
fn a_backup_of_the_sample_restores_as_sample_data() {
    use ssi_lens::domain::transfer::{ConflictChoice, ImportPlan};
    let backup = sample_of(&Stored::default());
    let empty = History::default();
    let plan = ImportPlan::from_history(backup.history().clone(), &empty, &mut IdSeed::new(8));
    let mut restored = plan.apply(&empty, ConflictChoice::KeepMine).unwrap();
    assert!(restored.outcomes().iter().all(|o| o.is_sample()));
    assert_eq!(restored.outcomes().len(), 2);
    restored.remove_sample();
    assert_eq!(
        restored,
        History::default(),
        "removing it leaves nothing behind"
    );
}
