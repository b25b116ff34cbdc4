//! Notices above the page: sample data, failed saves, and undo after a delete.

use leptos::prelude::*;

use crate::ui::format;
use crate::ui::state::AppState;

/// All notices that may need the user's attention.
#[component]
pub fn Notices() -> impl IntoView {
    let state = AppState::get();
    let has_sample = move || state.history.with(|h| h.has_sample());
    let remove_sample = move |_| state.history.update(|h| h.remove_sample());
    let undo = move |_| {
        if let Some(snapshot) = state.deleted.get_untracked() {
            state.history.update(|h| {
                h.replace(snapshot);
            });
        }
        state.deleted.set(None);
    };

    view! {
        <div class="notices" aria-live="polite">
            <Show when=has_sample>
                <div class="notice sample" data-testid="sample-banner">
                    <p>
                        <strong>"You are looking at sample data."</strong>
                        " It shows a made-up year of weekly snapshots."
                    </p>
                    <button class="button small" on:click=remove_sample>"Remove sample data"</button>
                </div>
            </Show>
            {move || state.save_error.get().map(|e| view! {
                <div class="notice error" role="alert"><p>{e}</p></div>
            })}
            {move || state.deleted.get().map(|s| view! {
                <div class="notice">
                    <p>{format!("Deleted the snapshot of {}.", format::date(s.date))}</p>
                    <button class="button small" on:click=undo>"Undo"</button>
                    <button class="button small quiet" aria-label="Dismiss" on:click=move |_| state.deleted.set(None)>"×"</button>
                </div>
            })}
        </div>
    }
}
