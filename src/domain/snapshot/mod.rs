//! One reading of the SSI page on one day, and the rules a reading must follow. One concern a
//! file: the snapshot and its check (`reading`), the form's fields (`field`) and draft
//! (`draft`), the text parsers (`parse`), and the typed date (`date`).

mod date;
mod draft;
mod field;
mod parse;
mod reading;

pub(crate) use date::parse_date;
pub use date::{is_ahead, latest_typed_date, read_typed_date, TypedDateError, DATE_SLACK_DAYS};
pub use draft::SnapshotDraft;
pub use field::{Field, FieldError, FieldProblem, InputKind, MAX_INDUSTRY_CHARS, MAX_NOTE_CHARS};
pub use reading::{Snapshot, TOTAL_TOLERANCE};
// Kept reachable at its old path; the rounding lives with the other rounding.
pub use super::number::to_stored_precision;
