//! The stored envelope: encode/decode, including data that must not be silently discarded.

mod support;
use chrono::NaiveDate;
use ssi_lens::domain::envelope::{decode, decode_versioned, encode, EnvelopeError, SCHEMA_VERSION};
use ssi_lens::domain::outcomes::{OutcomeError, OutcomeId};
use ssi_lens::domain::sample::sample_history;
use ssi_lens::domain::stored::Stored;
use ssi_lens::domain::{History, HistoryError, SnapshotDraft};
use support::{fixture_path, read_fixture, today};

/// The stored text of a history with nobody else's data.
fn enc(history: &History) -> String {
    encode(&Stored::from(history.clone()))
}

/// The user's own history read from stored text.
fn dec(text: &str) -> Result<History, EnvelopeError> {
    decode(text).map(|stored| stored.history().clone())
}

#[test]
fn a_history_round_trips_exactly() {
    let h = sample_history(today());
    assert_eq!(dec(&enc(&h)).unwrap(), h);
    assert_eq!(dec(&enc(&History::default())).unwrap(), History::default());
}

#[test]
fn the_envelope_carries_its_schema_version() {
    let text = enc(&History::default());
    let value: serde_json::Value = serde_json::from_str(&text).unwrap();
    assert_eq!(value["version"], SCHEMA_VERSION);
    assert_eq!(value["snapshots"], serde_json::json!([]));
}

#[test]
fn optional_fields_are_left_out_and_come_back_as_none() {
    let mut d = SnapshotDraft::for_date(today());
    d.pillars = ["1", "2", "3", "4"].map(String::from);
    let mut h = History::default();
    h.add(d.validate(today()).unwrap()).unwrap();
    let text = enc(&h);
    assert!(!text.contains("note") && !text.contains("sample"), "{text}");
    assert_eq!(dec(&text).unwrap(), h);
}

#[test]
fn corrupt_json_is_reported_not_discarded() {
    for text in [
        "",
        "{",
        "not json at all",
        "{\"version\":1,\"snapshots\":[}",
    ] {
        assert!(
            matches!(dec(text), Err(EnvelopeError::NotJson(_))),
            "{text}"
        );
    }
}

#[test]
fn the_wrong_shape_is_reported() {
    for text in [
        "[]",
        "42",
        "{}",
        r#"{"version":"1","snapshots":[]}"#,
        r#"{"version":0,"snapshots":[]}"#,
        r#"{"version":1}"#,
        r#"{"version":1,"snapshots":{}}"#,
        r#"{"version":1,"snapshots":[{"date":"2026-01-01"}]}"#,
        r#"{"version":1,"snapshots":[{"date":"yesterday","overall":1,"pillars":{"brand":1,"people":0,"insights":0,"relationships":0}}]}"#,
    ] {
        assert!(
            matches!(dec(text), Err(EnvelopeError::WrongShape(_))),
            "{text}: {:?}",
            dec(text)
        );
    }
}

#[test]
fn a_newer_schema_is_refused_with_both_versions_named() {
    let text = format!(r#"{{"version":{},"snapshots":[]}}"#, SCHEMA_VERSION + 1);
    let err = dec(&text).unwrap_err();
    assert_eq!(
        err,
        EnvelopeError::FromTheFuture {
            found: SCHEMA_VERSION + 1,
            supported: SCHEMA_VERSION
        }
    );
    assert!(err.to_string().contains("newer version"));
}

#[test]
fn out_of_range_scores_and_duplicate_days_are_refused() {
    let bad = r#"{"version":1,"snapshots":[{"date":"2026-01-01","overall":40,"pillars":{"brand":40,"people":0,"insights":0,"relationships":0}}]}"#;
    let err = dec(bad).unwrap_err();
    assert!(
        matches!(
            err,
            EnvelopeError::Invalid(HistoryError::InvalidSnapshot { .. })
        ),
        "{err:?}"
    );
    assert!(err.to_string().contains("between 0 and 25"), "{err}");
    let one = r#"{"date":"2026-01-01","overall":4,"pillars":{"brand":1,"people":1,"insights":1,"relationships":1}}"#;
    let dup = format!(r#"{{"version":1,"snapshots":[{one},{one}]}}"#);
    assert_eq!(
        dec(&dup),
        Err(EnvelopeError::Invalid(HistoryError::DateTaken(
            NaiveDate::from_ymd_opt(2026, 1, 1).unwrap()
        )))
    );
}

#[test]
fn snapshots_dated_after_today_still_load() {
    // A wrong clock must not lock the user out of their own data.
    let text = r#"{"version":1,"snapshots":[{"date":"2099-01-01","overall":4,"pillars":{"brand":1,"people":1,"insights":1,"relationships":1}}]}"#;
    assert_eq!(dec(text).unwrap().len(), 1);
}

/// Every schema version ever written must keep loading. Add a fixture with each new version.
#[test]
fn every_past_schema_version_loads() {
    for version in 1..=SCHEMA_VERSION {
        let text = std::fs::read_to_string(fixture_path(&format!("envelopes/v{version}.json")))
            .unwrap_or_else(|_| panic!("keep a fixture of schema {version}"));
        let decoded = decode_versioned(&text).unwrap_or_else(|e| panic!("v{version}: {e}"));
        // Storage rewrites older versions, and knows which ones from this.
        assert_eq!(decoded.version, version);
        let stored = decoded.stored;
        assert!(!stored.history().is_empty(), "v{version}");
        // What it upgrades to reads back the same, people included.
        assert_eq!(decode(&encode(&stored)).unwrap(), stored, "v{version}");
    }
}

#[test]
fn version_1_gains_empty_goals_and_outcomes() {
    let text = fixture(1);
    let history = dec(&text).unwrap();
    assert_eq!(history.len(), 3);
    assert!(history.goals().is_empty() && history.outcomes().is_empty());
    assert_eq!(
        history.snapshots()[1].industry_pillars.unwrap().brand,
        11.27
    );
    let now: serde_json::Value = serde_json::from_str(&enc(&history)).unwrap();
    assert_eq!(now["version"], SCHEMA_VERSION);
    assert_eq!(now["people"], serde_json::json!([]));
}

#[test]
fn version_2_keeps_goals_and_outcomes() {
    use ssi_lens::domain::goals::Metric;
    let text = fixture(2);
    let history = dec(&text).unwrap();
    assert_eq!(history.goals().get(&Metric::Overall), Some(&50.0));
    assert_eq!(history.outcomes().len(), 2);
    assert_eq!(
        history.snapshots()[0].outcomes.get(&OutcomeId::from(1)),
        Some(&3.0)
    );
    let bad_goal = text.replace("\"overall\":50", "\"overall\":150");
    assert!(matches!(
        dec(&bad_goal),
        Err(EnvelopeError::Invalid(HistoryError::Goal(_)))
    ));
    let dup = text.replace("{\"id\":2,", "{\"id\":1,");
    assert!(matches!(
        dec(&dup),
        Err(EnvelopeError::Invalid(HistoryError::Outcome(
            OutcomeError::DuplicateId
        )))
    ));
}

/// The fixture of schema `version`.
fn fixture(version: u64) -> String {
    read_fixture(&format!("envelopes/v{version}.json"))
}

#[test]
fn version_3_keeps_people_apart_from_the_users_history() {
    use ssi_lens::domain::people::PersonId;
    let stored = decode(&fixture(3)).unwrap();
    // The user's own part is the one of v2, untouched.
    assert_eq!(stored.history(), decode(&fixture(2)).unwrap().history());
    let people = stored.people();
    assert_eq!(people.len(), 2);
    let ada = people.get(PersonId::from(2_718_281_828)).unwrap();
    assert_eq!(ada.name(), "Ada Lovelace");
    assert_eq!(
        ada.shared_on(),
        NaiveDate::from_ymd_opt(2026, 2, 1).unwrap()
    );
    assert_eq!(ada.snapshots().len(), 2);
    assert_eq!(
        ada.snapshots().latest().unwrap().note.as_deref(),
        Some("New job")
    );
    assert!(people.find_same("person 1").unwrap().snapshots().is_empty());
}

#[test]
fn older_versions_gain_an_empty_people_list() {
    for version in 1..3 {
        let stored = decode(&fixture(version)).unwrap();
        assert!(stored.people().is_empty(), "v{version}");
        let now: serde_json::Value = serde_json::from_str(&encode(&stored)).unwrap();
        assert_eq!(now["people"], serde_json::json!([]), "v{version}");
    }
}

#[test]
fn broken_people_are_reported_or_renamed_never_discarded() {
    use ssi_lens::domain::people::PeopleError;
    let text = fixture(3);
    let mut value: serde_json::Value = serde_json::from_str(&text).unwrap();
    value.as_object_mut().unwrap().remove("people");
    let no_people = value.to_string();
    assert!(matches!(
        decode(&no_people),
        Err(EnvelopeError::WrongShape(_))
    ));
    // A name is never a reason to refuse stored data: one that reads as another's is renamed,
    // one with nothing visible gets the first free "Person N" (older versions let both in).
    let names = |text: &str| -> Vec<String> {
        let stored = decode(text).unwrap();
        stored
            .people()
            .iter()
            .map(|p| p.name().to_string())
            .collect()
    };
    let same_name = text.replace("\"Person 1\"", "\"ada lovelace\"");
    assert_eq!(names(&same_name), ["Ada Lovelace", "ada lovelace (2)"]);
    let same_id = text.replace("31415", "2718281828");
    assert_eq!(
        decode(&same_id),
        Err(EnvelopeError::InvalidPeople(PeopleError::DuplicateId))
    );
    let no_name = text.replace("\"Person 1\"", "\"  \"");
    assert_eq!(names(&no_name), ["Ada Lovelace", "Person 1"]);
    let bad_score = text.replace("\"brand\":14,", "\"brand\":40,");
    let err = decode(&bad_score).unwrap_err();
    assert!(
        matches!(
            err,
            EnvelopeError::InvalidPeople(PeopleError::Snapshots { .. })
        ),
        "{err:?}"
    );
    assert!(err.to_string().contains("Ada Lovelace"), "{err}");
}

/// Saving a person must not change a byte of the user's own part of the stored text.
#[test]
fn saving_a_person_leaves_the_users_own_text_byte_identical() {
    use ssi_lens::domain::outcomes::IdSeed;
    use ssi_lens::domain::share::{select, ShareOptions};
    use ssi_lens::domain::stats::Range;
    let own = decode(&fixture(2)).unwrap().into_parts().0;
    let before = encode(&Stored::from(own.clone()));

    let theirs = sample_history(today());
    let link = select(
        &theirs,
        &ShareOptions {
            own_data: false,
            range: Range::All,
            name: Some("Grace".into()),
            include_notes: true,
            include_goals: false,
        },
        today(),
    );
    let mut people = ssi_lens::domain::people::People::new();
    people.add_shared(link, &mut IdSeed::new(5)).unwrap();
    let after = encode(&Stored::new(own.clone(), people));

    // The user's part is a common prefix, and only the people list differs.
    let cut = |text: &str| text[..text.find(",\"people\":").unwrap()].to_string();
    assert_eq!(cut(&before), cut(&after));
    assert!(before.ends_with(",\"people\":[]}"));
    let part = |text: &str, key: &str| {
        let value: serde_json::Value = serde_json::from_str(text).unwrap();
        serde_json::to_string(&value[key]).unwrap()
    };
    for key in ["version", "snapshots", "goals", "outcomes"] {
        assert_eq!(part(&before, key), part(&after, key), "{key}");
    }
    assert_ne!(part(&before, "people"), part(&after, "people"));
    // And it reads back as it was.
    let back = decode(&after).unwrap();
    assert_eq!(back.history(), &own);
    assert_eq!(back.people().len(), 1);
}

#[test]
fn version_4_keeps_results_of_days_without_a_snapshot() {
    let text = fixture(4);
    let history = dec(&text).unwrap();
    let day = |d: &str| d.parse::<chrono::NaiveDate>().unwrap();
    assert_eq!(history.result_weeks().len(), 2);
    assert_eq!(
        history.outcome_value(day("2026-01-26"), OutcomeId::from(1)),
        Some(5.0)
    );
    assert_eq!(
        history.outcome_value(day("2026-01-19"), OutcomeId::from(1)),
        Some(2.0)
    );
    // Older versions gain none.
    assert!(dec(&fixture(3)).unwrap().result_weeks().is_empty());
    // A value for an outcome nobody tracks is dropped; a bad value is refused, naming the day.
    let unknown = text.replace("{\"1\":2}", "{\"9\":2}");
    assert_eq!(dec(&unknown).unwrap().result_weeks().len(), 1);
    let bad = text.replace("{\"1\":2}", "{\"1\":-2}");
    assert_eq!(
        dec(&bad),
        Err(EnvelopeError::Invalid(HistoryError::InvalidOutcomeValue(
            day("2026-01-19")
        )))
    );
    // Results stored for a day that has a snapshot join it (the snapshot's own value wins).
    let joined = text.replace(
        "\"2026-01-19\":{\"1\":2}",
        "\"2026-01-12\":{\"1\":9,\"2\":1}",
    );
    let history = dec(&joined).unwrap();
    assert_eq!(history.result_weeks().len(), 1);
    let s = history.get(day("2026-01-12")).unwrap();
    assert_eq!(
        (
            s.outcomes.get(&OutcomeId::from(1)),
            s.outcomes.get(&OutcomeId::from(2))
        ),
        (Some(&4.0), Some(&1.0))
    );
}

/// The sample's marks (on its results and colleagues) are optional fields: data stored before
/// them reads as the user's own, and the user's own is written without them, so the schema
/// stays version 4 and older versions of the app read it as before.
#[test]
fn sample_marks_are_optional_fields_that_older_data_lacks() {
    for version in 2..=4 {
        let stored = decode(&fixture(version)).unwrap();
        assert!(!stored.has_sample(), "v{version}");
        assert!(!encode(&stored).contains("\"sample\""), "v{version}");
    }
    let sample = ssi_lens::domain::sample::with_sample(
        &decode(&fixture(4)).unwrap(),
        &ssi_lens::domain::sample::SampleWords::ENGLISH,
        today(),
        &mut ssi_lens::domain::outcomes::IdSeed::new(1),
    );
    let text = encode(&sample);
    let value: serde_json::Value = serde_json::from_str(&text).unwrap();
    assert_eq!(value["version"], SCHEMA_VERSION);
    let marked = |list: &serde_json::Value| {
        list.as_array()
            .unwrap()
            .iter()
            .filter(|item| item["sample"] == serde_json::json!(true))
            .count()
    };
    // The fixture tracks "Meetings booked" already: that one stays the user's, unmarked.
    assert_eq!(marked(&value["outcomes"]), 1);
    assert_eq!(marked(&value["people"]), 2);
    assert_eq!(value["people"].as_array().unwrap().len(), 4);
    assert_eq!(decode(&text).unwrap(), sample);
}

/// Schema 5 adds goal dates: a date in the past still loads (it was ahead when it was set), a
/// date needs its goal and a sane year, and older schemas gain none.
#[test]
fn version_5_keeps_goal_dates() {
    use ssi_lens::domain::goals::{GoalError, Metric};
    let text = fixture(5);
    let history = dec(&text).unwrap();
    let day = |d: &str| d.parse::<NaiveDate>().unwrap();
    assert_eq!(history.goal_date(Metric::Overall), Some(day("2027-03-31")));
    // Long past by the fixture's standards, and kept all the same.
    assert_eq!(history.goal_date(Metric::Insights), Some(day("2026-02-15")));
    assert_eq!(history.goals().get(&Metric::Overall), Some(&50.0));
    // Schema 4 upgrades to goals without dates, and otherwise the same history.
    let v4 = dec(&fixture(4)).unwrap();
    assert!(v4.goal_dates().is_empty());
    assert_eq!(v4.goals(), history.goals());
    assert_eq!(v4.snapshots(), history.snapshots());
    // Written in schema 5, right after the results, and read back exactly.
    let written = enc(&history);
    assert!(
        written.contains(r#""goal_dates":{"overall":"2027-03-31","insights":"2026-02-15"}"#),
        "{written}"
    );
    assert_eq!(dec(&written).unwrap(), history);
    // A date for a metric without a goal, or outside the years a goal may have: refused.
    let orphan = text.replace(r#""insights":"2026-02-15""#, r#""brand":"2027-01-01""#);
    assert_eq!(
        dec(&orphan),
        Err(EnvelopeError::Invalid(HistoryError::Goal(
            GoalError::DateWithoutTarget(Metric::Brand)
        )))
    );
    let far = text.replace("2027-03-31", "+12027-03-31");
    assert_eq!(
        dec(&far),
        Err(EnvelopeError::Invalid(HistoryError::Goal(
            GoalError::DateOutOfRange(Metric::Overall)
        )))
    );
    assert!(matches!(
        dec(&text.replace("2027-03-31", "2027-02-30")),
        Err(EnvelopeError::WrongShape(_))
    ));
    // A schema 4 text with dates is not schema 5: its migration starts them empty.
    let mislabelled = text.replace(r#"{"version":5,"#, r#"{"version":4,"#);
    assert!(dec(&mislabelled).unwrap().goal_dates().is_empty());
}
