//! People kept and the team in the user's language: every refusal worded, what a link brings
//! and what saving links did as whole sentences with plurals, the Team screen's names and
//! flags, the message asking for a link; and the team's files the same in every language but
//! for the file's name.

mod support;
use ssi_lens::domain::history::HistoryError;
use ssi_lens::domain::people::{LinksSaved, People, PeopleError, PersonUpdate};
use ssi_lens::domain::stats::Range;
use ssi_lens::domain::team::{Standing, Team, TeamFilter, TeamSort};
use ssi_lens::domain::transfer::{team_file_name, team_to_csv, CSV_HEADER, PEER_COLUMNS};
use ssi_lens::domain::Pillar;
use ssi_lens::i18n::{self, team, Lang};
use support::{date, today, weekly};

fn every_people_error() -> Vec<PeopleError> {
    // Exhaustive on purpose: a new variant fails to compile here until it is listed.
    let listed = |e: &PeopleError| match e {
        PeopleError::NameEmpty
        | PeopleError::NameTooLong
        | PeopleError::NameTaken(_)
        | PeopleError::TooMany
        | PeopleError::NotFound
        | PeopleError::ChangedSince
        | PeopleError::DuplicateId
        | PeopleError::Snapshots { .. } => true,
    };
    let all = vec![
        PeopleError::NameEmpty,
        PeopleError::NameTooLong,
        PeopleError::NameTaken("Ada".into()),
        PeopleError::TooMany,
        PeopleError::NotFound,
        PeopleError::ChangedSince,
        PeopleError::DuplicateId,
        PeopleError::Snapshots {
            name: "Ada".into(),
            error: HistoryError::DateTaken(date(2026, 12, 7)),
        },
    ];
    assert!(all.iter().all(listed));
    all
}

#[test]
fn every_refusal_is_worded_in_german_and_english_stays_the_display() {
    for error in every_people_error() {
        let english = team::people_problem(Lang::En, &error);
        let german = team::people_problem(Lang::De, &error);
        assert_eq!(error.to_string(), english, "{error:?}");
        assert!(!german.trim().is_empty(), "{error:?}");
        assert_ne!(german, english, "{error:?}");
        for lang in Lang::ALL {
            assert!(!team::people_problem(lang, &error).is_empty());
        }
    }
    // English word for word as before, placeholders filled.
    assert_eq!(
        PeopleError::NameTaken("Ada".into()).to_string(),
        "You already keep someone called “Ada”. Pick another name, or update their copy."
    );
    assert_eq!(
        PeopleError::NameTooLong.to_string(),
        format!(
            "Keep the name to {} characters or fewer.",
            ssi_lens::domain::share::MAX_NAME_CHARS
        )
    );
    assert!(PeopleError::TooMany
        .to_string()
        .starts_with("You keep 50 people,"));
    assert_eq!(
        team::people_problem(Lang::De, &PeopleError::NameTaken("Ada".into())),
        "Sie haben schon jemanden namens „Ada“ gespeichert. Wählen Sie einen anderen Namen oder aktualisieren Sie die gespeicherte Kopie."
    );
    assert!(
        team::people_problem(Lang::De, &PeopleError::TooMany).starts_with("Sie haben 50 Personen")
    );
}

fn update(added: usize, changed: usize, removed: usize) -> PersonUpdate {
    let days = |n: usize| (0..n).map(|i| date(2026, 1, 1 + i as u32)).collect();
    PersonUpdate {
        added: days(added),
        changed: days(changed),
        removed: days(removed),
        shared_on_before: date(2026, 1, 1),
        shared_on: date(2026, 2, 1),
    }
}

#[test]
fn what_a_link_brings_is_counted_in_each_language() {
    assert_eq!(
        team::what_is_new(Lang::En, &update(2, 1, 3)),
        "2 new weeks, 1 week changed, 3 weeks fewer"
    );
    assert_eq!(team::what_is_new(Lang::En, &update(1, 0, 0)), "1 new week");
    assert_eq!(
        team::what_is_new(Lang::En, &update(0, 2, 1)),
        "2 weeks changed, 1 week fewer"
    );
    assert_eq!(
        team::what_is_new(Lang::De, &update(1, 2, 0)),
        "1 neue Woche, 2 Wochen geändert"
    );
    assert_eq!(
        team::what_is_new(Lang::De, &update(0, 1, 4)),
        "1 Woche geändert, 4 Wochen weniger"
    );
    assert_eq!(team::what_is_new(Lang::De, &update(0, 0, 0)), "");
}

#[test]
fn what_saving_links_did_is_a_sentence_per_outcome_with_plurals() {
    let saved = LinksSaved {
        added: vec!["Ada".into()],
        updated: vec!["Bo".into(), "Cy".into()],
        older: vec!["Dee".into()],
        ..LinksSaved::default()
    };
    assert_eq!(
        team::links_saved(Lang::En, &saved),
        "Saved Ada in this browser, beside your own history (not in it). Updated Bo, Cy with the link’s newer weeks. Already saved from a more recent link, so kept as they are: Dee."
    );
    assert_eq!(
        team::links_saved(Lang::De, &saved),
        "Ada in diesem Browser gespeichert, neben Ihrem eigenen Verlauf (nicht darin). Bo, Cy mit den neueren Wochen der Links aktualisiert. Bereits aus einem neueren Link gespeichert, daher unverändert: Dee."
    );
    // One name or several: the form agrees (French and Portuguese say "est"/"sont", "foi"/"foram").
    let one = LinksSaved {
        added: vec!["Ada".into()],
        ..LinksSaved::default()
    };
    let two = LinksSaved {
        added: vec!["Ada".into(), "Bo".into()],
        ..LinksSaved::default()
    };
    assert!(team::links_saved(Lang::PtBr, &one).starts_with("Ada foi salvo"));
    assert!(team::links_saved(Lang::PtBr, &two).starts_with("Ada, Bo foram salvos"));
    assert_eq!(team::links_saved(Lang::De, &LinksSaved::default()), "");
}

#[test]
fn the_team_screen_names_its_sorts_filters_and_flags_in_german() {
    assert_eq!(
        team::sort_name(Lang::De, TeamSort::LastUpdate),
        "Letzte Aktualisierung"
    );
    assert_eq!(
        team::sort_name(Lang::De, TeamSort::Pillar(Pillar::Brand)),
        "Marke"
    );
    assert_eq!(
        team::filter_name(Lang::De, TeamFilter::BelowMedian(Pillar::Brand)),
        "Unter dem Team-Median bei Marke"
    );
    assert_eq!(team::direction(Lang::De, TeamSort::Name, false), "A bis Z");
    assert_eq!(
        team::direction(Lang::En, TeamSort::LastUpdate, true),
        "Newest first"
    );
    assert_eq!(team::overdue(Lang::En, Some(1)), "Update overdue: 1 week");
    assert_eq!(team::overdue(Lang::En, Some(6)), "Update overdue: 6 weeks");
    assert_eq!(
        team::overdue(Lang::De, Some(1)),
        "Aktualisierung überfällig: 1 Woche"
    );
    assert_eq!(
        team::overdue(Lang::De, Some(6)),
        "Aktualisierung überfällig: 6 Wochen"
    );
    assert_eq!(team::overdue(Lang::De, None), "Noch keine Momentaufnahmen");
    assert_eq!(i18n::team_fell(Lang::En), "Fell since last time");
    assert_eq!(
        team::standing(Lang::En, Standing::Above { far: false }, 1.2),
        "1.20 above the team median"
    );
    assert_eq!(
        team::standing(Lang::En, Standing::Below { far: true }, -3.5),
        "3.50 below the team median"
    );
    assert!(
        team::standing(Lang::De, Standing::Below { far: true }, -3.5)
            .ends_with(" unter dem Team-Median")
    );
    assert_eq!(
        team::standing(Lang::De, Standing::Even, 0.1),
        "etwa beim Team-Median"
    );
}

#[test]
fn your_own_row_goes_by_you_in_your_language() {
    let own = weekly(3);
    let team = Team::build(
        &own,
        &People::new(),
        Range::All,
        today(),
        team::you(Lang::De),
    );
    assert_eq!(team.rows()[0].name(), "Sie");
    assert_eq!(team::you(Lang::En), "You");
}

#[test]
fn the_message_asking_for_a_link_is_in_the_users_language() {
    assert_eq!(
        team::ask_for_link_message(Lang::De, " Dana ", " https://x.example/share "),
        "Hallo Dana, könnten Sie den SSI dieser Woche in SSI Lens erfassen und mir einen neuen Link schicken? Öffnen Sie https://x.example/share, wählen Sie „Link kopieren“ und schicken Sie ihn mir. Danke!"
    );
    assert!(team::ask_for_link_message(Lang::De, "", "u").starts_with("Hallo, könnten Sie"));
}

#[test]
fn the_team_files_name_changes_with_the_language_and_their_columns_never_do() {
    assert_eq!(
        team_file_name(Lang::De, date(2026, 12, 7), "csv"),
        "ssi-lens-team-2026-12-07.csv"
    );
    assert_eq!(
        team_file_name(Lang::Es, date(2026, 12, 7), "json"),
        "ssi-lens-equipo-2026-12-07.json"
    );
    for lang in Lang::ALL {
        let name = team_file_name(lang, date(2026, 12, 7), "csv");
        assert!(name.starts_with("ssi-lens-") && name.ends_with("-2026-12-07.csv"));
    }
    // The CSV takes no language: its header is the fixed column names, whatever the page's
    // language, so a file made in German imports in English.
    let csv = team_to_csv(&People::new());
    let header: Vec<&str> = ["person"]
        .into_iter()
        .chain(CSV_HEADER)
        .chain(PEER_COLUMNS)
        .collect();
    assert_eq!(csv.lines().next(), Some(header.join(",").as_str()));
    for lang in Lang::ALL[1..].iter().copied() {
        for column in [
            i18n::team_column_person(lang),
            i18n::team_column_latest(lang),
            i18n::team_column_change(lang),
        ] {
            assert!(!csv.contains(column), "{column}");
        }
    }
}
