//! The first screens in the user's language: the dashboard's cards, the week line, the line
//! about the last snapshot and the shared view's banner, as the app and the first paint draw
//! them, in German hold German words and none of the catalog's English sentences; English
//! stays as it was; every plural and placeholder is filled.

mod support;

use std::collections::BTreeMap;

use chrono::{NaiveDate, Weekday};
use ssi_lens::domain::stats::Range;
use ssi_lens::domain::week::{week_facts, Streak};
use ssi_lens::domain::History;
use ssi_lens::i18n::{self, start, Lang};
use ssi_lens::markup::{self, dashboard, week, DashboardTop, Whose};
use support::{date, today, weekly};

fn iso(d: NaiveDate) -> String {
    d.to_string()
}

/// `lang`'s texts of the first screens (plurals left out).
fn catalog(lang: Lang) -> BTreeMap<String, String> {
    let path = format!(
        "{}/locales/{}/start.json",
        env!("CARGO_MANIFEST_DIR"),
        lang.tag()
    );
    let text = std::fs::read_to_string(&path).expect("the area's file");
    let all: BTreeMap<String, serde_json::Value> = serde_json::from_str(&text).expect("JSON");
    all.into_iter()
        .filter_map(|(k, v)| Some((k, v.as_str()?.to_string())))
        .collect()
}

/// Everything the first screens draw from `history` in `lang`, as one page of HTML.
fn page(lang: Lang, history: &History, whose: Whose) -> String {
    let latest = history.latest().unwrap();
    let previous = history.previous().map(|s| s.date);
    let top = DashboardTop {
        whose: &whose,
        latest,
        change: history.change_since_previous().zip(previous),
        links: "",
    };
    let facts = week_facts(history, today()).expect("a week to tell");
    [
        markup::dashboard_title(lang, &whose),
        markup::overall_card(lang, &top, &iso),
        markup::pillars_card(lang, &top),
        week::week_line(lang, &facts, &iso),
        dashboard::last_snapshot(lang, latest.date, today(), &iso),
        dashboard::shared_banner(lang, Some("Dana"), today(), &iso),
        dashboard::shared_banner(lang, None, today(), &iso),
        markup::range_picker(lang, Range::Weeks12),
    ]
    .concat()
}

/// The English catalog's words that German never uses: each fixed run of an English text
/// (between its placeholders) of two words or more that no German text holds. Not the sample
/// data's: the fixtures' data is English, as a user's own may be.
fn english_only_phrases() -> Vec<String> {
    let german: Vec<String> = catalog(Lang::De).into_values().collect();
    catalog(Lang::En)
        .into_iter()
        .filter(|(key, _)| !key.starts_with("start.sample_"))
        .flat_map(|(_, text)| {
            text.split(['{', '}'])
                .step_by(2)
                .map(|run| run.trim_matches([' ', ',', '.', ':']).to_string())
                .collect::<Vec<_>>()
        })
        .filter(|run| run.contains(' ') && !german.iter().any(|g| g.contains(run.as_str())))
        .collect()
}

#[test]
fn the_dashboard_in_german_has_no_english_sentence_of_the_catalog() {
    let history = weekly(52);
    let phrases = english_only_phrases();
    assert!(phrases.len() > 50, "{phrases:?}");
    for whose in [
        Whose::Yours,
        Whose::Someones(Some("Dana".into())),
        Whose::Someones(None),
    ] {
        let html = page(Lang::De, &history, whose);
        for phrase in &phrases {
            assert!(!html.contains(phrase.as_str()), "“{phrase}” in {html}");
        }
    }
}

#[test]
fn the_dashboard_in_german_says_it_in_german() {
    let history = weekly(52);
    let mine = page(Lang::De, &history, Whose::Yours);
    for words in [
        "Übersicht",
        "Ihre vier Säulen",
        "in Ihrer Branche",
        "in Ihrem Netzwerk",
        "Branchendurchschnitt: ",
        "Sie ",
        "SSI gesamt",
        "Letzte Momentaufnahme",
        "SSI dieser Woche schnell erfassen",
        r#"aria-label="Zeitraum""#,
        "Wochen in Folge.",
        "Marke",
    ] {
        assert!(mine.contains(words), "“{words}” in {mine}");
    }
    let danas = page(Lang::De, &history, Whose::Someones(Some("Dana".into())));
    for words in [
        "Übersicht von Dana",
        "Social Selling Index von Dana",
        "Die vier Säulen von Dana",
        "in der Branche von Dana",
        "SSI-Verlauf von Dana",
        "Dana speichern",
        "Person speichern",
    ] {
        assert!(danas.contains(words), "“{words}” in {danas}");
    }
}

#[test]
fn english_reads_as_before() {
    let history = weekly(52);
    let html = page(Lang::En, &history, Whose::Someones(Some("Dana".into())));
    for words in [
        "Dana’s dashboard",
        "Dana’s Social Selling Index",
        "Dana’s four pillars",
        "</strong> in Dana’s industry",
        "Industry avg ",
        "Dana’s SSI history",
        "Save Dana",
        "Save this person",
        "Quick add this week’s SSI",
        "weeks in a row.",
    ] {
        assert!(html.contains(words), "“{words}” in {html}");
    }
    let theirs = page(Lang::En, &history, Whose::Someones(None));
    assert!(theirs.contains("Their four pillars"), "{theirs}");
    assert!(theirs.contains("in their network"), "{theirs}");
}

#[test]
fn the_line_about_the_last_snapshot_counts_days_in_the_language() {
    let today = date(2026, 11, 26);
    let words = |lang, last| dashboard::last_snapshot_words(lang, last, today, &iso);
    let nine = words(Lang::En, date(2026, 11, 17));
    assert_eq!(nine.words, "Last snapshot 9 days ago");
    assert_eq!(nine.after, ": time for this week’s.");
    assert!(nine.due);
    assert_eq!(words(Lang::En, today).words, "Last snapshot today");
    assert_eq!(
        words(Lang::En, date(2026, 11, 25)).words,
        "Last snapshot yesterday"
    );
    assert_eq!(words(Lang::En, date(2026, 11, 24)).after, ".");
    assert_eq!(
        words(Lang::En, date(2026, 11, 28)).words,
        "Last snapshot dated 2026-11-28, after today"
    );
    assert_eq!(
        words(Lang::De, date(2026, 11, 17)).words,
        "Letzte Momentaufnahme vor 9 Tagen"
    );
    assert_eq!(
        words(Lang::Fr, date(2026, 11, 17)).after,
        "\u{a0}: c’est l’heure du relevé de cette semaine."
    );
    assert_eq!(
        words(Lang::PtBr, date(2026, 11, 25)).words,
        "Último registro ontem"
    );
}

#[test]
fn the_streak_is_counted_and_its_forgiven_week_dated() {
    let streak = |weeks, forgiven, this_week| Streak {
        weeks,
        forgiven,
        this_week,
    };
    let monday = date(2026, 11, 9);
    let words = |lang, s: &Streak| week::streak_words(lang, s, &iso);
    assert_eq!(words(Lang::En, &streak(1, None, true)), "1 week so far.");
    assert_eq!(
        words(Lang::En, &streak(6, Some(monday), false)),
        "6 weeks in a row, one missed week forgiven (the week of 2026-11-09). This week’s snapshot keeps it going."
    );
    assert_eq!(
        words(Lang::En, &streak(0, None, false)),
        "No weekly streak now: this week’s snapshot starts one."
    );
    assert_eq!(words(Lang::De, &streak(1, None, true)), "1 Woche bisher.");
    assert_eq!(
        words(Lang::De, &streak(6, Some(monday), false)),
        "6 Wochen in Folge, eine verpasste Woche verziehen (die Woche vom 2026-11-09). Die Momentaufnahme dieser Woche setzt sie fort."
    );
    assert_eq!(
        words(Lang::Fr, &streak(2, None, true)),
        "2 semaines d’affilée."
    );
}

/// Each plural of the area, in each language, at one, many and other counts: the count is
/// written and no placeholder is left.
#[test]
fn every_plural_is_filled() {
    for lang in Lang::ALL {
        for n in [0, 1, 2, 5, 1234, 1_000_000] {
            let texts = [
                i18n::start_recovery_stored(lang, n),
                i18n::start_last_days_ago(lang, n),
                i18n::start_streak(lang, n),
                i18n::start_streak_forgiven(lang, n, "2026-11-09"),
            ];
            let count = i18n::format_count(lang, n);
            for text in texts {
                assert!(text.contains(&count), "{count} in {text}");
                assert!(!text.contains(['{', '}']), "{text}");
            }
        }
    }
    assert_eq!(
        i18n::start_recovery_stored(Lang::En, 12_345),
        "What is stored (12,345 characters)"
    );
    assert_eq!(
        i18n::start_recovery_stored(Lang::De, 1),
        "Gespeicherter Inhalt (1 Zeichen)"
    );
    assert_eq!(
        i18n::start_last_days_ago(Lang::Fr, 1_000_000),
        "Dernier relevé il y a 1\u{202f}000\u{202f}000 de jours"
    );
    assert_eq!(i18n::start_streak(Lang::PtBr, 0), "0 semana até agora.");
}

#[test]
fn the_reminder_says_its_day_and_date_in_the_language() {
    assert_eq!(start::every(Lang::En, Weekday::Mon), "every Monday");
    assert_eq!(start::every(Lang::De, Weekday::Sun), "jeden Sonntag");
    assert_eq!(start::every(Lang::PtBr, Weekday::Sat), "todo sábado");
    assert_eq!(
        i18n::start_reminder_downloaded(Lang::En, "1 Dec 2026", start::every(Lang::En, Weekday::Tue)),
        "Downloaded the reminder: open it to add it to your calendar (every Tuesday, from 1 Dec 2026)."
    );
    assert_eq!(
        i18n::start_reminder_downloaded(Lang::De, "1. Dez. 2026", start::every(Lang::De, Weekday::Tue)),
        "Erinnerung heruntergeladen: Öffnen Sie sie, um sie Ihrem Kalender hinzuzufügen (jeden Dienstag, ab 1. Dez. 2026)."
    );
}

/// A sentence with a link inside: the text either side of it, in the language's order.
#[test]
fn a_sentence_around_a_link_splits_where_the_link_goes() {
    let (before, after) = start::around_slot(&i18n::start_step_open(Lang::En, start::SLOT));
    assert_eq!(
        (before.as_str(), after.as_str()),
        ("Open ", ", select all and copy.")
    );
    let (before, after) = start::around_slot(&i18n::start_step_open(Lang::De, start::SLOT));
    assert_eq!(
        (before.as_str(), after.as_str()),
        ("Öffnen Sie ", ", markieren Sie alles und kopieren Sie es.")
    );
    let (before, after) = start::around_slot(&i18n::start_new_to_ssi(Lang::Fr, start::SLOT));
    assert_eq!(
        (before.as_str(), after.as_str()),
        ("Vous découvrez le SSI\u{202f}? ", ".")
    );
}

/// The catalog's texts go into HTML as they are: none may hold markup of its own.
#[test]
fn no_text_of_the_area_holds_markup() {
    for lang in Lang::ALL {
        for (key, text) in catalog(lang) {
            assert!(!text.contains(['<', '>', '&']), "{} {key}", lang.tag());
        }
    }
}

/// The sample's English words are the catalog's; in German, the sample reads in German.
#[test]
fn the_sample_data_is_worded_in_the_language() {
    use ssi_lens::domain::sample::{with_sample, SampleWords};
    assert_eq!(start::sample_words(Lang::En), SampleWords::ENGLISH);
    let german = start::sample_words(Lang::De);
    let stored = with_sample(
        &Default::default(),
        &german,
        today(),
        &mut ssi_lens::domain::outcomes::IdSeed::new(7),
    );
    let history = stored.history();
    assert_eq!(
        history.latest().and_then(|s| s.industry.as_deref()),
        Some("Softwareentwicklung")
    );
    let notes: Vec<_> = history
        .snapshots()
        .iter()
        .filter_map(|s| s.note.as_deref())
        .collect();
    assert_eq!(notes, german.notes);
    let names: Vec<_> = history.outcomes().iter().map(|o| o.name()).collect();
    assert_eq!(names, german.results);
}
