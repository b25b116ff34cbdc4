//! Sharing and moving data: share links, QR codes, backups, CSV and JSON files, imports and
//! storage, and their refusals worded. File contents (column names, keys) never go through here.
//!
//! Where a refusal carries another area's reason (a history or people rule broken, the form's
//! reasons for a row), that reason is the other area's words, put in the `{why}` placeholder.

use super::*;
use crate::domain::envelope::EnvelopeError;
use crate::domain::share::qr::{QrError, QR_MAX_BYTES};
use crate::domain::share::{EncodeError, Malformed, ShareError, MAX_FRAGMENT_CHARS};
use crate::domain::transfer::{ImportError, Place, RowProblem};

/// Why a share link can't be opened.
pub fn share_problem(lang: Lang, error: &ShareError) -> String {
    match error {
        ShareError::NotAShareLink => share_error_not_a_link(lang).into(),
        ShareError::TooLong => share_error_too_long(lang).into(),
        ShareError::Damaged => share_error_damaged(lang).into(),
        ShareError::FromTheFuture { found, supported } => {
            share_error_from_the_future(lang, found, supported)
        }
        ShareError::TooLarge => share_error_too_large(lang).into(),
        ShareError::Malformed(why) => share_error_invalid(lang, malformed(lang, *why)),
        ShareError::Invalid(why) => share_error_invalid(lang, why),
    }
}

/// What is wrong with a link's bytes, as a short clause ("it ends too soon").
pub fn malformed(lang: Lang, why: Malformed) -> &'static str {
    match why {
        Malformed::EndsTooSoon => share_broken_ends_too_soon(lang),
        Malformed::NumberTooLong => share_broken_number_too_long(lang),
        Malformed::TextPastEnd => share_broken_text_past_end(lang),
        Malformed::TextNotUtf8 => share_broken_text_not_utf8(lang),
        Malformed::DateOutOfRange => share_broken_date_out_of_range(lang),
        Malformed::GoalCount => share_broken_goal_count(lang),
        Malformed::GoalUnknown => share_broken_goal_unknown(lang),
        Malformed::GoalOutOfRange => share_broken_goal_out_of_range(lang),
        Malformed::ScoreOutOfRange => share_broken_score_out_of_range(lang),
        Malformed::TextTooLong => share_broken_text_too_long(lang),
        Malformed::TooFewSnapshots => share_broken_too_few_snapshots(lang),
        Malformed::UnknownScale => share_broken_unknown_scale(lang),
        Malformed::SameDay => share_broken_same_day(lang),
        Malformed::DataAfterEnd => share_broken_data_after_end(lang),
        Malformed::PeersIncomplete => share_broken_peers_incomplete(lang),
        Malformed::PillarMissing => share_broken_pillar_missing(lang),
    }
}
crate::english_display!(ShareError, share_problem);

/// Why no link is made for the snapshots chosen.
pub fn encode_problem(lang: Lang, error: &EncodeError) -> String {
    match error {
        EncodeError::TooLong { chars } => share_encode_too_long(lang, chars, MAX_FRAGMENT_CHARS),
        EncodeError::TooLarge => share_encode_too_large(lang).into(),
        EncodeError::TextTooLong => share_encode_text_too_long(lang).into(),
        EncodeError::Invalid { date } => share_encode_invalid(lang, date),
        EncodeError::NothingToMove => share_encode_nothing_to_move(lang).into(),
    }
}
crate::english_display!(EncodeError, encode_problem);

/// Why a link gets no QR code.
pub fn qr_problem(lang: Lang, error: &QrError) -> String {
    match error {
        QrError::TooLong { chars } => share_qr_too_long(lang, chars, QR_MAX_BYTES),
    }
}
crate::english_display!(QrError, qr_problem);

/// Why the data saved in this browser (or another tab's save) can't be read.
pub fn saved_data_problem(lang: Lang, error: &EnvelopeError) -> String {
    match error {
        EnvelopeError::NotJson(why) => storage_saved_not_json(lang, why),
        EnvelopeError::WrongShape(why) => storage_saved_wrong_shape(lang, why),
        EnvelopeError::FromTheFuture { found, supported } => {
            storage_saved_from_the_future(lang, found, supported)
        }
        EnvelopeError::Invalid(why) => {
            storage_saved_breaks_rule(lang, super::entry::history_problem(lang, why))
        }
        EnvelopeError::InvalidPeople(why) => {
            storage_saved_people_break_rule(lang, super::team::people_problem(lang, why))
        }
    }
}
crate::english_display!(EnvelopeError, saved_data_problem);

/// Why a file can't be imported. A backup's problems are said of the file, not of the data
/// saved in this browser.
pub fn import_problem(lang: Lang, error: &ImportError) -> String {
    match error {
        ImportError::Empty => transfer_error_empty(lang).into(),
        ImportError::TooLarge(bytes) => transfer_error_too_large(lang, bytes),
        ImportError::Json(EnvelopeError::NotJson(why)) => transfer_error_not_json(lang, why),
        ImportError::Json(EnvelopeError::WrongShape(why)) => transfer_error_not_a_backup(lang, why),
        ImportError::Json(EnvelopeError::FromTheFuture { found, supported }) => {
            transfer_error_from_the_future(lang, found, supported)
        }
        ImportError::Json(EnvelopeError::Invalid(why)) => {
            transfer_error_breaks_rule(lang, super::entry::history_problem(lang, why))
        }
        ImportError::Json(EnvelopeError::InvalidPeople(why)) => {
            transfer_error_people_break_rule(lang, super::team::people_problem(lang, why))
        }
        ImportError::MissingColumns(column) => transfer_error_missing_column(lang, column),
        ImportError::TeamExport => transfer_error_team_export(lang).into(),
        ImportError::NotATeamBackup => transfer_error_not_a_team_backup(lang).into(),
        ImportError::Csv(why) => transfer_error_csv(lang, why),
        ImportError::UnterminatedQuote { line } => transfer_error_unterminated_quote(lang, line),
        ImportError::OutcomeColumn { column, reason } => {
            transfer_error_outcome_column(lang, column, reason)
        }
        ImportError::SameOutcomeColumn { column } => {
            transfer_error_same_outcome_column(lang, column)
        }
        ImportError::TooManyRows { limit, line: None } => transfer_error_too_many_rows(lang, limit),
        ImportError::TooManyRows {
            limit,
            line: Some(line),
        } => transfer_error_too_many_rows_at(lang, limit, line),
    }
}
crate::english_display!(ImportError, import_problem);

/// Where a refused row was in the file: "Line 4", "Snapshot 3 (2026-01-19)".
pub fn place(lang: Lang, place: &Place) -> String {
    match place {
        Place::Line(line) => transfer_place_line(lang, line),
        Place::Entry {
            number,
            date: Some(date),
        } => transfer_place_entry_dated(lang, date, number),
        Place::Entry { number, date: None } => transfer_place_entry(lang, number),
    }
}

/// Why a row or entry of a file can't be imported.
pub fn row_problem(lang: Lang, problem: &RowProblem) -> String {
    match problem {
        RowProblem::Refused(reasons) => reasons.join(" "),
        RowProblem::Unreadable(why) => transfer_row_unreadable(lang, why),
        RowProblem::NotASnapshot(why) => transfer_row_not_a_snapshot(lang, why),
        RowProblem::SameDateAsLine(line) => transfer_row_same_date_line(lang, line),
        RowProblem::SameDateAsEntry(number) => transfer_row_same_date_entry(lang, number),
    }
}
crate::english_display!(RowProblem, row_problem);

/// The browser's side of sharing and moving data: storage, files, downloads, the share sheet.
#[cfg(target_arch = "wasm32")]
mod edges {
    use super::*;
    use crate::edges::dialog::DialogError;
    use crate::edges::download::DownloadError;
    use crate::edges::files::FileError;
    use crate::edges::location::NotOpened;
    use crate::edges::share_sheet::ShareSheetError;
    use crate::edges::storage::{Refusal, StorageError};
    use crate::edges::visibility::VisibilityError;

    /// Why the browser's storage failed the history.
    pub fn storage_problem(lang: Lang, error: &StorageError) -> String {
        match error {
            StorageError::Unavailable => storage_unavailable(lang).into(),
            StorageError::WriteFailed(why) => storage_write_failed(lang, refusal(lang, why)),
            StorageError::ReadFailed(why) => storage_read_failed(lang, refusal(lang, why)),
            StorageError::Waiting => storage_waiting(lang).into(),
        }
    }
    crate::english_display!(StorageError, storage_problem);

    /// Why the browser's storage refused, as a short clause ("storage is full").
    pub fn refusal(lang: Lang, refusal: &Refusal) -> String {
        match refusal {
            Refusal::Full => storage_full(lang).into(),
            Refusal::Named(name) => name.clone(),
            Refusal::Unknown => storage_unknown_error(lang).into(),
            Refusal::NotReadBack => storage_not_read_back(lang).into(),
        }
    }

    /// Why a chosen file could not be read.
    pub fn file_problem(lang: Lang, error: &FileError) -> String {
        match error {
            FileError::NoFile => storage_no_file(lang).into(),
            FileError::Unreadable(name) => storage_file_unreadable(lang, name),
            FileError::TooLarge { name, size, limit } => {
                storage_file_too_large(lang, limit, name, size)
            }
        }
    }
    crate::english_display!(FileError, file_problem);

    /// Why a download did not start.
    pub fn download_problem(lang: Lang, error: &DownloadError) -> String {
        match error {
            DownloadError::Browser(why) => storage_download_failed(lang, why),
        }
    }
    crate::english_display!(DownloadError, download_problem);

    /// Why the share sheet shared nothing.
    pub fn share_sheet_problem(lang: Lang, error: &ShareSheetError) -> String {
        match error {
            ShareSheetError::Unavailable => share_sheet_unavailable(lang).into(),
            ShareSheetError::Cancelled => share_sheet_cancelled(lang).into(),
            ShareSheetError::Refused(why) => share_sheet_refused(lang, why),
        }
    }
    crate::english_display!(ShareSheetError, share_sheet_problem);

    /// Why a dialog did not open.
    pub fn dialog_problem(lang: Lang, error: &DialogError) -> String {
        match error {
            DialogError::Open(why) => storage_dialog_failed(lang, why),
        }
    }
    crate::english_display!(DialogError, dialog_problem);

    /// The browser would not open an address.
    pub fn not_opened(lang: Lang, error: &NotOpened) -> String {
        storage_not_opened(lang, &error.0)
    }
    crate::english_display!(NotOpened, not_opened);

    /// Why an element's coming into view can't be watched.
    pub fn visibility_problem(lang: Lang, error: &VisibilityError) -> String {
        match error {
            VisibilityError::Unsupported => storage_no_visibility(lang).into(),
        }
    }
    crate::english_display!(VisibilityError, visibility_problem);
}
#[cfg(target_arch = "wasm32")]
pub use edges::*;

/// The user's own data, read or changed from a shared view.
#[cfg(all(target_arch = "wasm32", feature = "app"))]
mod own_data {
    use super::*;
    use crate::ui::state::OwnDataError;

    /// Why nothing of the user's own data was saved from a shared view.
    pub fn own_data_problem(lang: Lang, error: &OwnDataError) -> String {
        match error {
            OwnDataError::Unreadable => storage_own_unreadable(lang).into(),
            OwnDataError::Unavailable => storage_own_unavailable(lang).into(),
            OwnDataError::ReadFailed => storage_own_read_failed(lang).into(),
            OwnDataError::Refused(why) => storage_own_refused(lang, saved_data_problem(lang, why)),
            OwnDataError::WriteFailed(why) => storage_own_write_failed(lang, refusal(lang, why)),
            OwnDataError::People(why) => {
                storage_own_people(lang, super::team::people_problem(lang, why))
            }
        }
    }
    crate::english_display!(OwnDataError, own_data_problem);
}
#[cfg(all(target_arch = "wasm32", feature = "app"))]
pub use own_data::*;
