//! Sharing and moving data in the user's language: every refusal of a link, a QR code, a file or
//! the saved data is worded in German (and stays word for word in English, which logs, tests and
//! the e2e tests read), counted phrases take their plural forms, and what is written (a link, a
//! CSV file's columns, a backup) never depends on the language.

mod support;

use chrono::NaiveDate;
use ssi_lens::domain::envelope::EnvelopeError;
use ssi_lens::domain::people::PeopleError;
use ssi_lens::domain::sample::sample_history;
use ssi_lens::domain::share::qr::QrError;
use ssi_lens::domain::share::{self, EncodeError, Malformed, ShareError, SharedHistory};
use ssi_lens::domain::stats::Range;
use ssi_lens::domain::transfer::{
    file_name, plan_import, to_csv, ImportError, Place, RowProblem, CSV_HEADER, PEER_COLUMNS,
};
use ssi_lens::domain::HistoryError;
use ssi_lens::i18n::share::{
    encode_problem, import_problem, place, qr_problem, row_problem, saved_data_problem,
    share_problem,
};
use ssi_lens::i18n::{self, Lang};
use support::today;

fn day() -> NaiveDate {
    NaiveDate::from_ymd_opt(2026, 1, 19).unwrap()
}

fn envelope_errors() -> Vec<EnvelopeError> {
    vec![
        EnvelopeError::NotJson("expected value at line 1".into()),
        EnvelopeError::WrongShape("no schema version".into()),
        EnvelopeError::FromTheFuture {
            found: 9,
            supported: 5,
        },
        EnvelopeError::Invalid(HistoryError::DateTaken(day())),
        EnvelopeError::InvalidPeople(PeopleError::NameEmpty),
    ]
}

/// Every worded text of a language: a refusal of each kind, each variant once.
fn every_refusal(lang: Lang) -> Vec<(String, String)> {
    let mut worded = Vec::new();
    let mut add = |what: String, text: String| worded.push((what, text));
    for e in [
        ShareError::NotAShareLink,
        ShareError::TooLong,
        ShareError::Damaged,
        ShareError::FromTheFuture {
            found: 3,
            supported: 2,
        },
        ShareError::TooLarge,
        ShareError::Malformed(Malformed::EndsTooSoon),
        ShareError::Invalid("Brand is required.".into()),
    ] {
        add(format!("{e:?}"), share_problem(lang, &e));
    }
    for e in [
        EncodeError::TooLong { chars: 250_000 },
        EncodeError::TooLarge,
        EncodeError::TextTooLong,
        EncodeError::Invalid { date: day() },
        EncodeError::NothingToMove,
    ] {
        add(format!("{e:?}"), encode_problem(lang, &e));
    }
    let e = QrError::TooLong { chars: 3_000 };
    add(format!("{e:?}"), qr_problem(lang, &e));
    for e in envelope_errors() {
        add(format!("{e:?}"), saved_data_problem(lang, &e));
    }
    let mut imports = vec![
        ImportError::Empty,
        ImportError::TooLarge(6_000_000),
        ImportError::MissingColumns("brand".into()),
        ImportError::TeamExport,
        ImportError::NotATeamBackup,
        ImportError::Csv("found record with 3 fields".into()),
        ImportError::UnterminatedQuote { line: 4 },
        ImportError::OutcomeColumn {
            column: "result:".into(),
            reason: "Give the result a name.".into(),
        },
        ImportError::SameOutcomeColumn {
            column: "result:Calls".into(),
        },
        ImportError::TooManyRows {
            limit: 20_000,
            line: None,
        },
        ImportError::TooManyRows {
            limit: 20_000,
            line: Some(20_002),
        },
    ];
    imports.extend(envelope_errors().into_iter().map(ImportError::Json));
    for e in imports {
        add(format!("{e:?}"), import_problem(lang, &e));
    }
    for p in [
        RowProblem::Unreadable("found record with 3 fields".into()),
        RowProblem::NotASnapshot("missing field `date`".into()),
        RowProblem::SameDateAsLine(2),
        RowProblem::SameDateAsEntry(1),
    ] {
        add(format!("{p:?}"), row_problem(lang, &p));
    }
    for p in [
        Place::Line(4),
        Place::Entry {
            number: 3,
            date: Some(day()),
        },
        Place::Entry {
            number: 3,
            date: None,
        },
    ] {
        add(format!("{p:?}"), place(lang, &p));
    }
    worded
}

#[test]
fn every_refusal_is_worded_in_german_and_differs_from_english() {
    let english = every_refusal(Lang::En);
    let german = every_refusal(Lang::De);
    assert_eq!(english.len(), german.len());
    for ((what, en), (_, de)) in english.iter().zip(&german) {
        assert!(!de.trim().is_empty(), "{what}: empty in German");
        assert_ne!(de, en, "{what}: German keeps the English text");
    }
    // Every language words every refusal.
    for lang in Lang::ALL {
        for (what, text) in every_refusal(lang) {
            assert!(!text.trim().is_empty(), "{what}: empty in {}", lang.tag());
        }
    }
}

/// What is wrong with a link's bytes is said in the viewer's language too, inside the
/// sentence that says the link's data is invalid.
#[test]
fn a_broken_links_fault_is_worded_in_german() {
    use ssi_lens::i18n::share::malformed;
    let all = [
        Malformed::EndsTooSoon,
        Malformed::NumberTooLong,
        Malformed::TextPastEnd,
        Malformed::TextNotUtf8,
        Malformed::DateOutOfRange,
        Malformed::GoalCount,
        Malformed::GoalUnknown,
        Malformed::GoalOutOfRange,
        Malformed::ScoreOutOfRange,
        Malformed::TextTooLong,
        Malformed::TooFewSnapshots,
        Malformed::UnknownScale,
        Malformed::SameDay,
        Malformed::DataAfterEnd,
        Malformed::PeersIncomplete,
        Malformed::PillarMissing,
    ];
    for why in all {
        let (en, de) = (malformed(Lang::En, why), malformed(Lang::De, why));
        assert!(!de.is_empty() && de != en, "{why:?}");
    }
    assert_eq!(
        ShareError::Malformed(Malformed::EndsTooSoon).to_string(),
        "This link’s data is invalid: it ends too soon"
    );
    assert_eq!(
        share_problem(Lang::De, &ShareError::Malformed(Malformed::EndsTooSoon)),
        "Die Daten dieses Links sind ungültig: sie enden zu früh"
    );
}

#[test]
fn english_display_keeps_the_words_users_and_tests_knew() {
    assert_eq!(
        ShareError::Damaged.to_string(),
        "This link is damaged (it may have been cut off when it was copied)."
    );
    assert_eq!(
        EncodeError::TooLong { chars: 250_001 }.to_string(),
        "The link would be 250001 characters long; SSI Lens opens links of at most 200000."
    );
    assert_eq!(
        QrError::TooLong { chars: 3_000 }.to_string(),
        "This link is 3000 characters long; a QR code holds at most 2331. Share fewer weeks or leave the notes out, or copy the link instead."
    );
    assert_eq!(
        ImportError::TooManyRows {
            limit: 20_000,
            line: Some(20_002)
        }
        .to_string(),
        "The file has more than 20000 snapshots (line 20002 is past the limit): more than this browser can keep. Import a shorter period (split the file)."
    );
    assert_eq!(
        ImportError::TooManyRows {
            limit: 20_000,
            line: None
        }
        .to_string(),
        "The file has more than 20000 snapshots: more than this browser can keep. Import a shorter period (split the file)."
    );
    // A backup's problem is said of the file; the same problem of the saved data, of that.
    let not_json = EnvelopeError::NotJson("eof".into());
    assert_eq!(
        ImportError::Json(not_json.clone()).to_string(),
        "The file is not valid JSON (eof)."
    );
    assert_eq!(
        not_json.to_string(),
        "The saved data is not valid JSON (eof)."
    );
    assert_eq!(
        ImportError::SameOutcomeColumn {
            column: "result:Calls".into()
        }
        .to_string(),
        "The CSV column “result:Calls” can’t be a result: another column has the same result."
    );
    assert_eq!(
        RowProblem::SameDateAsLine(2).to_string(),
        "Its date is already on line 2."
    );
    assert_eq!(
        RowProblem::Refused(vec!["Brand is required.".into(), "Calls: no.".into()]).to_string(),
        "Brand is required. Calls: no."
    );
    assert_eq!(
        Place::Entry {
            number: 3,
            date: Some(day())
        }
        .to_string(),
        "Snapshot 3 (2026-01-19)"
    );
}

#[test]
fn placeholders_are_filled_in_german() {
    assert_eq!(
        import_problem(Lang::De, &ImportError::UnterminatedQuote { line: 7 }),
        "Ein in Zeile 7 geöffnetes Anführungszeichen wird nie geschlossen, sodass die folgenden Zeilen als eine einzige Notiz gelesen würden. Schließen Sie das Anführungszeichen (oder entfernen Sie es) und importieren Sie erneut."
    );
    assert_eq!(place(Lang::De, &Place::Line(4)), "Zeile 4",);
    assert_eq!(
        i18n::transfer_invalid_row(
            Lang::De,
            place(Lang::De, &Place::Line(6)),
            row_problem(Lang::De, &RowProblem::SameDateAsLine(2)),
        ),
        "Zeile 6: Dasselbe Datum steht schon in Zeile 2."
    );
    // Placeholders in their own order, whatever the language's sentence does with them.
    assert_eq!(
        i18n::transfer_person_differs(Lang::En, 1, 2, "1 Jan", "Dana", 3, "8 Jan"),
        "Dana: the file’s copy was shared on 8 Jan, yours on 1 Jan (1 new, 2 changed, 3 not in the file’s copy)."
    );
}

#[test]
fn counted_phrases_take_each_languages_plural() {
    assert_eq!(i18n::transfer_added(Lang::En, 1), "1 new snapshot to add.");
    assert_eq!(
        i18n::transfer_added(Lang::En, 1_000),
        "1,000 new snapshots to add."
    );
    assert_eq!(
        i18n::transfer_added(Lang::De, 1),
        "1 neue Momentaufnahme wird hinzugefügt."
    );
    assert_eq!(
        i18n::transfer_added(Lang::De, 2),
        "2 neue Momentaufnahmen werden hinzugefügt."
    );
    assert_eq!(
        i18n::transfer_invalid_rows(Lang::De, 1),
        "1 Zeile kann nicht importiert werden und wird übersprungen:"
    );
    assert_eq!(
        i18n::transfer_invalid_rows(Lang::De, 12_345),
        "12.345 Zeilen können nicht importiert werden und werden übersprungen:"
    );
    // French counts 0 as one, and whole millions as "many".
    assert_eq!(i18n::share_link_label(Lang::Fr, 0), "Votre lien (0 relevé)");
    assert_eq!(
        i18n::share_link_label(Lang::Fr, 1_000_000),
        "Votre lien (1\u{202f}000\u{202f}000 de relevés)"
    );
    // A phrase whose English was built from "1 day is" / "days are" is one message now.
    assert_eq!(
        i18n::transfer_ahead(Lang::En, 1, "2 Feb 2099"),
        "1 day is dated after today (2 Feb 2099). It is imported as dated: check that date, or this device’s clock."
    );
    assert_eq!(
        i18n::transfer_ahead(Lang::En, 2, "9 Feb 2099"),
        "2 days are dated after today (the latest 9 Feb 2099). They are imported as dated: check those dates, or this device’s clock."
    );
    // The import's toast: its clauses, in English as the e2e tests read it.
    let message =
        i18n::transfer_imported(Lang::En, 1, i18n::transfer_imported_replaced(Lang::En, 2));
    assert_eq!(message, "Imported 1 snapshot, replaced 2.");
    let message = i18n::transfer_imported(
        Lang::En,
        3,
        [
            i18n::transfer_imported_results(Lang::En, 1),
            i18n::transfer_imported_people(Lang::En, 2),
        ]
        .concat(),
    );
    assert_eq!(
        message,
        "Imported 3 snapshots and 1 result, and restored 2 people saved from links."
    );
}

/// What differs between two copies of a day is named in the language; the values stay numbers.
#[test]
fn differences_are_named_in_german() {
    use ssi_lens::domain::transfer::differences;
    let mine = sample_history(today()).snapshots()[0].clone();
    let mut theirs = mine.clone();
    theirs.sample = !mine.sample;
    theirs.industry_rank = Some(3);
    theirs.outcomes.insert(42.into(), 2.5);
    let labels = |lang| -> Vec<String> {
        differences(&mine, &theirs, &[], lang)
            .into_iter()
            .map(|d| d.label)
            .collect()
    };
    let german = labels(Lang::De);
    assert!(german.contains(&"Ergebnis 42".to_string()), "{german:?}");
    assert!(german.contains(&"Art".to_string()), "{german:?}");
    let english = labels(Lang::En);
    assert!(english.contains(&"Result 42".to_string()), "{english:?}");
    assert!(english.contains(&"Kind".to_string()), "{english:?}");
    let kind = differences(&mine, &theirs, &[], Lang::De)
        .into_iter()
        .find(|d| d.label == "Art")
        .unwrap();
    assert!(["Beispieldaten", "Ihre Daten"].contains(&kind.mine.as_str()));
}

/// A CSV file made while the app speaks German is the same file: its columns are the English
/// names every version reads, and it imports back whole. Nothing written takes a language.
#[test]
fn a_csv_made_in_german_has_the_same_columns_and_imports_back() {
    let history = sample_history(today());
    // The German words are all around the export, and none of them is in the file.
    let _ = i18n::transfer_export_csv(Lang::De);
    let csv = to_csv(&history);
    let header: Vec<&str> = csv.lines().next().unwrap().split(',').collect();
    assert_eq!(&header[..CSV_HEADER.len()], CSV_HEADER);
    assert_eq!(
        &header[CSV_HEADER.len()..CSV_HEADER.len() + PEER_COLUMNS.len()],
        PEER_COLUMNS
    );
    for lang in Lang::ALL {
        for word in [
            i18n::transfer_field(lang),
            i18n::transfer_yours(lang),
            i18n::screen_history(lang),
        ] {
            assert!(!header.contains(&word), "{word} in the header");
        }
    }
    let mut seed = ssi_lens::domain::outcomes::IdSeed::new(1);
    let plan = plan_import(&csv, &Default::default(), today(), &mut seed).unwrap();
    assert!(plan.invalid.is_empty(), "{:?}", plan.invalid);
    assert_eq!(plan.added.len(), history.len());
    // The file's name has no words: the same for every language.
    assert_eq!(file_name(day(), "csv"), "ssi-lens-2026-01-19.csv");
}

/// A link carries no language: what a shared view says is worded in the viewer's, whoever
/// shared it (the banner's first line is the first paint's, `markup::shared_banner_words`).
#[test]
fn a_shared_view_is_worded_in_the_viewers_language() {
    let history = sample_history(today());
    let options = share::ShareOptions {
        range: Range::All,
        name: None,
        include_notes: false,
        own_data: true,
        include_goals: false,
    };
    let fragment = share::encode(&share::select(&history, &options, today())).unwrap();
    let shared: SharedHistory = share::decode(&fragment).unwrap();
    assert!(shared.own_data);
    let on = shared.shared_on.to_string();
    assert_eq!(
        i18n::share_own_after(Lang::En, &on),
        format!(", shared on {on}. Nothing here is saved in this browser until you move it into your history.")
    );
    let german = i18n::share_own_after(Lang::De, &on);
    assert_eq!(
        german,
        format!(", geteilt am {on}. Nichts hiervon wird in diesem Browser gespeichert, bis Sie es in Ihren Verlauf übernehmen.")
    );
    assert_eq!(
        i18n::share_move_in(Lang::De),
        "In meinen Verlauf übernehmen"
    );
    assert_eq!(
        i18n::share_history_of(Lang::De, "Dana"),
        "SSI-Verlauf von Dana"
    );
}
