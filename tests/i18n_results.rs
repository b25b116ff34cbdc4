//! Results, goals, the reminder and the charts in the user's language: English word for word as
//! before the catalog, German throughout (no English catalog text left in a German chart), each
//! error variant worded, and the counted phrases' plural forms.

mod support;
use std::collections::BTreeSet;

use chrono::NaiveDate;
use serde_json::Value;
use ssi_lens::domain::charts::{
    comparison_chart, outcome_chart, pillar_chart, rank_chart, trend_chart, ChartError,
};
use ssi_lens::domain::goals::{GoalError, Goals, Metric};
use ssi_lens::domain::number::{use_decimal_mark, DecimalMark};
use ssi_lens::domain::outcomes::{IdSeed, OutcomeError};
use ssi_lens::domain::reminder::{reminder_file, weekly_reminder_ics};
use ssi_lens::domain::sample::sample_history;
use ssi_lens::domain::stats::{ByDate, Projection, Range, Relationship};
use ssi_lens::domain::{History, HistoryError, Pillar};
use ssi_lens::i18n::entry::history_problem;
use ssi_lens::i18n::results::{
    by_date_words, chart_problem, goal_problem, goal_words, last_snapshot_words, outcome_problem,
    progress_words, projection_words, range_name, relationship_words, suggested_outcomes,
};
use ssi_lens::i18n::{self, Lang};
use support::charts::{to_json, WIDE};
use support::{date, today};

/// Every text of English's catalog for results and the SSI's names, with its key.
fn english_texts() -> Vec<(String, String)> {
    let mut texts = Vec::new();
    for area in ["results", "ssi"] {
        let path = format!("{}/locales/en/{area}.json", env!("CARGO_MANIFEST_DIR"));
        let file: Value = serde_json::from_str(&std::fs::read_to_string(path).unwrap()).unwrap();
        for (key, value) in file.as_object().unwrap() {
            if let Some(text) = value.as_str() {
                texts.push((key.clone(), text.to_string()));
            }
        }
    }
    texts
}

/// Every string in a chart's options.
fn strings(json: &Value, out: &mut BTreeSet<String>) {
    match json {
        Value::String(s) => {
            out.insert(s.clone());
        }
        Value::Array(items) => items.iter().for_each(|v| strings(v, out)),
        Value::Object(map) => map.values().for_each(|v| strings(v, out)),
        _ => {}
    }
}

/// The sample year with "Meetings booked" recorded on its last ten snapshots' days.
fn with_meetings() -> (History, ssi_lens::domain::outcomes::OutcomeId) {
    let mut history = sample_history(today());
    let id = history
        .add_outcome("Meetings booked", &mut IdSeed::new(3))
        .unwrap();
    let days: Vec<NaiveDate> = history.snapshots()[42..].iter().map(|s| s.date).collect();
    for day in days {
        history.set_outcome_value(day, id, Some(3.0)).unwrap();
    }
    (history, id)
}

/// Every chart of the app, in `lang`.
fn every_chart(lang: Lang) -> Vec<(&'static str, Value)> {
    let (history, id) = with_meetings();
    let mut goals = Goals::new();
    goals.insert(Metric::Overall, 60.0);
    goals.insert(Metric::Insights, 20.0);
    let snapshots = history.snapshots();
    let people = vec![("Ada".to_string(), snapshots)];
    // Peers' pillars recorded, so the pillar chart draws their averages too.
    let mut with_peers = snapshots.to_vec();
    for s in &mut with_peers {
        s.industry_pillars = Some(s.pillars);
        s.network_pillars = Some(s.pillars);
    }
    vec![
        (
            "trend",
            to_json(trend_chart(snapshots, &goals, &WIDE, lang)),
        ),
        ("ranks", to_json(rank_chart(snapshots, &WIDE, lang))),
        (
            "pillar",
            to_json(pillar_chart(&with_peers, Pillar::Brand, &WIDE, lang)),
        ),
        (
            "results",
            to_json(outcome_chart(
                &history,
                Range::All,
                id,
                "Termine",
                &WIDE,
                lang,
            )),
        ),
        (
            "compare",
            to_json(comparison_chart(
                Some(snapshots),
                &people,
                Metric::Overall,
                &WIDE,
                lang,
            )),
        ),
    ]
}

/// A German chart carries no text of English's catalog (where German's differs), and does
/// carry German names: the check fails for any builder that still writes an English word.
#[test]
fn german_charts_carry_no_english_catalog_text() {
    let english = english_texts();
    for (chart, json) in every_chart(Lang::De) {
        let mut found = BTreeSet::new();
        strings(&json, &mut found);
        for (key, text) in &english {
            // Texts German shares with English on purpose ("Social Selling Index").
            if found.contains(text) && text != "Social Selling Index" {
                panic!("the {chart} chart in German says {text:?} ({key})");
            }
        }
        let german = [
            "SSI gesamt",
            "Marke",
            "Branchenrang",
            "Sie",
            "Branchendurchschnitt",
        ];
        assert!(
            german.iter().any(|word| found.contains(*word)),
            "the {chart} chart names its lines in German: {found:?}"
        );
    }
    // And the same charts in English do say those texts: the check above can fail.
    let mut english_found = BTreeSet::new();
    for (_, json) in every_chart(Lang::En) {
        strings(&json, &mut english_found);
    }
    for text in [
        "Overall SSI",
        "Industry rank",
        "You",
        "Industry average",
        "Pillars",
    ] {
        assert!(english_found.contains(text), "{text}");
    }
}

#[test]
fn german_charts_name_their_series_and_axes_in_german() {
    let charts = every_chart(Lang::De);
    let json = |name: &str| &charts.iter().find(|(n, _)| *n == name).unwrap().1;
    let series: Vec<&str> = json("pillar")["series"]
        .as_array()
        .unwrap()
        .iter()
        .map(|s| s["name"].as_str().unwrap())
        .collect();
    assert_eq!(
        series,
        ["Marke", "Branchendurchschnitt", "Netzwerkdurchschnitt"]
    );
    assert_eq!(json("pillar")["yAxis"]["name"], "Marke");
    assert_eq!(json("compare")["series"][0]["name"], "Sie");
    assert_eq!(json("compare")["yAxis"]["name"], "SSI gesamt");
    assert_eq!(json("results")["legend"]["data"][0]["name"], "SSI gesamt");
    assert_eq!(
        json("results")["series"][1]["name"],
        "Termine",
        "the user's own name"
    );
}

/// Each error variant is worded in English as before the catalog, and in German.
#[test]
fn every_outcome_error_is_worded() {
    let cases = [
        (OutcomeError::NameEmpty, "Give the result a name."),
        (
            OutcomeError::NameTooLong,
            "Keep the name to 40 characters or fewer.",
        ),
        (
            OutcomeError::NameTaken("Demos".into()),
            "You already track “Demos”.",
        ),
        (OutcomeError::TooMany, "You can track up to 8 results."),
        (OutcomeError::NotFound, "That result is no longer tracked."),
        (OutcomeError::DuplicateId, "Two results share one id."),
        (
            OutcomeError::InvalidValue,
            "A result must be a number from 0 to 1,000,000,000, like 3.",
        ),
        (OutcomeError::NotACount, "Type a whole number, like 3."),
        (OutcomeError::NegativeCount, "A count can’t be below 0."),
        (
            OutcomeError::FractionalCount { below: 2, above: 3 },
            "Counts are whole numbers: type 2 or 3.",
        ),
        (
            OutcomeError::CountTooLarge,
            "Keep a count to 1,000,000,000 or less.",
        ),
    ];
    for (error, english) in cases {
        assert_eq!(outcome_problem(Lang::En, &error), english);
        assert_eq!(error.to_string(), english, "Display is English");
        let german = outcome_problem(Lang::De, &error);
        assert_ne!(german, english);
        assert!(!german.is_empty());
    }
    assert_eq!(
        outcome_problem(Lang::De, &OutcomeError::NameTaken("Demos".into())),
        "Sie erfassen „Demos“ bereits."
    );
    assert_eq!(
        outcome_problem(Lang::De, &OutcomeError::CountTooLarge),
        "Eine Anzahl darf höchstens 1.000.000.000 betragen."
    );
    assert_eq!(
        outcome_problem(
            Lang::De,
            &OutcomeError::FractionalCount { below: 2, above: 3 }
        ),
        "Anzahlen sind ganze Zahlen: Geben Sie 2 oder 3 ein."
    );
    // The history passes an outcome's refusal on, worded the same.
    let wrapped = HistoryError::from(OutcomeError::TooMany);
    assert_eq!(
        history_problem(Lang::De, &wrapped),
        "Sie können bis zu 8 Ergebnisse erfassen."
    );
}

#[test]
fn every_goal_error_is_worded() {
    let cases = [
        (
            GoalError::OutOfRange(Metric::Brand),
            "A goal for Brand must be a number from 0 to 25.",
        ),
        (
            GoalError::Ambiguous(Metric::Overall),
            "A goal for Overall SSI could be read two ways: write its decimals after a point, like 12.5.",
        ),
        (
            GoalError::DatePassed(Metric::Overall),
            "The date for the Overall SSI goal has passed: choose today or a later day, or leave it empty.",
        ),
        (
            GoalError::DateOutOfRange(Metric::People),
            "The date for the People goal is not a day SSI Lens can use: choose one between the years 2000 and 9999.",
        ),
        (
            GoalError::DateWithoutTarget(Metric::Insights),
            "The Insights goal has a date but no target: a date needs a target.",
        ),
    ];
    for (error, english) in cases {
        assert_eq!(goal_problem(Lang::En, &error), english);
        assert_eq!(error.to_string(), english);
        assert_ne!(goal_problem(Lang::De, &error), english);
    }
    assert_eq!(
        goal_problem(Lang::De, &GoalError::OutOfRange(Metric::Brand)),
        "Ein Ziel für Marke muss eine Zahl von 0 bis 25 sein."
    );
    // Where a comma marks decimals, an ambiguous goal is told to use one.
    use_decimal_mark(DecimalMark::Comma);
    let comma = goal_problem(Lang::De, &GoalError::Ambiguous(Metric::Overall));
    use_decimal_mark(DecimalMark::Point);
    assert_eq!(
        comma,
        "Ein Ziel für SSI gesamt lässt sich zweifach lesen: Schreiben Sie die Nachkommastellen nach einem Komma, etwa 12,5."
    );
}

#[test]
fn every_chart_error_is_worded() {
    assert_eq!(
        chart_problem(Lang::En, &ChartError::LibraryMissing),
        "The chart library did not load, so the chart can't be drawn. The numbers are in the table below."
    );
    assert_eq!(
        ChartError::Render("no element".into()).to_string(),
        "The chart could not be drawn (no element). The numbers are in the table below."
    );
    assert_eq!(
        chart_problem(Lang::De, &ChartError::Render("no element".into())),
        "Das Diagramm konnte nicht gezeichnet werden (no element). Die Zahlen stehen in der Tabelle unten."
    );
    assert!(
        chart_problem(Lang::De, &ChartError::LibraryMissing).starts_with("Die Diagrammbibliothek")
    );
}

/// "9 days ago" is a plural: each language's forms, with the count grouped as it writes it.
#[test]
fn days_ago_is_a_plural() {
    let (last, today) = (date(2026, 11, 17), date(2026, 11, 26));
    assert_eq!(last_snapshot_words(Lang::En, last, today), "9 days ago");
    assert_eq!(last_snapshot_words(Lang::De, last, today), "vor 9 Tagen");
    assert_eq!(last_snapshot_words(Lang::Fr, last, today), "il y a 9 jours");
    assert_eq!(last_snapshot_words(Lang::De, today, today), "heute");
    assert_eq!(
        last_snapshot_words(Lang::De, date(2026, 11, 25), today),
        "gestern"
    );
    assert_eq!(i18n::results_days_ago(Lang::De, 1), "vor 1 Tag");
    assert_eq!(i18n::results_days_ago(Lang::En, 1_234), "1,234 days ago");
    assert_eq!(
        i18n::results_days_ago(Lang::Fr, 1_000_000),
        "il y a 1\u{202f}000\u{202f}000 de jours"
    );
}

/// What the Results screen says of a result beside the score, in English as before and in
/// German, which keeps the user's capitals.
#[test]
fn relationships_read_as_sentences() {
    let not_yet = Relationship::NotEnoughData { points: 3 };
    assert_eq!(
        relationship_words(Lang::En, not_yet.clone(), "Meetings booked"),
        "How meetings booked moves with your SSI shows after 8 weeks with both recorded (3 so far)."
    );
    assert_eq!(
        relationship_words(Lang::De, not_yet, "Termine"),
        "Wie sich Termine mit Ihrem SSI bewegt, zeigt sich nach 8 Wochen, in denen beides erfasst ist (bisher 3)."
    );
    let strong = Relationship::Correlation {
        r: -0.81,
        points: 12,
    };
    assert_eq!(
        relationship_words(Lang::En, strong, "Leads"),
        "Over 12 weeks, your SSI and leads have a correlation of -0.81 (one rises as the other falls)."
    );
    let flat = Relationship::ScoreUpOutcomeFlat {
        rise: 6.4,
        r: None,
        points: 10,
    };
    assert!(relationship_words(Lang::De, flat, "Leads")
        .starts_with("Ihr SSI ist in diesen 10 Wochen um etwa 6 Punkte gestiegen, während Leads"));
}

#[test]
fn goals_read_as_the_card_says_them() {
    let d = |day: NaiveDate| day.format("%-d %b %Y").to_string();
    let by = date(2027, 3, 31);
    assert_eq!(
        goal_words(Lang::En, Metric::Brand, 12.5, Some(by), &d),
        "Brand: 12.50 by 31 Mar 2027"
    );
    assert_eq!(
        goal_words(Lang::De, Metric::Overall, 60.0, None, &d),
        "SSI gesamt: 60"
    );
    assert_eq!(
        progress_words(Lang::De, Metric::Brand, 10.0, 8.65),
        " (jetzt 8.65, noch 1.35). "
    );
    assert_eq!(
        projection_words(Lang::En, Projection::NotEnoughData, &d),
        "Not enough data yet: the projection needs 3 snapshots in the chosen range."
    );
    assert_eq!(
        projection_words(Lang::De, Projection::On(by), &d),
        "In diesem Tempo etwa am 31 Mar 2027."
    );
    let behind = ByDate::Behind {
        trend: Projection::NotOnTrend,
        per_week: Some(1.0),
    };
    assert_eq!(
        by_date_words(Lang::De, behind, Metric::Overall, by, &d),
        "Beim aktuellen Trend nicht bis 31 Mar 2027: Nötig sind +1.0 pro Woche."
    );
    assert_eq!(range_name(Lang::En, Range::Year), "1 year");
    assert_eq!(range_name(Lang::De, Range::Weeks4), "4 Wochen");
    assert_eq!(suggested_outcomes(Lang::En)[1], "Meetings booked");
    assert_eq!(suggested_outcomes(Lang::De)[1], "Vereinbarte Termine");
}

/// The reminder is made in the user's language: its title, its words and its file's name.
#[test]
fn the_reminder_speaks_the_users_language() {
    let stamp = date(2026, 11, 26).and_hms_opt(8, 0, 0).unwrap();
    let english = weekly_reminder_ics(Lang::En, "https://example.org/", date(2026, 12, 3), stamp);
    assert!(english.contains("SUMMARY:Record your SSI in SSI Lens\r\n"));
    assert!(english.replace("\r\n ", "").contains(
        "\\nIts dashboard opens on your week: the score\\, the pillar that moved most and your streak.\\nYour snapshots stay in your browser."
    ));
    let german = weekly_reminder_ics(Lang::De, "https://example.org/", date(2026, 12, 3), stamp);
    assert!(german.contains("SUMMARY:Ihren SSI in SSI Lens erfassen\r\n"));
    assert!(german
        .replace("\r\n ", "")
        .contains("Ihre Momentaufnahmen bleiben in Ihrem Browser."));
    assert_eq!(reminder_file(Lang::En), "ssi-lens-weekly-reminder.ics");
    assert_eq!(reminder_file(Lang::De), "ssi-lens-wochenerinnerung.ics");
}
