//! Which screen the main area shows.

use chrono::NaiveDate;
use leptos::prelude::*;

use crate::edges::focus;

/// A screen of the app.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum View {
    Dashboard,
    History,
    Results,
    Compare,
    Learn,
    Share,
    /// The snapshot form: `editing` a day's snapshot, or a new one, maybe from `pasted` text.
    Form {
        editing: Option<NaiveDate>,
        pasted: Option<String>,
    },
}

impl View {
    /// The empty form for a new snapshot.
    pub fn new_snapshot() -> Self {
        View::Form {
            editing: None,
            pasted: None,
        }
    }
}

/// The screen on show. Changing it moves focus to the main area and scrolls to the top.
#[derive(Clone, Copy)]
pub struct Navigation {
    view: RwSignal<View>,
}

impl Navigation {
    pub fn new() -> Self {
        Navigation {
            view: RwSignal::new(View::Dashboard),
        }
    }

    pub fn expect() -> Self {
        expect_context()
    }

    /// The screen on show (tracked).
    pub fn view(&self) -> View {
        self.view.get()
    }

    /// Whether `view` is on show (tracked), without cloning it.
    pub fn shows(&self, test: impl FnOnce(&View) -> bool) -> bool {
        self.view.with(test)
    }

    /// Shows `view` from its top, with keyboard focus at the start of the main area.
    pub fn go(&self, view: View) {
        self.view.set(view);
        // The main area always exists while the tracker is mounted; nothing to tell the user.
        let _ = focus::focus("main");
        focus::scroll_to_top();
    }
}

impl Default for Navigation {
    fn default() -> Self {
        Navigation::new()
    }
}
