//! The capture bookmarklet, offered beside the paste box on computers (phones keep the
//! paste path: their browsers have no bookmarks bar to drag to).

use leptos::prelude::*;

use crate::domain::capture;
use crate::edges::location;

/// A link to drag to the bookmarks bar, with what it does. Clicking it here only explains.
#[component]
pub fn CaptureBookmark() -> impl IntoView {
    let link = capture::bookmarklet(&location::app_url());
    let clicked = RwSignal::new(false);
    view! {
        <div class="capture-bookmark" data-testid="capture-bookmark">
            <p>
                <strong>"Skip the copying: "</strong>
                "drag "
                <a
                    class="bookmarklet"
                    href=link
                    data-testid="bookmarklet"
                    on:click=move |ev| {
                        ev.prevent_default();
                        clicked.set(true);
                    }
                >
                    "SSI Lens capture"
                </a>
                " to your bookmarks bar. On your SSI page, click that bookmark: SSI Lens opens in a new tab with the page read into this form, and nothing is saved until you save. The page’s text travels in the new tab’s name, never in an address: no server receives it and the browser’s history doesn’t keep it."
            </p>
            <Show when=move || clicked.get()>
                <p class="muted" role="status">
                    "Drag the button to your bookmarks bar (show it with Ctrl+Shift+B or ⌘⇧B), then click the bookmark while the SSI page is open."
                </p>
            </Show>
        </div>
    }
}
