//! What an import would change, applied in one step on confirmation.

use leptos::prelude::*;

use crate::domain::transfer::{summary, ConflictChoice, ImportPlan};
use crate::ui::format;
use crate::ui::state::HistoryStore;

/// The preview of `plan` from `source`, applied to the history on confirmation. `on_close`
/// receives a message when the user confirms, and `None` when they cancel.
#[component]
pub fn ImportPreview(
    plan: ImportPlan,
    source: String,
    target: HistoryStore,
    on_close: Callback<Option<String>>,
) -> impl IntoView {
    let error = RwSignal::new(None::<String>);
    let choice = RwSignal::new(ConflictChoice::KeepMine);
    let plan = StoredValue::new(plan);
    let apply = move |_| {
        let applied = plan.with_value(|p| {
            target.change(|h| p.apply(h, choice.get_untracked()).map(|new| *h = new))
        });
        if let Err(e) = applied {
            error.set(Some(e.to_string()));
            return;
        }
        let (added, replaced) = plan.with_value(|p| {
            let replaced = if choice.get_untracked() == ConflictChoice::TakeTheirs {
                p.conflicts.len()
            } else {
                0
            };
            (p.added.len(), replaced)
        });
        let replaced = if replaced > 0 {
            format!(", replaced {replaced}")
        } else {
            String::new()
        };
        on_close.run(Some(format!(
            "Imported {}{replaced}.",
            format::count(added, "snapshot", "snapshots")
        )));
    };
    let (added, conflicts, unchanged, invalid) = plan.with_value(|p| {
        (
            p.added.clone(),
            p.conflicts.clone(),
            p.unchanged,
            p.invalid.clone(),
        )
    });
    let nothing = move || plan.with_value(|p| p.changes_nothing(choice.get()));
    let radio = move |value: ConflictChoice, label: &'static str| {
        view! {
            <label class="choice">
                <input type="radio" name="conflict-choice" prop:checked=move || choice.get() == value
                    on:change=move |_| choice.set(value) />
                {label}
            </label>
        }
    };

    view! {
        <section class="import-preview" aria-labelledby="import-title" data-testid="import-preview">
            <h3 id="import-title">{format!("Import from {source}")}</h3>
            <ul class="plain-list">
                <li data-testid="import-added">{format!("{} to add.", format::count(added.len(), "new snapshot", "new snapshots"))}</li>
                {(unchanged > 0).then(|| view! { <li>{format!("{} already in your history, unchanged.", format::count(unchanged, "snapshot is", "snapshots are"))}</li> })}
            </ul>
            {(!conflicts.is_empty()).then(|| view! {
                <div class="conflicts" data-testid="import-conflicts">
                    <p><strong>{format!("{} you already have {}:", format::count(conflicts.len(), "date", "dates"), if conflicts.len() == 1 { "differs" } else { "differ" })}</strong></p>
                    <ul class="plain-list">
                        {conflicts.iter().map(|c| view! {
                            <li>{format!("{}: yours {}, theirs {}", format::date(c.mine.date), summary(&c.mine), summary(&c.theirs))}</li>
                        }).collect_view()}
                    </ul>
                    <fieldset class="choices">
                        <legend class="visually-hidden">"For dates you already have"</legend>
                        {radio(ConflictChoice::KeepMine, "Keep mine")}
                        {radio(ConflictChoice::TakeTheirs, "Take theirs")}
                    </fieldset>
                </div>
            })}
            {(!invalid.is_empty()).then(|| view! {
                <div class="invalid-rows" data-testid="import-invalid">
                    <p><strong>{format!("{} can’t be imported and will be skipped:", format::count(invalid.len(), "row", "rows"))}</strong></p>
                    <ul class="plain-list">
                        {invalid.iter().map(|r| view! { <li>{format!("Line {}: {}", r.line, r.reason)}</li> }).collect_view()}
                    </ul>
                </div>
            })}
            {move || error.get().map(|e| view! { <p class="field-error" role="alert">{e}</p> })}
            <div class="actions">
                <button class="button primary" prop:disabled=nothing on:click=apply>"Import"</button>
                <button class="button" on:click=move |_| on_close.run(None)>"Cancel"</button>
            </div>
        </section>
    }
}
