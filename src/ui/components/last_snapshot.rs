//! How long ago the last snapshot was, and a weekly reminder for the calendar: the SSI is
//! worth tracking only as a habit.

use crate::domain::address::Screen;
use chrono::Datelike;
use leptos::prelude::*;

use crate::domain::reminder::{
    first_reminder_day, reminder_file, weekly_reminder_ics, REMINDER_MIME,
};
use crate::edges::{clock, download, location};
use crate::i18n;
use crate::markup::{last_snapshot_words, LastSnapshotWords};
use crate::ui::format;
use crate::ui::state::{use_lang, HistoryView, Navigation, Notices, Problem};

/// "Last snapshot 9 days ago", the quick add (the weekly check-in in a few taps), and "Add a
/// weekly reminder" (a calendar file). The user's own history only.
#[component]
pub fn LastSnapshot() -> impl IntoView {
    let store = HistoryView::expect();
    let notices = Notices::expect();
    let lang = use_lang();
    let quick_add = Navigation::expect().href(Screen::QuickAdd);
    let last = Memo::new(move |_| store.with(|h| h.latest().map(|s| s.date)));
    let download_reminder = move |_| {
        let today = clock::today();
        let first = first_reminder_day(last.get_untracked(), today);
        let ics = weekly_reminder_ics(lang, &location::app_url(), first, clock::now_utc());
        match download::download_text(reminder_file(lang), REMINDER_MIME, &ics) {
            Ok(()) => {
                notices.show_toast(
                    // The catalog's placeholders in their order: the date, then the day.
                    i18n::start_reminder_downloaded(
                        lang,
                        format::date(first),
                        i18n::start::every(lang, first.weekday()),
                    ),
                    None,
                );
            }
            Err(e) => notices.report(Problem::ExportFailed(e)),
        }
    };
    move || {
        let last = last.get()?;
        let LastSnapshotWords { words, after, due } =
            last_snapshot_words(lang, last, clock::today(), &format::date);
        Some(view! {
            <div class="last-snapshot" class:due=due data-testid="last-snapshot">
                <p>
                    <strong>{words}</strong>
                    {after}
                </p>
                <a class="button small primary" href=quick_add.clone() data-testid="quick-add">
                    {i18n::start_quick_add_week(lang)}
                </a>
                <button
                    type="button"
                    class="button small"
                    on:click=download_reminder
                    data-testid="weekly-reminder"
                >
                    {i18n::start_weekly_reminder(lang)}
                </button>
            </div>
        })
    }
}
