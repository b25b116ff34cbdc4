//! Export the whole history (JSON envelope or CSV) and plan an import before applying it.

use std::collections::btree_map::Entry;
use std::collections::BTreeMap;

use chrono::NaiveDate;
use thiserror::Error;

use super::envelope::{self, EnvelopeError};
use super::goals::Goals;
use super::history::History;
use super::history::HistoryError;
use super::number::format_number;
use super::outcomes::{IdSeed, Outcome};
use super::snapshot::{Field, Snapshot, SnapshotDraft};
use super::Pillar;

/// Files larger than this are not read.
pub const MAX_IMPORT_BYTES: usize = 5_000_000;

/// The CSV columns SSI Lens writes, in order.
pub const CSV_HEADER: [&str; 12] = [
    "date",
    "overall",
    "brand",
    "people",
    "insights",
    "relationships",
    "industry_rank",
    "network_rank",
    "industry_avg",
    "network_avg",
    "industry",
    "note",
];

/// The file name for an export made on `today`.
pub fn file_name(today: NaiveDate, extension: &str) -> String {
    format!("ssi-lens-{today}.{extension}")
}

/// The full versioned envelope, indented for people who open the file.
pub fn to_json(history: &History) -> String {
    envelope::encode_pretty(history)
}

/// One row per snapshot under [`CSV_HEADER`].
pub fn to_csv(history: &History) -> String {
    let mut writer = csv::Writer::from_writer(Vec::new());
    let _ = writer.write_record(CSV_HEADER);
    for s in history.snapshots() {
        let draft = SnapshotDraft::from_snapshot(s);
        let row = CSV_HEADER.map(|column| {
            column_field(column)
                .map(|f| draft.text(f).to_string())
                .unwrap_or_default()
        });
        let _ = writer.write_record(&row);
    }
    // Writing to memory can't fail; an empty export is the worst case.
    String::from_utf8(writer.into_inner().unwrap_or_default()).unwrap_or_default()
}

#[derive(Clone, Debug, Error, PartialEq)]
pub enum ImportError {
    #[error("The file is empty.")]
    Empty,
    #[error("The file is {0} bytes; SSI Lens reads files up to 5 MB.")]
    TooLarge(usize),
    #[error("{0}")]
    Json(EnvelopeError),
    #[error("The CSV file has no {0} column. It needs date, brand, people, insights and relationships (other trackers’ names such as ssi, right_people and engagement are understood).")]
    MissingColumns(String),
    #[error("The CSV file can’t be read: {0}")]
    Csv(String),
}

/// A row that can't be imported, and why.
#[derive(Clone, Debug, PartialEq)]
pub struct InvalidRow {
    pub line: u64,
    pub reason: String,
}

/// A day present in both histories with different values.
#[derive(Clone, Debug, PartialEq)]
pub struct Conflict {
    pub mine: Snapshot,
    pub theirs: Snapshot,
}

/// What to do with days present on both sides.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum ConflictChoice {
    KeepMine,
    TakeTheirs,
}

/// What an import would change. Nothing changes until [`ImportPlan::apply`].
#[derive(Clone, Debug, Default, PartialEq)]
pub struct ImportPlan {
    pub added: Vec<Snapshot>,
    pub conflicts: Vec<Conflict>,
    /// Days already recorded with exactly the same values.
    pub unchanged: usize,
    pub invalid: Vec<InvalidRow>,
    /// Goals from a JSON backup: they fill metrics without a goal (or replace, with "take theirs").
    pub goals: Goals,
    /// Outcome names the history does not have yet, with the ids they will get.
    pub new_outcomes: Vec<Outcome>,
}

impl ImportPlan {
    /// Compares incoming snapshots with the history.
    pub fn new(incoming: Vec<Snapshot>, invalid: Vec<InvalidRow>, existing: &History) -> Self {
        let mut plan = ImportPlan {
            invalid,
            ..Default::default()
        };
        for theirs in incoming {
            match existing.get(theirs.date) {
                None => plan.added.push(theirs),
                Some(mine) if *mine == theirs => plan.unchanged += 1,
                Some(mine) => plan.conflicts.push(Conflict {
                    mine: mine.clone(),
                    theirs,
                }),
            }
        }
        plan
    }

    /// Plans the import of a whole history (a backup), with its goals and outcomes. Outcomes are
    /// matched by name, so values recorded under another install's ids land in the right place.
    pub fn from_history(incoming: History, existing: &History, seed: &mut IdSeed) -> Self {
        let mut new_outcomes: Vec<Outcome> = Vec::new();
        let mut ids = BTreeMap::new();
        for outcome in incoming.outcomes() {
            let known = existing
                .outcome_named(outcome.name())
                .or_else(|| new_outcomes.iter().find(|o| o.is_named(outcome.name())));
            let id = match known {
                Some(known) => known.id(),
                None => {
                    let taken = |id| {
                        existing.outcome(id).is_some() || new_outcomes.iter().any(|o| o.id() == id)
                    };
                    let id = seed.next_id(taken);
                    // The name passed decoding's check, so this cannot fail.
                    if let Ok(new) = Outcome::new(id, outcome.name()) {
                        new_outcomes.push(new);
                    }
                    id
                }
            };
            ids.insert(outcome.id(), id);
        }
        let snapshots = incoming
            .snapshots()
            .iter()
            .map(|s| Snapshot {
                outcomes: s
                    .outcomes
                    .iter()
                    .filter_map(|(id, v)| Some((*ids.get(id)?, *v)))
                    .collect(),
                ..s.clone()
            })
            .collect();
        ImportPlan {
            goals: incoming.goals().clone(),
            new_outcomes,
            ..ImportPlan::new(snapshots, Vec::new(), existing)
        }
    }

    /// True when applying would change nothing.
    pub fn changes_nothing(&self, choice: ConflictChoice) -> bool {
        self.added.is_empty()
            && self.new_outcomes.is_empty()
            && self.goals.is_empty()
            && (self.conflicts.is_empty() || choice == ConflictChoice::KeepMine)
    }

    /// The history with the plan applied, all or nothing: a plan that would break a rule of
    /// the history changes nothing and says which.
    pub fn apply(
        &self,
        history: &History,
        choice: ConflictChoice,
    ) -> Result<History, HistoryError> {
        let mut history = history.clone();
        for outcome in &self.new_outcomes {
            if history.outcome(outcome.id()).is_none() {
                history.adopt_outcome(outcome.clone())?;
            }
        }
        let theirs = match choice {
            ConflictChoice::TakeTheirs => &self.conflicts[..],
            ConflictChoice::KeepMine => &[],
        };
        history.replace_many(
            self.added
                .iter()
                .chain(theirs.iter().map(|c| &c.theirs))
                .cloned(),
        )?;
        for (&metric, &target) in &self.goals {
            if choice == ConflictChoice::TakeTheirs || !history.goals().contains_key(&metric) {
                history.set_goal(metric, Some(target))?;
            }
        }
        Ok(history)
    }
}

/// Reads an exported JSON envelope or a CSV file and plans its import into `existing`.
pub fn plan_import(
    text: &str,
    existing: &History,
    today: NaiveDate,
    seed: &mut IdSeed,
) -> Result<ImportPlan, ImportError> {
    if text.len() > MAX_IMPORT_BYTES {
        return Err(ImportError::TooLarge(text.len()));
    }
    let text = text.trim_start_matches('\u{feff}');
    if text.trim().is_empty() {
        return Err(ImportError::Empty);
    }
    if text.trim_start().starts_with('{') {
        let incoming = envelope::decode(text).map_err(ImportError::Json)?;
        return Ok(ImportPlan::from_history(incoming, existing, seed));
    }
    let (incoming, invalid) = read_csv(text, today)?;
    Ok(ImportPlan::new(incoming, invalid, existing))
}

/// The form field a CSV column fills, accepting other trackers' names.
fn column_field(name: &str) -> Option<Field> {
    let key: String = name
        .trim()
        .to_lowercase()
        .chars()
        .map(|c| if c.is_alphanumeric() { c } else { '_' })
        .collect();
    Some(match key.trim_matches('_') {
        "date" | "day" | "snapshot_date" | "datum" | "fecha" | "data" => Field::Date,
        "overall" | "ssi" | "total" | "score" | "overall_ssi" | "ssi_score" => Field::Overall,
        "brand" | "professional_brand" | "establish_your_professional_brand" => {
            Field::Pillar(Pillar::Brand)
        }
        "people" | "right_people" | "find_right_people" | "find_the_right_people" => {
            Field::Pillar(Pillar::People)
        }
        "insights" | "engagement" | "insight_engagement" | "engage_with_insights" => {
            Field::Pillar(Pillar::Insights)
        }
        "relationships" | "relationship" | "strong_relationship" | "build_relationships" => {
            Field::Pillar(Pillar::Relationships)
        }
        "industry_rank" => Field::IndustryRank,
        "network_rank" => Field::NetworkRank,
        "industry_avg" | "industry_average" => Field::IndustryAvg,
        "network_avg" | "network_average" => Field::NetworkAvg,
        "industry" | "industry_name" => Field::Industry,
        "note" | "notes" | "comment" => Field::Note,
        _ => return None,
    })
}

fn read_csv(text: &str, today: NaiveDate) -> Result<(Vec<Snapshot>, Vec<InvalidRow>), ImportError> {
    let first_line = text.lines().next().unwrap_or_default();
    let delimiter = if first_line.matches(';').count() > first_line.matches(',').count() {
        b';'
    } else {
        b','
    };
    let mut reader = csv::ReaderBuilder::new()
        .delimiter(delimiter)
        .flexible(true)
        .from_reader(text.as_bytes());
    let columns: Vec<Option<Field>> = reader
        .headers()
        .map_err(|e| ImportError::Csv(e.to_string()))?
        .iter()
        .map(column_field)
        .collect();
    let required = [Field::Date]
        .into_iter()
        .chain(Pillar::ALL.map(Field::Pillar));
    if let Some(missing) = required.into_iter().find(|f| !columns.contains(&Some(*f))) {
        return Err(ImportError::MissingColumns(missing.key().to_string()));
    }

    let mut snapshots = Vec::new();
    // The line each date was first seen on, to point at duplicates.
    let mut first_lines = BTreeMap::new();
    let mut invalid = Vec::new();
    let mut lines = LineCounter::new(text);
    for record in reader.records() {
        let record = match record {
            Ok(r) => r,
            Err(e) => {
                let line = e.position().map_or(0, |p| lines.line_at(p.byte()));
                invalid.push(InvalidRow {
                    line,
                    reason: format!("unreadable row ({e})"),
                });
                continue;
            }
        };
        let line = record.position().map_or(0, |p| lines.line_at(p.byte()));
        if record.iter().all(|v| v.trim().is_empty()) {
            continue;
        }
        let mut draft = SnapshotDraft::default();
        for (field, value) in columns.iter().zip(record.iter()) {
            if let Some(field) = field {
                *draft.text_mut(*field) = value.to_string();
            }
        }
        match draft.validate(today) {
            Err(errors) => {
                let reasons: Vec<String> = errors.iter().map(|e| e.message.clone()).collect();
                invalid.push(InvalidRow {
                    line,
                    reason: reasons.join(" "),
                });
            }
            Ok(s) => match first_lines.entry(s.date) {
                Entry::Occupied(first) => invalid.push(InvalidRow {
                    line,
                    reason: format!("{} is already on line {}.", s.date, first.get()),
                }),
                Entry::Vacant(slot) => {
                    slot.insert(line);
                    snapshots.push(s);
                }
            },
        }
    }
    Ok((snapshots, invalid))
}

/// Finds the 1-based line where each record starts. Records come in order, so it counts
/// onwards from the previous one instead of from the top (which made long files quadratic).
struct LineCounter<'a> {
    bytes: &'a [u8],
    counted_to: usize,
    newlines: u64,
}

impl<'a> LineCounter<'a> {
    fn new(text: &'a str) -> Self {
        LineCounter {
            bytes: text.as_bytes(),
            counted_to: 0,
            newlines: 0,
        }
    }

    /// The csv crate's own line count, and its offsets, include blank lines skipped before
    /// the record, so those are stepped over here.
    fn line_at(&mut self, byte: u64) -> u64 {
        let bytes = self.bytes;
        let mut start = usize::try_from(byte).unwrap_or(usize::MAX).min(bytes.len());
        while bytes.get(start).is_some_and(|b| *b == b'\n' || *b == b'\r') {
            start += 1;
        }
        // Records come in order; `max` only keeps a slice from ever running backwards.
        let start = start.max(self.counted_to);
        self.newlines += bytes[self.counted_to..start]
            .iter()
            .filter(|&&b| b == b'\n')
            .count() as u64;
        self.counted_to = start;
        self.newlines + 1
    }
}

/// Describes a snapshot in one line for the import preview.
pub fn summary(s: &Snapshot) -> String {
    format!(
        "SSI {} ({})",
        format_number(s.overall),
        Pillar::ALL
            .map(|p| format_number(s.pillars.get(p)))
            .join(" / ")
    )
}
