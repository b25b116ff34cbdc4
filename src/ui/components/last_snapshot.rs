//! How long ago the last snapshot was, and a weekly reminder for the calendar: the SSI is
//! worth tracking only as a habit.

use crate::domain::iso_date::weekday_name;
use chrono::Datelike;
use leptos::prelude::*;

use crate::domain::reminder::{
    first_reminder_day, last_snapshot_words, snapshot_due, weekly_reminder_ics, REMINDER_FILE,
    REMINDER_MIME,
};
use crate::domain::snapshot::is_ahead;
use crate::edges::{clock, download, location};
use crate::ui::format;
use crate::ui::state::{HistoryStore, Notices, Problem};

/// "Last snapshot 9 days ago", and "Add a weekly reminder" (a calendar file). The user's own
/// history only.
#[component]
pub fn LastSnapshot() -> impl IntoView {
    let store = HistoryStore::expect();
    let notices = Notices::expect();
    let last = Memo::new(move |_| store.with(|h| h.latest().map(|s| s.date)));
    let download_reminder = move |_| {
        let today = clock::today();
        let first = first_reminder_day(last.get_untracked(), today);
        let ics = weekly_reminder_ics(&location::app_url(), first, clock::now_utc());
        match download::download_text(REMINDER_FILE, REMINDER_MIME, &ics) {
            Ok(()) => {
                notices.show_toast(
                    format!(
                        "Downloaded the reminder: open it to add it to your calendar (every {}, from {}).",
                        weekday_name(first.weekday()),
                        format::date(first)
                    ),
                    None,
                );
            }
            Err(e) => notices.report(Problem::ExportFailed(e)),
        }
    };
    move || {
        let last = last.get()?;
        let today = clock::today();
        let due = snapshot_due(last, today);
        // A date ahead of today is named, not called "today": the user can check it.
        let (words, after) = if is_ahead(last, today) {
            (
                format!("Last snapshot dated {}, after today", format::date(last)),
                ": check its date, or this device’s clock.",
            )
        } else if due {
            (
                format!("Last snapshot {}", last_snapshot_words(last, today)),
                ": time for this week’s.",
            )
        } else {
            (
                format!("Last snapshot {}", last_snapshot_words(last, today)),
                ".",
            )
        };
        Some(view! {
            <div class="last-snapshot" class:due=due data-testid="last-snapshot">
                <p>
                    <strong>{words}</strong>
                    {after}
                </p>
                <button type="button" class="button small" on:click=download_reminder data-testid="weekly-reminder">
                    "Add a weekly reminder to your calendar"
                </button>
            </div>
        })
    }
}
