//! Export the whole history (JSON envelope or CSV) and plan an import before applying it.
//! Every way data comes in (form, CSV, backup) is checked by the same domain rules.

mod csv;
mod diff;
mod encoding;
mod json;
mod people;
mod plan;
mod scan;
mod team;

use chrono::NaiveDate;

use super::envelope::{self, EnvelopeError};
use super::history::History;
use super::ids::IdSeed;
use super::people::People;
use super::stored::Stored;

pub use self::csv::{neutralise, restore, to_csv, CSV_HEADER, OUTCOME_PREFIX, PEER_COLUMNS};
pub use diff::{differences, summary, Difference, EMPTY};
pub use encoding::{decode_file, Encoding, FileText};
pub use people::{DifferingPerson, PeopleRestore};
pub use plan::{
    first_of, Conflict, ConflictChoice, GoalConflict, ImportPlan, InvalidRow, Place, ResultValue,
    RowProblem, Shown, PREVIEW_ROWS,
};
pub use team::{team_file_name, team_to_csv, team_to_json, PERSON_COLUMN};

/// Files larger than this are not read.
pub const MAX_IMPORT_BYTES: usize = 5_000_000;

/// Most snapshots one file may bring. Stored, a snapshot takes about 150 bytes, and browsers
/// give a site about 5 MB of local storage: 20,000 snapshots (3 MB) leave room for the rest.
/// A file with more is refused as soon as the row past the limit is read.
pub const MAX_IMPORT_ROWS: usize = 20_000;

#[derive(Clone, Debug, PartialEq)]
pub enum ImportError {
    Empty,
    TooLarge(usize),
    /// A backup that can't be read. The envelope's own messages speak of the saved data in
    /// storage; these speak of the file.
    Json(EnvelopeError),
    MissingColumns(String),
    /// A team export (one row per person per snapshot) is not anyone's own history.
    TeamExport,
    /// Given where only people are restored (the Team screen), a file with snapshots, goals or
    /// results of one's own: taking those in is History's import, seen and chosen there.
    NotATeamBackup,
    Csv(String),
    UnterminatedQuote {
        line: u64,
    },
    /// The column names a result the form refuses (`reason`: the results' own words).
    OutcomeColumn {
        column: String,
        reason: String,
    },
    /// Another column already names the same result.
    SameOutcomeColumn {
        column: String,
    },
    TooManyRows {
        limit: usize,
        line: Option<u64>,
    },
}

/// The file name for an export made on `today`: the same in every language (it has no words,
/// only the app's name and the date).
pub fn file_name(today: NaiveDate, extension: &str) -> String {
    format!("ssi-lens-{today}.{extension}")
}

/// The full backup: the versioned envelope of everything stored (the user's own history and
/// the people they keep), indented for people who open the file.
pub fn to_json(stored: &Stored) -> String {
    envelope::encode_pretty(stored)
}

/// Reads an exported JSON envelope or a CSV file and plans its import into everything stored
/// here: the user's own history, and apart from it the people a backup keeps.
pub fn plan_restore(
    text: &str,
    existing: &Stored,
    today: NaiveDate,
    seed: &mut IdSeed,
) -> Result<ImportPlan, ImportError> {
    plan(
        text,
        existing.history(),
        existing.people(),
        today,
        seed,
        MAX_IMPORT_ROWS,
    )
}

/// [`plan_restore`] for a team backup: the people it keeps, and nothing for the user's own
/// history. A file that would bring anything into that history is refused whole.
pub fn plan_team_restore(
    text: &str,
    existing: &Stored,
    today: NaiveDate,
    seed: &mut IdSeed,
) -> Result<ImportPlan, ImportError> {
    let plan = plan_restore(text, existing, today, seed)?;
    if plan.touches_own_history() {
        return Err(ImportError::NotATeamBackup);
    }
    Ok(plan)
}

/// [`plan_restore`] into a browser with `existing` history and nobody saved.
pub fn plan_import(
    text: &str,
    existing: &History,
    today: NaiveDate,
    seed: &mut IdSeed,
) -> Result<ImportPlan, ImportError> {
    plan_import_up_to(text, existing, today, seed, MAX_IMPORT_ROWS)
}

/// [`plan_import`] with another row limit (tests and benchmarks of large files).
pub fn plan_import_up_to(
    text: &str,
    existing: &History,
    today: NaiveDate,
    seed: &mut IdSeed,
    max_rows: usize,
) -> Result<ImportPlan, ImportError> {
    plan(text, existing, &People::new(), today, seed, max_rows)
}

fn plan(
    text: &str,
    existing: &History,
    existing_people: &People,
    today: NaiveDate,
    seed: &mut IdSeed,
    max_rows: usize,
) -> Result<ImportPlan, ImportError> {
    if text.len() > MAX_IMPORT_BYTES {
        return Err(ImportError::TooLarge(text.len()));
    }
    let text = text.trim_start_matches('\u{feff}');
    if text.trim().is_empty() {
        return Err(ImportError::Empty);
    }
    // A JSON list is JSON all the same: it is told it is not a backup, not that a CSV file
    // lacks a date column.
    let incoming = if text.trim_start().starts_with('[') {
        return Err(ImportError::Json(EnvelopeError::WrongShape(
            "it is a list; a backup is an object with a version and snapshots".into(),
        )));
    } else if text.trim_start().starts_with('{') {
        json::read_backup(text, max_rows)?
    } else {
        csv::read_csv(text, today, max_rows)?
    };
    Ok(ImportPlan::build(incoming, existing, existing_people, seed))
}
