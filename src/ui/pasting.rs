//! What a paste does, wherever it lands: a share link opens that link in this app, and an SSI
//! page pasted outside any field (or captured by the bookmarklet, or shared to the installed
//! app) opens the snapshot form with it.

use leptos::prelude::*;

use crate::domain::address::Screen;
use crate::domain::capture::{self, CaptureError};
use crate::domain::{paste, share};
use crate::edges::{clipboard, location, share_inbox};
use crate::ui::state::{Navigation, Notices, Problem};

/// Opens `text` when it is a share link (in this app); says whether it was one.
pub fn open_share_link(text: &str, notices: Notices) -> bool {
    let fragment = share::link_fragment(text);
    if let Some(Err(e)) = fragment.map(location::open_share) {
        notices.report(Problem::NotOpened(e));
    }
    fragment.is_some()
}

/// Listens, while the app is mounted, for pastes outside any field. A share link opens in
/// every view; an SSI page opens the form only where the user can add a snapshot
/// (`can_add`: their own data).
pub fn open_what_is_pasted(can_add: bool, navigation: Navigation, notices: Notices) {
    let paste = window_event_listener(leptos::ev::paste, move |ev| {
        if clipboard::typing_in_a_field() {
            return;
        }
        let Some(text) = clipboard::pasted_text(&ev) else {
            return;
        };
        if open_share_link(&text, notices) {
            ev.prevent_default();
        } else if can_add {
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
}

/// Opens the snapshot form with a page the capture bookmarklet brought, once the router runs;
/// a capture that can't be read is told. The capture's address is replaced either way.
pub fn open_captured(
    captured: Result<String, CaptureError>,
    navigation: Navigation,
    notices: Notices,
) {
    request_animation_frame(move || match captured {
        Ok(text) => navigation.add_captured(text),
        Err(e) => {
            notices.report(Problem::Capture(e));
            navigation.replace(Screen::Dashboard, None);
        }
    });
}

/// Opens the snapshot form with a page shared to the installed app, as a capture is opened: its
/// text taken (and removed) from the service worker's inbox, nothing saved until the user saves.
pub fn open_shared(navigation: Navigation, notices: Notices) {
    leptos::task::spawn_local(async move {
        let page = capture::shared_page(share_inbox::take().await);
        open_captured(page, navigation, notices);
    });
}
