//! The user's outcome measures in the snapshot form, recorded with the snapshot.

use std::collections::BTreeMap;

use leptos::prelude::*;

use crate::domain::number::{self, format_number};
use crate::domain::outcomes::{parse_outcome_count, OutcomeId};
use crate::domain::SnapshotDraft;
use crate::i18n::{self, results::outcome_problem};
use crate::ui::state::{use_lang, YourData};

/// One optional count per outcome the user tracks; nothing when they track none.
/// `refused` lists the outcomes whose typed value was refused: the form doesn't save while
/// any is, since the draft still holds the value from before. A refused value stays as typed,
/// with its reason beside it.
#[component]
pub fn OutcomeFields(
    draft: RwSignal<SnapshotDraft>,
    refused: RwSignal<Vec<OutcomeId>>,
) -> impl IntoView {
    let store = YourData::expect();
    let lang = use_lang();
    // What was typed in a refused field, and why.
    let typed = RwSignal::new(BTreeMap::<OutcomeId, (String, String)>::new());
    let outcomes = move || store.with(|h| h.outcomes().to_vec());
    move || {
        let outcomes = outcomes();
        (!outcomes.is_empty()).then(|| view! {
            <fieldset>
                <legend>{i18n::results_outcome_fields(lang)}</legend>
                <div class="form-grid">
                    {outcomes
                        .into_iter()
                        .map(|o| {
                            let id = o.id();
                            let input_id = format!("outcome-{}", id.key());
                            let error_id = format!("outcome-{}-error", id.key());
                            let problem = move || {
                                typed.with(|t| t.get(&id).map(|(_, why)| why.clone()))
                            };
                            view! {
                                <div class="field" class:has-error=move || problem().is_some()>
                                    <label for=input_id.clone()>{o.name().to_string()}</label>
                                    <input
                                        id=input_id
                                        type="text"
                                        inputmode="numeric"
                                        prop:value=move || {
                                            typed
                                                .with(|t| t.get(&id).map(|(text, _)| text.clone()))
                                                .unwrap_or_else(|| {
                                                    draft
                                                        .with(|d| {
                                                            d.outcomes
                                                                .get(&id)
                                                                .map(|&v| format_number(v))
                                                                .unwrap_or_default()
                                                        })
                                                })
                                        }
                                        aria-invalid=move || problem().is_some().then_some("true")
                                        aria-describedby=move || {
                                            problem().is_some().then(|| error_id.clone())
                                        }
                                        on:change=move |ev| {
                                            let text = event_target_value(&ev);
                                            match parse_outcome_count(&text, number::decimal_mark()) {
                                                Ok(value) => {
                                                    typed
                                                        .update(|t| {
                                                            t.remove(&id);
                                                        });
                                                    refused.update(|i| i.retain(|x| *x != id));
                                                    draft
                                                        .update(|d| match value {
                                                            Some(v) => {
                                                                d.outcomes.insert(id, v);
                                                            }
                                                            None => {
                                                                d.outcomes.remove(&id);
                                                            }
                                                        });
                                                }
                                                Err(e) => {
                                                    typed
                                                        .update(|t| {
                                                            t.insert(id, (text, outcome_problem(lang, &e)));
                                                        });
                                                    refused
                                                        .update(|i| {
                                                            if !i.contains(&id) {
                                                                i.push(id)
                                                            }
                                                        });
                                                }
                                            }
                                        }
                                    />
                                    {move || {
                                        problem()
                                            .map(|why| {
                                                view! {
                                                    <p
                                                        class="field-error"
                                                        id=format!("outcome-{}-error", id.key())
                                                        role="alert"
                                                    >
                                                        {why}
                                                    </p>
                                                }
                                            })
                                    }}
                                </div>
                            }
                        })
                        .collect_view()}
                </div>
            </fieldset>
        })
    }
}
