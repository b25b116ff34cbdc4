//! Other people's data stays theirs: people saved from share links, their rules, previews of
//! an update, and the three-way merge of two tabs' changes to them.

mod support;
use ssi_lens::domain::history::History;
use ssi_lens::domain::outcomes::{IdSeed, OutcomeId};
use ssi_lens::domain::people::refresh::RefreshPlan;
use ssi_lens::domain::people::{
    LinksSaved, People, PeopleError, Person, PersonId, PersonUpdate, Recognised, MAX_PEOPLE,
};
use ssi_lens::domain::share::{self, SharedHistory, MAX_NAME_CHARS};
use ssi_lens::domain::HistoryError;
use support::{day, history, people, snap};

fn shared(name: Option<&str>, on: u32, days: &[(u32, f64)]) -> SharedHistory {
    SharedHistory {
        own_data: false,
        name: name.map(String::from),
        shared_on: day(on),
        history: history(days),
    }
}

fn person(id: u32, name: &str, days: &[u32]) -> Person {
    Person::from_parts(
        PersonId::from(id),
        name,
        day(20),
        days.iter().map(|&d| snap(d, 1.0)).collect(),
    )
    .unwrap()
}

fn names(people: &People) -> Vec<&str> {
    people.iter().map(Person::name).collect()
}

#[test]
fn a_shared_link_becomes_a_person_with_its_snapshots_only() {
    let mut link = shared(Some("  Ada  "), 10, &[(1, 5.0), (8, 6.0)]);
    // A link never carries outcomes; should one arrive with values, they are not kept.
    let mut with_values = link.history.snapshots()[0].clone();
    with_values.outcomes.insert(OutcomeId::from(1), 3.0);
    link.history = History::from_snapshots(vec![with_values, snap(8, 6.0)]).unwrap();
    let ada = Person::from_shared(link, "Person 1", &mut IdSeed::new(3)).unwrap();
    assert_eq!(ada.name(), "Ada");
    assert_eq!(ada.shared_on(), day(10));
    assert_eq!(ada.snapshots().len(), 2);
    assert!(ada
        .snapshots()
        .snapshots()
        .iter()
        .all(|s| s.outcomes.is_empty()));
    assert!(ada.snapshots().goals().is_empty() && ada.snapshots().outcomes().is_empty());
    assert_ne!(ada.id(), PersonId::from(0));
}

#[test]
fn a_link_without_a_name_takes_the_first_free_person_n() {
    let mut kept = People::new();
    let mut seed = IdSeed::new(1);
    assert_eq!(kept.fallback_name(), "Person 1");
    let first = kept
        .add_shared(shared(None, 10, &[(1, 5.0)]), &mut seed)
        .unwrap();
    assert_eq!(kept.get(first).unwrap().name(), "Person 1");
    let second = kept
        .add_shared(shared(Some(" "), 10, &[]), &mut seed)
        .unwrap();
    assert_eq!(kept.get(second).unwrap().name(), "Person 2");
    kept.remove(first).unwrap();
    assert_eq!(kept.fallback_name(), "Person 1");
    let ada = Person::from_shared(shared(None, 10, &[]), "Ada", &mut seed).unwrap();
    assert_eq!(ada.name(), "Ada");
}

#[test]
fn names_are_checked_and_unique_case_aside() {
    let mut kept = people(vec![person(1, "Ada", &[1])]);
    let long = "x".repeat(MAX_NAME_CHARS + 1);
    assert_eq!(
        Person::from_parts(PersonId::from(2), " ", day(1), vec![]),
        Err(PeopleError::NameEmpty)
    );
    assert_eq!(
        Person::from_parts(PersonId::from(2), &long, day(1), vec![]),
        Err(PeopleError::NameTooLong)
    );
    let before = kept.clone();
    assert_eq!(
        kept.add(person(2, " ADA ", &[])),
        Err(PeopleError::NameTaken("Ada".into()))
    );
    assert_eq!(
        kept.add(person(1, "Bob", &[])),
        Err(PeopleError::DuplicateId)
    );
    assert_eq!(kept, before, "a refusal changes nothing");
    assert_eq!(kept.find_same("  aDa"), kept.get(PersonId::from(1)));
    assert_eq!(kept.find_same("Bob"), None);
}

#[test]
fn rename_and_remove_go_through_the_same_rules() {
    let mut kept = people(vec![person(1, "Ada", &[1]), person(2, "Bob", &[2])]);
    kept.rename(PersonId::from(1), "  Ada L. ").unwrap();
    assert_eq!(names(&kept), ["Ada L.", "Bob"]);
    // Changing only the case of one's own name is fine; taking another's is not.
    kept.rename(PersonId::from(2), "BOB").unwrap();
    assert_eq!(
        kept.rename(PersonId::from(1), "bob"),
        Err(PeopleError::NameTaken("BOB".into()))
    );
    assert_eq!(
        kept.rename(PersonId::from(1), ""),
        Err(PeopleError::NameEmpty)
    );
    assert_eq!(
        kept.rename(PersonId::from(9), "Cy"),
        Err(PeopleError::NotFound)
    );
    let bob = kept.remove(PersonId::from(2)).unwrap();
    assert_eq!(bob.name(), "BOB");
    assert_eq!(kept.remove(PersonId::from(2)), Err(PeopleError::NotFound));
    // Undo: the removed person comes back as they were.
    kept.add(bob.clone()).unwrap();
    assert_eq!(kept.get(PersonId::from(2)), Some(&bob));
}

#[test]
fn at_most_max_people_are_kept() {
    let list: Vec<Person> = (1..=MAX_PEOPLE as u32)
        .map(|i| person(i, &format!("P{i}"), &[]))
        .collect();
    let mut kept = people(list.clone());
    assert_eq!(
        kept.add(person(999, "One more", &[])),
        Err(PeopleError::TooMany)
    );
    let mut too_many = list;
    too_many.push(person(999, "One more", &[]));
    assert_eq!(People::from_parts(too_many), Err(PeopleError::TooMany));
}

#[test]
fn from_parts_refuses_what_no_change_could_make() {
    assert_eq!(
        People::from_parts(vec![person(1, "Ada", &[]), person(1, "Bob", &[])]),
        Err(PeopleError::DuplicateId)
    );
    assert_eq!(
        People::from_parts(vec![person(1, "Ada", &[]), person(2, "ada", &[])]),
        Err(PeopleError::NameTaken("Ada".into()))
    );
    let twice = Person::from_parts(
        PersonId::from(1),
        "Ada",
        day(1),
        vec![snap(1, 1.0), snap(1, 2.0)],
    );
    assert_eq!(
        twice,
        Err(PeopleError::Snapshots {
            name: "Ada".into(),
            error: HistoryError::DateTaken(day(1))
        })
    );
    let invalid = Person::from_parts(PersonId::from(1), "Ada", day(1), vec![snap(1, 99.0)]);
    assert!(
        matches!(invalid, Err(PeopleError::Snapshots { .. })),
        "{invalid:?}"
    );
}

#[test]
fn an_update_preview_lists_added_changed_and_removed_days() {
    let ada = Person::from_parts(
        PersonId::from(1),
        "Ada",
        day(10),
        vec![snap(1, 1.0), snap(2, 1.0), snap(3, 1.0)],
    )
    .unwrap();
    let newer = shared(Some("Ada Lovelace"), 20, &[(2, 1.0), (3, 7.0), (15, 2.0)]);
    let preview = ada.preview_update(&newer);
    assert_eq!(
        preview,
        PersonUpdate {
            added: vec![day(15)],
            changed: vec![day(3)],
            removed: vec![day(1)],
            shared_on_before: day(10),
            shared_on: day(20),
        }
    );
    assert!(!preview.is_older() && !preview.changes_nothing());
    let same = shared(None, 5, &[(1, 1.0), (2, 1.0), (3, 1.0)]);
    let again = ada.preview_update(&same);
    assert!(again.changes_nothing() && again.is_older());
}

#[test]
fn update_replaces_their_copy_and_keeps_the_name_the_user_knows() {
    let mut kept = people(vec![person(1, "Ada", &[1, 2]), person(2, "Bob", &[3])]);
    let bob_before = kept.get(PersonId::from(2)).cloned();
    let newer = shared(Some("Ada Lovelace"), 25, &[(2, 3.0), (24, 4.0)]);
    let preview = kept.get(PersonId::from(1)).unwrap().preview_update(&newer);
    let done = kept.update(PersonId::from(1), newer).unwrap();
    assert_eq!(done, preview, "the update does what the preview showed");
    let ada = kept.get(PersonId::from(1)).unwrap();
    assert_eq!(ada.name(), "Ada");
    assert_eq!(ada.shared_on(), day(25));
    let dates: Vec<_> = ada.snapshots().snapshots().iter().map(|s| s.date).collect();
    assert_eq!(dates, [day(2), day(24)]);
    assert_eq!(
        kept.get(PersonId::from(2)).cloned(),
        bob_before,
        "others untouched"
    );
    assert_eq!(
        kept.update(PersonId::from(9), shared(None, 1, &[])),
        Err(PeopleError::NotFound)
    );
}

// Two tabs.

#[test]
fn people_added_and_removed_in_either_tab_are_all_kept() {
    let base = people(vec![person(1, "Ada", &[1]), person(2, "Bob", &[1])]);
    let mut ours = base.clone();
    ours.add(person(3, "Cy", &[])).unwrap();
    ours.remove(PersonId::from(1)).unwrap();
    let mut theirs = base.clone();
    theirs.add(person(4, "Dee", &[])).unwrap();
    theirs.remove(PersonId::from(2)).unwrap();
    let merged = People::merge(&base, &ours, &theirs);
    assert_eq!(names(&merged.people), ["Dee", "Cy"]);
    assert!(merged.dropped.is_empty());
}

#[test]
fn a_rename_in_one_tab_and_an_update_in_the_other_both_stay() {
    let base = people(vec![person(1, "Ada", &[1])]);
    let mut ours = base.clone();
    ours.rename(PersonId::from(1), "Ada L.").unwrap();
    let mut theirs = base.clone();
    theirs
        .update(PersonId::from(1), shared(None, 28, &[(1, 1.0), (27, 2.0)]))
        .unwrap();
    let merged = People::merge(&base, &ours, &theirs).people;
    let ada = merged.get(PersonId::from(1)).unwrap();
    assert_eq!(ada.name(), "Ada L.");
    assert_eq!(ada.shared_on(), day(28));
    assert_eq!(ada.snapshots().len(), 2);
    // The same the other way round.
    let merged = People::merge(&base, &theirs, &ours).people;
    assert_eq!(merged.get(PersonId::from(1)), Some(ada));
}

#[test]
fn when_both_tabs_change_the_same_part_this_tabs_wins() {
    let base = people(vec![person(1, "Ada", &[1])]);
    let mut ours = base.clone();
    ours.rename(PersonId::from(1), "Ours").unwrap();
    let mut theirs = base.clone();
    theirs.rename(PersonId::from(1), "Theirs").unwrap();
    assert_eq!(
        names(&People::merge(&base, &ours, &theirs).people),
        ["Ours"]
    );
}

#[test]
fn a_person_removed_in_one_tab_but_updated_in_the_other_is_kept() {
    let base = people(vec![person(1, "Ada", &[1])]);
    let mut ours = base.clone();
    ours.update(PersonId::from(1), shared(None, 28, &[(27, 2.0)]))
        .unwrap();
    let mut theirs = base.clone();
    theirs.remove(PersonId::from(1)).unwrap();
    let merged = People::merge(&base, &ours, &theirs).people;
    assert_eq!(merged.get(PersonId::from(1)), ours.get(PersonId::from(1)));
    // This tab's removal of someone the other tab didn't touch stands.
    let merged = People::merge(&base, &theirs, &base).people;
    assert!(merged.is_empty());
}

#[test]
fn two_tabs_saving_the_same_name_keep_both_the_stored_one_first() {
    let base = People::new();
    let ours = people(vec![person(1, "Ada", &[1])]);
    let theirs = people(vec![person(2, "ada", &[2])]);
    let merged = People::merge(&base, &ours, &theirs).people;
    assert_eq!(names(&merged), ["ada", "Ada (2)"]);
    assert_eq!(merged.get(PersonId::from(1)).unwrap().name(), "Ada (2)");
    // A third clash takes the next number; a long name is shortened to fit.
    let long = "y".repeat(MAX_NAME_CHARS);
    let theirs = people(vec![
        person(2, "Ada", &[]),
        person(3, "Ada (2)", &[]),
        person(5, &long, &[]),
    ]);
    let ours = people(vec![person(1, "ADA", &[]), person(4, &long, &[])]);
    let merged = People::merge(&base, &ours, &theirs).people;
    assert_eq!(merged.get(PersonId::from(1)).unwrap().name(), "ADA (3)");
    let renamed = merged.get(PersonId::from(4)).unwrap().name();
    assert!(renamed.ends_with(" (2)") && renamed.chars().count() == MAX_NAME_CHARS);
}

#[test]
fn people_past_the_limit_are_reported_not_lost() {
    let base = people(
        (1..MAX_PEOPLE as u32)
            .map(|i| person(i, &format!("P{i}"), &[]))
            .collect(),
    );
    let mut ours = base.clone();
    ours.add(person(100, "Ours", &[])).unwrap();
    let mut theirs = base.clone();
    theirs.add(person(200, "Theirs", &[])).unwrap();
    let merged = People::merge(&base, &ours, &theirs);
    assert_eq!(merged.people.len(), MAX_PEOPLE);
    assert!(merged.people.get(PersonId::from(200)).is_some());
    assert_eq!(merged.dropped.len(), 1);
    assert_eq!(merged.dropped[0].name(), "Ours");
}

/// Names that look the same are the same name: invisible, control and direction characters are
/// stripped, and a name needs a visible character.
#[test]
fn invisible_control_and_direction_characters_never_make_a_name() {
    let mut people = People::new();
    people.add(person(1, "Dana", &[1])).unwrap();
    assert_eq!(
        people.add(person(2, "Dana\u{200B}", &[1])),
        Err(PeopleError::NameTaken("Dana".into()))
    );
    let spoof = Person::from_parts(PersonId::from(3), "Dana\u{202E}gnp.exe", day(20), vec![]);
    assert_eq!(spoof.unwrap().name(), "Danagnp.exe");
    let spaced = Person::from_parts(PersonId::from(4), "Ann\tB\u{0}\n Lee", day(20), vec![]);
    assert_eq!(spaced.unwrap().name(), "Ann B Lee");
    for blank in [
        "\u{200B}",
        "\u{202E}\u{2066}",
        "\u{3164}",
        " \u{FEFF} ",
        "\u{0}\u{7}",
    ] {
        assert_eq!(
            Person::from_parts(PersonId::from(5), blank, day(20), vec![]),
            Err(PeopleError::NameEmpty),
            "{blank:?}"
        );
    }
    assert!(people.find_same("dana\u{2060}").is_some());
    assert_eq!(
        people.rename(PersonId::from(1), "\u{200D}"),
        Err(PeopleError::NameEmpty)
    );
    // A link whose name is only invisible characters takes the "Person N" fallback.
    let id = people
        .add_shared(
            shared(Some("\u{200B}"), 20, &[(1, 1.0)]),
            &mut IdSeed::new(9),
        )
        .unwrap();
    assert_eq!(people.get(id).unwrap().name(), "Person 1");
}

/// Stored or backed-up names that today's rules would refuse (nothing visible, or the same as
/// another's once invisible characters are gone) are renamed on load, never a reason to refuse
/// the data.
#[test]
fn stored_names_that_now_clash_or_show_nothing_are_renamed_not_refused() {
    use ssi_lens::domain::envelope;
    let text = r#"{"version":4,"snapshots":[],"goals":{},"outcomes":[],"result_weeks":{},"people":[
        {"id":1,"name":"Dana","shared_on":"2026-11-01","snapshots":[]},
        {"id":2,"name":"Dana\u200b","shared_on":"2026-11-02","snapshots":[]},
        {"id":3,"name":"\u200b\u202e","shared_on":"2026-11-03","snapshots":[]}]}"#;
    let stored = envelope::decode(text).expect("loads");
    let names: Vec<&str> = stored.people().iter().map(|p| p.name()).collect();
    assert_eq!(names, ["Dana", "Dana (2)", "Person 1"]);
}

#[test]
fn joiners_inside_a_name_stay_and_go_at_its_ends() {
    // "Mehrnāz" in Persian keeps its zero-width non-joiner; one at the end is invisible noise.
    let name = "مهر\u{200C}ناز";
    let person = Person::from_parts(
        PersonId::from(1),
        &format!("{name}\u{200D}"),
        day(20),
        vec![],
    )
    .unwrap();
    assert_eq!(person.name(), name);
}

/// Dana kept with days 1 and 8 from a link of day 10.
fn dana_kept() -> People {
    let mut kept = People::new();
    kept.add_shared(
        shared(Some("Dana"), 10, &[(1, 5.0), (8, 6.0)]),
        &mut IdSeed::new(3),
    )
    .unwrap();
    kept
}

#[test]
fn a_link_of_someone_not_kept_can_be_saved() {
    let kept = dana_kept();
    let ada = shared(Some("Ada"), 10, &[(1, 5.0)]);
    assert_eq!(kept.recognise(&ada), Recognised::NotSaved);
    // A link without a name is saved as a new "Person N", as saving does: never taken for Dana.
    let nameless = shared(None, 10, &[(1, 5.0), (8, 6.0)]);
    assert_eq!(kept.recognise(&nameless), Recognised::NotSaved);
    assert_eq!(People::new().recognise(&ada), Recognised::NotSaved);
}

#[test]
fn the_same_link_again_is_recognised_as_saved_with_nothing_new() {
    let kept = dana_kept();
    let id = kept.iter().next().unwrap().id();
    // Found as saving finds her: case and invisible characters aside.
    for name in ["Dana", "dana", " DANA\u{200B}"] {
        let again = shared(Some(name), 10, &[(1, 5.0), (8, 6.0)]);
        assert_eq!(
            kept.recognise(&again),
            Recognised::Same {
                id,
                name: "Dana".into()
            },
            "{name:?}"
        );
    }
    // The same weeks shared again on another day bring nothing new either.
    let later_same = shared(Some("Dana"), 15, &[(1, 5.0), (8, 6.0)]);
    assert!(matches!(
        kept.recognise(&later_same),
        Recognised::Same { .. }
    ));
}

#[test]
fn a_newer_link_offers_its_new_weeks_and_an_older_one_never_goes_back() {
    let kept = dana_kept();
    let newer = shared(
        Some("Dana"),
        22,
        &[(1, 5.0), (8, 6.0), (15, 7.0), (22, 8.0)],
    );
    match kept.recognise(&newer) {
        Recognised::Newer { name, update, .. } => {
            assert_eq!(name, "Dana");
            assert_eq!(update.added, vec![day(15), day(22)]);
            assert!(update.changed.is_empty() && update.removed.is_empty());
        }
        other => panic!("expected Newer, got {other:?}"),
    }
    // Made before the saved copy's link, and different: older, never an update.
    let older = shared(Some("Dana"), 5, &[(1, 5.0)]);
    match kept.recognise(&older) {
        Recognised::Older { update, .. } => {
            assert_eq!(update.shared_on, day(5));
            assert_eq!(update.shared_on_before, day(10));
            assert_eq!(update.removed, vec![day(8)]);
        }
        other => panic!("expected Older, got {other:?}"),
    }
}

#[test]
fn sample_people_go_with_the_sample_and_people_saved_from_links_stay() {
    let mut kept = dana_kept();
    assert!(!kept.has_sample());
    let colleague = Person::sample(
        PersonId::from(7),
        "Sam (sample)",
        day(20),
        vec![snap(1, 4.0)],
    )
    .unwrap();
    assert!(colleague.is_sample());
    // A sample name someone real already has is left out: the sample never renames anyone.
    let clash = Person::sample(PersonId::from(8), "dana", day(20), vec![]).unwrap();
    kept.add_sample(vec![colleague, clash]);
    assert_eq!(names(&kept), ["Dana", "Sam (sample)"]);
    assert!(kept.has_sample());
    kept.remove_sample();
    assert_eq!(names(&kept), ["Dana"]);
    assert!(!kept.has_sample());
}

#[test]
fn a_sample_person_updated_from_a_real_link_is_no_longer_sample() {
    let mut kept = People::new();
    let id = PersonId::from(7);
    kept.add_sample(vec![
        Person::sample(id, "Sam", day(5), vec![snap(1, 4.0)]).unwrap()
    ]);
    kept.update(id, shared(Some("Sam"), 10, &[(1, 5.0)]))
        .unwrap();
    kept.remove_sample();
    assert_eq!(names(&kept), ["Sam"]);
}

/// `links` pasted one per line, as Compare's box takes them.
fn pasted(links: &[SharedHistory]) -> String {
    links
        .iter()
        .map(|l| format!("https://example.org/#{}", share::encode(l).unwrap()))
        .collect::<Vec<_>>()
        .join("\n")
}

/// Pasted links saved as Compare's "Save these people" saves them: the refresh's plan, applied.
fn save_pasted(
    kept: &mut People,
    links: &[SharedHistory],
    seed: &mut IdSeed,
) -> Result<LinksSaved, PeopleError> {
    let plan = RefreshPlan::read(&pasted(links), kept);
    kept.apply_refresh(plan, seed)
}

#[test]
fn links_pasted_together_are_saved_by_the_rules_a_links_own_save_follows() {
    let mut kept = dana_kept();
    kept.add_shared(shared(Some("Grace"), 10, &[(1, 5.0)]), &mut IdSeed::new(4))
        .unwrap();
    kept.add_shared(
        shared(Some("Lin"), 20, &[(1, 5.0), (15, 7.0)]),
        &mut IdSeed::new(5),
    )
    .unwrap();
    let links = vec![
        shared(Some("Ada"), 12, &[(1, 5.0)]),
        // Dana's newer link: her copy takes its new week.
        shared(Some("Dana"), 16, &[(1, 5.0), (8, 6.0), (15, 7.0)]),
        shared(Some("Grace"), 10, &[(1, 5.0)]),
        // Lin's copy is from a more recent link: this one never takes it back.
        shared(Some("Lin"), 12, &[(1, 5.0)]),
    ];
    let saved = save_pasted(&mut kept, &links, &mut IdSeed::new(6)).unwrap();
    assert_eq!(
        saved,
        LinksSaved {
            added: vec!["Ada".into()],
            updated: vec!["Dana".into()],
            unchanged: vec!["Grace".into()],
            older: vec!["Lin".into()],
            no_room: vec![],
        }
    );
    assert_eq!(names(&kept), ["Dana", "Grace", "Lin", "Ada"]);
    let snapshots = |name: &str| {
        kept.iter()
            .find(|p| p.name() == name)
            .unwrap()
            .snapshots()
            .len()
    };
    assert_eq!((snapshots("Dana"), snapshots("Lin")), (3, 2));
}

/// At the limit, those who fit are saved and the others are named: a paste of forty is
/// never refused whole for the last few.
#[test]
fn links_past_the_limit_save_those_who_fit_and_name_the_others() {
    let list: Vec<Person> = (1..MAX_PEOPLE as u32)
        .map(|i| person(i, &format!("P{i}"), &[]))
        .collect();
    let mut kept = people(list);
    let links = vec![
        shared(Some("Ada"), 12, &[(1, 5.0)]),
        shared(Some("Grace"), 12, &[(1, 5.0)]),
    ];
    let saved = save_pasted(&mut kept, &links, &mut IdSeed::new(6)).unwrap();
    assert_eq!(saved.added, ["Ada"]);
    assert_eq!(saved.no_room, ["Grace"]);
    assert_eq!(kept.len(), MAX_PEOPLE);
    // And one more person than that is refused, saying what to do.
    let mut full = kept.clone();
    let one_more = shared(Some("Lin"), 12, &[(1, 5.0)]);
    let refused = full.add_shared(one_more, &mut IdSeed::new(7));
    assert_eq!(refused, Err(PeopleError::TooMany));
    assert!(PeopleError::TooMany.to_string().contains("Remove someone"));
    assert_eq!(full, kept);
}

/// A link made by hand may carry a longer name than the share page allows: it is kept under
/// the name shortened, and its next link is recognised under that same name (not saved twice).
#[test]
fn a_long_shared_name_is_kept_shortened_and_recognised_the_next_time() {
    let long = "N".repeat(MAX_NAME_CHARS + 9);
    let mut kept = People::new();
    let first = shared(Some(&long), 10, &[(1, 5.0)]);
    save_pasted(&mut kept, &[first], &mut IdSeed::new(3)).unwrap();
    assert_eq!(names(&kept), ["N".repeat(MAX_NAME_CHARS)]);
    let newer = shared(Some(&long), 12, &[(1, 5.0), (8, 6.0)]);
    assert!(matches!(kept.recognise(&newer), Recognised::Newer { .. }));
    let saved = save_pasted(&mut kept, &[newer], &mut IdSeed::new(4)).unwrap();
    assert_eq!(saved.updated.len(), 1);
    assert_eq!(kept.len(), 1);
}
