//! The versioned text form of a history, as kept in storage and in backup files.

use serde::{Deserialize, Serialize};
use serde_json::Value;
use thiserror::Error;

use super::goals::Goals;
use super::history::{History, HistoryError};
use super::outcomes::Outcome;
use super::snapshot::Snapshot;

/// The schema this build writes. Bump it and add a step to [`MIGRATIONS`] when the shape changes.
///
/// 1. Snapshots only.
/// 2. Adds the user's goals and outcome definitions (and outcome values on snapshots).
pub const SCHEMA_VERSION: u64 = 2;

/// Step `i` upgrades schema `i + 1` to `i + 2`, so any past version loads step by step.
const MIGRATIONS: [fn(Value) -> Value; 1] = [v1_to_v2];

fn v1_to_v2(mut value: Value) -> Value {
    value["goals"] = serde_json::json!({});
    value["outcomes"] = serde_json::json!([]);
    value["version"] = 2.into();
    value
}

/// Why stored text could not be read as a history. Nothing is discarded on any of these.
#[derive(Clone, Debug, PartialEq, Error)]
pub enum EnvelopeError {
    #[error("The saved data is not valid JSON ({0}).")]
    NotJson(String),
    #[error("The saved data is not in the shape SSI Lens expects ({0}).")]
    WrongShape(String),
    #[error(
        "The saved data was written by a newer version of SSI Lens (schema {found}; this version reads up to {supported}). Reload to get the latest version."
    )]
    FromTheFuture { found: u64, supported: u64 },
    /// Readable, but it breaks a rule of the history (the same rules every change obeys).
    #[error("The saved data breaks a rule: {0}")]
    Invalid(HistoryError),
}

#[derive(Serialize)]
struct EnvelopeOut<'a> {
    version: u64,
    snapshots: &'a [Snapshot],
    goals: &'a Goals,
    outcomes: &'a [Outcome],
}

impl<'a> EnvelopeOut<'a> {
    fn of(history: &'a History) -> Self {
        EnvelopeOut {
            version: SCHEMA_VERSION,
            snapshots: history.snapshots(),
            goals: history.goals(),
            outcomes: history.outcomes(),
        }
    }
}

#[derive(Deserialize)]
struct EnvelopeIn {
    snapshots: Vec<Snapshot>,
    goals: Goals,
    outcomes: Vec<Outcome>,
}

/// The stored text for a history.
pub fn encode(history: &History) -> String {
    // Serialising plain structs of numbers and strings cannot fail.
    serde_json::to_string(&EnvelopeOut::of(history)).unwrap_or_default()
}

/// The same envelope, indented: for files people may open.
pub fn encode_pretty(history: &History) -> String {
    serde_json::to_string_pretty(&EnvelopeOut::of(history)).unwrap_or_default()
}

/// A history read from stored text, and the schema version the text was written in (older
/// versions are upgraded on reading; storage then rewrites them in the current one).
#[derive(Clone, Debug, PartialEq)]
pub struct Decoded {
    pub history: History,
    pub version: u64,
}

/// Reads stored text back into a history, or says precisely why it can't.
pub fn decode(text: &str) -> Result<History, EnvelopeError> {
    decode_versioned(text).map(|decoded| decoded.history)
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
    let history = History::from_parts(envelope.snapshots, envelope.goals, envelope.outcomes)
        .map_err(EnvelopeError::Invalid)?;
    Ok(Decoded { history, version })
}
