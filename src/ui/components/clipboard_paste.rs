//! "Paste from clipboard": a copied SSI page in with one tap, where the browser lets a page read
//! the clipboard on a tap (on a phone there is no keyboard paste outside a field). Elsewhere,
//! or when the browser refuses, it says so and points to the paste box.

use leptos::prelude::*;

use crate::edges::clipboard::{self, ReadError};
use crate::i18n::{self, entry};
use crate::ui::state::use_lang;

/// The button, or where the browser can't read the clipboard, why not (nothing `beside_the_box`,
/// whose own words say how to paste). Hands the clipboard's text to `on_text`.
#[component]
pub fn ClipboardPaste(
    on_text: Callback<String>,
    #[prop(optional)] beside_the_box: bool,
) -> impl IntoView {
    let lang = use_lang();
    let problem = RwSignal::new(None::<ReadError>);
    let paste = move |_| {
        problem.set(None);
        leptos::task::spawn_local(async move {
            match clipboard::read_text().await {
                Ok(text) => on_text.run(text),
                Err(e) => {
                    problem.try_set(Some(e));
                }
            }
        });
    };
    let can_read = clipboard::can_read();
    view! {
        <div class="clipboard-paste">
            {if can_read {
                view! {
                    <button type="button" class="button" on:click=paste>
                        {i18n::entry_clipboard_paste(lang)}
                    </button>
                }
                    .into_any()
            } else if beside_the_box {
                ().into_any()
            } else {
                view! {
                    <p class="muted" data-testid="clipboard-unsupported">
                        {entry::read_problem(lang, &ReadError::Unsupported)}
                    </p>
                }
                    .into_any()
            }}
            {move || {
                problem
                    .get()
                    .map(|e| {
                        view! {
                            <p class="field-error" role="alert" data-testid="clipboard-problem">
                                {entry::read_problem(lang, &e)}
                            </p>
                        }
                    })
            }}
        </div>
    }
}
