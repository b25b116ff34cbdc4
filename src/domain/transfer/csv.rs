//! CSV export and import: SSI Lens's own columns, other trackers' names, peer breakdowns and
//! one column per tracked result. A week with results but no snapshot is a row with only its
//! date and results. Text cells are made safe for spreadsheets on the way out and restored on
//! the way in.

use std::borrow::Cow;
use std::collections::btree_map::Entry;
use std::collections::BTreeMap;

use chrono::NaiveDate;

use super::super::history::{History, OutcomeValues};
use super::super::number::plain_number;
use super::super::outcomes::{parse_outcome_value, Outcome, OutcomeId};
use super::super::pillar::{Pillar, PillarScores};
use super::super::snapshot::{parse_date, Field, Snapshot, SnapshotDraft};
use super::plan::{Incoming, InvalidRow, Place, RowProblem};
use super::scan::{check_quotes, LineCounter};
use super::team::PERSON_COLUMN;
use super::ImportError;

/// The CSV columns SSI Lens writes first, in order.
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

/// The peer breakdown columns written after [`CSV_HEADER`].
pub const PEER_COLUMNS: [&str; 8] = [
    "industry_brand",
    "industry_people",
    "industry_insights",
    "industry_relationships",
    "network_brand",
    "network_people",
    "network_insights",
    "network_relationships",
];

/// Result columns are named `result:<name>`, so no result can clash with a known column.
pub const OUTCOME_PREFIX: &str = "result:";

/// What files written before results had their name call the same columns.
const OLD_OUTCOME_PREFIX: &str = "outcome:";

/// Characters that make a spreadsheet read a cell as a formula (OWASP "CSV injection").
const FORMULA_LEADS: [char; 6] = ['=', '+', '-', '@', '\t', '\r'];

/// A text cell a spreadsheet would read as a formula gets a leading `'`. So that the import can
/// undo it exactly, a cell that is already quotes followed by such a character gets one more.
pub fn neutralise(text: &str) -> Cow<'_, str> {
    if text.trim_start_matches('\'').starts_with(FORMULA_LEADS) {
        Cow::Owned(format!("'{text}"))
    } else {
        Cow::Borrowed(text)
    }
}

/// Undoes [`neutralise`]: a cell of quotes followed by a formula character loses one quote.
/// Only for a file whose marks are intact ([`marks_intact`]).
pub fn restore(cell: &str) -> &str {
    match cell.strip_prefix('\'') {
        Some(rest) if rest.trim_start_matches('\'').starts_with(FORMULA_LEADS) => rest,
        _ => cell,
    }
}

/// True when no text cell of the file starts with a formula character unmarked, as in every
/// file SSI Lens writes. A spreadsheet that opened and saved the file took one quote off each
/// marked cell (it reads `'=x` as the text `=x`), so its `'=x` is a note that really starts
/// with a quote: undoing the mark there would take that quote too. Such a file, or another
/// tracker's, is read as it is.
fn marks_intact(text: &str, delimiter: u8, columns: &[Column]) -> bool {
    let mut reader = csv::ReaderBuilder::new()
        .delimiter(delimiter)
        .flexible(true)
        .from_reader(text.as_bytes());
    let texts: Vec<usize> = columns
        .iter()
        .enumerate()
        .filter(|(_, c)| matches!(c, Column::Field(Field::Note | Field::Industry)))
        .map(|(i, _)| i)
        .collect();
    let mut record = csv::StringRecord::new();
    while let Ok(true) = reader.read_record(&mut record) {
        let bare = texts
            .iter()
            .filter_map(|&i| record.get(i))
            .any(|cell| cell.starts_with(FORMULA_LEADS));
        if bare {
            return false;
        }
    }
    true
}

/// Which side a peer breakdown column is about.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Side {
    Industry,
    Network,
}

impl Side {
    fn label(self) -> &'static str {
        match self {
            Side::Industry => "Industry peers",
            Side::Network => "Network peers",
        }
    }
}

/// What a CSV column holds.
#[derive(Clone, Copy, Debug, PartialEq)]
enum Column {
    Field(Field),
    Peer(Side, Pillar),
    /// Index into the file's outcomes.
    Outcome(usize),
    Ignored,
}

/// One row per snapshot: [`CSV_HEADER`], [`PEER_COLUMNS`], then a column per result; a week
/// with results and no snapshot has a row of its date and results only. Rows by date.
pub fn to_csv(history: &History) -> String {
    let mut out = String::new();
    let outcomes = history.outcomes();
    let header = CSV_HEADER
        .iter()
        .chain(&PEER_COLUMNS)
        .map(|c| c.to_string())
        .chain(
            outcomes
                .iter()
                .map(|o| neutralise(&format!("{OUTCOME_PREFIX}{}", o.name())).into_owned()),
        );
    write_row(&mut out, header);
    let values = |recorded: &OutcomeValues| {
        outcomes
            .iter()
            .map(|o| recorded.get(&o.id()).map(|&v| plain_number(v)))
            .map(Option::unwrap_or_default)
            .collect::<Vec<String>>()
    };
    // Both are in date order and never share a date: merging them puts every row in date order
    // without a sort (each sort brings its own copy of the sorting code into the download).
    let mut snapshots = history.snapshots().iter().peekable();
    let mut weeks = history.result_weeks().iter().peekable();
    loop {
        let snapshot_first = match (snapshots.peek(), weeks.peek()) {
            (None, None) => break,
            (Some(s), Some((date, _))) => s.date < **date,
            (next, _) => next.is_some(),
        };
        let row: Vec<String> = if snapshot_first {
            let Some(s) = snapshots.next() else { break };
            snapshot_cells(s).chain(values(&s.outcomes)).collect()
        } else {
            let Some((date, recorded)) = weeks.next() else {
                break;
            };
            let blanks = CSV_HEADER.len() + PEER_COLUMNS.len() - 1;
            std::iter::once(date.to_string())
                .chain(std::iter::repeat_n(String::new(), blanks))
                .chain(values(recorded))
                .collect()
        };
        write_row(&mut out, row);
    }
    out
}

/// Appends a row as the `csv` crate wrote it (its writer carries a float parser the download
/// doesn't need): a field holding a comma, a quote or a line break is quoted, its quotes
/// doubled; every row ends with a line feed.
pub(super) fn write_row<S: AsRef<str>>(out: &mut String, fields: impl IntoIterator<Item = S>) {
    for (i, field) in fields.into_iter().enumerate() {
        if i > 0 {
            out.push(',');
        }
        let field = field.as_ref();
        if field.contains([',', '"', '\r', '\n']) {
            out.push('"');
            out.push_str(&field.replace('"', "\"\""));
            out.push('"');
        } else {
            out.push_str(field);
        }
    }
    out.push('\n');
}

/// A snapshot's cells under [`CSV_HEADER`] and [`PEER_COLUMNS`] (the team export's too).
pub(super) fn snapshot_cells(s: &Snapshot) -> impl Iterator<Item = String> {
    let draft = SnapshotDraft::for_file(s);
    let known: Vec<String> = CSV_HEADER
        .iter()
        .map(|&column| match column_field(column) {
            Some(f @ (Field::Note | Field::Industry)) => neutralise(draft.text(f)).into_owned(),
            Some(f) => draft.text(f).to_string(),
            None => String::new(),
        })
        .collect();
    let peers = [s.industry_pillars, s.network_pillars]
        .into_iter()
        .flat_map(|scores| {
            Pillar::ALL.map(|p| scores.map(|s| plain_number(s.get(p))).unwrap_or_default())
        });
    known.into_iter().chain(peers)
}

/// The form field a CSV column fills, accepting other trackers' names.
fn column_field(name: &str) -> Option<Field> {
    Some(match key(name).as_str() {
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

/// A header as a lowercase key with `_` for anything but letters and digits.
fn key(name: &str) -> String {
    let key: String = name
        .trim()
        .to_lowercase()
        .chars()
        .map(|c| if c.is_alphanumeric() { c } else { '_' })
        .collect();
    key.trim_matches('_').to_string()
}

fn peer_column(name: &str) -> Option<(Side, Pillar)> {
    let key = key(name);
    let (side, rest) = if let Some(rest) = key.strip_prefix("industry_") {
        (Side::Industry, rest)
    } else {
        (Side::Network, key.strip_prefix("network_")?)
    };
    Pillar::ALL
        .into_iter()
        .find(|p| p.key() == rest)
        .map(|p| (side, p))
}

/// The result's name in a column named `result:<name>` (or `outcome:<name>`), in any case.
fn outcome_column(name: &str) -> Option<&str> {
    [OUTCOME_PREFIX, OLD_OUTCOME_PREFIX]
        .iter()
        .find_map(|prefix| {
            name.get(..prefix.len())
                .filter(|p| p.eq_ignore_ascii_case(prefix))
                .map(|_| &name[prefix.len()..])
        })
}

/// The columns of a header row, and the outcomes its outcome columns name (ids by position).
fn read_header(header: &csv::StringRecord) -> Result<(Vec<Column>, Vec<Outcome>), ImportError> {
    let mut outcomes: Vec<Outcome> = Vec::new();
    let mut columns = Vec::new();
    for name in header.iter() {
        let name = restore(name.trim());
        let column = if let Some(outcome_name) = outcome_column(name) {
            let id = OutcomeId::from(outcomes.len() as u32 + 1);
            let outcome =
                Outcome::new(id, outcome_name).map_err(|e| ImportError::OutcomeColumn {
                    column: name.to_string(),
                    reason: e.to_string(),
                })?;
            if outcomes.iter().any(|o| o.is_named(outcome.name())) {
                return Err(ImportError::SameOutcomeColumn {
                    column: name.to_string(),
                });
            }
            outcomes.push(outcome);
            Column::Outcome(outcomes.len() - 1)
        } else if let Some(field) = column_field(name) {
            Column::Field(field)
        } else if let Some((side, pillar)) = peer_column(name) {
            Column::Peer(side, pillar)
        } else {
            Column::Ignored
        };
        columns.push(column);
    }
    Ok((columns, outcomes))
}

/// Reads a CSV file: valid rows become snapshots, the others are listed with the form's
/// reasons. More than `max_rows` valid rows are refused as soon as the next one is read.
pub(super) fn read_csv(
    text: &str,
    today: NaiveDate,
    max_rows: usize,
) -> Result<Incoming, ImportError> {
    let first_line = text.lines().next().unwrap_or_default();
    let delimiter = if first_line.matches(';').count() > first_line.matches(',').count() {
        b';'
    } else {
        b','
    };
    check_quotes(text.as_bytes(), delimiter)?;
    let mut reader = csv::ReaderBuilder::new()
        .delimiter(delimiter)
        .flexible(true)
        .from_reader(text.as_bytes());
    let header = reader
        .headers()
        .map_err(|e| ImportError::Csv(e.to_string()))?
        .clone();
    // Several people's weeks would merge into the user's own history as if they were theirs.
    if header
        .iter()
        .any(|name| key(restore(name)) == PERSON_COLUMN)
    {
        return Err(ImportError::TeamExport);
    }
    let (columns, outcomes) = read_header(&header)?;
    let required = [Field::Date]
        .into_iter()
        .chain(Pillar::ALL.map(Field::Pillar));
    if let Some(missing) = required
        .into_iter()
        .find(|f| !columns.contains(&Column::Field(*f)))
    {
        return Err(ImportError::MissingColumns(missing.key().to_string()));
    }

    let marked = marks_intact(text, delimiter, &columns);
    let mut incoming = Incoming {
        outcomes,
        ..Default::default()
    };
    // The line each date was first seen on, to point at duplicates.
    let mut first_lines = BTreeMap::new();
    let mut lines = LineCounter::new(text);
    let mut record = csv::StringRecord::new();
    loop {
        let read = reader.read_record(&mut record);
        let line = record.position().map_or(0, |p| lines.line_at(p.byte()));
        match read {
            Ok(false) => break,
            Ok(true) => {}
            Err(e) => {
                let line = e.position().map_or(line, |p| lines.line_at(p.byte()));
                incoming.invalid.push(InvalidRow {
                    place: Place::Line(line),
                    reason: RowProblem::Unreadable(e.to_string()),
                });
                continue;
            }
        }
        if record.iter().all(|v| v.trim().is_empty()) {
            continue;
        }
        let row = if holds_results_only(&record, &columns) {
            read_results(&record, &columns, &incoming.outcomes)
                .map(|(date, values)| Row::Results(date, values))
        } else {
            read_row(&record, &columns, &incoming.outcomes, marked, today)
                .map(|s| Row::Snapshot(Box::new(s)))
        };
        let row = match row {
            Ok(row) => row,
            Err(reasons) => {
                incoming.invalid.push(InvalidRow {
                    place: Place::Line(line),
                    reason: RowProblem::Refused(reasons),
                });
                continue;
            }
        };
        let date = row.date();
        match first_lines.entry(date) {
            Entry::Occupied(first) => incoming.invalid.push(InvalidRow {
                place: Place::Line(line),
                reason: RowProblem::SameDateAsLine(*first.get()),
            }),
            Entry::Vacant(slot) => {
                if rows_read(&incoming) >= max_rows {
                    return Err(ImportError::TooManyRows {
                        limit: max_rows,
                        line: Some(line),
                    });
                }
                slot.insert(line);
                match row {
                    Row::Snapshot(s) => incoming.snapshots.push(*s),
                    Row::Results(date, values) => {
                        incoming.result_weeks.insert(date, values);
                    }
                }
            }
        }
    }
    Ok(incoming)
}

/// What one valid row brings.
enum Row {
    Snapshot(Box<Snapshot>),
    /// A week with results and no snapshot.
    Results(NaiveDate, OutcomeValues),
}

impl Row {
    fn date(&self) -> NaiveDate {
        match self {
            Row::Snapshot(s) => s.date,
            Row::Results(date, _) => *date,
        }
    }
}

/// Rows read so far, for the file's row limit.
fn rows_read(incoming: &Incoming) -> usize {
    incoming.snapshots.len() + incoming.result_weeks.len()
}

/// A row whose only filled cells are its date and results: a week without a snapshot.
fn holds_results_only(record: &csv::StringRecord, columns: &[Column]) -> bool {
    let mut results = false;
    for (column, value) in columns.iter().zip(record.iter()) {
        let filled = !value.trim().is_empty();
        match column {
            Column::Field(Field::Date) | Column::Ignored => {}
            Column::Outcome(_) => results |= filled,
            Column::Field(_) | Column::Peer(..) if filled => return false,
            Column::Field(_) | Column::Peer(..) => {}
        }
    }
    results
}

/// A results-only row: its date by the form's rule (kept even when ahead of today, as every
/// date from a file), its values by the results' rule.
fn read_results(
    record: &csv::StringRecord,
    columns: &[Column],
    outcomes: &[Outcome],
) -> Result<(NaiveDate, OutcomeValues), Vec<String>> {
    let mut reasons = Vec::new();
    let mut date = None;
    let mut values = OutcomeValues::new();
    for (column, value) in columns.iter().zip(record.iter()) {
        match *column {
            Column::Field(Field::Date) => match parse_date(value) {
                Ok(d) => date = Some(d),
                Err(e) => reasons.push(e.to_string()),
            },
            Column::Outcome(i) => match parse_outcome_value(value) {
                Ok(Some(v)) => {
                    values.insert(outcomes[i].id(), v);
                }
                Ok(None) => {}
                Err(e) => reasons.push(format!("{}: {e}", outcomes[i].name())),
            },
            _ => {}
        }
    }
    match date {
        Some(date) if reasons.is_empty() => Ok((date, values)),
        _ => Err(reasons),
    }
}

/// One row as a snapshot, or every reason it can't be one (the form's messages). Text cells
/// lose their spreadsheet mark when the file's marks are `marked` (intact).
fn read_row(
    record: &csv::StringRecord,
    columns: &[Column],
    outcomes: &[Outcome],
    marked: bool,
    today: NaiveDate,
) -> Result<super::super::snapshot::Snapshot, Vec<String>> {
    let mut draft = SnapshotDraft::default();
    let mut peers = [
        (Side::Industry, <[String; 4]>::default()),
        (Side::Network, <[String; 4]>::default()),
    ];
    let mut reasons = Vec::new();
    for (column, value) in columns.iter().zip(record.iter()) {
        match *column {
            Column::Field(field @ (Field::Note | Field::Industry)) => {
                let text = if marked { restore(value) } else { value };
                *draft.text_mut(field) = text.to_string();
            }
            Column::Field(field) => *draft.text_mut(field) = value.to_string(),
            Column::Peer(side, pillar) => {
                let index = pillar.index();
                peers[usize::from(side == Side::Network)].1[index] = value.to_string();
            }
            Column::Outcome(i) => match parse_outcome_value(value) {
                Ok(Some(v)) => {
                    draft.outcomes.insert(outcomes[i].id(), v);
                }
                Ok(None) => {}
                Err(e) => reasons.push(format!("{}: {e}", outcomes[i].name())),
            },
            Column::Ignored => {}
        }
    }
    for (side, texts) in peers {
        match peer_scores(&texts, today) {
            Ok(scores) => match side {
                Side::Industry => draft.industry_pillars = scores,
                Side::Network => draft.network_pillars = scores,
            },
            Err(errors) => {
                reasons.extend(errors.into_iter().map(|e| format!("{}: {e}", side.label())))
            }
        }
    }
    match draft.validate_kept() {
        Ok(s) if reasons.is_empty() => Ok(s),
        Ok(_) => Err(reasons),
        Err(errors) => {
            let mut all: Vec<String> = errors.into_iter().map(|e| e.to_string()).collect();
            all.extend(reasons);
            Err(all)
        }
    }
}

/// A peer breakdown: none when all four cells are empty, else four pillar scores checked by the
/// form's own rule for pillars.
fn peer_scores(texts: &[String; 4], today: NaiveDate) -> Result<Option<PillarScores>, Vec<String>> {
    if texts.iter().all(|t| t.trim().is_empty()) {
        return Ok(None);
    }
    let draft = SnapshotDraft {
        pillars: texts.clone(),
        ..SnapshotDraft::for_date(today)
    };
    draft
        .validate_kept()
        .map(|s| Some(s.pillars))
        .map_err(|errors| errors.into_iter().map(|e| e.to_string()).collect())
}

#[cfg(test)]
mod tests {
    use super::write_row;

    /// Every combination of awkward fields is written byte for byte as the `csv` crate writes it.
    #[test]
    fn rows_are_written_as_the_csv_crate_writes_them() {
        let fields = [
            "",
            "plain",
            "a,b",
            "say \"hi\"",
            "\"",
            "line\nbreak",
            "cr\rhere",
            "\r\n",
            " spaced ",
            "#note",
            "été",
            "12.5",
            "=cmd",
            "'x",
            ",",
            "tab\there",
            "semi;colon",
        ];
        for a in fields {
            for b in fields {
                for c in ["", "x", "\"q\",\n"] {
                    let row = [a, b, c];
                    let mut ours = String::new();
                    write_row(&mut ours, row);
                    write_row(&mut ours, [c, a, b]);
                    let mut writer = csv::Writer::from_writer(Vec::new());
                    writer.write_record(row).unwrap();
                    writer.write_record([c, a, b]).unwrap();
                    let theirs = String::from_utf8(writer.into_inner().unwrap()).unwrap();
                    assert_eq!(ours, theirs, "{row:?}");
                }
            }
        }
    }
}
