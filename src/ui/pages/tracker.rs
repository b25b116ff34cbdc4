//! The app once storage is readable: header, notices, the current view, and the one Effect
//! that saves the history whenever it changes.

use leptos::prelude::*;

use super::{
    ComparePage, DashboardPage, HistoryPage, LearnPage, ResultsPage, SharePage, SnapshotFormPage,
    WelcomePage,
};
use crate::domain::History;
use crate::edges::{clipboard, service_worker, storage};
use crate::ui::components::{Header, Notices, SharedBanner};
use crate::ui::state::{AppState, Mode, View};

/// Shell of the app, for the user's own history or a shared read-only copy.
#[component]
pub fn Tracker(history: History, mode: Mode) -> impl IntoView {
    let read_only = matches!(mode, Mode::Shared { .. });
    let state = AppState::new(history, read_only);
    state.provide();
    let (synced, banner) = match mode {
        Mode::Own { synced, problem } => {
            state.save_error.set(problem.map(|p| p.to_string()));
            (synced, None)
        }
        Mode::Shared { name, shared_on } => (Default::default(), Some((name, shared_on))),
    };
    service_worker::register_when_idle(move || state.update_ready.set(true));

    let synced = StoredValue::new(synced);
    let asked_persistence = StoredValue::new(false);

    // Saves on every change after the first run (the first run is the data just loaded).
    // If another tab saved meanwhile, both tabs' changes are merged first. A shared copy is
    // never saved.
    Effect::new(move |ran_before: Option<()>| {
        let ours = state.history.get();
        if ran_before.is_none() || read_only {
            return;
        }
        let merged = match synced.try_update_value(|s| s.merge_into(&ours)) {
            Some(Ok(merged)) => merged,
            Some(Err(e)) => {
                state.save_error.set(Some(format!(
                    "Another tab changed your saved data in a way this one can’t read ({e}). Nothing was overwritten: reload this tab."
                )));
                return;
            }
            None => return,
        };
        match synced.try_update_value(|s| s.save(merged.as_ref().unwrap_or(&ours))) {
            Some(Ok(())) => {
                state.save_error.set(None);
                if !asked_persistence.get_value() {
                    asked_persistence.set_value(true);
                    storage::request_persistence();
                }
            }
            Some(Err(e)) => state.save_error.set(Some(e.to_string())),
            None => {}
        }
        if let Some(merged) = merged.filter(|merged| *merged != ours) {
            state.history.set(merged);
        }
    });

    // Another tab saved: take its changes, keeping this tab's own.
    let other_tab = window_event_listener(leptos::ev::storage, move |ev| {
        if read_only || ev.key().as_deref() != Some(storage::HISTORY_KEY) {
            return;
        }
        let ours = state.history.get_untracked();
        if let Some(Ok(Some(merged))) = synced.try_update_value(|s| s.merge_into(&ours)) {
            state.history.set(merged);
        }
    });
    on_cleanup(move || other_tab.remove());

    // Pasting anywhere outside a field opens the snapshot form with the pasted page.
    let paste = window_event_listener(leptos::ev::paste, move |ev| {
        if read_only || clipboard::typing_in_a_field() {
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
        // Comparing shared links needs no history of one's own.
        View::Compare => view! { <ComparePage /> }.into_any(),
        _ if empty.get() => view! { <WelcomePage /> }.into_any(),
        View::Dashboard => view! { <DashboardPage /> }.into_any(),
        View::History => view! { <HistoryPage /> }.into_any(),
        View::Results => view! { <ResultsPage /> }.into_any(),
        View::Learn => view! { <LearnPage /> }.into_any(),
        View::Share => view! { <SharePage /> }.into_any(),
    };
    // Focus moves without touching the URL fragment, which may hold a share link.
    let skip = move |ev: leptos::ev::MouseEvent| {
        ev.prevent_default();
        state.go(state.view.get_untracked());
    };

    view! {
        <a class="skip-link" href="#main" on:click=skip>"Skip to content"</a>
        <Header />
        <main id="main" tabindex="-1">
            {banner.map(|(name, shared_on)| view! { <SharedBanner name shared_on /> })}
            <Notices />
            {page}
        </main>
        <footer class="footer">
            {if read_only {
                "A shared copy: it is not saved in your browser. SSI Lens has no server and no account."
            } else {
                "Your snapshots stay in this browser. SSI Lens has no server and no account."
            }}
        </footer>
    }
}
