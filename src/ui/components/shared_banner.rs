//! The banner of a shared view: whose data, that it is a self-reported copy, and from when,
//! with "Save a copy" into the viewer's own history through the import preview.

use chrono::NaiveDate;
use leptos::prelude::*;

use crate::domain::stored::Stored;
use crate::domain::sync::{SaveOutcome, Synced};
use crate::domain::transfer::ImportPlan;
use crate::domain::History;
use crate::edges::storage::{self, Loaded};
use crate::edges::{location, locks};
use crate::ui::components::ImportPreview;
use crate::ui::format;
use crate::ui::state::HistoryStore;

/// Read-only notice for a shared history.
#[component]
pub fn SharedBanner(name: Option<String>, shared_on: NaiveDate) -> impl IntoView {
    let store = HistoryStore::expect();
    // The viewer's own history, for the preview to apply to; saved on confirmation.
    let own = HistoryStore::new(History::default(), false);
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
        let incoming = store.with_untracked(|h| h.snapshots().to_vec());
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
        locks::with_exclusive(storage::HISTORY_KEY, move || {
            let ours = own.with_untracked(History::clone);
            // Only the viewer's own history changes here; their saved people go along as read.
            let outcome = synced.try_update_value(|synced| {
                let ours = Stored::new(ours, synced.people().clone());
                storage::save(synced, &ours)
            });
            let wrote = matches!(
                outcome,
                Some(SaveOutcome::Saved | SaveOutcome::Merged { .. })
            );
            match outcome {
                Some(SaveOutcome::Refused(e)) => problem.set(Some(e.to_string())),
                Some(SaveOutcome::Failed(e)) => problem.set(Some(e.to_string())),
                Some(_) => location::go_to(&location::app_url()),
                None => {}
            }
            wrote
        });
    });

    view! {
        <div class="notice shared" role="note" data-testid="shared-banner">
            <p>
                <strong>{whose}</strong>
                {format!(", shared on {}. A self-reported copy, read-only: nothing here is saved in your browser.", format::date(shared_on))}
            </p>
            <button class="button small" on:click=save_copy>"Save a copy"</button>
            <a class="button small quiet" rel="external" href=location::app_url()>"Open my SSI Lens"</a>
        </div>
        {move || plan.get().map(|plan| view! {
            <ImportPreview plan source="this shared link".to_string() target=own on_close />
        })}
        {move || problem.get().map(|p| view! { <p class="error" role="alert">{p}</p> })}
    }
}
