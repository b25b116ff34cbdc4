//! An address the app doesn't have (a mistyped bookmark, an old link).

use leptos::prelude::*;

use crate::domain::address::Screen;
use crate::ui::state::Navigation;

/// Says the address leads nowhere and offers the way to the dashboard.
#[component]
pub fn NotFoundPage() -> impl IntoView {
    let navigation = Navigation::expect();
    view! {
        <section class="card" data-testid="not-found">
            <h1 class="page-title">"Nothing here"</h1>
            <p>
                "This address isn’t a screen of SSI Lens, or the snapshot it names no longer exists."
            </p>
            <button class="button primary" on:click=move |_| navigation.go(Screen::Dashboard)>
                "Go to the dashboard"
            </button>
        </section>
    }
}
