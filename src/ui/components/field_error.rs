//! What is wrong with what the user typed: read out as soon as it appears, gone once it is fixed.

use leptos::prelude::*;

/// The problem with a form's input, if any.
#[component]
pub fn FieldError(#[prop(into)] problem: Signal<Option<String>>) -> impl IntoView {
    move || {
        problem.get().map(|e| {
            view! {
                <p class="field-error" role="alert">
                    {e}
                </p>
            }
        })
    }
}
