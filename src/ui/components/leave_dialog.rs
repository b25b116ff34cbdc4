//! "Discard this snapshot?": asked when a move would drop a half-filled snapshot form (see
//! `Navigation`'s guard). Keeping is the default and what Escape does.

use leptos::html::Dialog;
use leptos::prelude::*;

use crate::edges::dialog;
use crate::i18n;
use crate::ui::state::{use_lang, Navigation};

/// The question, as a modal dialog, open while the navigation waits for an answer.
#[component]
pub fn LeaveDialog() -> impl IntoView {
    let navigation = Navigation::expect();
    let lang = use_lang();
    let element = NodeRef::<Dialog>::new();
    Effect::new(move |_| {
        let asking = navigation.asking();
        let Some(element) = element.get() else {
            return;
        };
        if asking {
            // Without a modal dialog the form stays as it is and the move doesn't happen.
            if dialog::show_modal(&element).is_err() {
                navigation.stay();
            }
        } else {
            dialog::close(&element);
        }
    });
    view! {
        <dialog
            node_ref=element
            class="leave-dialog"
            aria-labelledby="leave-title"
            aria-describedby="leave-text"
            data-testid="leave-dialog"
            // Escape: keep editing.
            on:cancel=move |ev: leptos::ev::Event| {
                ev.prevent_default();
                navigation.stay();
            }
        >
            <h2 id="leave-title">{i18n::entry_leave_title(lang)}</h2>
            <p id="leave-text">{i18n::entry_leave_text(lang)}</p>
            <div class="actions">
                <button
                    type="button"
                    class="button primary"
                    autofocus
                    on:click=move |_| navigation.stay()
                >
                    {i18n::entry_leave_keep(lang)}
                </button>
                <button type="button" class="button danger" on:click=move |_| navigation.discard()>
                    {i18n::entry_leave_discard(lang)}
                </button>
            </div>
        </dialog>
    }
}
