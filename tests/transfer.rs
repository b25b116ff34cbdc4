//! Export and import: round trips, other trackers' CSV files, and bad rows.

mod support;
use chrono::NaiveDate;
use ssi_lens::domain::backup::backup_due;
use ssi_lens::domain::envelope;
use ssi_lens::domain::goals::Metric;
use ssi_lens::domain::outcomes::{IdSeed, Outcome, OutcomeId};
use ssi_lens::domain::outcomes::{OutcomeError, MAX_OUTCOMES};
use ssi_lens::domain::sample::sample_history;
use ssi_lens::domain::stored::Stored;
use ssi_lens::domain::transfer::{
    differences, file_name, first_of, neutralise, plan_import, plan_import_up_to, plan_restore,
    restore, to_csv, to_json, ConflictChoice, Difference, ImportError, ImportPlan, InvalidRow,
    Place, RowProblem, CSV_HEADER, MAX_IMPORT_ROWS, PEER_COLUMNS, PREVIEW_ROWS,
};
use ssi_lens::domain::{History, HistoryError, Pillar, PillarScores, SnapshotDraft};
use ssi_lens::i18n::Lang;
use support::{people, today};

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
    let plan = backup_plan(&h);
    let restored = plan
        .apply(&History::default(), ConflictChoice::TakeTheirs)
        .unwrap();
    assert_eq!(restored.snapshots(), h.snapshots());
    assert_eq!(restored.goals(), h.goals());
    assert_eq!(restored.outcomes(), h.outcomes());
    assert!(to_json(&Stored::from(h.clone())).contains("\"version\": 5"));
}

/// A backup keeps the results of days without a snapshot; importing it brings them, and a
/// value the user already has differently is replaced only with "take theirs".
#[test]
fn a_backup_brings_results_of_days_without_a_snapshot() {
    let mut h = history_with_notes();
    let meetings = h.outcome_named("Meetings booked").unwrap().id();
    let (d1, d2) = (
        NaiveDate::from_ymd_opt(2020, 5, 6).unwrap(),
        NaiveDate::from_ymd_opt(2020, 5, 13).unwrap(),
    );
    h.set_outcome_value(d1, meetings, Some(6.0)).unwrap();
    h.set_outcome_value(d2, meetings, Some(2.0)).unwrap();
    let text = to_json(&Stored::from(h.clone()));
    assert!(text.contains("\"result_weeks\""));
    let plan = plan_import(&text, &History::default(), today(), &mut seed()).unwrap();
    assert_eq!((plan.new_results(), plan.differing_results()), (2, 0));
    let restored = plan
        .apply(&History::default(), ConflictChoice::TakeTheirs)
        .unwrap();
    assert_eq!(restored, h);

    // The user has day 1 as 5: kept with "keep mine", replaced with "take theirs".
    let mut mine = h.clone();
    mine.set_outcome_value(d1, meetings, Some(5.0)).unwrap();
    mine.set_outcome_value(d2, meetings, None).unwrap();
    let plan = plan_import(&text, &mine, today(), &mut seed()).unwrap();
    assert_eq!((plan.new_results(), plan.differing_results()), (1, 1));
    assert!(!plan.offers_nothing() && !plan.changes_nothing(ConflictChoice::KeepMine));
    let kept = plan.apply(&mine, ConflictChoice::KeepMine).unwrap();
    assert_eq!(kept.outcome_value(d1, meetings), Some(5.0));
    assert_eq!(kept.outcome_value(d2, meetings), Some(2.0));
    let taken = plan.apply(&mine, ConflictChoice::TakeTheirs).unwrap();
    assert_eq!(taken, h);
    // The same file again adds nothing.
    let again = plan_import(&text, &h, today(), &mut seed()).unwrap();
    assert!(again.offers_nothing(), "{again:?}");
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
            "{},{},result:Meetings booked,result:Inbound leads",
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

/// A week with results and no snapshot is a row of its date and results; it reads back as one.
#[test]
fn csv_carries_results_of_weeks_without_a_snapshot() {
    let mut h = history_with_notes();
    let meetings = h.outcome_named("Meetings booked").unwrap().id();
    let first = h.snapshots()[0].date;
    let (before, between) = (first - chrono::Days::new(7), first + chrono::Days::new(1));
    h.set_outcome_value(before, meetings, Some(4.0)).unwrap();
    h.set_outcome_value(between, meetings, Some(1.0)).unwrap();
    let csv = to_csv(&h);
    let rows: Vec<csv::StringRecord> = csv::Reader::from_reader(csv.as_bytes())
        .records()
        .map(Result::unwrap)
        .collect();
    let dates: Vec<&str> = rows.iter().map(|r| &r[0]).collect();
    let (before_text, between_text) = (before.to_string(), between.to_string());
    assert_eq!(
        dates[..3],
        [&before_text, &first.to_string(), &between_text]
    );
    assert!(rows[0].iter().skip(1).take(19).all(str::is_empty), "{csv}");
    let plan = plan_import(&csv, &History::default(), today(), &mut seed()).unwrap();
    assert_eq!(plan.invalid, vec![]);
    assert_eq!((plan.added.len(), plan.new_results()), (h.len(), 2));
    let back = plan
        .apply(&History::default(), ConflictChoice::KeepMine)
        .unwrap();
    let theirs = back.outcome_named("Meetings booked").unwrap().id();
    assert_eq!(back.outcome_value(before, theirs), Some(4.0));
    assert_eq!(back.outcome_value(between, theirs), Some(1.0));
    assert_eq!(back.result_weeks().len(), 2);
}

/// A results-only row is checked as the form checks a date and the Results screen a count.
#[test]
fn csv_results_only_rows_are_checked() {
    let csv = "date,brand,people,insights,relationships,result:Calls\n\
               2026-01-05,,,,,3\n\
               2099-01-12,,,,,2\n\
               2026-01-19,,,,,-1\n\
               2026-01-05,,,,,1\n\
               2026-01-26,,,,,\n";
    let plan = plan_import(csv, &History::default(), today(), &mut seed()).unwrap();
    // A day ahead of today is kept, and the preview names it.
    assert_eq!(plan.new_results(), 2);
    let ahead = NaiveDate::from_ymd_opt(2099, 1, 12).unwrap();
    assert_eq!(plan.dated_ahead(today()), vec![ahead]);
    let reasons: Vec<(Place, String)> = plan
        .invalid
        .iter()
        .map(|row| (row.place, row.reason.to_string()))
        .collect();
    assert_eq!(reasons.len(), 3, "{reasons:?}");
    assert!(reasons[0].1.starts_with("Calls:"), "{reasons:?}");
    assert!(reasons[1].1.contains("already on line 2"), "{reasons:?}");
    // A row of a date alone is neither a snapshot nor results: the pillars are asked for.
    assert!(reasons[2].1.contains("required"), "{reasons:?}");
}

/// Files written before results had their name (`outcome:` columns) still read.
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
    // The row dated 2099 is kept (the preview warns about it), not refused.
    assert_eq!(plan.added.len(), 2);
    let lines: Vec<u64> = plan.invalid.iter().filter_map(InvalidRow::line).collect();
    assert_eq!(lines, vec![3, 4, 6, 7]);
    let reason = |line| {
        plan.invalid
            .iter()
            .find(|r: &&InvalidRow| r.line() == Some(line))
            .unwrap()
            .reason
            .to_string()
    };
    assert!(reason(3).contains("Brand must be between 0 and 25"));
    assert!(reason(4).contains("calendar date"));
    assert!(reason(6).contains("already on line 2"));
    assert!(reason(7).contains("Insights is required"));
    assert_eq!(
        plan.dated_ahead(today()),
        vec![NaiveDate::from_ymd_opt(2099, 1, 1).unwrap()]
    );
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

    let plan = plan_import(
        &to_json(&Stored::from(theirs.clone())),
        &mine,
        today(),
        &mut seed(),
    )
    .unwrap();
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
    let plan = plan_import(
        &to_json(&Stored::from(theirs.clone())),
        &mine,
        today(),
        &mut seed(),
    )
    .unwrap();
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

/// A backup made by hand: `snapshots` is raw JSON, `outcomes` names with ids 1, 2, …
fn backup(snapshots: &str, outcomes: &[&str]) -> String {
    let outcomes: Vec<String> = outcomes
        .iter()
        .enumerate()
        .map(|(i, name)| format!(r#"{{"id": {}, "name": "{name}"}}"#, i + 1))
        .collect();
    format!(
        r#"{{"version": 2, "goals": {{}}, "outcomes": [{}], "snapshots": [{snapshots}]}}"#,
        outcomes.join(",")
    )
}

fn raw_snapshot(date: &str, outcomes: &str) -> String {
    format!(
        r#"{{"date": "{date}", "overall": 4, "pillars": {{"brand": 1, "people": 1, "insights": 1, "relationships": 1}}, "outcomes": {{{outcomes}}}}}"#
    )
}

#[test]
fn a_backup_applies_the_forms_rules_snapshot_by_snapshot() {
    let snapshots = [
        raw_snapshot("2026-01-05", r#""1": 3"#),
        raw_snapshot("9999-12-31", ""),
        raw_snapshot("2026-01-12", r#""1": -5"#),
        raw_snapshot("2026-01-19", r#""1": 1e308"#),
        raw_snapshot("2026-01-05", ""),
        r#"{"date": "2026-01-26", "overall": "lots"}"#.to_string(),
        raw_snapshot("2026-02-02", "").replace(r#""brand": 1"#, r#""brand": 26"#),
    ]
    .join(",");
    let text = backup(&snapshots, &["Meetings booked"]);
    let plan = plan_import(&text, &History::default(), today(), &mut seed()).unwrap();
    // The good snapshots still import; one dated ahead of today is kept, with a warning.
    let added: Vec<String> = plan.added.iter().map(|s| s.date.to_string()).collect();
    assert_eq!(added, ["2026-01-05", "9999-12-31"]);
    assert_eq!(
        plan.dated_ahead(today()),
        vec![NaiveDate::from_ymd_opt(9999, 12, 31).unwrap()]
    );
    let places: Vec<String> = plan.invalid.iter().map(|r| r.place.to_string()).collect();
    assert_eq!(
        places,
        [
            "Snapshot 3 (2026-01-12)",
            "Snapshot 4 (2026-01-19)",
            "Snapshot 5 (2026-01-05)",
            "Snapshot 6 (2026-01-26)",
            "Snapshot 7 (2026-02-02)",
        ]
    );
    // The form's own messages.
    let value = OutcomeError::InvalidValue.to_string();
    assert_eq!(
        plan.invalid[0].reason.to_string(),
        format!("Meetings booked: {value}")
    );
    assert_eq!(
        plan.invalid[1].reason.to_string(),
        format!("Meetings booked: {value}")
    );
    assert!(plan.invalid[2]
        .reason
        .to_string()
        .contains("already snapshot 1"));
    assert!(plan.invalid[3]
        .reason
        .to_string()
        .contains("not a snapshot"));
    let mut form = SnapshotDraft::for_date(NaiveDate::from_ymd_opt(2026, 2, 2).unwrap());
    form.pillars = ["26", "1", "1", "1"].map(String::from);
    let brand = form.validate(today()).unwrap_err()[0].to_string();
    assert_eq!(plan.invalid[4].reason.to_string(), brand);

    let applied = plan
        .apply(&History::default(), ConflictChoice::TakeTheirs)
        .unwrap();
    assert_eq!(applied.len(), 2);
}

#[test]
fn nan_and_huge_outcome_values_in_a_csv_are_refused_with_the_forms_message() {
    let csv = "date,brand,people,insights,relationships,outcome:Calls\n\
               2026-01-05,1,1,1,1,NaN\n\
               2026-01-12,1,1,1,1,1e308\n\
               2026-01-19,1,1,1,1,-5\n\
               2026-01-26,1,1,1,1,4\n";
    let plan = plan_import(csv, &History::default(), today(), &mut seed()).unwrap();
    assert_eq!(plan.added.len(), 1);
    let message = format!("Calls: {}", OutcomeError::InvalidValue);
    assert_eq!(
        plan.invalid,
        [2, 3, 4]
            .map(|line| InvalidRow {
                place: Place::Line(line),
                reason: RowProblem::Refused(vec![message.clone()]),
            })
            .to_vec()
    );
}

/// Five outcomes tracked, a backup with five others: only three fit.
fn five_and_five() -> (History, ssi_lens::domain::transfer::ImportPlan) {
    let mut mine = History::default();
    let mut ids = IdSeed::new(5);
    for name in ["A", "B", "C", "D", "E"] {
        mine.add_outcome(name, &mut ids).unwrap();
    }
    let names = ["F", "G", "H", "I", "J"];
    let values = (1..=5)
        .map(|i| format!(r#""{i}": {i}"#))
        .collect::<Vec<_>>()
        .join(",");
    let text = backup(&raw_snapshot("2026-01-05", &values), &names);
    let plan = plan_import(&text, &mine, today(), &mut seed()).unwrap();
    (mine, plan)
}

#[test]
fn an_import_past_the_outcome_limit_lets_the_user_choose_and_drops_nothing_silently() {
    let (mine, mut plan) = five_and_five();
    assert_eq!(MAX_OUTCOMES, 8);
    assert_eq!(plan.outcome_room(), 3);
    assert_eq!(plan.new_outcomes.len(), 5, "every new outcome is listed");
    let id = |name: &str| {
        plan.new_outcomes
            .iter()
            .find(|o| o.name() == name)
            .unwrap()
            .id()
    };
    let (f, g, h, i, j) = (id("F"), id("G"), id("H"), id("I"), id("J"));
    // By default the first three fit; the other two are listed as left out.
    let left: Vec<&str> = plan.left_out_outcomes().map(|o| o.name()).collect();
    assert_eq!(left, ["I", "J"]);
    assert_eq!(plan.value_count(i), 1);
    // A fourth can't be chosen; swapping one for another can.
    assert_eq!(plan.include_outcome(j, true), Err(OutcomeError::TooMany));
    plan.include_outcome(g, false).unwrap();
    plan.include_outcome(j, true).unwrap();
    let brought: Vec<&str> = plan.included_outcomes().map(|o| o.name()).collect();
    assert_eq!(brought, ["F", "H", "J"]);
    let left: Vec<&str> = plan.left_out_outcomes().map(|o| o.name()).collect();
    assert_eq!(left, ["G", "I"]);

    let applied = plan.apply(&mine, ConflictChoice::KeepMine).unwrap();
    assert_eq!(applied.outcomes().len(), MAX_OUTCOMES);
    let values = &applied.snapshots()[0].outcomes;
    assert_eq!(values, &[(f, 1.0), (h, 3.0), (j, 5.0)].into());
    assert!(!values.contains_key(&g) && !values.contains_key(&i));
    let decoded = envelope::decode(&envelope::encode(&Stored::from(applied.clone()))).unwrap();
    assert_eq!(decoded.history(), &applied);
}

#[test]
fn apply_refuses_rather_than_exceed_the_outcome_limit() {
    let (mut mine, plan) = five_and_five();
    // Another tab added an outcome after the plan was made: three no longer fit.
    mine.add_outcome("Z", &mut IdSeed::new(77)).unwrap();
    let err = plan.apply(&mine, ConflictChoice::KeepMine).unwrap_err();
    assert_eq!(err, HistoryError::Outcome(OutcomeError::TooMany));
}

#[test]
fn conflicts_list_every_field_that_differs() {
    let mut mine = History::default();
    let meetings = mine.add_outcome("Meetings booked", &mut seed()).unwrap();
    let mut d = SnapshotDraft::for_date(NaiveDate::from_ymd_opt(2026, 1, 5).unwrap());
    d.pillars = ["10", "10", "10", "10"].map(String::from);
    d.note = "Called Anna".into();
    d.industry = "Software".into();
    d.industry_rank = "5".into();
    d.outcomes = [(meetings, 3.0)].into();
    let mut mine_day = d.validate(today()).unwrap();
    mine_day.industry_pillars = Some(PillarScores {
        brand: 5.0,
        people: 5.0,
        insights: 5.0,
        relationships: 5.0,
    });
    mine.add(mine_day.clone()).unwrap();
    let mut theirs = mine_day.clone();
    theirs.note = None;
    theirs.industry_rank = Some(7);
    theirs.network_avg = Some(30.0);
    theirs.outcomes.clear();
    theirs.industry_pillars.as_mut().unwrap().people = 6.0;
    let plan = ImportPlan::new(vec![theirs], vec![], &mine);
    let diffs = plan.conflicts[0].differences(&plan.outcomes_with(&mine), Lang::En);
    let shown: Vec<(&str, &str, &str)> = diffs
        .iter()
        .map(|d| (d.label.as_str(), d.mine.as_str(), d.theirs.as_str()))
        .collect();
    assert_eq!(
        shown,
        [
            ("Industry rank (Top %)", "Top 5%", "Top 7%"),
            ("Network average SSI", "—", "30"),
            ("Note", "Called Anna", "—"),
            ("Industry peers: People", "5", "6"),
            ("Meetings booked", "3", "—"),
        ]
    );
}

#[test]
fn formula_like_text_is_neutralised_on_export_and_restored_on_import() {
    let notes = [
        "=HYPERLINK(\"x\")",
        "+cmd",
        "@SUM(1)",
        "-2+3",
        "'=already quoted",
        "'plain quote",
    ];
    let mut h = History::default();
    for (i, note) in notes.iter().enumerate() {
        let mut d = SnapshotDraft::for_date(today() - chrono::Days::new(i as u64));
        d.pillars = ["1", "1", "1", "1"].map(String::from);
        d.note = note.to_string();
        d.industry = format!("={note}");
        h.add(d.validate(today()).unwrap()).unwrap();
    }
    let csv = to_csv(&h);
    let mut reader = csv::Reader::from_reader(csv.as_bytes());
    for record in reader.records() {
        for cell in record.unwrap().iter() {
            assert!(
                !cell.starts_with(['=', '+', '-', '@', '\t', '\r']),
                "{cell:?} would run as a formula"
            );
        }
    }
    assert_eq!(imported_cleanly(&csv).snapshots(), h.snapshots());
    assert_eq!(restore("'plain quote"), "'plain quote");
    assert_eq!(neutralise("5 meetings"), "5 meetings");
}

#[test]
fn an_unterminated_quote_is_refused_with_its_line() {
    let csv = "date,brand,people,insights,relationships,note\n\
               2026-01-05,1,1,1,1,fine\n\
               2026-01-12,1,1,1,1,\"never closed\n\
               2026-01-19,1,1,1,1,lost\n\
               2026-01-26,1,1,1,1,lost too\n";
    let err = plan_import(csv, &History::default(), today(), &mut seed()).unwrap_err();
    assert_eq!(err, ImportError::UnterminatedQuote { line: 3 });
    assert!(err.to_string().contains("line 3"));
    // A quote that runs to the end of the file, even without a dated row after it.
    let csv = "date,brand,people,insights,relationships,note\n\
               2026-01-05,1,1,1,1,\"open\nmore text";
    assert_eq!(
        plan_import(csv, &History::default(), today(), &mut seed()),
        Err(ImportError::UnterminatedQuote { line: 2 })
    );
    // Quoted notes with new lines, quotes and delimiters are fine.
    let csv = "date,brand,people,insights,relationships,note\n\
               2026-01-05,1,1,1,1,\"two\nlines, \"\"quoted\"\"\"\n\
               2026-01-12,1,1,1,1,5\" screen\n";
    let plan = plan_import(csv, &History::default(), today(), &mut seed()).unwrap();
    assert_eq!(plan.added.len(), 2, "{:?}", plan.invalid);
    assert_eq!(
        plan.added[0].note.as_deref(),
        Some("two\nlines, \"quoted\"")
    );
}

fn rows(n: usize, valid: bool) -> String {
    let mut csv = String::from("date,overall,brand,people,insights,relationships\n");
    let mut day = today();
    for _ in 0..n {
        let brand = if valid { "12.5" } else { "30" };
        csv.push_str(&format!("{day},40,{brand},10,8,9.5\n"));
        day = day.pred_opt().unwrap();
    }
    csv
}

#[test]
fn a_hundred_thousand_rows_are_planned_correctly() {
    let csv = rows(100_000, true);
    let start = std::time::Instant::now();
    let plan = plan_import_up_to(&csv, &History::default(), today(), &mut seed(), 100_000).unwrap();
    println!("planned 100,000 valid rows in {:?}", start.elapsed());
    assert_eq!(plan.added.len(), 100_000);
    assert!(plan.invalid.is_empty());
    assert_eq!(plan.added[99_999].pillars.get(Pillar::Brand), 12.5);
    let start = std::time::Instant::now();
    let applied = plan
        .apply(&History::default(), ConflictChoice::KeepMine)
        .unwrap();
    println!("applied them in {:?}", start.elapsed());
    assert_eq!(applied.len(), 100_000);
}

#[test]
fn more_rows_than_storage_holds_are_refused_early() {
    let csv = rows(MAX_IMPORT_ROWS + 5, true);
    let start = std::time::Instant::now();
    let err = plan_import(&csv, &History::default(), today(), &mut seed()).unwrap_err();
    println!(
        "refused {} rows in {:?}",
        MAX_IMPORT_ROWS + 5,
        start.elapsed()
    );
    assert_eq!(
        err,
        ImportError::TooManyRows {
            limit: MAX_IMPORT_ROWS,
            line: Some(MAX_IMPORT_ROWS as u64 + 2)
        }
    );
    assert!(err.to_string().contains("more than 20000 snapshots"));
    let json = backup(
        &vec![raw_snapshot("2026-01-05", ""); MAX_IMPORT_ROWS + 1].join(","),
        &[],
    );
    assert!(matches!(
        plan_import(&json, &History::default(), today(), &mut seed()),
        Err(ImportError::TooManyRows { line: None, .. })
    ));
}

#[test]
fn a_hundred_thousand_invalid_rows_keep_their_count_but_preview_twenty() {
    let csv = rows(100_000, false);
    let start = std::time::Instant::now();
    let plan = plan_import(&csv, &History::default(), today(), &mut seed()).unwrap();
    println!("planned 100,000 invalid rows in {:?}", start.elapsed());
    assert_eq!(plan.invalid.len(), 100_000);
    let shown = plan.invalid_shown();
    assert_eq!(shown.first.len(), PREVIEW_ROWS);
    assert_eq!(shown.more, 100_000 - PREVIEW_ROWS);
    assert_eq!(shown.first[0].line(), Some(2));
    let few = first_of(&[1, 2, 3], 20);
    assert_eq!((few.first, few.more), (&[1, 2, 3][..], 0));
}

#[test]
fn a_file_that_adds_nothing_offers_nothing() {
    let h = history_with_notes();
    let plan = plan_import(&to_json(&Stored::from(h.clone())), &h, today(), &mut seed()).unwrap();
    assert!(plan.offers_nothing(), "{plan:?}");
    assert!(plan.changes_nothing(ConflictChoice::TakeTheirs));
    let plan = plan_import(&to_csv(&h), &h, today(), &mut seed()).unwrap();
    assert!(plan.conflicts.iter().all(|c| c.mine.sample));
    let (_, plan) = five_and_five();
    assert!(!plan.offers_nothing());
}

#[test]
fn differences_name_unknown_outcomes_by_id_and_same_days_have_none() {
    let mut d = SnapshotDraft::for_date(NaiveDate::from_ymd_opt(2026, 1, 5).unwrap());
    d.pillars = ["1", "1", "1", "1"].map(String::from);
    let mine = d.validate(today()).unwrap();
    assert!(differences(&mine, &mine, &[], Lang::En).is_empty());
    let mut theirs = mine.clone();
    theirs.outcomes.insert(id(42), 2.5);
    assert_eq!(
        differences(&mine, &theirs, &[], Lang::En),
        vec![Difference {
            label: "Result 42".into(),
            mine: "—".into(),
            theirs: "2.5".into(),
        }]
    );
}

/// The plan of restoring `h`'s full backup into an empty history.
fn backup_plan(h: &History) -> ImportPlan {
    plan_import(
        &to_json(&Stored::from(h.clone())),
        &History::default(),
        today(),
        &mut seed(),
    )
    .unwrap()
}

/// `text` imported into an empty history, every row read.
fn imported_cleanly(text: &str) -> History {
    let plan = plan_import(text, &History::default(), today(), &mut seed()).unwrap();
    assert_eq!(plan.invalid, vec![]);
    plan.apply(&History::default(), ConflictChoice::KeepMine)
        .unwrap()
}

fn person(id: u32, name: &str, days_back: &[i64]) -> ssi_lens::domain::people::Person {
    let latest = sample_history(today()).latest().unwrap().clone();
    let snapshots = days_back
        .iter()
        .map(|&d| ssi_lens::domain::Snapshot {
            date: today() - chrono::Duration::days(d),
            ..latest.clone()
        })
        .collect();
    ssi_lens::domain::people::Person::from_parts(id.into(), name, today(), snapshots).unwrap()
}

/// The full backup keeps everything stored: the user's own history and the people saved from
/// share links, restored apart from each other (someone else's snapshots never enter the
/// user's history).
#[test]
fn the_full_backup_holds_and_restores_the_people() {
    let h = history_with_notes();
    let stored = Stored::new(h.clone(), people(vec![person(7, "Ada", &[0, 7])]));
    let text = to_json(&stored);
    assert!(text.contains("\"Ada\""));
    let plan = plan_restore(&text, &Stored::default(), today(), &mut seed()).unwrap();
    assert_eq!(plan.people.added.len(), 1);
    assert!(!plan.changes_nothing(ConflictChoice::KeepMine));
    let restored = plan
        .apply(&History::default(), ConflictChoice::KeepMine)
        .unwrap();
    assert_eq!(
        restored.snapshots(),
        h.snapshots(),
        "only the user's own days"
    );
    let restored_people = plan
        .people
        .apply(&Default::default(), ConflictChoice::KeepMine, &mut seed())
        .unwrap();
    assert_eq!(restored_people.len(), 1);
    let ada = restored_people.find_same("ada").unwrap();
    assert_eq!(
        ada.snapshots(),
        stored.people().find_same("Ada").unwrap().snapshots()
    );
}

#[test]
fn restoring_people_previews_new_differing_and_same() {
    let here = people(vec![person(1, "Ada", &[0]), person(2, "Bo", &[0, 7])]);
    let backup = Stored::new(
        History::default(),
        people(vec![
            person(9, "ada", &[0, 7]), // differs (another browser's id, same name)
            person(8, "Bo", &[0, 7]),  // the same copy
            person(3, "Cy", &[14]),    // new
        ]),
    );
    let existing = Stored::new(History::default(), here.clone());
    let plan = plan_restore(&to_json(&backup), &existing, today(), &mut seed()).unwrap();
    assert_eq!(plan.people.added.len(), 1);
    assert_eq!(plan.people.same, 1);
    assert_eq!(plan.people.differing.len(), 1);
    assert_eq!(plan.people.differing[0].update.added.len(), 1);
    // Keep mine: only the new person is added; Ada keeps her copy and her id.
    let kept = plan
        .people
        .apply(&here, ConflictChoice::KeepMine, &mut seed())
        .unwrap();
    assert_eq!(kept.len(), 3);
    assert_eq!(kept.find_same("Ada").unwrap().snapshots().len(), 1);
    // Take theirs: Ada's copy is the backup's, under the name and id she has here.
    let taken = plan
        .people
        .apply(&here, ConflictChoice::TakeTheirs, &mut seed())
        .unwrap();
    let ada = taken.find_same("Ada").unwrap();
    assert_eq!((ada.name(), ada.snapshots().len()), ("Ada", 2));
    assert_eq!(ada.id(), here.find_same("Ada").unwrap().id());
}

#[test]
fn people_past_the_limit_are_listed_not_restored() {
    use ssi_lens::domain::people::MAX_PEOPLE;
    let here = people(
        (1..MAX_PEOPLE as u32)
            .map(|i| person(i, &format!("P{i}"), &[0]))
            .collect(),
    );
    let backup = Stored::new(
        History::default(),
        people(vec![person(100, "New 1", &[0]), person(101, "New 2", &[0])]),
    );
    let existing = Stored::new(History::default(), here.clone());
    let plan = plan_restore(&to_json(&backup), &existing, today(), &mut seed()).unwrap();
    assert_eq!(plan.people.added.len(), 1);
    assert_eq!(plan.people.no_room, vec!["New 2".to_string()]);
    let restored = plan
        .people
        .apply(&here, ConflictChoice::KeepMine, &mut seed())
        .unwrap();
    assert_eq!(restored.len(), MAX_PEOPLE);
}

#[test]
fn a_damaged_people_list_is_named_and_the_users_own_history_still_restores() {
    let h = history_with_notes();
    let stored = Stored::new(h.clone(), people(vec![person(7, "Ada", &[0])]));
    let damaged = to_json(&stored).replace("\"Ada\"", "5");
    assert!(envelope::decode(&damaged).is_err());
    let plan = plan_restore(&damaged, &Stored::default(), today(), &mut seed()).unwrap();
    assert!(plan.people.unreadable.is_some());
    assert!(plan.people.added.is_empty());
    let restored = plan
        .apply(&History::default(), ConflictChoice::TakeTheirs)
        .unwrap();
    assert_eq!(restored.snapshots(), h.snapshots());
}

/// After the clock went back, a backup made before holds days "after today": restoring it keeps
/// every one of them (snapshots and results of days without one), and the plan names them so
/// the preview can warn.
#[test]
fn a_backup_dated_ahead_of_today_is_restored_whole_with_a_warning() {
    let mut h = History::default();
    let id = h.add_outcome("Calls", &mut seed()).unwrap();
    let ahead = NaiveDate::from_ymd_opt(2027, 2, 1).unwrap();
    let far = NaiveDate::from_ymd_opt(9999, 12, 31).unwrap();
    let mut draft = SnapshotDraft::for_date(ahead);
    draft.pillars = ["1", "1", "1", "1"].map(String::from);
    h.add(draft.validate_kept().unwrap()).unwrap();
    h.set_outcome_value(far, id, Some(2.0)).unwrap();
    h.set_outcome_value(today(), id, Some(1.0)).unwrap();
    let plan = backup_plan(&h);
    assert_eq!(plan.invalid, vec![]);
    assert_eq!(plan.dated_ahead(today()), vec![ahead, far]);
    let back = plan
        .apply(&History::default(), ConflictChoice::TakeTheirs)
        .unwrap();
    assert_eq!(back.snapshots(), h.snapshots());
    assert_eq!(back.result_weeks().len(), 2);
    // Tomorrow is within the slack: no warning.
    let tomorrow = today() + chrono::Days::new(1);
    assert!(!ssi_lens::domain::snapshot::is_ahead(tomorrow, today()));
}

/// "Move into my own history…" plans the link's snapshots like any import: a link dated 2090
/// is named as ahead of today in the preview.
#[test]
fn snapshots_moved_from_a_link_dated_ahead_are_named_in_the_plan() {
    let far = NaiveDate::from_ymd_opt(2090, 6, 1).unwrap();
    let link = vec![
        ssi_lens::domain::Snapshot::new(today(), PillarScores::default()),
        ssi_lens::domain::Snapshot::new(far, PillarScores::default()),
    ];
    let plan = ImportPlan::new(link, Vec::new(), &History::default());
    assert_eq!(plan.dated_ahead(today()), vec![far]);
}

/// A backup's results of days without a snapshot count toward the file's row limit, as a CSV
/// file's results-only rows do, and the history's own limit refuses more days than it keeps.
#[test]
fn a_backups_results_without_snapshots_are_limited() {
    let days = |n: usize| -> String {
        let start = NaiveDate::from_ymd_opt(1990, 1, 1).unwrap();
        (0..n)
            .map(|i| format!(r#""{}": {{"1": 1}}"#, start + chrono::Days::new(i as u64)))
            .collect::<Vec<_>>()
            .join(",")
    };
    let backup = |n: usize| {
        format!(
            r#"{{"version": 4, "goals": {{}}, "outcomes": [{{"id": 1, "name": "Calls"}}], "snapshots": [{}], "result_weeks": {{{}}}, "people": []}}"#,
            raw_snapshot("2026-01-05", ""),
            days(n)
        )
    };
    let err =
        plan_import_up_to(&backup(10), &History::default(), today(), &mut seed(), 10).unwrap_err();
    assert!(
        matches!(err, ImportError::TooManyRows { limit: 10, .. }),
        "{err:?}"
    );
    assert!(plan_import_up_to(&backup(9), &History::default(), today(), &mut seed(), 10).is_ok());
    let too_many = ssi_lens::domain::history::MAX_RESULT_DAYS + 1;
    let err =
        plan_import(&backup(too_many), &History::default(), today(), &mut seed()).unwrap_err();
    assert!(
        err.to_string()
            .starts_with("The file breaks a rule: Results are recorded for more than 20,000 days"),
        "{err}"
    );
}

/// A file's problems are told of the file, never of "the saved data" (this browser's own), and
/// a JSON list is told it is not a backup rather than that a CSV file lacks a date column.
#[test]
fn json_import_errors_speak_of_the_file() {
    let read = |text: &str| {
        plan_import(text, &History::default(), today(), &mut seed())
            .unwrap_err()
            .to_string()
    };
    for text in [
        "{ not json",
        r#"{"snapshots": []}"#,
        r#"{"version": 99, "snapshots": []}"#,
        r#"{"version": 4, "snapshots": [], "goals": {"overall": 500}, "outcomes": [], "result_weeks": {}, "people": []}"#,
        r#"[{"date": "2026-01-05"}]"#,
    ] {
        let message = read(text);
        assert!(message.starts_with("The file "), "{text}: {message}");
        assert!(!message.contains("saved data"), "{text}: {message}");
        assert!(!message.contains("CSV"), "{text}: {message}");
    }
    assert!(read("[1, 2]").contains("not an SSI Lens backup"));
}

/// A CSV file saved in Windows' Western code page (Excel's "CSV") is read as such, and says so,
/// instead of turning "café" into "caf�" in silence; UTF-8 is read as it is.
#[test]
fn a_file_that_is_not_utf8_is_read_as_windows_1252_and_says_so() {
    use ssi_lens::domain::transfer::{decode_file, Encoding};
    let latin1 =
        b"date,brand,people,insights,relationships,note\n2026-01-05,1,1,1,1,caf\xe9 \x80 \x96 ok\n";
    let file = decode_file(latin1);
    assert_eq!(file.encoding, Encoding::Windows1252);
    assert!(file
        .encoding
        .notice(ssi_lens::i18n::Lang::En)
        .unwrap()
        .contains("Windows-1252"));
    let plan = plan_import(&file.text, &History::default(), today(), &mut seed()).unwrap();
    assert_eq!(plan.added[0].note.as_deref(), Some("café € – ok"));
    let utf8 = decode_file("note\ncafé".as_bytes());
    assert_eq!(
        (utf8.text.as_str(), utf8.encoding),
        ("note\ncafé", Encoding::Utf8)
    );
    assert_eq!(utf8.encoding.notice(ssi_lens::i18n::Lang::En), None);
}

/// A note that really starts with `'=` keeps its quote when the export went through a
/// spreadsheet: opening and saving it took one quote off every marked cell, which the import
/// sees (a formula-like cell stands unmarked) and so takes the cells as they are.
#[test]
fn a_note_starting_with_a_quote_keeps_it_after_a_spreadsheet_saved_the_export() {
    let mut h = History::default();
    for (i, note) in ["'=really quoted", "=SUM(1)", "plain"].iter().enumerate() {
        let mut d = SnapshotDraft::for_date(today() - chrono::Days::new(i as u64));
        d.pillars = ["1", "1", "1", "1"].map(String::from);
        d.note = note.to_string();
        h.add(d.validate(today()).unwrap()).unwrap();
    }
    // What a spreadsheet writes back: each cell's text, its leading quote read as a mark.
    let mut resaved = String::new();
    for line in to_csv(&h).lines() {
        let cells: Vec<&str> = line
            .split(',')
            .map(|c| c.strip_prefix('\'').unwrap_or(c))
            .collect();
        resaved.push_str(&cells.join(","));
        resaved.push('\n');
    }
    assert!(
        resaved.contains(",'=really quoted") && resaved.contains(",=SUM(1)"),
        "{resaved}"
    );
    assert_eq!(imported_cleanly(&resaved).snapshots(), h.snapshots());
}

#[test]
fn people_that_no_longer_fit_when_applied_are_left_out_not_the_whole_import() {
    use ssi_lens::domain::people::MAX_PEOPLE;
    let backup = Stored::new(History::default(), people(vec![person(100, "New", &[0])]));
    let plan = plan_restore(&to_json(&backup), &Stored::default(), today(), &mut seed()).unwrap();
    assert_eq!(plan.people.added.len(), 1);
    // Another tab filled the list between the preview and the click.
    let full = people(
        (1..=MAX_PEOPLE as u32)
            .map(|i| person(i, &format!("P{i}"), &[0]))
            .collect(),
    );
    let applied = plan
        .people
        .apply(&full, ConflictChoice::KeepMine, &mut seed())
        .unwrap();
    assert_eq!(applied, full);
}

#[test]
fn a_day_that_differs_only_in_being_sample_data_is_unchanged_not_a_conflict() {
    let mine = ssi_lens::domain::sample::sample_history(support::today());
    // The sample, exported as CSV and read back: the same figures, no longer marked as sample.
    let read_back: Vec<_> = mine
        .snapshots()
        .iter()
        .cloned()
        .map(|mut s| {
            s.sample = false;
            s
        })
        .collect();
    let plan = ImportPlan::new(read_back, vec![], &mine);
    assert!(
        plan.conflicts.is_empty(),
        "{} conflicts",
        plan.conflicts.len()
    );
    assert_eq!(plan.unchanged, mine.len());
}

#[test]
fn files_keep_a_point_whatever_the_language_and_read_back_there() {
    use ssi_lens::domain::number::{use_decimal_mark, DecimalMark};
    let mut snapshot = support::snapshot(support::date(2026, 11, 25), [12.25, 8.0, 3.745, 14.0]);
    snapshot.industry_avg = Some(25.5);
    snapshot.industry_pillars = Some(support::scores([8.23, 7.5, 5.125, 6.0]));
    let h = History::from_snapshots(vec![snapshot]).unwrap();
    use_decimal_mark(DecimalMark::Comma);
    let csv = to_csv(&h);
    // The file reads back in a German browser, where "3.745" typed would be refused.
    let plan = plan_import(&csv, &History::default(), today(), &mut seed());
    use_decimal_mark(DecimalMark::Point);
    let row = csv.lines().nth(1).unwrap();
    assert!(row.starts_with("2026-11-25,38,12.25,8,3.745,14,"), "{row}");
    assert!(
        row.contains(",25.5,") && row.contains("8.23,7.5,5.125,6"),
        "{row}"
    );
    assert!(!row.contains("12,25"), "{row}");
    let plan = plan.unwrap();
    assert_eq!(plan.added[0].pillars.insights, 3.745);
    assert!(plan.invalid.is_empty());
}

/// A backup carries goal dates: a goal the user lacks comes with its date; one that differs
/// only by its date is a conflict, taken whole with "take theirs"; a past date restores (it
/// was ahead when set) and a date without its goal is refused as a load refuses it.
#[test]
fn a_backups_goal_dates_come_with_their_goals() {
    let by = NaiveDate::from_ymd_opt(2027, 3, 31).unwrap();
    let past = NaiveDate::from_ymd_opt(2026, 1, 1).unwrap();
    let mut theirs = history_with_notes();
    theirs.set_goal_date(Metric::Overall, Some(by)).unwrap();
    theirs.set_goal_date(Metric::Insights, Some(past)).unwrap();
    let text = to_json(&Stored::from(theirs.clone()));
    let restored = backup_plan(&theirs)
        .apply(&History::default(), ConflictChoice::TakeTheirs)
        .unwrap();
    assert_eq!(restored.goal_dates(), theirs.goal_dates());
    // Mine: the same overall target, without a date.
    let mut mine = History::default();
    mine.set_goal(Metric::Overall, Some(70.0)).unwrap();
    let plan = plan_import(&text, &mine, today(), &mut seed()).unwrap();
    assert_eq!(plan.goal_conflicts.len(), 1);
    assert_eq!(
        (
            plan.goal_conflicts[0].mine_by,
            plan.goal_conflicts[0].theirs_by
        ),
        (None, Some(by))
    );
    assert_eq!(plan.goal_dates.get(&Metric::Insights), Some(&past));
    let kept = plan.apply(&mine, ConflictChoice::KeepMine).unwrap();
    assert_eq!(kept.goal_date(Metric::Overall), None);
    assert_eq!(kept.goal_date(Metric::Insights), Some(past));
    let taken = plan.apply(&mine, ConflictChoice::TakeTheirs).unwrap();
    assert_eq!(taken.goal_date(Metric::Overall), Some(by));
    // Their goal without a date replaces mine with one, date and all.
    let mut dated = mine.clone();
    dated.set_goal_date(Metric::Overall, Some(by)).unwrap();
    let plain = to_json(&Stored::from(history_with_notes()));
    let plan = plan_import(&plain, &dated, today(), &mut seed()).unwrap();
    let taken = plan.apply(&dated, ConflictChoice::TakeTheirs).unwrap();
    assert_eq!(taken.goal_date(Metric::Overall), None);
    // What a load refuses, the import refuses, with the reason.
    let orphan = text.replace("\"insights\": \"2026-01-01\"", "\"brand\": \"2026-01-01\"");
    assert_ne!(orphan, text);
    let refused = plan_import(&orphan, &mine, today(), &mut seed()).unwrap_err();
    assert!(
        refused.to_string().contains("has a date but no target"),
        "{refused}"
    );
}
