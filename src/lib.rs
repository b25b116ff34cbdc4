//! SSI Lens: track your LinkedIn Social Selling Index over time, privately, in the browser.
//!
//! Three layers, one direction: `ui` calls `domain` and `edges`; `edges` convert browser data
//! to and from `domain` types; `domain` knows nothing of either and compiles natively.
//! `markup` writes the dashboard's top as HTML from domain data, for the app and for the
//! first paint (`first_paint`, drawn by its own small binary before the app has loaded).

pub mod domain;
pub mod first_paint;
pub mod i18n;
pub mod markup;

#[cfg(all(target_arch = "wasm32", feature = "app"))]
mod app;
#[cfg(target_arch = "wasm32")]
pub mod edges;
#[cfg(all(target_arch = "wasm32", feature = "app"))]
pub mod ui;

#[cfg(all(target_arch = "wasm32", feature = "app"))]
pub use app::App;
