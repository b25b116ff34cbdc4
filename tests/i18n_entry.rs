//! Recording a snapshot in the user's language: every refusal of the paste, the form, the
//! capture and the history worded in German (and unchanged in English), the bookmarklet
//! speaking German, and the history's counted phrases.

use chrono::NaiveDate;
use ssi_lens::domain::capture::CaptureError;
use ssi_lens::domain::decimal::TypedDecimalError;
use ssi_lens::domain::iso_date::DateError;
use ssi_lens::domain::number::DecimalMark;
use ssi_lens::domain::paste::{Missing, Note, PasteError, PasteHint};
use ssi_lens::domain::snapshot::{Field, FieldError, FieldProblem, TypedDateError};
use ssi_lens::domain::{HistoryError, Pillar};
use ssi_lens::i18n::{self, entry, Lang};

fn day() -> NaiveDate {
    NaiveDate::from_ymd_opt(2026, 11, 25).unwrap()
}

/// Every wording is there in English and German, and German's is its own.
fn worded_apart(what: &str, english: String, german: String) {
    assert!(!english.trim().is_empty(), "{what}: English is empty");
    assert!(!german.trim().is_empty(), "{what}: German is empty");
    assert_ne!(english, german, "{what}: German keeps English's words");
}

fn field_errors() -> Vec<FieldError> {
    use FieldProblem::*;
    let problems = [
        Required { max: 25.0 },
        Negative,
        NotANumber {
            mark: DecimalMark::Comma,
        },
        Ambiguous {
            text: "1,234".into(),
            mark: DecimalMark::Point,
        },
        Ambiguous {
            text: "1.234".into(),
            mark: DecimalMark::Comma,
        },
        TooManyDecimals,
        OutOfRange { max: 100.0 },
        NotARank,
        TooLong { max_chars: 500 },
        PeerPillarOutOfRange(Pillar::People),
        Date(TypedDateError::Missing),
        Date(TypedDateError::NotADate),
        Date(TypedDateError::Ahead),
    ];
    let mut errors: Vec<FieldError> = problems
        .into_iter()
        .map(|p| FieldError::new(Field::Overall, p))
        .collect();
    // Every field's name too.
    errors.extend(Field::ALL.map(|f| FieldError::new(f, FieldProblem::Negative)));
    errors
}

#[test]
fn every_refusal_of_the_form_is_worded_in_german() {
    for error in field_errors() {
        worded_apart(
            &format!("{error:?}"),
            entry::field_problem(Lang::En, &error),
            entry::field_problem(Lang::De, &error),
        );
        assert_eq!(error.to_string(), entry::field_problem(Lang::En, &error));
    }
    // The field's name and the limit fill the sentence; other languages name the field first,
    // so no word has to agree with it ("Personen", "Marque").
    let error = FieldError::new(
        Field::Pillar(Pillar::Brand),
        FieldProblem::Required { max: 25.0 },
    );
    assert_eq!(error.to_string(), "Brand is required (0 to 25).");
    assert_eq!(
        entry::field_problem(Lang::De, &error),
        "Marke: Geben Sie einen Wert von 0 bis 25 ein."
    );
    let ambiguous = FieldError::new(
        Field::Overall,
        FieldProblem::Ambiguous {
            text: "1,234".into(),
            mark: DecimalMark::Point,
        },
    );
    assert_eq!(
        ambiguous.to_string(),
        "Overall SSI “1,234” could be read two ways: write its decimals after a point, like 12.25."
    );
    assert_eq!(
        entry::field_label(Lang::De, Field::IndustryRank),
        "Branchenrang (Top %)"
    );
}

#[test]
fn every_refusal_of_a_paste_is_worded_in_german() {
    let errors = [
        PasteError::Empty,
        PasteError::TooLarge(2_000_000),
        PasteError::NotAnSsiPage {
            found: 2,
            hint: None,
        },
        PasteError::NotAnSsiPage {
            found: 4,
            hint: Some(PasteHint::NamesApartFromScores),
        },
        PasteError::NotAnSsiPage {
            found: 0,
            hint: Some(PasteHint::OnlyRanks),
        },
    ];
    for error in &errors {
        worded_apart(
            &format!("{error:?}"),
            entry::paste_problem(Lang::En, error),
            entry::paste_problem(Lang::De, error),
        );
    }
    // English as it always was, the hint after the count.
    assert_eq!(
        errors[4].to_string(),
        "This doesn’t look like LinkedIn’s SSI page. Expected the four pillar scores (each 0 to 25) with their names, but found 0 of 4. The ranks were there: make sure the whole page was selected."
    );
    assert!(entry::paste_problem(Lang::De, &errors[2]).contains("2 von 4"));
}

#[test]
fn every_note_and_missing_value_of_the_preview_is_worded_in_german() {
    let notes = [
        Note::PillarsByPlace(Pillar::ALL.to_vec()),
        Note::PillarsByPlace(vec![Pillar::Insights]),
        Note::PillarsByPlace(vec![Pillar::Brand, Pillar::People, Pillar::Relationships]),
        Note::LabelsDisagree,
        Note::PeerBreakdownsByOrder,
        Note::RanksByOrder,
        Note::AveragesByOrder,
        Note::TotalUnclear,
    ];
    for note in &notes {
        worded_apart(
            &format!("{note:?}"),
            entry::paste_note(Lang::En, note),
            entry::paste_note(Lang::De, note),
        );
    }
    assert_eq!(
        entry::paste_note(Lang::En, &notes[2]),
        "Brand, People and Relationships were read by their places on the page (their names weren’t recognised). Please check them."
    );
    assert!(entry::paste_note(Lang::De, &notes[2]).starts_with("Marke, Personen und Beziehungen "));
    let missing = [
        Missing::Overall,
        Missing::IndustryRank,
        Missing::NetworkRank,
        Missing::IndustryAverage,
        Missing::NetworkAverage,
        Missing::IndustryName,
        Missing::IndustryPillars,
        Missing::NetworkPillars,
    ];
    for m in missing {
        worded_apart(
            &format!("{m:?}"),
            entry::missing(Lang::En, m).into(),
            entry::missing(Lang::De, m).into(),
        );
    }
}

#[test]
fn every_refusal_of_a_capture_is_worded_in_german() {
    let errors = [
        CaptureError::TooLarge,
        CaptureError::Damaged,
        CaptureError::FromTheFuture {
            found: 3,
            supported: 2,
        },
        CaptureError::Lost,
        CaptureError::ShareLost,
        CaptureError::NothingShared,
    ];
    for error in &errors {
        worded_apart(
            &format!("{error:?}"),
            entry::capture_problem(Lang::En, error),
            entry::capture_problem(Lang::De, error),
        );
    }
    assert!(entry::capture_problem(Lang::De, &errors[2])
        .contains("(Format 3; diese Version liest bis 2)"));
}

#[test]
fn every_refusal_of_the_history_is_worded_in_german() {
    let invalid = HistoryError::InvalidSnapshot {
        date: day(),
        errors: vec![
            FieldError::new(Field::Overall, FieldProblem::OutOfRange { max: 100.0 }),
            FieldError::new(Field::Note, FieldProblem::TooLong { max_chars: 500 }),
        ],
    };
    let errors = [
        HistoryError::DateTaken(day()),
        HistoryError::NotFound(day()),
        invalid.clone(),
        HistoryError::InvalidOutcomeValue(day()),
        HistoryError::TooManyResultDays,
    ];
    for error in &errors {
        worded_apart(
            &format!("{error:?}"),
            entry::history_problem(Lang::En, error),
            entry::history_problem(Lang::De, error),
        );
    }
    assert_eq!(
        invalid.to_string(),
        "The snapshot of 2026-11-25 is invalid: Overall SSI must be between 0 and 100. Note can be at most 500 characters."
    );
    assert_eq!(
        entry::history_problem(Lang::De, &invalid),
        "Die Momentaufnahme vom 2026-11-25 ist ungültig: SSI gesamt: Der Wert muss zwischen 0 und 100 liegen. Notiz: Höchstens 500 Zeichen."
    );
}

#[test]
fn a_typed_number_and_a_date_are_refused_in_german_too() {
    for error in [
        TypedDecimalError::NotANumber,
        TypedDecimalError::BothMarks,
        TypedDecimalError::Ambiguous,
    ] {
        worded_apart(
            &format!("{error:?}"),
            entry::typed_decimal_problem(Lang::En, &error).into(),
            entry::typed_decimal_problem(Lang::De, &error).into(),
        );
    }
    for error in [
        DateError::OutOfRange,
        DateError::Invalid,
        DateError::TooShort,
        DateError::TooLong,
    ] {
        worded_apart(
            &format!("{error:?}"),
            entry::date_problem(Lang::En, &error).into(),
            entry::date_problem(Lang::De, &error).into(),
        );
    }
    // Stored data's errors keep quoting chrono's words.
    assert_eq!(DateError::TooLong.to_string(), "trailing input");
}

#[test]
fn the_bookmarklet_speaks_the_users_language_on_linkedins_page() {
    let german = entry::bookmarklet(Lang::De, "https://example.org/ssi-lens/");
    for message in [
        i18n::entry_bookmarklet_not_ssi_page(Lang::De),
        i18n::entry_bookmarklet_cannot_capture(Lang::De),
        i18n::entry_bookmarklet_tab_blocked(Lang::De),
    ] {
        assert!(
            german.contains(&format!("alert(\"{message}\")")),
            "{german}"
        );
    }
    assert!(!german.contains("this isn’t LinkedIn’s SSI page"));
    let english = entry::bookmarklet(Lang::En, "https://example.org/ssi-lens/");
    assert!(english.contains(
        "alert(\"SSI Lens: this isn’t LinkedIn’s SSI page. Open linkedin.com/sales/ssi, then click the bookmark again.\")"
    ));
    // Every language's stays as small as the domain's budget for it.
    for lang in Lang::ALL {
        let link = entry::bookmarklet(lang, "https://example.org/ssi-lens/");
        assert!(link.chars().count() < 1500, "{lang:?}: {}", link.len());
        assert!(!link.contains("__"), "{lang:?}: a placeholder left: {link}");
    }
}

#[test]
fn the_historys_counts_take_each_languages_plural() {
    assert_eq!(
        i18n::history_count_newest_first(Lang::En, 1),
        "1 snapshot, newest first."
    );
    assert_eq!(
        i18n::history_count_newest_first(Lang::En, 120),
        "120 snapshots, newest first."
    );
    assert_eq!(
        i18n::history_waiting(Lang::De, 1),
        "1 neue Momentaufnahme aus einem anderen Tab erscheint, sobald der Zeiger die Tabelle verlässt."
    );
    assert_eq!(
        i18n::history_waiting(Lang::De, 3),
        "3 neue Momentaufnahmen aus einem anderen Tab erscheinen, sobald der Zeiger die Tabelle verlässt."
    );
    // French counts 0 as one, and says "de" after whole millions.
    assert_eq!(
        i18n::history_count_newest_first(Lang::Fr, 0),
        "0 relevé, du plus récent au plus ancien."
    );
    assert_eq!(
        i18n::history_count_newest_first(Lang::Fr, 1_000_000),
        "1\u{202f}000\u{202f}000 de relevés, du plus récent au plus ancien."
    );
    assert_eq!(i18n::history_show_more(Lang::En, 20), "Show 20 more");
    assert_eq!(i18n::history_show_more(Lang::De, 1), "1 weitere zeigen");
}

#[test]
fn a_link_goes_where_each_language_puts_it_in_the_sentence() {
    let (before, after) = entry::around_link(|link| i18n::entry_full_form(Lang::En, link));
    assert_eq!(before, "");
    assert_eq!(after, ": the total, averages, a note and the paste box.");
    for lang in Lang::ALL {
        let (before, after) = entry::around_link(|link| i18n::entry_paste_how(lang, link));
        assert!(!before.is_empty() && !after.is_empty(), "{lang:?}");
        assert!(
            !before.contains('\u{1}') && !after.contains('\u{1}'),
            "{lang:?}"
        );
    }
    let (before, _) = entry::around_link(|link| i18n::entry_capture_how(Lang::De, link));
    assert_eq!(before, "Ziehen Sie ");
}
