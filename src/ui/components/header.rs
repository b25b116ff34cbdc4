//! The app bar: name, navigation and the main action.

use leptos::prelude::*;

use crate::ui::state::{AppState, View};

/// Top bar. Navigation appears once there is data to navigate.
#[component]
pub fn Header() -> impl IntoView {
    let state = AppState::get();
    let has_data = move || state.history.with(|h| !h.is_empty());
    let tab = move |view: View, label: &'static str| {
        let current = move || state.view.get() == view;
        view! {
            <button
                class="tab"
                class:active=current
                aria-current=move || current().then_some("page")
                on:click=move |_| state.go(view)
            >
                {label}
            </button>
        }
    };
    view! {
        <header class="app-bar">
            <div class="brand">
                <span class="logo" aria-hidden="true">"◔"</span>
                <span class="brand-name">"SSI Lens"</span>
            </div>
            <Show when=has_data>
                <nav class="tabs" aria-label="Sections">
                    {tab(View::Dashboard, "Dashboard")}
                    {tab(View::History, "History")}
                    {tab(View::Results, "Results")}
                    {(!state.read_only).then(|| tab(View::Compare, "Compare"))}
                    {tab(View::Learn, "Learn")}
                    {(!state.read_only).then(|| tab(View::Share, "Share"))}
                </nav>
                {(!state.read_only).then(|| view! {
                    <button class="button primary add" on:click=move |_| state.go(View::Form(None))>
                        <span aria-hidden="true">"+ "</span>
                        "Add snapshot"
                    </button>
                })}
            </Show>
        </header>
    }
}
