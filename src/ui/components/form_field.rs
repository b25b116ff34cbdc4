//! One labelled input of the snapshot form, with its error shown beside it.

use leptos::prelude::*;

use crate::domain::snapshot::{Field, InputKind};
use crate::domain::SnapshotDraft;
use crate::i18n::entry;
use crate::ui::components::PillarName;
use crate::ui::state::use_lang;

/// What is wrong with the form's fields, each message by its field, in the user's words.
pub type FieldMessages = Vec<(Field, String)>;

/// The DOM id of a field's input.
pub fn field_id(field: Field) -> String {
    format!("field-{}", field.key())
}

/// A labelled input bound to one field of `draft`; the field's [`InputKind`] decides the input.
/// Editing a field clears its error.
#[component]
pub fn FormField(
    field: Field,
    draft: RwSignal<SnapshotDraft>,
    errors: RwSignal<FieldMessages>,
    /// Help shown under the input.
    hint: Option<&'static str>,
    /// Upper bound for date inputs.
    #[prop(optional, into)]
    max: Option<String>,
) -> impl IntoView {
    let lang = use_lang();
    let id = field_id(field);
    let error_id = format!("{id}-error");
    let hint_id = format!("{id}-hint");
    let error = Memo::new(move |_| {
        errors.with(|es| {
            es.iter()
                .find(|(f, _)| *f == field)
                .map(|(_, message)| message.clone())
        })
    });
    let value = move || draft.with(|d| d.text(field).to_string());
    let on_input = move |ev| {
        let text = event_target_value(&ev);
        draft.update(|d| *d.text_mut(field) = text);
        if error.get_untracked().is_some() {
            errors.update(|es| es.retain(|(f, _)| *f != field));
        }
    };
    let described_by = {
        let (hint_id, error_id) = (hint_id.clone(), error_id.clone());
        move || {
            let mut ids = Vec::new();
            if hint.is_some() {
                ids.push(hint_id.clone());
            }
            if error.get().is_some() {
                ids.push(error_id.clone());
            }
            (!ids.is_empty()).then(|| ids.join(" "))
        }
    };
    let invalid = move || error.get().is_some().then_some("true");
    let input = match field.input_kind() {
        InputKind::LongText { max_chars } => view! {
            <textarea
                id=id.clone()
                name=field.key()
                rows="2"
                maxlength=max_chars
                prop:value=value
                on:input=on_input
                aria-invalid=invalid
                aria-describedby=described_by
            ></textarea>
        }
        .into_any(),
        kind => {
            // Numbers stay text inputs: `type=number` refuses the decimal comma people type.
            let (input_type, input_mode, max_chars) = match kind {
                InputKind::Date => ("date", None, None),
                InputKind::Decimal => ("text", Some("decimal"), None),
                InputKind::WholeNumber => ("text", Some("numeric"), None),
                InputKind::Text { max_chars } | InputKind::LongText { max_chars } => {
                    ("text", None, Some(max_chars))
                }
            };
            view! {
                <input
                    id=id.clone()
                    name=field.key()
                    type=input_type
                    inputmode=input_mode
                    max=max
                    maxlength=max_chars
                    autocomplete="off"
                    prop:value=value
                    on:input=on_input
                    aria-invalid=invalid
                    aria-describedby=described_by
                />
            }
            .into_any()
        }
    };

    view! {
        <div class="field" class:has-error=move || error.get().is_some()>
            <label for=id>
                {match field {
                    Field::Pillar(pillar) => view! { <PillarName pillar /> }.into_any(),
                    field => entry::field_label(lang, field).into_any(),
                }}
            </label>
            {input}
            {hint
                .map(|hint| {
                    view! {
                        <p class="hint" id=hint_id>
                            {hint}
                        </p>
                    }
                })}
            {move || {
                error
                    .get()
                    .map(|message| {
                        view! {
                            <p
                                class="field-error"
                                id=error_id.clone()
                                data-testid=format!("error-{}", field.key())
                            >
                                {message}
                            </p>
                        }
                    })
            }}
        </div>
    }
}
