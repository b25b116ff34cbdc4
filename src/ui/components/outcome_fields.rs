//! The user's outcome measures in the snapshot form, recorded with the snapshot.

use leptos::prelude::*;

use crate::domain::goals::parse_outcome_value;
use crate::domain::snapshot::format_number;
use crate::domain::SnapshotDraft;
use crate::ui::state::AppState;

/// One optional number per outcome the user tracks; nothing when they track none.
#[component]
pub fn OutcomeFields(draft: RwSignal<SnapshotDraft>) -> impl IntoView {
    let state = AppState::get();
    let outcomes = move || state.history.with(|h| h.outcomes.clone());
    move || {
        let outcomes = outcomes();
        (!outcomes.is_empty()).then(|| view! {
            <fieldset>
                <legend>"Your results this week (optional)"</legend>
                <div class="form-grid">
                    {outcomes.into_iter().map(|o| {
                        let id = o.id;
                        let input_id = format!("outcome-{id}");
                        view! {
                            <div class="field">
                                <label for=input_id.clone()>{o.name}</label>
                                <input id=input_id type="text" inputmode="decimal"
                                    prop:value=move || draft.with(|d| d.outcomes.get(&id).map(|&v| format_number(v)).unwrap_or_default())
                                    on:change=move |ev| {
                                        let value = parse_outcome_value(&event_target_value(&ev));
                                        draft.update(|d| match value {
                                            Some(v) => { d.outcomes.insert(id, v); }
                                            None => { d.outcomes.remove(&id); }
                                        });
                                    } />
                            </div>
                        }
                    }).collect_view()}
                </div>
            </fieldset>
        })
    }
}
