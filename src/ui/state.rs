//! The app state shared through context: one history signal, and what the screen shows.

use chrono::NaiveDate;
use leptos::prelude::*;

use crate::domain::{History, Snapshot};

/// What the main area shows.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum View {
    Dashboard,
    History,
    Learn,
    /// The snapshot form; `Some(date)` edits that day's snapshot.
    Form(Option<NaiveDate>),
}

/// Shared state. Derived values are computed from `history`, never stored twice.
#[derive(Clone, Copy)]
pub struct AppState {
    pub history: RwSignal<History>,
    pub view: RwSignal<View>,
    /// Why the last save failed, shown until a save succeeds.
    pub save_error: RwSignal<Option<String>>,
    /// The last deleted snapshot, offered for undo.
    pub deleted: RwSignal<Option<Snapshot>>,
}

impl AppState {
    pub fn new(history: History) -> Self {
        AppState {
            history: RwSignal::new(history),
            view: RwSignal::new(View::Dashboard),
            save_error: RwSignal::new(None),
            deleted: RwSignal::new(None),
        }
    }

    pub fn provide(self) {
        provide_context(self);
    }

    /// The state provided by the tracker. Components below it may rely on it.
    pub fn get() -> Self {
        expect_context::<AppState>()
    }

    /// Shows `view` from its top, with keyboard focus at the start of the main area.
    pub fn go(&self, view: View) {
        self.view.set(view);
        if let Some(main) = document().get_element_by_id("main") {
            use wasm_bindgen::JsCast;
            let _ = main.unchecked_into::<web_sys::HtmlElement>().focus();
        }
        window().scroll_to_with_x_and_y(0.0, 0.0);
    }
}
