//! The pure domain: no `leptos`, no `web_sys`. Everything here compiles and is tested natively.

pub mod backup;
pub mod charts;
pub mod envelope;
pub mod explain;
pub mod goals;
pub mod history;
mod merge;
pub mod number;
pub mod paste;
pub mod pillar;
pub mod sample;
pub mod share;
pub mod snapshot;
pub mod stats;
pub mod transfer;

pub use history::{AddOutcome, History};
pub use pillar::{Pillar, PillarScores};
pub use snapshot::{Field, FieldError, InputKind, Snapshot, SnapshotDraft};
