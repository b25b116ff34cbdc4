//! The versioned text form of a history, as kept in storage and in backup files.

use serde::{Deserialize, Serialize};
use serde_json::Value;
use thiserror::Error;

use super::history::{History, HistoryError};
use super::snapshot::Snapshot;

/// The schema this build writes. Bump it (and add a migration) when the stored shape changes.
pub const SCHEMA_VERSION: u64 = 1;

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
    #[error("The saved data has two snapshots for {0}.")]
    DuplicateDate(chrono::NaiveDate),
    #[error("The saved snapshot of {date} is invalid: {reason}")]
    InvalidSnapshot {
        date: chrono::NaiveDate,
        reason: String,
    },
}

#[derive(Serialize)]
struct EnvelopeOut<'a> {
    version: u64,
    snapshots: &'a [Snapshot],
}

#[derive(Deserialize)]
struct EnvelopeIn {
    snapshots: Vec<Snapshot>,
}

/// The stored text for a history.
pub fn encode(history: &History) -> String {
    let envelope = EnvelopeOut {
        version: SCHEMA_VERSION,
        snapshots: history.snapshots(),
    };
    // Serialising plain structs of numbers and strings cannot fail.
    serde_json::to_string(&envelope).unwrap_or_default()
}

/// The same envelope, indented: for files people may open.
pub fn encode_pretty(history: &History) -> String {
    let envelope = EnvelopeOut {
        version: SCHEMA_VERSION,
        snapshots: history.snapshots(),
    };
    serde_json::to_string_pretty(&envelope).unwrap_or_default()
}

/// Reads stored text back into a history, or says precisely why it can't.
pub fn decode(text: &str) -> Result<History, EnvelopeError> {
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
    let envelope: EnvelopeIn =
        serde_json::from_value(value).map_err(|e| EnvelopeError::WrongShape(e.to_string()))?;
    for snapshot in &envelope.snapshots {
        // Stored data is not checked against today: a clock change must not lock the user out.
        if let Err(errors) = snapshot.check(chrono::NaiveDate::MAX) {
            let reason = errors
                .iter()
                .map(|e| e.message.as_str())
                .collect::<Vec<_>>();
            return Err(EnvelopeError::InvalidSnapshot {
                date: snapshot.date,
                reason: reason.join(" "),
            });
        }
    }
    History::from_snapshots(envelope.snapshots).map_err(|e| match e {
        HistoryError::DateTaken(date) | HistoryError::NotFound(date) => {
            EnvelopeError::DuplicateDate(date)
        }
    })
}
