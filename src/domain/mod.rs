//! The pure domain: no `leptos`, no `web_sys`. Everything here compiles and is tested natively.

pub mod address;
pub mod backup;
pub mod capture;
pub mod charts;
pub mod decimal;
pub mod edits;
pub mod envelope;
pub mod explain;
pub mod goals;
pub mod history;
pub mod history_rows;
pub mod ids;
pub mod iso_date;
pub mod number;
pub mod outcomes;
pub mod paste;
pub mod people;
pub mod pillar;
pub mod reminder;
pub mod sample;
pub mod share;
pub mod snapshot;
pub mod stats;
pub mod stored;
pub mod sync;
pub mod team;
pub mod transfer;
pub mod week;

pub use history::{Addition, History, HistoryError};
pub use pillar::{Pillar, PillarScores};
pub use snapshot::{Field, FieldError, FieldProblem, InputKind, Snapshot, SnapshotDraft};
