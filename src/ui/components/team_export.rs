//! The team's data out of the browser: a CSV for spreadsheets, and a backup that restores the
//! people (and only them) through the usual import preview.

use leptos::prelude::*;

use crate::i18n;
use crate::ui::components::ImportCard;
use crate::ui::state::{export, use_lang, ExportFormat, Notices, Preferences, Problem, YourData};

#[component]
pub fn TeamExport() -> impl IntoView {
    let store = YourData::expect();
    let notices = Notices::expect();
    let preferences = Preferences::expect();
    let lang = use_lang();
    let export = move |format| {
        if let Err(e) = export(&store.everything_untracked(), format, preferences) {
            notices.report(Problem::ExportFailed(e));
        }
    };
    view! {
        <section
            class="card team-export"
            aria-labelledby="team-export-title"
            data-testid="team-export"
        >
            <h2 id="team-export-title">{i18n::team_files_title(lang)}</h2>
            <p class="muted">{i18n::team_files_how(lang)}</p>
            <div class="actions">
                <button class="button" on:click=move |_| export(ExportFormat::TeamCsv)>
                    {i18n::team_download_csv(lang)}
                </button>
                <button class="button" on:click=move |_| export(ExportFormat::TeamJson)>
                    {i18n::team_download_backup(lang)}
                </button>
            </div>
            <h3>{i18n::team_restore_backup(lang)}</h3>
            <ImportCard team=true />
        </section>
    }
}
