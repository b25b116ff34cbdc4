//! The app state shared through context: one history signal, and what the screen shows.

use chrono::NaiveDate;
use leptos::prelude::*;

use crate::domain::stats::Range;
use crate::domain::{transfer, History, Snapshot};
use crate::edges::{clock, download, storage};

/// What the main area shows.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum View {
    Dashboard,
    History,
    Results,
    Compare,
    Learn,
    Share,
    /// The snapshot form; `Some(date)` edits that day's snapshot.
    Form(Option<NaiveDate>),
}

/// Whose history is on screen.
#[derive(Clone, Debug, PartialEq)]
pub enum Mode {
    /// The user's own, from this browser's storage, as `synced` read it (empty when nothing
    /// is stored). `problem` is a storage issue found at start-up.
    Own {
        synced: crate::edges::storage::Synced,
        problem: Option<crate::edges::storage::StorageError>,
    },
    /// Someone's shared copy, read-only and never saved.
    Shared {
        name: Option<String>,
        shared_on: NaiveDate,
    },
}

/// Shared state. Derived values are computed from `history`, never stored twice.
#[derive(Clone, Copy)]
pub struct AppState {
    pub history: RwSignal<History>,
    /// A shared view: no edit controls, nothing written to storage.
    pub read_only: bool,
    pub view: RwSignal<View>,
    /// Why the last save failed, shown until a save succeeds.
    pub save_error: RwSignal<Option<String>>,
    /// The last deleted snapshot, offered for undo.
    pub deleted: RwSignal<Option<Snapshot>>,
    /// Text pasted outside any input, handed to the snapshot form.
    pub pasted: RwSignal<Option<String>>,
    pub last_export: RwSignal<Option<NaiveDate>>,
    pub reminder_dismissed: RwSignal<Option<NaiveDate>>,
    /// A new version of the app is installed and waits for the user's reload.
    pub update_ready: RwSignal<bool>,
    /// The time span of every time chart, remembered between visits.
    pub range: RwSignal<Range>,
}

/// The two export formats.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum ExportFormat {
    Json,
    Csv,
}

impl AppState {
    pub fn new(history: History, read_only: bool) -> Self {
        AppState {
            history: RwSignal::new(history),
            read_only,
            view: RwSignal::new(View::Dashboard),
            save_error: RwSignal::new(None),
            deleted: RwSignal::new(None),
            pasted: RwSignal::new(None),
            last_export: RwSignal::new(storage::read_date(storage::LAST_EXPORT_KEY)),
            reminder_dismissed: RwSignal::new(storage::read_date(storage::REMINDER_DISMISSED_KEY)),
            update_ready: RwSignal::new(false),
            range: RwSignal::new(
                storage::read_text(storage::RANGE_KEY)
                    .and_then(|k| Range::from_key(&k))
                    .unwrap_or(Range::Year),
            ),
        }
    }

    /// Downloads the whole history and remembers the day, for the backup reminder.
    pub fn export(&self, format: ExportFormat) -> Result<(), download::DownloadError> {
        let today = clock::today();
        let (text, extension, mime) = self.history.with_untracked(|h| match format {
            ExportFormat::Json => (transfer::to_json(h), "json", "application/json"),
            ExportFormat::Csv => (transfer::to_csv(h), "csv", "text/csv"),
        });
        download::download_text(&transfer::file_name(today, extension), mime, &text)?;
        storage::write_date(storage::LAST_EXPORT_KEY, today);
        self.last_export.set(Some(today));
        Ok(())
    }

    /// Shows every time chart over `range`, and remembers it.
    pub fn set_range(&self, range: Range) {
        self.range.set(range);
        storage::write_text(storage::RANGE_KEY, range.key());
    }

    /// Hides the backup reminder for a while.
    pub fn dismiss_reminder(&self) {
        let today = clock::today();
        storage::write_date(storage::REMINDER_DISMISSED_KEY, today);
        self.reminder_dismissed.set(Some(today));
    }

    pub fn provide(self) {
        provide_context(self);
    }

    /// The state provided by the tracker. Components below it may rely on it.
    pub fn get() -> Self {
        expect_context::<AppState>()
    }

    /// Shows `view` from its top, with keyboard focus at the start of the main area.
    pub fn go(&self, view: View) {
        self.view.set(view);
        if let Some(main) = document().get_element_by_id("main") {
            use wasm_bindgen::JsCast;
            let _ = main.unchecked_into::<web_sys::HtmlElement>().focus();
        }
        window().scroll_to_with_x_and_y(0.0, 0.0);
    }
}
