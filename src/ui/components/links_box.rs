//! The box share links are pasted into (Compare's links, the team's refresh): what is typed
//! is kept in `text`, and a new keystroke clears what the last action said.

use leptos::prelude::*;

#[component]
pub fn LinksBox(
    id: &'static str,
    label: &'static str,
    /// The label is for screen readers only (the card's heading already says it).
    #[prop(optional)]
    label_hidden: bool,
    rows: u32,
    text: RwSignal<String>,
    said: RwSignal<Option<Result<String, String>>>,
) -> impl IntoView {
    view! {
        <label for=id class:visually-hidden=label_hidden>
            {label}
        </label>
        <textarea
            id=id
            class="links-box"
            rows=rows
            placeholder="https://…#s=…"
            prop:value=move || text.get()
            on:input=move |ev| {
                text.set(event_target_value(&ev));
                said.set(None);
            }
        ></textarea>
    }
}
