//! The versioned text form of everything stored (the user's history and the people they keep),
//! as kept in storage and in backup files.

use serde::{Deserialize, Serialize};
use serde_json::Value;

use super::goals::{goal_dates_text, GoalDates, Goals};
use super::history::{History, HistoryError, ResultWeeks};
use super::iso_date;
use super::outcomes::Outcome;
use super::people::{People, PeopleError, PersonId, StoredPerson};
use super::snapshot::Snapshot;
use super::stored::Stored;
use chrono::NaiveDate;

/// The schema this build writes. Bump it and add a step to [`MIGRATIONS`] when the shape changes.
///
/// 1. Snapshots only.
/// 2. Adds the user's goals and outcome definitions (and outcome values on snapshots).
/// 3. Adds `people`: others' SSI saved from share links, kept apart from the user's own.
/// 4. Adds `result_weeks`: outcome values of days without a snapshot, by day. A new schema
///    rather than an optional field: a tab of the version before would read such data, drop
///    the field and write the rest back; it refuses schema 4 instead.
/// 5. Adds `goal_dates`: the day a goal is meant to be reached by, by metric, for the goals
///    that have one. A new schema for the same reason as 4: a tab of schema 4 would drop them.
pub const SCHEMA_VERSION: u64 = 5;

/// Step `i` upgrades schema `i + 1` to `i + 2`, so any past version loads step by step.
const MIGRATIONS: [fn(Value) -> Value; 4] = [v1_to_v2, v2_to_v3, v3_to_v4, v4_to_v5];

fn v1_to_v2(mut value: Value) -> Value {
    value["goals"] = serde_json::json!({});
    value["outcomes"] = serde_json::json!([]);
    value["version"] = 2.into();
    value
}

fn v2_to_v3(mut value: Value) -> Value {
    value["people"] = serde_json::json!([]);
    value["version"] = 3.into();
    value
}

fn v3_to_v4(mut value: Value) -> Value {
    value["result_weeks"] = serde_json::json!({});
    value["version"] = 4.into();
    value
}

fn v4_to_v5(mut value: Value) -> Value {
    value["goal_dates"] = serde_json::json!({});
    value["version"] = 5.into();
    value
}

/// Why stored text could not be read as a history. Nothing is discarded on any of these.
#[derive(Clone, Debug, PartialEq)]
pub enum EnvelopeError {
    NotJson(String),
    WrongShape(String),
    FromTheFuture {
        found: u64,
        supported: u64,
    },
    /// Readable, but it breaks a rule of the history (the same rules every change obeys).
    Invalid(HistoryError),
    /// Readable, but the saved people break a rule (the same rules every change obeys).
    InvalidPeople(PeopleError),
}

/// The user's own parts come first and are written exactly as before people existed, so
/// saving or changing a person leaves their text byte for byte as it was.
#[derive(Serialize)]
struct EnvelopeOut<'a> {
    version: u64,
    snapshots: &'a [Snapshot],
    goals: &'a Goals,
    outcomes: &'a [Outcome],
    #[serde(with = "iso_date::keys")]
    result_weeks: &'a ResultWeeks,
    #[serde(with = "goal_dates_text")]
    goal_dates: &'a GoalDates,
    people: Vec<PersonOut<'a>>,
}

#[derive(Serialize)]
struct PersonOut<'a> {
    id: PersonId,
    name: &'a str,
    #[serde(with = "iso_date")]
    shared_on: NaiveDate,
    snapshots: &'a [Snapshot],
    /// Only written for the sample's colleagues: older data lacks it, and older versions
    /// ignore it (no new schema version).
    #[serde(skip_serializing_if = "std::ops::Not::not")]
    sample: bool,
}

impl<'a> EnvelopeOut<'a> {
    fn of(stored: &'a Stored) -> Self {
        let history = stored.history();
        EnvelopeOut {
            version: SCHEMA_VERSION,
            snapshots: history.snapshots(),
            goals: history.goals(),
            outcomes: history.outcomes(),
            result_weeks: history.result_weeks(),
            goal_dates: history.goal_dates(),
            people: stored
                .people()
                .iter()
                .map(|p| PersonOut {
                    id: p.id(),
                    name: p.name(),
                    shared_on: p.shared_on(),
                    snapshots: p.snapshots().snapshots(),
                    sample: p.is_sample(),
                })
                .collect(),
        }
    }
}

#[derive(Deserialize)]
struct EnvelopeIn {
    snapshots: Vec<Snapshot>,
    goals: Goals,
    outcomes: Vec<Outcome>,
    #[serde(with = "iso_date::keys")]
    result_weeks: ResultWeeks,
    #[serde(with = "goal_dates_text")]
    goal_dates: GoalDates,
    people: Vec<PersonIn>,
}

#[derive(Deserialize)]
struct PersonIn {
    id: PersonId,
    name: String,
    #[serde(with = "iso_date")]
    shared_on: NaiveDate,
    snapshots: Vec<Snapshot>,
    #[serde(default)]
    sample: bool,
}

/// The stored text for everything stored.
pub fn encode(stored: &Stored) -> String {
    // Serialising plain structs of numbers and strings cannot fail.
    serde_json::to_string(&EnvelopeOut::of(stored)).unwrap_or_default()
}

/// The same envelope, indented: for files people may open.
pub fn encode_pretty(stored: &Stored) -> String {
    serde_json::to_string_pretty(&EnvelopeOut::of(stored)).unwrap_or_default()
}

/// What stored text holds, and the schema version it was written in (older versions are
/// upgraded on reading; storage then rewrites them in the current one).
#[derive(Clone, Debug, PartialEq)]
pub struct Decoded {
    pub stored: Stored,
    pub version: u64,
}

/// Reads stored text back, or says precisely why it can't.
pub fn decode(text: &str) -> Result<Stored, EnvelopeError> {
    decode_versioned(text).map(|decoded| decoded.stored)
}

/// [`decode`], also telling which schema the text was in.
pub fn decode_versioned(text: &str) -> Result<Decoded, EnvelopeError> {
    let value: Value =
        serde_json::from_str(text).map_err(|e| EnvelopeError::NotJson(e.to_string()))?;
    let version = value
        .get("version")
        .ok_or_else(|| EnvelopeError::WrongShape("no schema version".into()))?
        .as_u64()
        .ok_or_else(|| EnvelopeError::WrongShape("the schema version is not a number".into()))?;
    if version > SCHEMA_VERSION {
        return Err(EnvelopeError::FromTheFuture {
            found: version,
            supported: SCHEMA_VERSION,
        });
    }
    if version == 0 {
        return Err(EnvelopeError::WrongShape(
            "schema version 0 does not exist".into(),
        ));
    }
    let value = MIGRATIONS[(version - 1) as usize..]
        .iter()
        .fold(value, |value, step| step(value));
    let envelope: EnvelopeIn =
        serde_json::from_value(value).map_err(|e| EnvelopeError::WrongShape(e.to_string()))?;
    let history = History::from_parts_with_weeks(
        envelope.snapshots,
        envelope.goals,
        envelope.outcomes,
        envelope.result_weeks,
    )
    .and_then(|history| history.with_goal_dates(envelope.goal_dates))
    .map_err(EnvelopeError::Invalid)?;
    let people = People::from_stored(envelope.people.into_iter().map(|p| StoredPerson {
        id: p.id,
        name: p.name,
        shared_on: p.shared_on,
        snapshots: p.snapshots,
        sample: p.sample,
    }))
    .map_err(EnvelopeError::InvalidPeople)?;
    Ok(Decoded {
        stored: Stored::new(history, people),
        version,
    })
}
