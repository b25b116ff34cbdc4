//! The banner of a shared view: whose data, that it is a self-reported copy, and from when,
//! with "Save a copy" into the viewer's own history through the import preview.

use chrono::NaiveDate;
use leptos::prelude::*;

use crate::domain::transfer::ImportPlan;
use crate::domain::History;
use crate::edges::location;
use crate::edges::storage::{self, Loaded, Synced};
use crate::ui::components::ImportPreview;
use crate::ui::format;
use crate::ui::state::AppState;

/// Read-only notice for a shared history.
#[component]
pub fn SharedBanner(name: Option<String>, shared_on: NaiveDate) -> impl IntoView {
    let state = AppState::get();
    let own = RwSignal::new(History::default());
    // The viewer's own storage as read for the preview: the save merges in anything another
    // tab stored while the preview was open.
    let synced = StoredValue::new(Synced::default());
    let plan = RwSignal::new(None::<ImportPlan>);
    let problem = RwSignal::new(None::<String>);
    let whose = match &name {
        Some(n) => format!("{n}’s SSI history"),
        None => "A shared SSI history".to_string(),
    };
    let preview = move |mine: Synced| {
        let incoming = state.history.with_untracked(|h| h.snapshots().to_vec());
        plan.set(Some(ImportPlan::new(incoming, Vec::new(), mine.history())));
        own.set(mine.history().clone());
        synced.set_value(mine);
    };
    let save_copy = move |_| match storage::load() {
        Loaded::Fresh => preview(Synced::default()),
        Loaded::Ready(mine) => preview(mine),
        Loaded::Unreadable { .. } => problem.set(Some(
            "Your own saved data can’t be read. Open SSI Lens to recover it first.".into(),
        )),
        Loaded::Unavailable => problem.set(Some(
            "This browser doesn’t let SSI Lens keep data, so a copy can’t be saved.".into(),
        )),
    };
    let on_close = Callback::new(move |done: Option<String>| {
        if done.is_none() {
            plan.set(None);
            return;
        }
        let ours = own.get_untracked();
        let saved = synced.try_update_value(|synced| {
            let merged = synced.merge_into(&ours).map_err(|e| e.to_string())?;
            synced
                .save(merged.as_ref().unwrap_or(&ours))
                .map_err(|e| e.to_string())
        });
        match saved {
            Some(Ok(())) => location::go_to(&location::app_url()),
            Some(Err(e)) => problem.set(Some(e)),
            None => {}
        }
    });

    view! {
        <div class="notice shared" role="note" data-testid="shared-banner">
            <p>
                <strong>{whose}</strong>
                {format!(", shared on {}. A self-reported copy, read-only: nothing here is saved in your browser.", format::date(shared_on))}
            </p>
            <button class="button small" on:click=save_copy>"Save a copy"</button>
            <a class="button small quiet" href=location::app_url()>"Open my SSI Lens"</a>
        </div>
        {move || plan.get().map(|plan| view! {
            <ImportPreview plan source="this shared link".to_string() target=own on_close />
        })}
        {move || problem.get().map(|p| view! { <p class="error" role="alert">{p}</p> })}
    }
}
