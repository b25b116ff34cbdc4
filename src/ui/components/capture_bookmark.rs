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
                " to your bookmarks bar, then click it on your SSI page: SSI Lens opens with the page read into this form. The page’s text never travels in an address, and nothing is saved until you save."
            </p>
            <Show when=move || clicked.get()>
                <p class="muted" role="status">
                    "It works from the bookmarks bar, not from here (Ctrl+Shift+B or ⌘⇧B shows the bar)."
                </p>
            </Show>
        </div>
    }
}
