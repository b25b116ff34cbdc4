//! Recording a snapshot: the form, the paste box, quick add, capture, and the history; the
//! paste's, the form's and the history's refusals worded. Dates inside a domain refusal are
//! written as the domain knows them (ISO, "2026-11-25"); the screens put readable dates into
//! their own messages.

use super::*;
use crate::domain::capture::{BookmarkletWords, CaptureError};
use crate::domain::decimal::TypedDecimalError;
use crate::domain::history::HistoryError;
use crate::domain::iso_date::DateError;
use crate::domain::number::{format_number, DecimalMark};
use crate::domain::paste::{Missing, Note, PasteError, PasteHint};
use crate::domain::snapshot::{Field, FieldError, FieldProblem, TypedDateError};
use crate::domain::Pillar;

/// Why a paste was not read.
pub fn paste_problem(lang: Lang, error: &PasteError) -> String {
    match error {
        PasteError::Empty => entry_paste_empty(lang).into(),
        PasteError::TooLarge(bytes) => entry_paste_too_large(lang, bytes),
        PasteError::NotAnSsiPage { found, hint: None } => entry_paste_not_ssi_page(lang, found),
        PasteError::NotAnSsiPage {
            found,
            hint: Some(PasteHint::NamesApartFromScores),
        } => entry_paste_not_ssi_page_names_apart(lang, found),
        PasteError::NotAnSsiPage {
            found,
            hint: Some(PasteHint::OnlyRanks),
        } => entry_paste_not_ssi_page_only_ranks(lang, found),
    }
}
crate::english_display!(PasteError, paste_problem);

/// What the preview says when the page's order rather than its words decided a value, or
/// why a value was left empty.
pub fn paste_note(lang: Lang, note: &Note) -> String {
    match note {
        Note::PillarsByPlace(pillars) if pillars.len() == 4 => {
            entry_note_all_pillars_by_place(lang).into()
        }
        Note::PillarsByPlace(pillars) => {
            let names: Vec<&str> = pillars.iter().map(|&p| ssi::pillar_name(lang, p)).collect();
            match names.as_slice() {
                [one] => entry_note_pillar_by_place(lang, one),
                [rest @ .., last] => entry_note_pillars_by_place(lang, last, rest.join(", ")),
                [] => String::new(),
            }
        }
        Note::LabelsDisagree => entry_note_labels_disagree(lang).into(),
        Note::PeerBreakdownsByOrder => entry_note_peer_breakdowns_by_order(lang).into(),
        Note::RanksByOrder => entry_note_ranks_by_order(lang).into(),
        Note::AveragesByOrder => entry_note_averages_by_order(lang).into(),
        Note::TotalUnclear => entry_note_total_unclear(lang).into(),
    }
}

/// A value the page did not show, as the preview lists it.
pub fn missing(lang: Lang, missing: Missing) -> &'static str {
    match missing {
        Missing::Overall => entry_missing_overall(lang),
        Missing::IndustryRank => entry_missing_industry_rank(lang),
        Missing::NetworkRank => entry_missing_network_rank(lang),
        Missing::IndustryAverage => entry_missing_industry_average(lang),
        Missing::NetworkAverage => entry_missing_network_average(lang),
        Missing::IndustryName => entry_missing_industry_name(lang),
        Missing::IndustryPillars => entry_missing_industry_pillars(lang),
        Missing::NetworkPillars => entry_missing_network_pillars(lang),
    }
}

/// Why a captured or shared page could not be read.
pub fn capture_problem(lang: Lang, error: &CaptureError) -> String {
    match error {
        CaptureError::TooLarge => entry_capture_too_large(lang).into(),
        CaptureError::Damaged => entry_capture_damaged(lang).into(),
        CaptureError::FromTheFuture { found, supported } => {
            entry_capture_from_the_future(lang, found, supported)
        }
        CaptureError::Lost => entry_capture_lost(lang).into(),
        CaptureError::ShareLost => entry_capture_share_lost(lang).into(),
        CaptureError::NothingShared => entry_capture_nothing_shared(lang).into(),
    }
}
crate::english_display!(CaptureError, capture_problem);

/// The capture bookmarklet opening SSI Lens at `app_url`, saying what it says on LinkedIn's
/// page in `lang`: the user drags it in their language, and it keeps speaking it there.
pub fn bookmarklet(lang: Lang, app_url: &str) -> String {
    crate::domain::capture::bookmarklet(
        app_url,
        &BookmarkletWords {
            not_the_ssi_page: entry_bookmarklet_not_ssi_page(lang),
            cannot_capture: entry_bookmarklet_cannot_capture(lang),
            tab_blocked: entry_bookmarklet_tab_blocked(lang),
        },
    )
}

/// A field of the snapshot form, named the way the user sees it (a pillar by its name).
pub fn field_label(lang: Lang, field: Field) -> &'static str {
    match field {
        Field::Date => entry_field_date(lang),
        Field::Overall => entry_field_overall(lang),
        Field::Pillar(p) => ssi::pillar_name(lang, p),
        Field::IndustryRank => entry_field_industry_rank(lang),
        Field::NetworkRank => entry_field_network_rank(lang),
        Field::IndustryAvg => entry_field_industry_average(lang),
        Field::NetworkAvg => entry_field_network_average(lang),
        Field::Industry => entry_field_industry(lang),
        Field::Note => entry_field_note(lang),
    }
}

/// Why a field was refused, naming the field.
pub fn field_problem(lang: Lang, error: &FieldError) -> String {
    let field = field_label(lang, error.field);
    // A score as the user would type it: "12.25", "12,25".
    let example = |mark: DecimalMark| format!("12{}25", mark.char());
    match &error.problem {
        FieldProblem::Required { max } => entry_field_required(lang, field, format_number(*max)),
        FieldProblem::Negative => entry_field_negative(lang, field),
        FieldProblem::NotANumber { mark } => entry_field_not_a_number(lang, example(*mark), field),
        FieldProblem::Ambiguous { text, mark } => match mark {
            DecimalMark::Point => entry_field_ambiguous_point(lang, example(*mark), field, text),
            DecimalMark::Comma => entry_field_ambiguous_comma(lang, example(*mark), field, text),
        },
        FieldProblem::TooManyDecimals => entry_field_too_many_decimals(lang, field),
        FieldProblem::OutOfRange { max } => {
            entry_field_out_of_range(lang, field, format_number(*max))
        }
        FieldProblem::NotARank => entry_field_not_a_rank(lang, field),
        FieldProblem::TooLong { max_chars } => entry_field_too_long(lang, field, max_chars),
        FieldProblem::PeerPillarOutOfRange(pillar) => entry_field_peer_pillar_out_of_range(
            lang,
            format_number(Pillar::MAX),
            ssi::pillar_name(lang, *pillar),
        ),
        FieldProblem::Date(error) => typed_date_problem(lang, error).into(),
    }
}
crate::english_display!(FieldError, field_problem);

/// Why a typed date was refused.
pub fn typed_date_problem(lang: Lang, error: &TypedDateError) -> &'static str {
    match error {
        TypedDateError::Missing => entry_date_missing(lang),
        TypedDateError::NotADate => entry_date_not_a_date(lang),
        TypedDateError::Ahead => entry_date_ahead(lang),
    }
}
crate::english_display!(TypedDateError, typed_date_problem);

/// Why a change to the history was refused. A goal's or an outcome's refusal is its own
/// area's to word.
pub fn history_problem(lang: Lang, error: &HistoryError) -> String {
    match error {
        HistoryError::DateTaken(date) => entry_history_date_taken(lang, date),
        HistoryError::NotFound(date) => entry_history_not_found(lang, date),
        HistoryError::InvalidSnapshot { date, errors } => {
            let problems: Vec<String> = errors.iter().map(|e| field_problem(lang, e)).collect();
            entry_history_invalid_snapshot(lang, date, problems.join(" "))
        }
        HistoryError::InvalidOutcomeValue(date) => entry_history_invalid_outcome_value(lang, date),
        HistoryError::TooManyResultDays => entry_history_too_many_result_days(lang).into(),
        // Worded by the results' area, where goals and results are.
        HistoryError::Goal(error) => super::results::goal_problem(lang, error),
        HistoryError::Outcome(error) => super::results::outcome_problem(lang, error),
    }
}
crate::english_display!(HistoryError, history_problem);

/// Why a number as typed was not read (never shown alone: a field's or a goal's refusal says
/// what to type).
pub fn typed_decimal_problem(lang: Lang, error: &TypedDecimalError) -> &'static str {
    match error {
        TypedDecimalError::NotANumber => entry_decimal_not_a_number(lang),
        TypedDecimalError::BothMarks => entry_decimal_both_marks(lang),
        TypedDecimalError::Ambiguous => entry_decimal_ambiguous(lang),
    }
}
crate::english_display!(TypedDecimalError, typed_decimal_problem);

/// Why a text is not a date; in English, chrono's words, which stored data's errors quote.
pub fn date_problem(lang: Lang, error: &DateError) -> &'static str {
    match error {
        DateError::OutOfRange => entry_iso_date_out_of_range(lang),
        DateError::Invalid => entry_iso_date_invalid(lang),
        DateError::TooShort => entry_iso_date_too_short(lang),
        DateError::TooLong => entry_iso_date_too_long(lang),
    }
}
crate::english_display!(DateError, date_problem);

#[cfg(target_arch = "wasm32")]
mod clipboard {
    use super::*;
    use crate::edges::clipboard::{CopyError, ReadError};

    /// Why the clipboard could not be read on a tap.
    pub fn read_problem(lang: Lang, error: &ReadError) -> &'static str {
        match error {
            ReadError::Unsupported => entry_clipboard_read_unsupported(lang),
            ReadError::Refused => entry_clipboard_read_refused(lang),
            ReadError::Empty => entry_clipboard_read_empty(lang),
        }
    }
    crate::english_display!(ReadError, read_problem);

    /// Why a copy to the clipboard did not happen.
    pub fn copy_problem(lang: Lang, error: &CopyError) -> &'static str {
        match error {
            CopyError::Unsupported => entry_clipboard_copy_unsupported(lang),
            CopyError::Refused => entry_clipboard_copy_refused(lang),
        }
    }
    crate::english_display!(CopyError, copy_problem);
}
#[cfg(target_arch = "wasm32")]
pub use clipboard::{copy_problem, read_problem};

/// Where a message's `{link}` goes, for a screen that puts a link inside a sentence.
const LINK: &str = "\u{1}";

/// A sentence with a link in it, worded whole by `words` (given where the link goes): the text
/// before the link and the text after it, so each language places the link where it reads
/// naturally.
pub fn around_link(words: impl FnOnce(&str) -> String) -> (String, String) {
    let sentence = words(LINK);
    match sentence.split_once(LINK) {
        Some((before, after)) => (before.to_string(), after.to_string()),
        None => (sentence, String::new()),
    }
}
