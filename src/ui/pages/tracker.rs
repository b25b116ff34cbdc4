//! The app once storage is readable: header, notices, the current view, and the one Effect
//! that saves the history whenever it changes.

use leptos::prelude::*;

use super::{DashboardPage, HistoryPage, LearnPage, SnapshotFormPage, WelcomePage};
use crate::domain::History;
use crate::edges::clipboard;
use crate::edges::storage::{self, StorageError};
use crate::ui::components::{Header, Notices};
use crate::ui::state::{AppState, View};

/// Shell of the working app. `problem` is a storage issue found at start-up.
#[component]
pub fn Tracker(history: History, problem: Option<StorageError>) -> impl IntoView {
    let state = AppState::new(history);
    state.provide();
    state.save_error.set(problem.map(|p| p.to_string()));

    // Saves on every change after the first run (the first run is the data just loaded).
    Effect::new(move |ran_before: Option<()>| {
        state.history.with(|history| {
            if ran_before.is_some() {
                state
                    .save_error
                    .set(storage::save(history).err().map(|e| e.to_string()));
            }
        });
    });

    // Pasting anywhere outside a field opens the snapshot form with the pasted page.
    let paste = window_event_listener(leptos::ev::paste, move |ev| {
        if clipboard::typing_in_a_field() {
            return;
        }
        if let Some(text) = clipboard::pasted_text(&ev) {
            ev.prevent_default();
            state.pasted.set(Some(text));
            state.go(View::Form(None));
        }
    });
    on_cleanup(move || paste.remove());

    // A memo, so pages are rebuilt when the history becomes empty or not, not on every change.
    let empty = Memo::new(move |_| state.history.with(History::is_empty));
    let page = move || match state.view.get() {
        View::Form(editing) => view! { <SnapshotFormPage editing /> }.into_any(),
        _ if empty.get() => view! { <WelcomePage /> }.into_any(),
        View::Dashboard => view! { <DashboardPage /> }.into_any(),
        View::History => view! { <HistoryPage /> }.into_any(),
        View::Learn => view! { <LearnPage /> }.into_any(),
    };

    view! {
        <a class="skip-link" href="#main">"Skip to content"</a>
        <Header />
        <main id="main" tabindex="-1">
            <Notices />
            {page}
        </main>
        <footer class="footer">
            "Your snapshots stay in this browser. SSI Lens has no server and no account."
        </footer>
    }
}
