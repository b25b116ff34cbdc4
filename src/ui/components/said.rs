//! What an action just did, beside its button: a confirmation read out politely, or a refusal
//! read out at once. Nothing while there is nothing to say.

use leptos::prelude::*;

/// `said`: `Ok` a confirmation, `Err` why nothing was done.
#[component]
pub fn Said(#[prop(into)] said: Signal<Option<Result<String, String>>>) -> impl IntoView {
    move || {
        said.get().map(|said| match said {
            Ok(words) => view! {
                <span class="success" role="status">
                    {words}
                </span>
            }
            .into_any(),
            Err(words) => view! {
                <span class="field-error" role="alert">
                    {words}
                </span>
            }
            .into_any(),
        })
    }
}
