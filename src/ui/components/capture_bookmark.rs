//! The capture bookmarklet, offered beside the paste box on computers (phones keep the
//! paste path: their browsers have no bookmarks bar to drag to).

use leptos::prelude::*;

use crate::edges::location;
use crate::i18n::{self, entry};
use crate::ui::state::use_lang;

/// A link to drag to the bookmarks bar, with what it does. Clicking it here only explains.
/// The bookmarklet speaks the user's language on LinkedIn's page too.
#[component]
pub fn CaptureBookmark() -> impl IntoView {
    let lang = use_lang();
    let link = entry::bookmarklet(lang, &location::app_url());
    let clicked = RwSignal::new(false);
    let (before, after) = entry::around_link(|link| i18n::entry_capture_how(lang, link));
    view! {
        <div class="capture-bookmark" data-testid="capture-bookmark">
            <p>
                <strong>{i18n::entry_capture_skip(lang)}</strong>
                " "
                {before}
                <a
                    class="bookmarklet"
                    href=link
                    data-testid="bookmarklet"
                    on:click=move |ev| {
                        ev.prevent_default();
                        clicked.set(true);
                    }
                >
                    {i18n::entry_capture_link(lang)}
                </a>
                {after}
            </p>
            <Show when=move || clicked.get()>
                <p class="muted" role="status">
                    {i18n::entry_capture_from_here(lang)}
                </p>
            </Show>
        </div>
    }
}
