//! Notices above the page: sample data, problems and the backup reminder. The one place where
//! a [`Problem`] becomes words. (Feedback on what the user just did, with its undo, is a toast:
//! see `components::toast`.)

use leptos::prelude::*;

use crate::markup::frame::{BACKUP_REMINDER, SAMPLE_BANNER};

use crate::domain::address::Screen;
use crate::domain::backup::backup_due;
use crate::edges::clock;
use crate::ui::format;
use crate::ui::state::{
    export, ExportFormat, Navigation, Notices, Preferences, Problem, Undo, YourData,
};

/// What the user is told about `problem`.
pub fn problem_text(problem: &Problem) -> String {
    match problem {
        Problem::Storage(e) => e.to_string(),
        Problem::UnreadableByThisVersion(e) => format!(
            "Another tab changed your saved data in a way this one can’t read ({e}). Nothing was overwritten: reload this tab."
        ),
        Problem::ChangeRefused(e) => format::history_error(e),
        Problem::PeopleChangeRefused(e) => format!("Nothing was changed: {e}"),
        Problem::ExportFailed(e) => format!("The export didn’t start: {e}"),
        Problem::NoLongerFit(names) => format!(
            "Another tab added results or people at the same time, and these of yours no longer fit the limit: {}. Remove one you don’t need, then add it again.",
            names.join(", ")
        ),
        Problem::Capture(e) => e.to_string(),
        Problem::OwnData(e) => e.to_string(),
        Problem::NotOpened(e) => e.to_string(),
        Problem::StorageWasCleared => "Your saved data had been cleared from this browser’s storage (by the browser or its settings, not by SSI Lens). This tab still had it all and has saved it again. Export a backup now.".into(),
    }
}

/// All notices that may need the user's attention.
#[component]
pub fn NoticeArea() -> impl IntoView {
    let notices = Notices::expect();
    let preferences = Preferences::expect();
    let navigation = Navigation::expect();
    // The sample banner and the backup reminder are about the user's own data: a shared view
    // has no handle to it, so neither is built there.
    let yours = use_context::<YourData>();
    let has_sample = move || {
        yours.is_some_and(|yours| {
            yours.with(|h| h.has_sample()) || yours.with_people(|p| p.has_sample())
        })
    };
    // The sample's snapshots, results and colleagues go in one step, with one Undo.
    let remove_sample = move |_| {
        let Some(store) = yours else { return };
        let before = store.everything_untracked();
        let after = before.without_sample();
        store.replace(after.clone());
        notices.show_toast(
            "Removed the sample data.".into(),
            Some(Undo::Change {
                store,
                before,
                after,
            }),
        );
    };
    let backup_due = move || {
        let (exported, dismissed) = (preferences.last_export(), preferences.reminder_dismissed());
        yours
            .is_some_and(|yours| yours.with(|h| backup_due(h, exported, dismissed, clock::today())))
    };
    let export_now = move |_| {
        let Some(yours) = yours else { return };
        if let Err(e) = export(
            &yours.everything_untracked(),
            ExportFormat::Json,
            preferences,
        ) {
            notices.report(Problem::ExportFailed(e));
        }
    };

    view! {
        <div class="notices" aria-live="polite">
            <Show when=move || notices.update_ready()>
                <div class="notice" data-testid="update-ready">
                    <p>
                        <strong>"A new version of SSI Lens is ready."</strong>
                    </p>
                    <button
                        class="button small"
                        on:click=move |_| crate::edges::service_worker::apply_update()
                    >
                        "Reload"
                    </button>
                </div>
            </Show>
            <Show when=has_sample>
                <div class="notice sample" data-testid="sample-banner">
                    <p>
                        <strong>{SAMPLE_BANNER.0}</strong>
                        {SAMPLE_BANNER.1}
                    </p>
                    <button class="button small" on:click=remove_sample>
                        "Remove sample data"
                    </button>
                </div>
            </Show>
            <Show when=backup_due>
                <div class="notice" data-testid="backup-reminder">
                    <p>
                        <strong>{BACKUP_REMINDER.0}</strong>
                        {BACKUP_REMINDER.1}
                    </p>
                    <button class="button small" on:click=export_now>
                        "Export now"
                    </button>
                    <button
                        class="button small quiet"
                        on:click=move |_| preferences.dismiss_reminder()
                    >
                        "Not now"
                    </button>
                </div>
            </Show>
            {move || {
                notices
                    .problem()
                    .map(|problem| {
                        view! {
                            <div class="notice error" role="alert" data-testid="problem">
                                <p>{problem_text(&problem)}</p>
                                <button
                                    class="button small quiet"
                                    aria-label="Dismiss"
                                    on:click=move |_| notices.dismiss_problem()
                                >
                                    "×"
                                </button>
                            </div>
                        }
                    })
            }}
            <Show when=move || notices.stray_paste()>
                <div class="notice" role="status" data-testid="stray-paste">
                    <p>"That paste isn’t an SSI page or a share link, so nothing changed."</p>
                    <button
                        class="button small"
                        on:click=move |_| {
                            notices.offer_paste_box(false);
                            navigation.go(Screen::Add);
                        }
                    >
                        "Open the paste box"
                    </button>
                    <button
                        class="button small quiet"
                        aria-label="Dismiss"
                        on:click=move |_| notices.offer_paste_box(false)
                    >
                        "×"
                    </button>
                </div>
            </Show>
        </div>
    }
}
