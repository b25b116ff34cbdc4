//! The app once storage is readable: the state in context, header, notices and the current
//! view; the history saves itself (see `HistoryStore::persist`).

use chrono::NaiveDate;
use leptos::prelude::*;

use crate::domain::address::Screen;

use super::{
    ComparePage, DashboardPage, HistoryPage, LearnPage, NotFoundPage, PersonOnScreen, PersonPage,
    ResultsPage, SharePage, SnapshotFormPage, WelcomePage,
};
use crate::domain::capture::CaptureError;
use crate::domain::sync::Synced;
use crate::domain::History;
use crate::domain::{paste, share};
use crate::edges::storage::StorageError;
use crate::edges::{clipboard, focus, location, service_worker};
use crate::ui::components::{Header, LeaveDialog, NoticeArea, SharedBanner, ToastArea};
use crate::ui::state::{HistoryStore, Navigation, Notices, Preferences, Problem};

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

/// Shell of the app, for the user's own history or a shared read-only copy. `captured` is
/// a page the capture bookmarklet brought in the address, opened in the snapshot form.
#[component]
pub fn Tracker(
    history: History,
    mode: Mode,
    captured: Option<Result<String, CaptureError>>,
) -> impl IntoView {
    let read_only = matches!(mode, Mode::Shared { .. });
    let store = match &mode {
        Mode::Own { synced, .. } => HistoryStore::new(history, synced.people().clone(), false),
        Mode::Shared { name, .. } => HistoryStore::shared(history, name.clone()),
    };
    // A shared view's data is its fragment: every screen of the view keeps it.
    let fragment = read_only.then(location::fragment);
    let navigation = Navigation::new(location::app_path(), fragment);
    let preferences = Preferences::read_stored();
    let (synced, problem, banner) = match mode {
        Mode::Own { synced, problem } => (Some(synced), problem.map(Problem::Storage), None),
        Mode::Shared { name, shared_on } => (None, None, Some((name, shared_on))),
    };
    let notices = Notices::new(problem);
    provide_context(store);
    provide_context(PersonOnScreen(HistoryStore::shared(
        History::default(),
        None,
    )));
    provide_context(navigation);
    provide_context(preferences);
    provide_context(notices);
    // A shared copy is never saved.
    if let Some(synced) = synced {
        store.persist(synced, notices);
    }
    service_worker::register_when_idle(move || notices.announce_update());
    if let Some(captured) = captured {
        // Once the router is running; the capture's address is replaced either way.
        request_animation_frame(move || match captured {
            Ok(text) => navigation.add_captured(text),
            Err(e) => {
                notices.report(Problem::Capture(e));
                navigation.replace(Screen::Dashboard, None);
            }
        });
    }

    // Pasting anywhere outside a field opens the snapshot form with the pasted page.
    // A share link pasted anywhere opens it, in this app.
    let paste = window_event_listener(leptos::ev::paste, move |ev| {
        if clipboard::typing_in_a_field() {
            return;
        }
        let Some(text) = clipboard::pasted_text(&ev) else {
            return;
        };
        if let Some(fragment) = share::link_fragment(&text) {
            ev.prevent_default();
            location::open_share(fragment);
        } else if !read_only {
            ev.prevent_default();
            // Only an SSI page leaves the screen; anything else at most offers the paste box.
            let page = paste::parse(&text).ok();
            notices.offer_paste_box(page.is_none());
            if let Some(page) = page {
                navigation.add_pasted(text, page);
            }
        }
    });
    on_cleanup(move || paste.remove());

    // Memos, so pages are rebuilt when the screen changes or the history becomes empty or
    // not, not on every change.
    let empty = Memo::new(move |_| store.with(History::is_empty));
    let screen = Memo::new(move |_| navigation.screen());
    let page = move || match screen.get() {
        None => view! { <NotFoundPage /> }.into_any(),
        Some(s) if read_only && !s.in_shared_view() => view! { <NotFoundPage /> }.into_any(),
        Some(Screen::Add) => {
            view! { <SnapshotFormPage editing=None pasted=navigation.pasted() /> }.into_any()
        }
        Some(Screen::Edit(date)) if store.with_untracked(|h| h.get(date).is_some()) => {
            view! { <SnapshotFormPage editing=Some(date) pasted=None /> }.into_any()
        }
        Some(Screen::Edit(_)) => view! { <NotFoundPage /> }.into_any(),
        // Comparing shared links and reading about the pillars need no history of one's own.
        Some(Screen::Compare) => view! { <ComparePage /> }.into_any(),
        Some(Screen::Person(id)) => view! { <PersonPage id /> }.into_any(),
        Some(Screen::Learn) => view! { <LearnPage /> }.into_any(),
        _ if empty.get() => view! { <WelcomePage /> }.into_any(),
        Some(Screen::Dashboard) => view! { <DashboardPage /> }.into_any(),
        Some(Screen::History) => view! { <HistoryPage /> }.into_any(),
        Some(Screen::Results) => view! { <ResultsPage /> }.into_any(),
        Some(Screen::Share) => view! { <SharePage /> }.into_any(),
    };
    follow_screens(screen, navigation);

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
            // After the screen in reading and tab order, fixed at the bottom of the view.
            <ToastArea />
        </main>
        <footer class="footer">
            {if read_only {
                "A shared copy: it is not saved in your browser. SSI Lens has no server and no account."
            } else {
                "Your snapshots stay in this browser. SSI Lens has no server and no account."
            }}
        </footer>
        <LeaveDialog />
    }
}

/// On every change of screen: the tab's title, focus on the new screen's heading, and the
/// scroll position: the top for a new screen, where the user was for Back and Forward.
fn follow_screens(screen: Memo<Option<Screen>>, navigation: Navigation) {
    location::manual_scroll_restoration();
    let came_back = StoredValue::new(false);
    // While a new screen settles, scrolling is the app's, not the user's.
    let settling = StoredValue::new(false);
    let popstate = window_event_listener(leptos::ev::popstate, move |_| {
        came_back.try_set_value(true);
    });
    let scroll = window_event_listener(leptos::ev::scroll, move |_| {
        if settling.try_get_value() == Some(false) {
            navigation.remember_scroll(navigation.path_untracked());
        }
    });
    on_cleanup(move || {
        popstate.remove();
        scroll.remove();
    });
    Effect::new(move |first: Option<()>| {
        let title = screen
            .get()
            .map_or_else(|| "Not found · SSI Lens".into(), Screen::title);
        location::set_title(&title);
        if first.is_none() {
            return; // The first screen: focus and scroll stay where the browser put them.
        }
        let path = navigation.path_untracked();
        settling.set_value(true);
        // Once the new screen is on the page (and the Back button's popstate has been seen).
        request_animation_frame(move || {
            // The app may have been unmounted within the frame.
            let Some(back) = came_back.try_get_value() else {
                return;
            };
            let back_to = back.then(|| navigation.remembered_scroll(&path)).flatten();
            came_back.try_set_value(false);
            let _ = focus::focus_heading();
            focus::scroll_to(back_to.unwrap_or(0.0));
            settling.try_set_value(false);
        });
    });
}
