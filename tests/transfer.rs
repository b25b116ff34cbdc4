//! Export and import: round trips, other trackers' CSV files, and bad rows.

use chrono::NaiveDate;
use ssi_lens::domain::backup::backup_due;
use ssi_lens::domain::goals::Metric;
use ssi_lens::domain::outcomes::{IdSeed, Outcome, OutcomeId};
use ssi_lens::domain::sample::sample_history;
use ssi_lens::domain::transfer::{
    file_name, plan_import, to_csv, to_json, ConflictChoice, ImportError, InvalidRow, CSV_HEADER,
    PEER_COLUMNS,
};
use ssi_lens::domain::{History, Pillar, PillarScores, SnapshotDraft};

fn today() -> NaiveDate {
    NaiveDate::from_ymd_opt(2026, 11, 25).unwrap()
}

fn seed() -> IdSeed {
    IdSeed::new(1)
}

fn id(n: u32) -> OutcomeId {
    OutcomeId::from(n)
}

fn history_with_notes() -> History {
    let mut h = sample_history(today());
    let mut ids = IdSeed::new(1);
    let meetings = h.add_outcome("Meetings booked", &mut ids).unwrap();
    let leads = h.add_outcome("Inbound leads", &mut ids).unwrap();
    let mut d = SnapshotDraft::for_date(NaiveDate::from_ymd_opt(2020, 5, 4).unwrap());
    d.pillars = ["12.275", "6", "3,1", "1.948"].map(String::from);
    d.note = "Comma, \"quotes\" and\nnew line; semicolon".into();
    d.industry = "Software Development".into();
    d.industry_rank = "65".into();
    d.outcomes = [(meetings, 3.0), (leads, 0.0)].into();
    h.add(d.validate(today()).unwrap()).unwrap();
    h.set_goal(Metric::Overall, Some(70.0)).unwrap();
    h.set_goal(Metric::Insights, Some(12.5)).unwrap();
    h
}

#[test]
fn json_export_round_trips_exactly() {
    let h = history_with_notes();
    let plan = plan_import(&to_json(&h), &History::default(), today(), &mut seed()).unwrap();
    let restored = plan
        .apply(&History::default(), ConflictChoice::TakeTheirs)
        .unwrap();
    assert_eq!(restored.snapshots(), h.snapshots());
    assert_eq!(restored.goals(), h.goals());
    assert_eq!(restored.outcomes(), h.outcomes());
    assert!(to_json(&h).contains("\"version\": 2"));
}

#[test]
fn csv_export_has_the_header_and_round_trips_every_field() {
    let mut h = history_with_notes();
    let mut peers = h.latest().unwrap().clone();
    peers.industry_pillars = Some(PillarScores {
        brand: 10.5,
        people: 9.0,
        insights: 8.25,
        relationships: 7.0,
    });
    peers.network_pillars = Some(PillarScores {
        brand: 1.0,
        people: 2.0,
        insights: 3.0,
        relationships: 4.0,
    });
    h.replace(peers).unwrap();
    let csv = to_csv(&h);
    assert_eq!(
        csv.lines().next().unwrap(),
        format!(
            "{},{},outcome:Meetings booked,outcome:Inbound leads",
            CSV_HEADER.join(","),
            PEER_COLUMNS.join(",")
        )
    );
    assert_eq!(
        CSV_HEADER.join(","),
        "date,overall,brand,people,insights,relationships,industry_rank,network_rank,industry_avg,network_avg,industry,note"
    );
    let plan = plan_import(&csv, &History::default(), today(), &mut seed()).unwrap();
    assert!(plan.invalid.is_empty(), "{:?}", plan.invalid);
    assert_eq!(plan.added.len(), h.len());
    let names: Vec<&str> = plan.new_outcomes.iter().map(|o| o.name()).collect();
    assert_eq!(names, ["Meetings booked", "Inbound leads"]);
    let back = plan
        .apply(&History::default(), ConflictChoice::KeepMine)
        .unwrap();
    let their_id = |name: &str| back.outcome_named(name).unwrap().id();
    for (back, original) in back.snapshots().iter().zip(h.snapshots()) {
        // CSV has no sample flag; outcome values come back under the new install's ids.
        let mut expected = original.clone();
        expected.sample = false;
        expected.outcomes = original
            .outcomes
            .iter()
            .map(|(id, v)| (their_id(h.outcome(*id).unwrap().name()), *v))
            .collect();
        assert_eq!(back, &expected);
    }
    assert!(back.snapshots().iter().any(|s| s.network_pillars.is_some()));
}

#[test]
fn csv_outcome_columns_match_existing_outcomes_by_name() {
    let mut mine = History::default();
    let meetings = mine.add_outcome("Meetings booked", &mut seed()).unwrap();
    let csv = "date,brand,people,insights,relationships,Outcome: meetings BOOKED,outcome:Calls\n\
               2026-01-05,1,1,1,1,3,\n\
               2026-01-12,1,1,1,1,,2\n";
    let plan = plan_import(csv, &mine, today(), &mut seed()).unwrap();
    assert_eq!(plan.invalid, vec![]);
    assert_eq!(plan.new_outcomes.len(), 1);
    let calls = plan.new_outcomes[0].id();
    assert_eq!(plan.new_outcomes[0].name(), "Calls");
    assert_eq!(plan.added[0].outcomes, [(meetings, 3.0)].into());
    assert_eq!(plan.added[1].outcomes, [(calls, 2.0)].into());
}

#[test]
fn file_names_carry_the_date() {
    assert_eq!(file_name(today(), "csv"), "ssi-lens-2026-11-25.csv");
}

#[test]
fn other_trackers_headers_and_semicolons_are_understood() {
    let csv = "Date;SSI;Brand;Right People;Engagement;Relationships;Industry_Rank;Network_Rank;Industry_Avg;Network_Avg\n\
               2026-01-05;33;12,05;4,76;1;15;37;41;29;36\n\
               2026-01-12;34;12,5;4,76;1,2;15;36;40;29;36\n";
    let plan = plan_import(csv, &History::default(), today(), &mut seed()).unwrap();
    assert_eq!(plan.invalid, vec![]);
    assert_eq!(plan.added.len(), 2);
    let s = &plan.added[1];
    assert_eq!(s.pillars.get(Pillar::Brand), 12.5);
    assert_eq!(s.pillars.get(Pillar::Insights), 1.2);
    assert_eq!(
        (s.industry_rank, s.network_rank, s.industry_avg),
        (Some(37 - 1), Some(40), Some(29.0))
    );
}

#[test]
fn invalid_rows_are_reported_with_line_numbers_and_reasons() {
    let csv = "date,overall,brand,people,insights,relationships\n\
               2026-01-05,33,12,4,1,15\n\
               2026-01-12,,30,4,1,15\n\
               not-a-date,,1,1,1,1\n\
               \n\
               2026-01-05,,1,1,1,1\n\
               2026-01-19,,1,1\n\
               2099-01-01,,1,1,1,1\n";
    let plan = plan_import(csv, &History::default(), today(), &mut seed()).unwrap();
    assert_eq!(plan.added.len(), 1);
    let lines: Vec<u64> = plan.invalid.iter().filter_map(InvalidRow::line).collect();
    assert_eq!(lines, vec![3, 4, 6, 7, 8]);
    let reason = |line| {
        &plan
            .invalid
            .iter()
            .find(|r: &&InvalidRow| r.line() == Some(line))
            .unwrap()
            .reason
    };
    assert!(reason(3).contains("Establish your professional brand must be between 0 and 25"));
    assert!(reason(4).contains("calendar date"));
    assert!(reason(6).contains("already on line 2"));
    assert!(reason(7).contains("Engage with insights is required"));
    assert!(reason(8).contains("future"));
}

#[test]
fn missing_required_columns_are_named() {
    let err = plan_import(
        "date,ssi,brand,people,insights\n2026-01-01,1,1,1,1\n",
        &History::default(),
        today(),
        &mut seed(),
    )
    .unwrap_err();
    assert_eq!(err, ImportError::MissingColumns("relationships".into()));
    assert!(err.to_string().contains("no relationships column"));
}

#[test]
fn conflicts_are_listed_and_resolved_by_the_users_choice() {
    let mine = history_with_notes();
    let mut theirs = mine.clone();
    let latest = theirs.latest().unwrap().clone();
    let mut changed = latest.clone();
    changed.pillars.brand = 1.0;
    theirs.replace(changed.clone()).unwrap();
    let mut extra = SnapshotDraft::for_date(NaiveDate::from_ymd_opt(2019, 1, 1).unwrap());
    extra.pillars = ["1", "1", "1", "1"].map(String::from);
    theirs.add(extra.validate(today()).unwrap()).unwrap();

    let plan = plan_import(&to_json(&theirs), &mine, today(), &mut seed()).unwrap();
    assert_eq!(plan.added.len(), 1);
    assert_eq!(plan.conflicts.len(), 1);
    assert_eq!(plan.conflicts[0].mine, latest);
    assert_eq!(plan.conflicts[0].theirs, changed);
    assert_eq!(plan.unchanged, mine.len() - 1);

    let keep = plan.apply(&mine, ConflictChoice::KeepMine).unwrap();
    assert_eq!(keep.len(), mine.len() + 1);
    assert_eq!(keep.latest(), Some(&latest));
    let take = plan.apply(&mine, ConflictChoice::TakeTheirs).unwrap();
    assert_eq!(take, theirs);
}

#[test]
fn bad_files_get_clear_errors() {
    assert_eq!(
        plan_import("", &History::default(), today(), &mut seed()),
        Err(ImportError::Empty)
    );
    assert_eq!(
        plan_import("\u{feff}  \n", &History::default(), today(), &mut seed()),
        Err(ImportError::Empty)
    );
    let big = "x".repeat(5_000_001);
    assert_eq!(
        plan_import(&big, &History::default(), today(), &mut seed()),
        Err(ImportError::TooLarge(5_000_001))
    );
    assert!(matches!(
        plan_import("{not json", &History::default(), today(), &mut seed()),
        Err(ImportError::Json(_))
    ));
    assert!(matches!(
        plan_import("hello\nworld", &History::default(), today(), &mut seed()),
        Err(ImportError::MissingColumns(_))
    ));
}

#[test]
fn a_backup_reminder_comes_after_three_real_snapshots_and_30_quiet_days() {
    let days = |n| today() - chrono::Days::new(n);
    let sample = sample_history(today());
    assert!(
        !backup_due(&sample, None, None, today()),
        "sample data needs no backup"
    );
    let mut real = History::default();
    for n in 0..3 {
        let mut d = SnapshotDraft::for_date(days(n * 7));
        d.pillars = ["1", "1", "1", "1"].map(String::from);
        real.add(d.validate(today()).unwrap()).unwrap();
        assert_eq!(backup_due(&real, None, None, today()), n == 2);
    }
    assert!(!backup_due(&real, Some(days(29)), None, today()));
    assert!(backup_due(&real, Some(days(30)), None, today()));
    assert!(!backup_due(&real, Some(days(90)), Some(days(1)), today()));
}

#[test]
fn outcomes_from_another_install_are_matched_by_name() {
    let theirs = history_with_notes();
    let mut mine = History::default();
    let leads = mine
        .add_outcome("inbound leads", &mut IdSeed::new(99))
        .unwrap();
    mine.set_goal(Metric::Overall, Some(50.0)).unwrap();
    let plan = plan_import(&to_json(&theirs), &mine, today(), &mut seed()).unwrap();
    let meetings = plan.new_outcomes[0].id();
    assert_eq!(
        plan.new_outcomes,
        vec![Outcome::new(meetings, "Meetings booked").unwrap()]
    );
    assert_ne!(meetings, leads);
    let mine = plan.apply(&mine, ConflictChoice::KeepMine).unwrap();
    let with_outcomes = mine
        .snapshots()
        .iter()
        .find(|s| !s.outcomes.is_empty())
        .unwrap();
    assert_eq!(
        with_outcomes.outcomes,
        [(leads, 0.0), (meetings, 3.0)].into()
    );
    assert_eq!(
        mine.goals().get(&Metric::Overall),
        Some(&50.0),
        "keep mine keeps my goal"
    );
    assert_eq!(
        mine.goals().get(&Metric::Insights),
        Some(&12.5),
        "a goal I did not have is added"
    );
}
