//! The root component: reads a share link or the stored history once, and opens the tracker,
//! a shared (read-only) view, the recovery screen, or an explanation of a broken link.

use leptos::prelude::*;
use leptos_router::components::Router;

use crate::domain::capture::{self, CaptureError};
use crate::domain::envelope::EnvelopeError;
use crate::domain::share::{self, ShareError};
use crate::domain::sync::Synced;
use crate::edges::location;
use crate::edges::storage::{self, Loaded};
use crate::i18n;
use crate::ui::pages::Mode;
use crate::ui::pages::{BrokenLinkPage, RecoveryPage, Tracker};
use crate::ui::state::{use_lang, Language, LeaveGuard};

/// Which screen the address and the stored data allow.
#[derive(Clone)]
enum Start {
    Tracker {
        mode: Mode,
        captured: Option<Result<String, CaptureError>>,
    },
    Recovery {
        raw: String,
        problem: EnvelopeError,
    },
    BrokenLink(ShareError),
}

/// index.html's first-visit script guesses part of this choice before the wasm has loaded, to
/// show a new visitor the welcome screen at once: it knows the storage key and these fragments.
/// It only guesses where it is sure (nothing stored, the app's folder); elsewhere the skeleton
/// shows until the app decides.
fn start() -> Start {
    let fragment = location::fragment();
    // Read (and cleared) whatever the address says: a capture's name must not linger.
    let capture_name = location::take_window_name(
        capture::NAME_PREFIX,
        u32::try_from(capture::NAME_PREFIX.len() + capture::MAX_ENCODED_CHARS).unwrap_or(u32::MAX),
    );
    if share::is_share_fragment(&fragment) {
        // A shared view reads or writes this browser's storage only when the user asks it to
        // save the person or move the snapshots into their own history.
        return match share::decode(&fragment) {
            Ok(shared) => Start::Tracker {
                mode: Mode::Shared(shared),
                captured: None,
            },
            Err(e) => Start::BrokenLink(e),
        };
    }
    // A page captured by the bookmarklet opens in the snapshot form of one's own history.
    let captured = capture::arrival(&fragment, &capture_name);
    let own = |synced: Synced, problem| Start::Tracker {
        mode: Mode::Own { synced, problem },
        captured: captured.clone(),
    };
    match storage::load() {
        Loaded::Fresh => own(Synced::default(), None),
        Loaded::Ready(synced) => own(synced, None),
        Loaded::Unavailable => own(Synced::default(), Some(storage::StorageError::Unavailable)),
        // Nothing stored is assumed: saves write nothing until storage can be read again.
        Loaded::ReadFailed(e) => own(Synced::default(), Some(e)),
        Loaded::Unreadable { raw, problem } => Start::Recovery { raw, problem },
    }
}

/// SSI Lens. Never writes to storage until the stored data has been read successfully or
/// the user has chosen, on the recovery screen, to start fresh.
#[component]
pub fn App() -> impl IntoView {
    let start = RwSignal::new(start());
    let start_fresh = Callback::new(move |()| {
        start.set(Start::Tracker {
            mode: Mode::Own {
                synced: Synced::default(),
                problem: None,
            },
            captured: None,
        })
    });
    // A share link or capture pasted into the address bar of an open tab changes only the
    // fragment: start afresh to read it.
    let on_hash = window_event_listener(leptos::ev::hashchange, |_| {
        let fragment = location::fragment();
        if share::is_share_fragment(&fragment) || capture::is_capture_fragment(&fragment) {
            location::reload();
        }
    });
    on_cleanup(move || on_hash.remove());
    Language::provide();
    // Before the router: its Back/Forward listener must run first (see `LeaveGuard`).
    provide_context(LeaveGuard::new());

    // What went wrong is worded here, in the user's language, where the page shows it.
    let lang = use_lang();
    let screen = move || match start.get() {
        Start::Tracker { mode, captured } => view! { <Tracker mode captured /> }.into_any(),
        Start::Recovery { raw, problem } => {
            let problem = i18n::share::saved_data_problem(lang, &problem);
            view! { <RecoveryPage raw problem on_fresh_start=start_fresh /> }.into_any()
        }
        Start::BrokenLink(problem) => {
            let problem = i18n::share::share_problem(lang, &problem);
            view! { <BrokenLinkPage problem /> }.into_any()
        }
    };
    // Every address is below the app's folder, wherever the app is hosted.
    view! { <Router base=location::app_path()>{screen}</Router> }
}
