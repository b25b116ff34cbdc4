//! An address the app doesn't have (a mistyped bookmark, an old link).

use leptos::prelude::*;

use crate::domain::address::Screen;
use crate::i18n;
use crate::ui::state::{use_lang, Navigation};

/// Says the address leads nowhere and offers the way to the dashboard.
#[component]
pub fn NotFoundPage() -> impl IntoView {
    let navigation = Navigation::expect();
    let lang = use_lang();
    view! {
        <section class="card" data-testid="not-found">
            <h1 class="page-title">{i18n::start_not_found_title(lang)}</h1>
            <p>{i18n::start_not_found_text(lang)}</p>
            <button class="button primary" on:click=move |_| navigation.go(Screen::Dashboard)>
                {i18n::start_go_dashboard(lang)}
            </button>
        </section>
    }
}
