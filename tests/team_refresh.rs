//! Refreshing the team from a paste of new share links: finding every link in a chat thread,
//! what each would do to the people kept (update, same, older, new, no room, repeated), and
//! applying exactly that, all or nothing.

mod support;
use ssi_lens::domain::outcomes::IdSeed;
use ssi_lens::domain::people::refresh::{find_links, FoundProblem, RefreshItem, RefreshPlan};
use ssi_lens::domain::people::{
    LinksSaved, People, PeopleError, Person, PersonId, PersonUpdate, MAX_PEOPLE,
};
use ssi_lens::domain::share::{encode, ShareError, SharedHistory};
use ssi_lens::domain::stored::Stored;
use support::{day, history, weekly};

/// A link shared on `day(shared_on)` with a snapshot on each `day(d)` of `days`.
fn link(name: Option<&str>, shared_on: u32, days: &[u32]) -> SharedHistory {
    let snaps: Vec<(u32, f64)> = days.iter().map(|&d| (d, f64::from(d))).collect();
    SharedHistory {
        own_data: false,
        name: name.map(String::from),
        shared_on: day(shared_on),
        history: history(&snaps),
    }
}

fn url(shared: &SharedHistory) -> String {
    format!("https://ssi.example/#{}", encode(shared).unwrap())
}

fn saved(id: u32, name: &str, shared_on: u32, days: &[u32]) -> Person {
    let shared = link(Some(name), shared_on, days);
    Person::from_parts(
        PersonId::from(id),
        name,
        shared.shared_on,
        shared.history.snapshots().to_vec(),
    )
    .unwrap()
}

/// Ada (copy of day 1), Bo (copy of day 10) and Cy (copy of day 5).
fn team() -> People {
    People::from_parts(vec![
        saved(1, "Ada", 1, &[1]),
        saved(2, "Bo", 10, &[1, 8]),
        saved(3, "Cy", 5, &[1, 5]),
    ])
    .unwrap()
}

#[test]
fn every_link_in_a_chat_thread_is_found_in_order() {
    let (dana, eli, fay, gus, hal) = (
        link(Some("Dana"), 10, &[1, 8]),
        link(Some("Eli"), 10, &[2]),
        link(Some("Fay"), 10, &[3]),
        link(Some("Gus"), 10, &[4]),
        link(None, 10, &[5]),
    );
    let broken = &url(&eli)[..url(&eli).len() / 2 + 10];
    let thread = format!(
        "[09:14] Dana: here's mine {}. Cheers!\n\
         [09:15] Eli: <{}>\n\
         \n\
         [09:16] Fay: ({}), and Gus's too: \"{}\", see the ratios=fine\n\
         [09:17] Eli again: {broken} sorry, cut off\n\
         {}\n",
        url(&dana),
        url(&eli),
        url(&fay),
        url(&gus),
        encode(&hal).unwrap(),
    );
    let found = find_links(&thread);
    assert_eq!(found.links, [dana, eli, fay, gus, hal]);
    assert_eq!(
        found.problems,
        [FoundProblem::Unreadable {
            line: 5,
            error: ShareError::Damaged
        }]
    );
}

#[test]
fn text_without_links_finds_nothing_and_no_problem() {
    let found = find_links("Hi all, please send your SSI links by Friday. Thanks = ok?\n#s");
    assert!(found.links.is_empty() && found.problems.is_empty());
    let plan = RefreshPlan::read("Hi all", &team());
    assert!(plan.is_empty());
    assert_eq!(plan.will_change(), 0);
}

/// The paste of the plan tests, and what each link is.
fn paste() -> (String, [SharedHistory; 8]) {
    let links = [
        // Ada's link of day 9, then her newer one of day 12: only the newer one counts.
        link(Some("Ada"), 9, &[1, 8]),
        link(Some("ada"), 12, &[1, 8, 12]),
        // Bo's copy is of day 10: a link of day 6 is older.
        link(Some("Bo"), 6, &[1, 3]),
        // Cy's link has nothing his copy hasn't.
        link(Some("Cy"), 6, &[1, 5]),
        // Dee is new; her link of day 14 counts, though her day-11 one comes after it.
        link(Some("Dee"), 14, &[7, 14]),
        link(Some("Person 1"), 3, &[3]),
        link(None, 4, &[4]),
        link(Some("Dee"), 11, &[7]),
    ];
    let text = links
        .iter()
        .map(|l| format!("Here: {} thanks", url(l)))
        .collect::<Vec<_>>()
        .join("\n");
    (text, links)
}

#[test]
fn each_link_is_planned_as_a_links_own_save_would_take_it() {
    let people = team();
    let (text, links) = paste();
    let plan = RefreshPlan::read(&text, &people);
    let ada = people.find_same("Ada").unwrap();
    let bo = people.find_same("Bo").unwrap();
    assert_eq!(
        plan.items(),
        [
            RefreshItem::Repeated { name: "Ada".into() },
            RefreshItem::Update {
                id: PersonId::from(1),
                name: "Ada".into(),
                update: ada.preview_update(&links[1]),
            },
            RefreshItem::Older {
                id: PersonId::from(2),
                name: "Bo".into(),
                update: bo.preview_update(&links[2]),
            },
            RefreshItem::Same {
                id: PersonId::from(3),
                name: "Cy".into(),
            },
            RefreshItem::New {
                name: "Dee".into(),
                snapshots: 2
            },
            RefreshItem::New {
                name: "Person 1".into(),
                snapshots: 1
            },
            // The shared "Person 1" keeps its name; the unnamed link takes the next free one.
            RefreshItem::New {
                name: "Person 2".into(),
                snapshots: 1
            },
            RefreshItem::Repeated { name: "Dee".into() },
        ]
    );
    assert_eq!(
        bo.preview_update(&links[2]),
        PersonUpdate {
            added: vec![day(3)],
            changed: vec![],
            removed: vec![day(8)],
            shared_on_before: day(10),
            shared_on: day(6),
        }
    );
    assert_eq!(plan.will_change(), 4);
    assert!(plan.problems().is_empty());
    assert!(!plan.is_empty());
}

#[test]
fn applying_changes_exactly_the_updates_and_new_people_and_never_the_own_history() {
    let own = weekly(8);
    let stored = Stored::new(own.clone(), team());
    let (text, links) = paste();
    let plan = RefreshPlan::read(&text, stored.people());
    let (history, mut people) = stored.clone().into_parts();
    let saved = people
        .apply_refresh(plan, &mut IdSeed::new(5))
        .expect("nothing changed since the plan");
    assert_eq!(
        saved,
        LinksSaved {
            added: vec!["Dee".into(), "Person 1".into(), "Person 2".into()],
            updated: vec!["Ada".into()],
            unchanged: vec!["Cy".into()],
            older: vec!["Bo".into()],
            no_room: vec![],
        }
    );
    assert_eq!(history, own);
    // Ada took her newest link; Bo and Cy are as they were (Bo's older link not applied).
    let ada = people.get(PersonId::from(1)).unwrap();
    assert_eq!(ada.snapshots(), &links[1].history);
    assert_eq!(ada.shared_on(), day(12));
    for id in [2, 3] {
        let id = PersonId::from(id);
        assert_eq!(people.get(id), stored.people().get(id));
    }
    let dee = people.find_same("Dee").unwrap();
    assert_eq!(
        (dee.snapshots(), dee.shared_on()),
        (&links[4].history, day(14))
    );
    assert_eq!(
        people.find_same("Person 2").unwrap().snapshots(),
        &links[6].history
    );
    assert_eq!(people.len(), 6);
}

#[test]
fn new_people_past_the_limit_have_no_room_and_are_not_saved() {
    let almost: Vec<Person> = (1..MAX_PEOPLE as u32)
        .map(|i| saved(i, &format!("P{i}"), 1, &[1]))
        .collect();
    let mut people = People::from_parts(almost).unwrap();
    let text = [
        link(Some("Last"), 2, &[2]),
        link(Some("P1"), 2, &[1, 2]),
        link(Some("Too many"), 2, &[2]),
    ]
    .iter()
    .map(url)
    .collect::<Vec<_>>()
    .join(" ");
    let plan = RefreshPlan::read(&text, &people);
    assert_eq!(
        plan.items()[0],
        RefreshItem::New {
            name: "Last".into(),
            snapshots: 1
        }
    );
    assert!(matches!(&plan.items()[1], RefreshItem::Update { name, .. } if name == "P1"));
    assert_eq!(
        plan.items()[2],
        RefreshItem::NoRoom {
            name: "Too many".into()
        }
    );
    assert_eq!(plan.will_change(), 2);
    people.apply_refresh(plan, &mut IdSeed::new(1)).unwrap();
    assert_eq!(people.len(), MAX_PEOPLE);
    assert!(people.find_same("Too many").is_none());
    // Full: saving one more says what happens at the limit.
    let refused = people.add_shared(link(Some("One more"), 2, &[2]), &mut IdSeed::new(2));
    assert_eq!(refused, Err(PeopleError::TooMany));
    let said = PeopleError::TooMany.to_string();
    assert!(
        said.starts_with("You keep 50 people, the most SSI Lens keeps"),
        "{said}"
    );
    assert!(said.contains("Remove someone"), "{said}");
}

/// Outlook's safe links and some chat apps percent-encode the `#` and `=` of a link.
#[test]
fn a_link_rewritten_by_a_mail_filter_is_still_found() {
    let shared = link(Some("Ada"), 9, &[1, 8]);
    let fragment = encode(&shared).unwrap();
    let rest = fragment
        .strip_prefix("s=")
        .expect("a share fragment starts with s=");
    let text = format!(
        "See https://eur01.safelinks.protection.outlook.com/?url=https%3A%2F%2Fssi.example%2F%23s%3D{rest}&data=05 thanks"
    );
    let found = find_links(&text);
    assert_eq!(found.links, [shared]);
    assert!(found.problems.is_empty(), "{:?}", found.problems);
}

#[test]
fn a_plan_overtaken_by_another_tab_changes_nobody() {
    let (text, _) = paste();
    let plan = RefreshPlan::read(&text, &team());
    // Meanwhile another tab updated Ada from another link.
    let mut people = team();
    people
        .update(PersonId::from(1), link(Some("Ada"), 11, &[1, 11]))
        .unwrap();
    let before = people.clone();
    assert_eq!(
        people.apply_refresh(plan.clone(), &mut IdSeed::new(1)),
        Err(PeopleError::ChangedSince)
    );
    assert_eq!(people, before);
    // Or saved someone called Dee.
    let mut people = team();
    people
        .add_shared(link(Some("DEE"), 2, &[2]), &mut IdSeed::new(9))
        .unwrap();
    let before = people.clone();
    assert_eq!(
        people.apply_refresh(plan, &mut IdSeed::new(1)),
        Err(PeopleError::ChangedSince)
    );
    assert_eq!(people, before);
}

#[test]
fn the_same_unnamed_link_twice_is_one_new_person() {
    let nameless = link(None, 4, &[4]);
    let other = link(None, 4, &[5]);
    let text = [url(&nameless), url(&other), url(&nameless)].join("\n");
    let plan = RefreshPlan::read(&text, &People::new());
    assert_eq!(
        plan.items(),
        [
            RefreshItem::Repeated {
                name: "Person 2".into()
            },
            RefreshItem::New {
                name: "Person 1".into(),
                snapshots: 1
            },
            RefreshItem::New {
                name: "Person 2".into(),
                snapshots: 1
            },
        ]
    );
}

#[test]
fn a_long_shared_name_is_shortened_to_one_a_person_can_keep() {
    let long = "L".repeat(80);
    let plan = RefreshPlan::read(&url(&link(Some(&long), 2, &[2])), &People::new());
    let short = "L".repeat(ssi_lens::domain::share::MAX_NAME_CHARS);
    assert_eq!(
        plan.items(),
        [RefreshItem::New {
            name: short.clone(),
            snapshots: 1
        }]
    );
    let mut people = People::new();
    people.apply_refresh(plan, &mut IdSeed::new(1)).unwrap();
    assert!(people.find_same(&short).is_some());
}
