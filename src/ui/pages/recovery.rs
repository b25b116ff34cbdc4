//! Shown when stored data can't be read. Nothing is changed until the user asks, and even
//! then the old text is first copied to a backup key.

use leptos::prelude::*;

use crate::edges::{clock, download};
use crate::ui::state::OwnData;

/// The recovery screen for unreadable stored data.
#[component]
pub fn RecoveryPage(
    /// Exactly what is stored.
    raw: String,
    /// Why it can't be read.
    problem: String,
    /// Called once the old data is backed up and the history key is clear.
    on_fresh_start: Callback<()>,
) -> impl IntoView {
    let raw = StoredValue::new(raw);
    let asked = RwSignal::new(false);
    let message = RwSignal::new(None::<String>);

    let save_file = move |_| {
        let name = format!("ssi-lens-saved-data-{}.txt", clock::today());
        let result = raw.with_value(|text| download::download_text(&name, "text/plain", text));
        message.set(result.err().map(|e| e.to_string()));
    };
    let start_fresh = move |_| match raw.with_value(|text| OwnData::set_aside_unreadable(text)) {
        Ok(_) => on_fresh_start.run(()),
        Err(e) => message.set(Some(format!(
            "Nothing was changed: {e} Download the data first."
        ))),
    };
    let size = raw.with_value(|t| t.len());

    view! {
        <main id="main" class="recovery">
            <section class="card" aria-labelledby="recovery-title" data-testid="recovery">
                <h1 id="recovery-title">"Your saved data can’t be read"</h1>
                <p class="problem" role="alert">
                    {problem}
                </p>
                <p>
                    "SSI Lens has not changed or deleted anything. Download a copy of what is stored "
                    "so you can keep it or repair it, then decide whether to start fresh."
                </p>
                <label for="raw-data">{format!("What is stored ({size} characters)")}</label>
                <textarea id="raw-data" readonly rows="8" prop:value=raw.get_value()></textarea>
                <div class="actions">
                    <button class="button primary" on:click=save_file>
                        "Download the saved data"
                    </button>
                    <Show
                        when=move || asked.get()
                        fallback=move || {
                            view! {
                                <button class="button" on:click=move |_| asked.set(true)>
                                    "Start fresh…"
                                </button>
                            }
                        }
                    >
                        <button class="button danger" on:click=start_fresh>
                            "Yes, start fresh"
                        </button>
                        <button class="button" on:click=move |_| asked.set(false)>
                            "Cancel"
                        </button>
                    </Show>
                </div>
                <Show when=move || asked.get()>
                    <p class="muted">
                        "Starting fresh keeps a copy of the old text in this browser under a backup key, "
                        "then opens an empty tracker."
                    </p>
                </Show>
                {move || {
                    message
                        .get()
                        .map(|m| {
                            view! {
                                <p class="error" role="alert">
                                    {m}
                                </p>
                            }
                        })
                }}
            </section>
        </main>
    }
}
