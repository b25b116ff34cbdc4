//! Choosing or dropping a backup file, then previewing its import.

use leptos::prelude::*;
use wasm_bindgen::JsCast;

use crate::domain::transfer::{plan_import, ImportPlan, MAX_IMPORT_BYTES};
use crate::edges::{clock, files, random};
use crate::ui::components::ImportPreview;
use crate::ui::state::HistoryStore;

/// A file picker and drop zone for JSON or CSV files; nothing changes before the preview is confirmed.
#[component]
pub fn ImportCard() -> impl IntoView {
    let store = HistoryStore::expect();
    let plan = RwSignal::new(None::<(ImportPlan, String)>);
    let message = RwSignal::new(None::<Result<String, String>>);
    let dragging = RwSignal::new(false);

    let read = move |file: web_sys::File| {
        message.set(None);
        leptos::task::spawn_local(async move {
            let name = file.name();
            let outcome = match files::read_text(&file, MAX_IMPORT_BYTES).await {
                Err(e) => Err(e.to_string()),
                Ok(text) => store
                    .with_untracked(|h| {
                        plan_import(&text, h, clock::today(), &mut random::id_seed())
                    })
                    .map_err(|e| format!("{name}: {e}")),
            };
            match outcome {
                Ok(p) => plan.set(Some((p, name))),
                Err(e) => message.set(Some(Err(e))),
            }
        });
    };
    let on_pick = move |ev: leptos::ev::Event| {
        let Some(input) = ev
            .target()
            .map(|t| t.unchecked_into::<web_sys::HtmlInputElement>())
        else {
            return;
        };
        if let Some(file) = input.files().and_then(|f| f.get(0)) {
            read(file);
        }
        // Lets the same file be chosen again after a cancel.
        input.set_value("");
    };
    let on_drop = move |ev: leptos::ev::DragEvent| {
        ev.prevent_default();
        dragging.set(false);
        if let Some(file) = ev
            .data_transfer()
            .and_then(|d| d.files())
            .and_then(|f| f.get(0))
        {
            read(file);
        }
    };
    let on_close = Callback::new(move |done: Option<String>| {
        plan.set(None);
        message.set(done.map(Ok));
    });

    view! {
        <div
            class="drop-zone"
            class:dragging=move || dragging.get()
            on:dragover=move |ev: leptos::ev::DragEvent| { ev.prevent_default(); dragging.set(true); }
            on:dragleave=move |_| dragging.set(false)
            on:drop=on_drop
            data-testid="import-card"
        >
            <p>"Import a JSON backup or a CSV file (other SSI trackers’ too): drop it here or "</p>
            <label class="button small file-button">
                "Choose a file…"
                <input type="file" class="visually-hidden" accept=".json,.csv,application/json,text/csv"
                    data-testid="import-file" on:change=on_pick />
            </label>
        </div>
        {move || plan.get().map(|(plan, source)| view! { <ImportPreview plan source target=store on_close /> })}
        {move || message.get().map(|m| match m {
            Ok(text) => view! { <p class="success" role="status">{text}</p> }.into_any(),
            Err(text) => view! { <p class="error" role="alert" data-testid="import-error">{text}</p> }.into_any(),
        })}
    }
}
