//! A share link that can't be read: what is wrong, and the way back to the app.

use leptos::prelude::*;

use crate::edges::location;

/// Explains why a share link failed to open.
#[component]
pub fn BrokenLinkPage(problem: String) -> impl IntoView {
    view! {
        <main id="main" class="recovery">
            <section class="card" aria-labelledby="broken-title" data-testid="broken-link">
                <h1 id="broken-title">"This shared link can’t be opened"</h1>
                <p class="problem" role="alert">
                    {problem}
                </p>
                <p>
                    "Ask the person who shared it to copy the whole link again. Nothing in your own SSI Lens was changed."
                </p>
                <a class="button primary" rel="external" href=location::app_url()>
                    "Open SSI Lens"
                </a>
            </section>
        </main>
    }
}
