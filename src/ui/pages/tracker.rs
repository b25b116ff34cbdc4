//! The app once storage is readable: the state in context, header, notices and the current
//! view; the history saves itself (see `HistoryStore::persist`).

use chrono::NaiveDate;
use leptos::prelude::*;

use super::{
    ComparePage, DashboardPage, HistoryPage, LearnPage, ResultsPage, SharePage, SnapshotFormPage,
    WelcomePage,
};
use crate::domain::sync::Synced;
use crate::domain::History;
use crate::edges::storage::StorageError;
use crate::edges::{clipboard, focus, service_worker};
use crate::ui::components::{Header, NoticeArea, SharedBanner};
use crate::ui::state::{HistoryStore, Navigation, Notices, Preferences, Problem, View};

/// Whose history is on screen.
#[derive(Clone, Debug, PartialEq)]
pub enum Mode {
    /// The user's own, from this browser's storage, as `synced` read it (empty when nothing
    /// is stored). `problem` is a storage issue found at start-up.
    Own {
        synced: Synced,
        problem: Option<StorageError>,
    },
    /// Someone's shared copy, read-only and never saved.
    Shared {
        name: Option<String>,
        shared_on: NaiveDate,
    },
}

/// Shell of the app, for the user's own history or a shared read-only copy.
#[component]
pub fn Tracker(history: History, mode: Mode) -> impl IntoView {
    let read_only = matches!(mode, Mode::Shared { .. });
    let store = HistoryStore::new(history, read_only);
    let navigation = Navigation::new();
    let preferences = Preferences::read_stored();
    let (synced, problem, banner) = match mode {
        Mode::Own { synced, problem } => (Some(synced), problem.map(Problem::Storage), None),
        Mode::Shared { name, shared_on } => (None, None, Some((name, shared_on))),
    };
    let notices = Notices::new(problem);
    provide_context(store);
    provide_context(navigation);
    provide_context(preferences);
    provide_context(notices);
    // A shared copy is never saved.
    if let Some(synced) = synced {
        store.persist(synced, notices);
    }
    service_worker::register_when_idle(move || notices.announce_update());

    // Pasting anywhere outside a field opens the snapshot form with the pasted page.
    let paste = window_event_listener(leptos::ev::paste, move |ev| {
        if read_only || clipboard::typing_in_a_field() {
            return;
        }
        if let Some(text) = clipboard::pasted_text(&ev) {
            ev.prevent_default();
            navigation.go(View::Form {
                editing: None,
                pasted: Some(text),
            });
        }
    });
    on_cleanup(move || paste.remove());

    // A memo, so pages are rebuilt when the history becomes empty or not, not on every change.
    let empty = Memo::new(move |_| store.with(History::is_empty));
    let page = move || match navigation.view() {
        View::Form { editing, pasted } => view! { <SnapshotFormPage editing pasted /> }.into_any(),
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
        // Focus only: the main area may already be on screen.
        let _ = focus::focus("main");
    };

    view! {
        <a class="skip-link" href="#main" on:click=skip>"Skip to content"</a>
        <Header />
        <main id="main" tabindex="-1">
            {banner.map(|(name, shared_on)| view! { <SharedBanner name shared_on /> })}
            <NoticeArea />
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
