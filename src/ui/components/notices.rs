//! Notices above the page: sample data, problems and the backup reminder. The one place where
//! a [`Problem`] becomes words. (Feedback on what the user just did, with its undo, is a toast:
//! see `components::toast`.)

use leptos::prelude::*;

use crate::markup::frame::{backup_reminder, sample_banner};

use crate::domain::address::Screen;
use crate::domain::backup::backup_due;
use crate::edges::clock;
use crate::i18n::{self, Lang};
use crate::ui::state::{
    export, use_lang, ExportFormat, Navigation, Notices, Preferences, Problem, Undo, YourData,
};

/// What the user is told about `problem`, in `lang`: each error worded by its own area.
pub fn problem_text(lang: Lang, problem: &Problem) -> String {
    match problem {
        Problem::Storage(e) => i18n::share::storage_problem(lang, e),
        Problem::UnreadableByThisVersion(e) => {
            i18n::start_problem_unreadable(lang, i18n::share::saved_data_problem(lang, e))
        }
        Problem::ChangeRefused(e) => i18n::entry::history_problem(lang, e),
        Problem::PeopleChangeRefused(e) => {
            i18n::start_problem_people(lang, i18n::team::people_problem(lang, e))
        }
        Problem::ExportFailed(e) => {
            i18n::start_problem_export(lang, i18n::share::download_problem(lang, e))
        }
        // The names are the user's own, listed as they wrote them.
        Problem::NoLongerFit(names) => i18n::start_problem_no_longer_fit(lang, names.join(", ")),
        Problem::Capture(e) => i18n::entry::capture_problem(lang, e),
        Problem::OwnData(e) => i18n::share::own_data_problem(lang, e),
        Problem::NotOpened(e) => i18n::share::not_opened(lang, e),
        Problem::StorageWasCleared => i18n::start_problem_storage_cleared(lang).into(),
    }
}

/// All notices that may need the user's attention.
#[component]
pub fn NoticeArea() -> impl IntoView {
    let notices = Notices::expect();
    let preferences = Preferences::expect();
    let navigation = Navigation::expect();
    let lang = use_lang();
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
            i18n::start_removed_sample(lang).into(),
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
                        <strong>{i18n::start_update_ready(lang)}</strong>
                    </p>
                    <button
                        class="button small"
                        on:click=move |_| crate::edges::service_worker::apply_update()
                    >
                        {i18n::start_reload(lang)}
                    </button>
                </div>
            </Show>
            <Show when=has_sample>
                <div class="notice sample" data-testid="sample-banner">
                    <p>
                        <strong>{sample_banner(lang).0}</strong>
                        {sample_banner(lang).1}
                    </p>
                    <button class="button small" on:click=remove_sample>
                        {i18n::start_remove_sample(lang)}
                    </button>
                </div>
            </Show>
            <Show when=backup_due>
                <div class="notice" data-testid="backup-reminder">
                    <p>
                        <strong>{backup_reminder(lang).0}</strong>
                        {backup_reminder(lang).1}
                    </p>
                    <button class="button small" on:click=export_now>
                        {i18n::start_export_now(lang)}
                    </button>
                    <button
                        class="button small quiet"
                        on:click=move |_| preferences.dismiss_reminder()
                    >
                        {i18n::start_not_now(lang)}
                    </button>
                </div>
            </Show>
            {move || {
                notices
                    .problem()
                    .map(|problem| {
                        view! {
                            <div class="notice error" role="alert" data-testid="problem">
                                <p>{problem_text(lang, &problem)}</p>
                                <button
                                    class="button small quiet"
                                    aria-label=i18n::start_dismiss(lang)
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
                    <p>{i18n::start_stray_paste(lang)}</p>
                    <button
                        class="button small"
                        on:click=move |_| {
                            notices.offer_paste_box(false);
                            navigation.go(Screen::Add);
                        }
                    >
                        {i18n::start_open_paste_box(lang)}
                    </button>
                    <button
                        class="button small quiet"
                        aria-label=i18n::start_dismiss(lang)
                        on:click=move |_| notices.offer_paste_box(false)
                    >
                        "×"
                    </button>
                </div>
            </Show>
        </div>
    }
}
