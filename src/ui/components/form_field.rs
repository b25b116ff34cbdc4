//! One labelled input of the snapshot form, with its error shown beside it.

use leptos::prelude::*;

use crate::domain::snapshot::{Field, FieldError};
use crate::domain::SnapshotDraft;

/// The DOM id of a field's input.
pub fn field_id(field: Field) -> String {
    format!("field-{}", field.key())
}

/// A labelled input bound to one field of `draft`. `kind` is `date`, `decimal`, `numeric`,
/// `text` or `textarea`. Editing a field clears its error.
#[component]
pub fn FormField(
    field: Field,
    draft: RwSignal<SnapshotDraft>,
    errors: RwSignal<Vec<FieldError>>,
    kind: &'static str,
    /// Help shown under the input; empty for none.
    hint: &'static str,
    /// Upper bound for date inputs.
    #[prop(optional, into)]
    max: Option<String>,
) -> impl IntoView {
    let id = field_id(field);
    let error_id = format!("{id}-error");
    let hint_id = format!("{id}-hint");
    let error = Memo::new(move |_| {
        errors.with(|es| {
            es.iter()
                .find(|e| e.field == field)
                .map(|e| e.message.clone())
        })
    });
    let value = move || draft.with(|d| d.text(field).to_string());
    let on_input = move |ev| {
        let text = event_target_value(&ev);
        draft.update(|d| *d.text_mut(field) = text);
        if error.get_untracked().is_some() {
            errors.update(|es| es.retain(|e| e.field != field));
        }
    };
    let described_by = {
        let (hint_id, error_id) = (hint_id.clone(), error_id.clone());
        move || {
            let mut ids = Vec::new();
            if !hint.is_empty() {
                ids.push(hint_id.clone());
            }
            if error.get().is_some() {
                ids.push(error_id.clone());
            }
            (!ids.is_empty()).then(|| ids.join(" "))
        }
    };
    let invalid = move || error.get().is_some().then_some("true");
    let input = if kind == "textarea" {
        view! {
            <textarea id=id.clone() name=field.key() rows="2" maxlength="500"
                prop:value=value on:input=on_input
                aria-invalid=invalid aria-describedby=described_by.clone()></textarea>
        }
        .into_any()
    } else {
        let (input_type, input_mode) = match kind {
            "date" => ("date", None),
            "text" => ("text", None),
            other => ("text", Some(other)),
        };
        view! {
            <input id=id.clone() name=field.key() type=input_type inputmode=input_mode max=max
                autocomplete="off" prop:value=value on:input=on_input
                aria-invalid=invalid aria-describedby=described_by.clone() />
        }
        .into_any()
    };

    view! {
        <div class="field" class:has-error=move || error.get().is_some()>
            <label for=id>{field.label()}</label>
            {input}
            {(!hint.is_empty()).then(|| view! { <p class="hint" id=hint_id>{hint}</p> })}
            {move || error.get().map(|message| view! {
                <p class="field-error" id=error_id.clone() data-testid=format!("error-{}", field.key())>{message}</p>
            })}
        </div>
    }
}
