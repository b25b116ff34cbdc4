//! Reading a JSON backup snapshot by snapshot: the envelope (version, goals, outcomes) must be
//! sound, but one bad snapshot is listed and skipped instead of refusing the whole file.

use std::collections::btree_map::Entry;
use std::collections::BTreeMap;

use serde_json::Value;

use super::super::envelope::{self, EnvelopeError};
use super::super::iso_date::read_iso_date;
use super::super::outcomes::check_outcome_value;
use super::super::people::People;
use super::super::snapshot::Snapshot;
use super::plan::{Incoming, InvalidRow, Place, RowProblem};
use super::ImportError;

/// Reads a backup, checking each snapshot with the rules of stored data: a date ahead of today
/// is kept (the preview warns), never skipped.
pub(super) fn read_backup(text: &str, max_rows: usize) -> Result<Incoming, ImportError> {
    let mut value: Value = serde_json::from_str(text)
        .map_err(|e| ImportError::Json(EnvelopeError::NotJson(e.to_string())))?;
    let raw = match value.get_mut("snapshots") {
        Some(Value::Array(raw)) => std::mem::take(raw),
        // Not the shape of a backup: decoding it whole says precisely why.
        _ => {
            return envelope::decode(text)
                .map_err(ImportError::Json)
                .and_then(|_| Err(ImportError::Json(no_snapshots())))
        }
    };
    if raw.len() > max_rows {
        return Err(ImportError::TooManyRows {
            limit: max_rows,
            line: None,
        });
    }
    // The people a backup keeps are restored apart from the user's own history, never into it.
    // A damaged people list does not block restoring the user's own snapshots: the shell is
    // read without it, then the people on their own, with the same rules decoding applies.
    let people = value.get_mut("people").map(std::mem::take);
    if people.is_some() {
        value["people"] = Value::Array(Vec::new());
    }
    // The envelope without its snapshots: the version check, the migrations and the goal and
    // outcome rules are the ones decoding applies.
    let shell = envelope::decode(&value.to_string()).map_err(ImportError::Json)?;
    let (people, people_unreadable) = match people {
        None => (People::new(), None),
        Some(list) => {
            value["people"] = list;
            match envelope::decode(&value.to_string()) {
                Ok(with_people) => (with_people.into_parts().1, None),
                Err(e) => (People::new(), Some(e.to_string())),
            }
        }
    };
    let shell = shell.history();
    // Days of results count as rows, as a CSV file's results-only rows do.
    if raw.len() + shell.result_weeks().len() > max_rows {
        return Err(ImportError::TooManyRows {
            limit: max_rows,
            line: None,
        });
    }
    let outcomes = shell.outcomes().to_vec();
    let mut incoming = Incoming {
        outcomes,
        goals: shell.goals().clone(),
        goal_dates: shell.goal_dates().clone(),
        result_weeks: shell.result_weeks().clone(),
        people,
        people_unreadable,
        ..Default::default()
    };
    let mut first_entries = BTreeMap::new();
    for (index, raw) in raw.into_iter().enumerate() {
        let number = index + 1;
        let date = raw
            .get("date")
            .and_then(Value::as_str)
            .and_then(|d| read_iso_date(d).ok());
        let place = Place::Entry { number, date };
        let snapshot: Snapshot = match serde_json::from_value(raw) {
            Ok(s) => s,
            Err(e) => {
                incoming.invalid.push(InvalidRow {
                    place,
                    reason: RowProblem::NotASnapshot(e.to_string()),
                });
                continue;
            }
        };
        let mut reasons: Vec<String> = match snapshot.check() {
            Ok(()) => Vec::new(),
            Err(errors) => errors.into_iter().map(|e| e.to_string()).collect(),
        };
        for (id, &value) in &snapshot.outcomes {
            if let Err(e) = check_outcome_value(value) {
                let name = incoming
                    .outcomes
                    .iter()
                    .find(|o| o.id() == *id)
                    .map_or("A result", |o| o.name());
                reasons.push(format!("{name}: {e}"));
            }
        }
        if !reasons.is_empty() {
            incoming.invalid.push(InvalidRow {
                place,
                reason: RowProblem::Refused(reasons),
            });
            continue;
        }
        match first_entries.entry(snapshot.date) {
            Entry::Occupied(first) => incoming.invalid.push(InvalidRow {
                place,
                reason: RowProblem::SameDateAsEntry(*first.get()),
            }),
            Entry::Vacant(slot) => {
                slot.insert(number);
                incoming.snapshots.push(snapshot);
            }
        }
    }
    Ok(incoming)
}

fn no_snapshots() -> EnvelopeError {
    EnvelopeError::WrongShape("no list of snapshots".into())
}
