//! SSI Lens: track your LinkedIn Social Selling Index over time, privately, in the browser.
//!
//! Three layers, one direction: `ui` calls `domain` and `edges`; `edges` convert browser data
//! to and from `domain` types; `domain` knows nothing of either and compiles natively.

pub mod domain;

#[cfg(target_arch = "wasm32")]
mod app;
#[cfg(target_arch = "wasm32")]
pub mod edges;
#[cfg(target_arch = "wasm32")]
pub mod ui;

#[cfg(target_arch = "wasm32")]
pub use app::App;
