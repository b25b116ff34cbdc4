//! What a save does when other tabs share the storage: every outcome of the decision.

mod support;
use ssi_lens::domain::envelope::{self, EnvelopeError};
use ssi_lens::domain::outcomes::{IdSeed, MAX_OUTCOMES};
use ssi_lens::domain::stored::Stored;
use ssi_lens::domain::sync::{Absorbed, SaveReport, Synced};
use ssi_lens::domain::History;
use support::{people, person};

/// The user's own history: a snapshot with brand 1 on each of `days`.
fn own(days: &[u32]) -> History {
    let snaps: Vec<(u32, f64)> = days.iter().map(|&d| (d, 1.0)).collect();
    support::history(&snaps)
}

/// Everything stored, with only the user's own history.
fn history(days: &[u32]) -> Stored {
    Stored::from(own(days))
}

/// A tab that read `stored` at start-up, and the storage it shares.
fn tab(stored: &Stored) -> (Synced, Option<String>) {
    let text = envelope::encode(stored);
    (Synced::new(stored.clone(), Some(text.clone())), Some(text))
}

/// A storage slot the save writes into.
fn write_to(slot: &mut Option<String>) -> impl FnOnce(&str) -> Result<(), String> + '_ {
    |text| {
        *slot = Some(text.to_string());
        Ok(())
    }
}

#[test]
fn nothing_written_meanwhile_saves_as_is() {
    let (mut synced, stored) = tab(&history(&[1]));
    let ours = history(&[1, 2]);
    let mut slot = stored.clone();
    assert_eq!(
        synced.save(Ok(stored), &ours, write_to(&mut slot)),
        SaveReport::Saved
    );
    assert_eq!(envelope::decode(slot.as_deref().unwrap()).unwrap(), ours);
    assert_eq!(synced.stored(), &ours);
}

#[test]
fn what_is_already_stored_is_not_written_again() {
    let (mut synced, stored) = tab(&history(&[1]));
    let outcome = synced.save(Ok(stored), &history(&[1]), |_| Err("must not write"));
    assert_eq!(outcome, SaveReport::Unchanged);
}

#[test]
fn another_tabs_save_is_merged_not_overwritten() {
    let base = history(&[1]);
    let (mut synced, _) = tab(&base);
    let theirs = envelope::encode(&history(&[1, 3]));
    let ours = history(&[1, 2]);
    let mut slot = None;
    let outcome = synced.save(Ok(Some(theirs)), &ours, write_to(&mut slot));
    let both = history(&[1, 2, 3]);
    assert_eq!(
        outcome,
        SaveReport::Merged {
            stored: both.clone(),
            dropped: vec![],
            dropped_people: vec![],
        }
    );
    assert_eq!(envelope::decode(slot.as_deref().unwrap()).unwrap(), both);
}

#[test]
fn data_this_version_cant_read_is_never_overwritten() {
    let (mut synced, _) = tab(&history(&[1]));
    for stored in [
        r#"{"version":99,"snapshots":[]}"#.to_string(),
        "{not json".to_string(),
    ] {
        let mut slot = Some(stored.clone());
        let outcome = synced.save(
            Ok(Some(stored.clone())),
            &history(&[1, 2]),
            write_to(&mut slot),
        );
        assert!(matches!(outcome, SaveReport::Refused(_)), "{outcome:?}");
        assert_eq!(slot, Some(stored), "untouched");
    }
    let newer = synced.save(
        Ok(Some(r#"{"version":99}"#.into())),
        &Stored::default(),
        |_| Ok::<(), ()>(()),
    );
    assert!(matches!(
        newer,
        SaveReport::Refused(EnvelopeError::FromTheFuture { found: 99, .. })
    ));
}

#[test]
fn a_failed_write_keeps_the_base_so_the_next_save_merges_again() {
    let base = history(&[1]);
    let (mut synced, _) = tab(&base);
    let theirs = envelope::encode(&history(&[1, 3]));
    let ours = history(&[1, 2]);
    let failed = synced.save(Ok(Some(theirs.clone())), &ours, |_| Err("storage is full"));
    assert_eq!(failed, SaveReport::Failed("storage is full"));
    assert_eq!(synced.stored(), &base, "base unchanged");
    // Space freed: the retry still merges the other tab's day 3 instead of dropping it.
    let mut slot = None;
    let retry = synced.save(Ok(Some(theirs)), &ours, write_to(&mut slot));
    assert!(matches!(retry, SaveReport::Merged { .. }));
    assert_eq!(
        envelope::decode(slot.as_deref().unwrap()).unwrap(),
        history(&[1, 2, 3])
    );
}

#[test]
fn a_key_that_vanished_is_not_read_as_everything_deleted() {
    // The app never removes its key; the browser or the user cleared it. Taking that in as
    // "the other tab deleted everything" would leave only this tab's newest change.
    let base = history(&[1, 2]);
    let (mut synced, _) = tab(&base);
    assert_eq!(synced.absorb(None, &base), Absorbed::Unchanged);
    assert_eq!(synced.stored(), &base, "the base is kept");
    let ours = history(&[1, 2, 3]);
    let mut slot = None;
    assert_eq!(
        synced.save(Ok(None), &ours, write_to(&mut slot)),
        SaveReport::Restored
    );
    assert_eq!(envelope::decode(slot.as_deref().unwrap()).unwrap(), ours);
}

#[test]
fn a_vanished_key_is_written_again_even_when_this_tab_changed_nothing() {
    let base = history(&[1, 2]);
    let (mut synced, _) = tab(&base);
    let mut slot = None;
    assert_eq!(
        synced.save(Ok(None), &base, write_to(&mut slot)),
        SaveReport::Restored
    );
    assert_eq!(envelope::decode(slot.as_deref().unwrap()).unwrap(), base);
}

#[test]
fn nothing_stored_before_and_nothing_now_is_a_first_save() {
    let mut synced = Synced::default();
    let ours = history(&[1]);
    let mut slot = None;
    assert_eq!(
        synced.save(Ok(None), &ours, write_to(&mut slot)),
        SaveReport::Saved
    );
    assert_eq!(envelope::decode(slot.as_deref().unwrap()).unwrap(), ours);
}

#[test]
fn a_read_that_failed_writes_nothing_and_keeps_the_base() {
    // 8 snapshots and a saved person stored; one read throws during a save.
    let base = with_people(&[1, 2, 3, 4, 5, 6, 7, 8], vec![person(7, "Ada")]);
    let (mut synced, _) = tab(&base);
    let ours = with_people(&[1, 2, 3, 4, 5, 6, 7, 8, 9], vec![person(7, "Ada")]);
    let outcome = synced.save(Err("SecurityError"), &ours, |_| Err("must not write"));
    assert_eq!(outcome, SaveReport::Failed("SecurityError"));
    assert_eq!(synced.stored(), &base);
    // Reads work again: the save goes through as usual, with nothing lost.
    let stored = Some(envelope::encode(&base));
    let mut slot = stored.clone();
    assert_eq!(
        synced.save(Ok(stored), &ours, write_to(&mut slot)),
        SaveReport::Saved
    );
    assert_eq!(envelope::decode(slot.as_deref().unwrap()).unwrap(), ours);
}

#[test]
fn a_tab_whose_first_read_failed_merges_what_is_stored_once_reads_work() {
    // Start-up could not read storage: the tab began empty. Its first save that can read
    // storage keeps everything stored and adds the tab's change.
    let mut synced = Synced::default();
    let stored = envelope::encode(&history(&[1, 2, 3]));
    let ours = history(&[9]);
    let mut slot = None;
    let outcome = synced.save(Ok(Some(stored)), &ours, write_to(&mut slot));
    assert!(matches!(outcome, SaveReport::Merged { .. }), "{outcome:?}");
    assert_eq!(
        envelope::decode(slot.as_deref().unwrap()).unwrap(),
        history(&[1, 2, 3, 9])
    );
}

#[test]
fn absorbing_unchanged_storage_changes_nothing() {
    let base = history(&[1]);
    let (mut synced, stored) = tab(&base);
    assert_eq!(
        synced.absorb(stored, &history(&[1, 2])),
        Absorbed::Unchanged
    );
}

#[test]
fn outcomes_that_no_longer_fit_are_reported() {
    let mut base = own(&[1]);
    let mut seed = IdSeed::new(9);
    for i in 0..MAX_OUTCOMES - 1 {
        base.add_outcome(&format!("Outcome {i}"), &mut seed)
            .unwrap();
    }
    let (mut synced, _) = tab(&Stored::from(base.clone()));
    let mut theirs = base.clone();
    theirs.add_outcome("Theirs", &mut IdSeed::new(1)).unwrap();
    let mut ours = base.clone();
    ours.add_outcome("Ours", &mut IdSeed::new(2)).unwrap();
    let mut slot = None;
    let outcome = synced.save(
        Ok(Some(envelope::encode(&Stored::from(theirs.clone())))),
        &Stored::from(ours),
        write_to(&mut slot),
    );
    let SaveReport::Merged {
        stored, dropped, ..
    } = outcome
    else {
        panic!("{outcome:?}")
    };
    assert_eq!(dropped.len(), 1);
    assert_eq!(dropped[0].name(), "Ours");
    assert_eq!(stored.history(), &theirs);
    assert!(envelope::decode(slot.as_deref().unwrap()).is_ok());
}

/// Two tabs settle: after taking in another tab's save without changes of its own, a tab's
/// next save writes nothing.
#[test]
fn a_tab_that_took_in_another_tabs_save_then_writes_nothing() {
    let (mut synced, _) = tab(&history(&[1]));
    let theirs = history(&[1, 2]);
    let stored = Some(envelope::encode(&theirs));
    let Absorbed::Merged(merged) = synced.absorb(stored.clone(), &history(&[1])) else {
        panic!("the other tab's save is taken in")
    };
    assert_eq!(merged.stored, theirs);
    let outcome = synced.save(Ok(stored), &merged.stored, |_| Err("must not write"));
    assert_eq!(outcome, SaveReport::Unchanged);
}

// People: saved in the same write as the user's history, merged by person id.

use ssi_lens::domain::people::{Person, PersonId, MAX_PEOPLE};

fn with_people(days: &[u32], list: Vec<Person>) -> Stored {
    Stored::new(own(days), people(list))
}

#[test]
fn a_person_saved_in_one_tab_survives_the_other_tabs_save() {
    let base = with_people(&[1], vec![]);
    let (mut mine, stored) = tab(&base);
    let (mut other, _) = tab(&base);
    let mut slot = stored.clone();
    // The other tab saves a person.
    let theirs = with_people(&[1], vec![person(7, "Ada")]);
    assert_eq!(
        other.save(Ok(stored), &theirs, write_to(&mut slot)),
        SaveReport::Saved
    );
    // This tab, which never saw Ada, saves a new snapshot of the user's own.
    let ours = Stored::new(own(&[1, 2]), mine.people().clone());
    let outcome = mine.save(Ok(slot.clone()), &ours, write_to(&mut slot));
    let SaveReport::Merged { stored, .. } = outcome else {
        panic!("{outcome:?}")
    };
    assert_eq!(stored, with_people(&[1, 2], vec![person(7, "Ada")]));
    assert_eq!(envelope::decode(slot.as_deref().unwrap()).unwrap(), stored);
}

#[test]
fn a_person_removed_in_one_tab_stays_removed_after_the_others_save() {
    let base = with_people(&[1], vec![person(7, "Ada"), person(8, "Bob")]);
    let (mut mine, stored) = tab(&base);
    let theirs = with_people(&[1], vec![person(8, "Bob")]);
    let mut ours_people = base.people().clone();
    ours_people.rename(PersonId::from(8), "Robert").unwrap();
    let ours = Stored::new(own(&[1]), ours_people);
    let mut slot = stored;
    let outcome = mine.save(
        Ok(Some(envelope::encode(&theirs))),
        &ours,
        write_to(&mut slot),
    );
    let SaveReport::Merged { stored, .. } = outcome else {
        panic!("{outcome:?}")
    };
    let names: Vec<_> = stored.people().iter().map(Person::name).collect();
    assert_eq!(names, ["Robert"]);
}

#[test]
fn saving_people_never_changes_the_users_history() {
    let base = with_people(&[1, 2], vec![]);
    let (mut synced, stored) = tab(&base);
    let ours = with_people(&[1, 2], vec![person(7, "Ada")]);
    let mut slot = stored.clone();
    assert_eq!(
        synced.save(Ok(stored), &ours, write_to(&mut slot)),
        SaveReport::Saved
    );
    let back = envelope::decode(slot.as_deref().unwrap()).unwrap();
    assert_eq!(back.history(), base.history());
    assert_eq!(synced.people(), ours.people());
}

#[test]
fn storage_full_fails_the_one_write_people_included() {
    let base = with_people(&[1], vec![]);
    let (mut synced, stored) = tab(&base);
    let ours = with_people(&[1], vec![person(7, "Ada")]);
    let failed = synced.save(Ok(stored.clone()), &ours, |_| Err("storage is full"));
    assert_eq!(failed, SaveReport::Failed("storage is full"));
    assert_eq!(
        synced.stored(),
        &base,
        "nothing half-written, base unchanged"
    );
}

#[test]
fn people_that_no_longer_fit_are_reported() {
    let everyone: Vec<Person> = (1..MAX_PEOPLE as u32)
        .map(|i| person(i, &format!("P{i}")))
        .collect();
    let base = with_people(&[1], everyone.clone());
    let (mut synced, _) = tab(&base);
    let theirs = with_people(
        &[1],
        [everyone.clone(), vec![person(100, "Theirs")]].concat(),
    );
    let ours = with_people(&[1], [everyone, vec![person(200, "Ours")]].concat());
    let mut slot = None;
    let outcome = synced.save(
        Ok(Some(envelope::encode(&theirs))),
        &ours,
        write_to(&mut slot),
    );
    let SaveReport::Merged {
        stored,
        dropped_people,
        ..
    } = outcome
    else {
        panic!("{outcome:?}")
    };
    assert_eq!(stored, theirs);
    assert_eq!(dropped_people.len(), 1);
    assert_eq!(dropped_people[0].name(), "Ours");
}

#[test]
fn absorbing_another_tabs_people_keeps_this_tabs_history_changes() {
    let base = with_people(&[1], vec![]);
    let (mut synced, _) = tab(&base);
    let theirs = with_people(&[1], vec![person(7, "Ada")]);
    let ours = with_people(&[1, 2], vec![]);
    let absorbed = synced.absorb(Some(envelope::encode(&theirs)), &ours);
    let Absorbed::Merged(merged) = absorbed else {
        panic!("{absorbed:?}")
    };
    assert_eq!(merged.stored, with_people(&[1, 2], vec![person(7, "Ada")]));
    assert_eq!(
        synced.people(),
        theirs.people(),
        "the stored text is the new base"
    );
}
