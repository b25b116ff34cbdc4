//! The team's data out of the browser: a CSV for spreadsheets, and a backup that restores the
//! people (and only them) through the usual import preview.

use leptos::prelude::*;

use crate::ui::components::ImportCard;
use crate::ui::state::{export, ExportFormat, Notices, Preferences, Problem, YourData};

#[component]
pub fn TeamExport() -> impl IntoView {
    let store = YourData::expect();
    let notices = Notices::expect();
    let preferences = Preferences::expect();
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
            <h2 id="team-export-title">"Team files"</h2>
            <p class="muted">
                "The CSV has one row per person per snapshot, for a spreadsheet. The backup keeps everyone you saved, to restore them here or on another device. Neither holds your own history, which has its own export under History."
            </p>
            <div class="actions">
                <button class="button" on:click=move |_| export(ExportFormat::TeamCsv)>
                    "Download team CSV"
                </button>
                <button class="button" on:click=move |_| export(ExportFormat::TeamJson)>
                    "Download team backup (JSON)"
                </button>
            </div>
            <h3>"Restore a team backup"</h3>
            <ImportCard team=true />
        </section>
    }
}
