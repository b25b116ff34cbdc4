//! The Team screen's exports: everyone's weeks as one spreadsheet (names made safe), a backup
//! of the people that restores them without touching the importer's own history, and the
//! importer refusing the team spreadsheet as if it were one person's history.

mod support;
use ssi_lens::domain::goals::Metric;
use ssi_lens::domain::outcomes::IdSeed;
use ssi_lens::domain::people::{People, Person, PersonId};
use ssi_lens::domain::stored::Stored;
use ssi_lens::domain::transfer::{
    plan_import, plan_restore, plan_team_restore, team_file_name, team_to_csv, team_to_json,
    to_csv, ConflictChoice, ImportError, CSV_HEADER, PEER_COLUMNS,
};
use ssi_lens::domain::History;
use ssi_lens::i18n::Lang;
use support::{date, today, weekly};

/// Person `id` called `name`, with the last `weeks` weeks of real-looking data.
fn colleague(id: u32, name: &str, weeks: u64) -> Person {
    let snapshots = weekly(weeks).snapshots().to_vec();
    Person::from_parts(PersonId::from(id), name, today(), snapshots).unwrap()
}

fn team() -> People {
    People::from_parts(vec![
        colleague(1, "Ada", 3),
        colleague(2, "=HYPERLINK(\"http://evil.example\",\"Bo\")", 1),
        colleague(3, "Cy", 2),
    ])
    .unwrap()
}

fn rows(csv: &str) -> Vec<Vec<String>> {
    csv::Reader::from_reader(csv.as_bytes())
        .records()
        .map(|r| r.unwrap().iter().map(String::from).collect())
        .collect()
}

#[test]
fn the_header_is_person_then_the_history_csvs_own_columns() {
    let csv = team_to_csv(&team());
    let header: Vec<&str> = csv.lines().next().unwrap().split(',').collect();
    let expected: Vec<&str> = ["person"]
        .into_iter()
        .chain(CSV_HEADER)
        .chain(PEER_COLUMNS)
        .collect();
    assert_eq!(header, expected);
}

#[test]
fn one_row_per_person_per_snapshot_grouped_in_saved_order_by_date_within() {
    let people = team();
    let rows = rows(&team_to_csv(&people));
    assert_eq!(rows.len(), 3 + 1 + 2);
    let names: Vec<&str> = rows.iter().map(|r| r[0].as_str()).collect();
    let bo = "'=HYPERLINK(\"http://evil.example\",\"Bo\")";
    assert_eq!(names, ["Ada", "Ada", "Ada", bo, "Cy", "Cy"]);
    // After the name, each row is the person's history CSV row for that snapshot, cell for
    // cell: the same columns, numbers and neutralised notes.
    let mut at = 0;
    for person in people.iter() {
        for own in self::rows(&to_csv(person.snapshots())) {
            assert_eq!(rows[at][1..], own[..], "{}", person.name());
            at += 1;
        }
    }
    let dates: Vec<&str> = rows[..3].iter().map(|r| r[1].as_str()).collect();
    let mut sorted = dates.clone();
    sorted.sort();
    assert_eq!(dates, sorted);
}

#[test]
fn a_name_a_spreadsheet_would_run_as_a_formula_is_neutralised() {
    let csv = team_to_csv(&team());
    assert!(!csv.lines().any(|l| l.starts_with('=')), "{csv}");
    let rows = rows(&csv);
    assert!(rows.iter().all(|r| !r[0].starts_with(['=', '+', '-', '@'])));
    assert_eq!(rows[3][0], "'=HYPERLINK(\"http://evil.example\",\"Bo\")");
}

#[test]
fn nobody_saved_is_a_header_only() {
    assert_eq!(team_to_csv(&People::new()).lines().count(), 1);
}

/// Where only people are restored (the Team screen), someone's own backup or history CSV is
/// refused whole: its weeks would otherwise land in the manager's own history.
#[test]
fn only_a_team_backup_is_restored_where_people_are() {
    let existing = Stored::new(History::default(), People::new());
    let team_backup = team_to_json(&team());
    let plan = plan_team_restore(&team_backup, &existing, today(), &mut IdSeed::new(3)).unwrap();
    assert_eq!(plan.people.added.len(), 3);
    let someones_own = ssi_lens::domain::transfer::to_json(&Stored::new(weekly(4), team()));
    for file in [someones_own, to_csv(&weekly(4))] {
        let refused = plan_team_restore(&file, &existing, today(), &mut IdSeed::new(3));
        assert!(
            matches!(refused, Err(ImportError::NotATeamBackup)),
            "{refused:?}"
        );
    }
}

#[test]
fn the_team_backup_restores_the_people_and_leaves_the_own_history_as_it_was() {
    let mut own = weekly(6);
    own.set_goal(Metric::Overall, Some(70.0)).unwrap();
    // Ada is kept here already, with an older copy; Bo and Cy are not.
    let here = People::from_parts(vec![colleague(40, "Ada", 1)]).unwrap();
    let existing = Stored::new(own.clone(), here.clone());

    let backup = team_to_json(&team());
    let plan = plan_restore(&backup, &existing, today(), &mut IdSeed::new(3)).unwrap();
    // The preview: nothing for the own history, the people restored.
    assert!(plan.added.is_empty() && plan.conflicts.is_empty() && plan.goals.is_empty());
    assert_eq!(plan.people.added.len(), 2);
    assert_eq!(plan.people.differing.len(), 1);

    let history = plan
        .apply(existing.history(), ConflictChoice::TakeTheirs)
        .unwrap();
    assert_eq!(history, own);
    let people = plan
        .people
        .apply(
            existing.people(),
            ConflictChoice::TakeTheirs,
            &mut IdSeed::new(3),
        )
        .unwrap();
    assert_eq!(people.len(), 3);
    for theirs in team().iter() {
        let restored = people.find_same(theirs.name()).unwrap();
        assert_eq!(
            restored.snapshots(),
            theirs.snapshots(),
            "{}",
            theirs.name()
        );
        assert_eq!(restored.shared_on(), theirs.shared_on());
    }
    // Ada keeps the id she has here.
    assert_eq!(people.find_same("Ada").unwrap().id(), PersonId::from(40));
}

#[test]
fn the_team_backup_holds_an_empty_own_history() {
    let backup = team_to_json(&team());
    let decoded = ssi_lens::domain::envelope::decode(&backup).unwrap();
    assert_eq!(decoded.history(), &History::default());
    assert_eq!(decoded.people(), &team());
}

#[test]
fn the_team_csv_is_refused_rather_than_merged_into_the_own_history() {
    let csv = team_to_csv(&team());
    let refused = plan_import(&csv, &History::default(), today(), &mut IdSeed::new(1));
    assert_eq!(refused, Err(ImportError::TeamExport));
    assert_eq!(
        ImportError::TeamExport.to_string(),
        "This is a team export, one row per person. To restore people, import the team backup (.json) instead."
    );
    // The column is known however a spreadsheet wrote it.
    let edited = csv.replacen("person,", " Person ;", 1).replace(',', ";");
    let refused = plan_import(&edited, &History::default(), today(), &mut IdSeed::new(1));
    assert_eq!(refused, Err(ImportError::TeamExport));
}

#[test]
fn the_file_name_says_team_and_the_day() {
    assert_eq!(
        team_file_name(Lang::En, date(2026, 12, 7), "csv"),
        "ssi-lens-team-2026-12-07.csv"
    );
    assert_eq!(
        team_file_name(Lang::En, date(2026, 12, 7), "json"),
        "ssi-lens-team-2026-12-07.json"
    );
    // The word part in the user's language; the day and the extension as they are.
    assert_eq!(
        team_file_name(Lang::Fr, date(2026, 12, 7), "csv"),
        "ssi-lens-equipe-2026-12-07.csv"
    );
}
