//! The root component: loads storage once and opens either the tracker or the recovery screen.

use leptos::prelude::*;

use crate::domain::History;
use crate::edges::storage::{self, Loaded, StorageError};
use crate::ui::pages::{RecoveryPage, Tracker};

/// Which screen the stored data allows.
#[derive(Clone)]
enum Start {
    Tracker {
        history: History,
        problem: Option<StorageError>,
    },
    Recovery {
        raw: String,
        problem: String,
    },
}

/// SSI Lens. Never writes to storage until the stored data has been read successfully or
/// the user has chosen, on the recovery screen, to start fresh.
#[component]
pub fn App() -> impl IntoView {
    let start = RwSignal::new(match storage::load() {
        Loaded::Fresh => Start::Tracker {
            history: History::default(),
            problem: None,
        },
        Loaded::Ready(history) => Start::Tracker {
            history,
            problem: None,
        },
        Loaded::Unavailable => Start::Tracker {
            history: History::default(),
            problem: Some(StorageError::Unavailable),
        },
        Loaded::Unreadable { raw, problem } => Start::Recovery {
            raw,
            problem: problem.to_string(),
        },
    });
    let start_fresh = Callback::new(move |()| {
        start.set(Start::Tracker {
            history: History::default(),
            problem: None,
        })
    });

    move || match start.get() {
        Start::Tracker { history, problem } => view! { <Tracker history problem /> }.into_any(),
        Start::Recovery { raw, problem } => {
            view! { <RecoveryPage raw problem on_fresh_start=start_fresh /> }.into_any()
        }
    }
}
