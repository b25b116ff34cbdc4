//! Notices above the page: sample data, failed saves, and undo after a delete.

use leptos::prelude::*;

use crate::domain::backup::backup_due;
use crate::edges::clock;
use crate::ui::format;
use crate::ui::state::{AppState, ExportFormat};

/// All notices that may need the user's attention.
#[component]
pub fn Notices() -> impl IntoView {
    let state = AppState::get();
    let has_sample = move || !state.read_only && state.history.with(|h| h.has_sample());
    let remove_sample = move |_| state.history.update(|h| h.remove_sample());
    let undo = move |_| {
        if let Some(snapshot) = state.deleted.get_untracked() {
            state.history.update(|h| {
                h.replace(snapshot);
            });
        }
        state.deleted.set(None);
    };
    let backup_due = move || {
        if state.read_only {
            return false;
        }
        let (exported, dismissed) = (state.last_export.get(), state.reminder_dismissed.get());
        state
            .history
            .with(|h| backup_due(h, exported, dismissed, clock::today()))
    };
    let export_now = move |_| {
        if let Err(e) = state.export(ExportFormat::Json) {
            state.save_error.set(Some(e.to_string()));
        }
    };

    view! {
        <div class="notices" aria-live="polite">
            <Show when=move || state.update_ready.get()>
                <div class="notice" data-testid="update-ready">
                    <p><strong>"A new version of SSI Lens is ready."</strong></p>
                    <button class="button small" on:click=move |_| crate::edges::service_worker::apply_update()>"Reload"</button>
                </div>
            </Show>
            <Show when=has_sample>
                <div class="notice sample" data-testid="sample-banner">
                    <p>
                        <strong>"You are looking at sample data."</strong>
                        " It shows a made-up year of weekly snapshots."
                    </p>
                    <button class="button small" on:click=remove_sample>"Remove sample data"</button>
                </div>
            </Show>
            <Show when=backup_due>
                <div class="notice" data-testid="backup-reminder">
                    <p>
                        <strong>"Keep a backup."</strong>
                        " Your history lives only in this browser, which can clear it. Export a copy now and then."
                    </p>
                    <button class="button small" on:click=export_now>"Export now"</button>
                    <button class="button small quiet" on:click=move |_| state.dismiss_reminder()>"Not now"</button>
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
