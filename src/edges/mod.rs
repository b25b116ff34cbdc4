//! Browser edges: the only code that touches browser APIs. Each file is one concern, thin,
//! and reports failures as a `thiserror` enum the UI can show.

pub mod chart;
pub mod clipboard;
pub mod clock;
pub mod color_scheme;
pub mod dialog;
pub mod download;
pub mod files;
pub mod first_paint;
pub mod focus;
pub mod install;
pub mod leaving;
pub mod links;
pub mod locale;
pub mod location;
pub mod locks;
pub mod random;
pub mod service_worker;
pub mod share_sheet;
pub mod storage;
pub mod visibility;
