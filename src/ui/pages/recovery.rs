//! Shown when stored data can't be read. Nothing is changed until the user asks, and even
//! then the old text is first copied to a backup key.

use leptos::prelude::*;

use crate::edges::{clock, download};
use crate::i18n;
use crate::ui::state::{use_lang, OwnData};

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
    let lang = use_lang();
    let raw = StoredValue::new(raw);
    let asked = RwSignal::new(false);
    let message = RwSignal::new(None::<String>);

    let save_file = move |_| {
        let name = i18n::start_recovery_file(lang, clock::today());
        let result = raw.with_value(|text| download::download_text(&name, "text/plain", text));
        message.set(
            result
                .err()
                .map(|e| i18n::share::download_problem(lang, &e)),
        );
    };
    let start_fresh = move |_| match raw.with_value(|text| OwnData::set_aside_unreadable(text)) {
        Ok(_) => on_fresh_start.run(()),
        Err(e) => message.set(Some(i18n::start_recovery_nothing_changed(
            lang,
            i18n::share::storage_problem(lang, &e),
        ))),
    };
    let size = raw.with_value(|t| t.len());

    view! {
        <main id="main" class="recovery">
            <section class="card" aria-labelledby="recovery-title" data-testid="recovery">
                <h1 id="recovery-title">{i18n::start_recovery_title(lang)}</h1>
                <p class="problem" role="alert">
                    {problem}
                </p>
                <p>{i18n::start_recovery_text(lang)}</p>
                <label for="raw-data">{i18n::start_recovery_stored(lang, size as u64)}</label>
                <textarea id="raw-data" readonly rows="8" prop:value=raw.get_value()></textarea>
                <div class="actions">
                    <button class="button primary" on:click=save_file>
                        {i18n::start_download_saved(lang)}
                    </button>
                    <Show
                        when=move || asked.get()
                        fallback=move || {
                            view! {
                                <button class="button" on:click=move |_| asked.set(true)>
                                    {i18n::start_start_fresh_ask(lang)}
                                </button>
                            }
                        }
                    >
                        <button class="button danger" on:click=start_fresh>
                            {i18n::start_start_fresh_yes(lang)}
                        </button>
                        <button class="button" on:click=move |_| asked.set(false)>
                            {i18n::start_cancel(lang)}
                        </button>
                    </Show>
                </div>
                <Show when=move || asked.get()>
                    <p class="muted">{i18n::start_start_fresh_note(lang)}</p>
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
