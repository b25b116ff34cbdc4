//! The Team screen's exports: a spreadsheet of everyone's weeks, and a backup of the people
//! that restores them (and nothing of the user's own history).

use chrono::NaiveDate;

use crate::i18n::{self, Lang};

use super::super::history::History;
use super::super::people::People;
use super::super::stored::Stored;
use super::csv::{snapshot_cells, write_row};
use super::{neutralise, to_json, CSV_HEADER, PEER_COLUMNS};

/// The first column of a team CSV: whose row it is. The importer refuses a file with it
/// ([`ImportError::TeamExport`](super::ImportError::TeamExport)).
pub const PERSON_COLUMN: &str = "person";

/// One row per person per snapshot: [`PERSON_COLUMN`], then the history CSV's own columns
/// ([`CSV_HEADER`], [`PEER_COLUMNS`]; people keep no results). People in the order they were
/// saved, each one's rows by date.
pub fn team_to_csv(people: &People) -> String {
    let mut out = String::new();
    let header = [PERSON_COLUMN]
        .iter()
        .chain(&CSV_HEADER)
        .chain(&PEER_COLUMNS);
    write_row(&mut out, header);
    for person in people.iter() {
        // A name is text the sharer chose: a spreadsheet must not run it as a formula.
        let name = neutralise(person.name()).into_owned();
        for snapshot in person.snapshots().snapshots() {
            write_row(
                &mut out,
                std::iter::once(name.clone()).chain(snapshot_cells(snapshot)),
            );
        }
    }
    out
}

/// A backup of the people alone: the full backup's versioned envelope with an empty own
/// history, so restoring it (through the usual import) brings the people back and leaves the
/// importer's own history as it is.
pub fn team_to_json(people: &People) -> String {
    to_json(&Stored::new(History::default(), people.clone()))
}

/// The file name for a team export made on `today`: its word part in the user's language
/// ("ssi-lens-equipe-2026-12-07.csv"), its contents the same in every language.
pub fn team_file_name(lang: Lang, today: NaiveDate, extension: &str) -> String {
    i18n::team_file_name(lang, today, extension)
}
