//! Browser edges: the only code that touches browser APIs. Each file is one concern, thin.
//! What the user must hear about when it fails (storage, files, downloads, the clipboard,
//! opening an address, installing) comes back as a `thiserror` enum the UI shows; effects the
//! user cannot act on (moving focus, scrolling, the tab's title, small preferences) are best
//! effort and return nothing.

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
pub mod language;
pub mod leaving;
pub mod links;
pub mod locale;
pub mod location;
pub mod locks;
pub mod random;
pub mod service_worker;
pub mod share_inbox;
pub mod share_sheet;
pub mod storage;
pub mod visibility;
