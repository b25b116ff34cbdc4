//! The user's data: export, import, and deleting everything.

use leptos::prelude::*;

use crate::domain::address::Screen;

use crate::domain::History;
use crate::i18n;
use crate::ui::components::ImportCard;
use crate::ui::disclosure::Disclosure;
use crate::ui::format;
use crate::ui::state::{
    export, use_lang, ExportFormat, Navigation, Notices, Preferences, Problem, YourData,
};

/// Export buttons, the import card, and a confirmed "delete everything".
#[component]
pub fn DataCard() -> impl IntoView {
    let lang = use_lang();
    let store = YourData::expect();
    let navigation = Navigation::expect();
    let preferences = Preferences::expect();
    let notices = Notices::expect();
    let confirm_delete = Disclosure::new("delete-all", "delete-all-question");
    let export = move |format| {
        if let Err(e) = export(&store.everything_untracked(), format, preferences) {
            notices.report(Problem::ExportFailed(e));
        }
    };
    let delete_all = move |_| {
        store.replace_history(History::default());
        navigation.go(Screen::Dashboard);
    };
    // Only the date: when a backup is due, the reminder above says so (one voice for it).
    let last = move || {
        preferences
            .last_export()
            .map(|d| i18n::transfer_last_backup(lang, format::date(d)))
    };
    view! {
        <section class="card" aria-labelledby="data-title">
            <h2 id="data-title">{i18n::transfer_data_title(lang)}</h2>
            <p class="muted">{i18n::transfer_data_where(lang)} {last}</p>
            <div class="actions">
                <button class="button" on:click=move |_| export(ExportFormat::Json)>
                    {i18n::transfer_export_json(lang)}
                </button>
                <button class="button" on:click=move |_| export(ExportFormat::Csv)>
                    {i18n::transfer_export_csv(lang)}
                </button>
            </div>
            <ImportCard />
            <div class="danger-zone">
                <Show
                    when=move || confirm_delete.is_open()
                    fallback=move || {
                        view! {
                            <button
                                id="delete-all"
                                class="button small danger"
                                on:click=move |_| confirm_delete.open()
                            >
                                {i18n::transfer_delete_all(lang)}
                            </button>
                        }
                    }
                >
                    <div
                        id="delete-all-question"
                        role="group"
                        aria-labelledby="delete-all-text"
                        on:keydown=confirm_delete.on_escape()
                    >
                        <p id="delete-all-text" tabindex="-1">
                            {i18n::transfer_delete_question(lang)}
                        </p>
                        <div class="actions">
                            <button class="button small danger" on:click=delete_all>
                                {i18n::transfer_delete_yes(lang)}
                            </button>
                            <button class="button small" on:click=move |_| confirm_delete.close()>
                                {i18n::transfer_cancel(lang)}
                            </button>
                        </div>
                    </div>
                </Show>
            </div>
        </section>
    }
}
