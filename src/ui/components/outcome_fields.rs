//! The user's outcome measures in the snapshot form, recorded with the snapshot.

use leptos::prelude::*;

use crate::domain::number::format_number;
use crate::domain::outcomes::{parse_outcome_value, OutcomeError, OutcomeId};
use crate::domain::SnapshotDraft;
use crate::ui::state::HistoryStore;

/// One optional number per outcome the user tracks; nothing when they track none.
#[component]
/// `refused` lists the outcomes whose typed value was refused: the form doesn't save while
/// any is, since the draft still holds the value from before.
pub fn OutcomeFields(
    draft: RwSignal<SnapshotDraft>,
    refused: RwSignal<Vec<OutcomeId>>,
) -> impl IntoView {
    let store = HistoryStore::expect();
    let invalid = refused;
    let outcomes = move || store.with(|h| h.outcomes().to_vec());
    move || {
        let outcomes = outcomes();
        (!outcomes.is_empty()).then(|| view! {
            <fieldset>
                <legend>"Your results this week (optional)"</legend>
                <div class="form-grid">
                    {outcomes.into_iter().map(|o| {
                        let id = o.id();
                        let input_id = format!("outcome-{}", id.key());
                        view! {
                            <div class="field">
                                <label for=input_id.clone()>{o.name().to_string()}</label>
                                <input id=input_id type="text" inputmode="decimal"
                                    prop:value=move || draft.with(|d| d.outcomes.get(&id).map(|&v| format_number(v)).unwrap_or_default())
                                    aria-invalid=move || invalid.with(|i| i.contains(&id)).then_some("true")
                                    on:change=move |ev| {
                                        match parse_outcome_value(&event_target_value(&ev)) {
                                            Ok(value) => {
                                                invalid.update(|i| i.retain(|x| *x != id));
                                                draft.update(|d| match value {
                                                    Some(v) => { d.outcomes.insert(id, v); }
                                                    None => { d.outcomes.remove(&id); }
                                                });
                                            }
                                            Err(_) => invalid.update(|i| i.push(id)),
                                        }
                                    } />
                                {move || invalid.with(|i| i.contains(&id)).then(|| view! {
                                    <p class="field-error" role="alert">{OutcomeError::InvalidValue.to_string()}</p>
                                })}
                            </div>
                        }
                    }).collect_view()}
                </div>
            </fieldset>
        })
    }
}
