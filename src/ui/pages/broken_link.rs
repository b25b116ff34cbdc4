//! A share link that can't be read: what is wrong, and the way back to the app.

use leptos::prelude::*;

use crate::edges::location;
use crate::i18n;
use crate::ui::state::use_lang;

/// Explains why a share link failed to open.
#[component]
pub fn BrokenLinkPage(problem: String) -> impl IntoView {
    let lang = use_lang();
    view! {
        <main id="main" class="recovery">
            <section class="card" aria-labelledby="broken-title" data-testid="broken-link">
                <h1 id="broken-title">{i18n::start_broken_title(lang)}</h1>
                <p class="problem" role="alert">
                    {problem}
                </p>
                <p>{i18n::start_broken_text(lang)}</p>
                <a class="button primary" rel="external" href=location::app_url()>
                    {i18n::start_open_app(lang)}
                </a>
            </section>
        </main>
    }
}
