//! The team's data out of the browser: a CSV for spreadsheets, and a backup that restores the
//! people (and only them) through the usual import preview.

use leptos::prelude::*;

use crate::domain::transfer::{team_file_name, team_to_csv, team_to_json};
use crate::edges::{clock, download};
use crate::ui::components::ImportCard;
use crate::ui::state::{Notices, Problem, YourData};

#[derive(Clone, Copy)]
enum TeamFile {
    Csv,
    Backup,
}

#[component]
pub fn TeamExport() -> impl IntoView {
    let store = YourData::expect();
    let notices = Notices::expect();
    let export = move |file: TeamFile| {
        let today = clock::today();
        let (text, extension, mime) = store.with_people(|people| match file {
            TeamFile::Csv => (team_to_csv(people), "csv", "text/csv"),
            TeamFile::Backup => (team_to_json(people), "json", "application/json"),
        });
        if let Err(e) = download::download_text(&team_file_name(today, extension), mime, &text) {
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
                <button class="button" on:click=move |_| export(TeamFile::Csv)>
                    "Download team CSV"
                </button>
                <button class="button" on:click=move |_| export(TeamFile::Backup)>
                    "Download team backup (JSON)"
                </button>
            </div>
            <h3>"Restore a team backup"</h3>
            <ImportCard />
        </section>
    }
}
