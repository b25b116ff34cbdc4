//! What the user chose and when they last exported, remembered between visits.

use chrono::NaiveDate;
use leptos::prelude::*;

use crate::domain::stats::Range;
use crate::domain::stored::Stored;
use crate::domain::team::TeamView;
use crate::domain::transfer;
use crate::edges::{clock, download, storage};

/// Where the team's order and filter are remembered.
const TEAM_VIEW_KEY: &str = "ssi-lens.team-view";

/// The user's preferences and reminders' dates.
#[derive(Clone, Copy)]
pub struct Preferences {
    range: RwSignal<Range>,
    last_export: RwSignal<Option<NaiveDate>>,
    reminder_dismissed: RwSignal<Option<NaiveDate>>,
    /// Drops ending on or before this date were dismissed.
    drops_seen: RwSignal<Option<NaiveDate>>,
    team_view: RwSignal<TeamView>,
}

impl Preferences {
    pub fn new(
        range: Range,
        last_export: Option<NaiveDate>,
        reminder_dismissed: Option<NaiveDate>,
    ) -> Self {
        Preferences {
            range: RwSignal::new(range),
            last_export: RwSignal::new(last_export),
            reminder_dismissed: RwSignal::new(reminder_dismissed),
            drops_seen: RwSignal::new(storage::read_date(storage::DROPS_SEEN_KEY)),
            team_view: RwSignal::new(TeamView::from_key_or_default(
                storage::read_text(TEAM_VIEW_KEY).as_deref(),
            )),
        }
    }

    /// What this browser remembers, or the defaults.
    pub fn read_stored() -> Self {
        Preferences::new(
            Range::stored_or_default(storage::read_text(storage::RANGE_KEY).as_deref()),
            storage::read_date(storage::LAST_EXPORT_KEY),
            storage::read_date(storage::REMINDER_DISMISSED_KEY),
        )
    }

    pub fn expect() -> Self {
        expect_context()
    }

    /// The share links a comparison saved by an earlier version kept, one per line (empty when
    /// none): Compare offers them in its box, to save as people (now the one way to keep them).
    pub fn saved_comparison(&self) -> String {
        storage::read_text(storage::COMPARISON_KEY).unwrap_or_default()
    }

    /// Keeps the share links of a comparison (only the links), or forgets them with "" (Compare
    /// only forgets them now).
    pub fn save_comparison(&self, links: &str) {
        storage::write_text(storage::COMPARISON_KEY, links);
    }

    /// How the team is sorted and filtered (tracked).
    pub fn team_view(&self) -> TeamView {
        self.team_view.get()
    }

    /// Sorts and filters the team as `view` says, and remembers it.
    pub fn set_team_view(&self, view: TeamView) {
        self.team_view.set(view);
        storage::write_text(TEAM_VIEW_KEY, &view.key());
    }

    /// The time span of every time chart (tracked).
    pub fn range(&self) -> Range {
        self.range.get()
    }

    /// Shows every time chart over `range`, and remembers it.
    pub fn set_range(&self, range: Range) {
        self.range.set(range);
        storage::write_text(storage::RANGE_KEY, range.key());
    }

    pub fn last_export(&self) -> Option<NaiveDate> {
        self.last_export.get()
    }

    pub fn reminder_dismissed(&self) -> Option<NaiveDate> {
        self.reminder_dismissed.get()
    }

    /// Hides the backup reminder for a while.
    pub fn dismiss_reminder(&self) {
        let today = clock::today();
        storage::write_date(storage::REMINDER_DISMISSED_KEY, today);
        self.reminder_dismissed.set(Some(today));
    }

    pub fn drops_seen(&self) -> Option<NaiveDate> {
        self.drops_seen.get()
    }

    /// Hides the drop ending on `date` and every earlier one.
    pub fn dismiss_drops_until(&self, date: NaiveDate) {
        storage::write_date(storage::DROPS_SEEN_KEY, date);
        self.drops_seen.set(Some(date));
    }

    fn exported(&self, today: NaiveDate) {
        storage::write_date(storage::LAST_EXPORT_KEY, today);
        self.last_export.set(Some(today));
    }
}

/// The export formats: everything, or one's own history, or the team (the people kept).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum ExportFormat {
    Json,
    Csv,
    TeamJson,
    TeamCsv,
}

/// Downloads the data. JSON is the full backup (the history and the people saved from links),
/// CSV the user's own history for spreadsheets; their day is remembered for the backup
/// reminder. The team's files hold only the people, so they are no backup of one's own.
pub fn export(
    stored: &Stored,
    format: ExportFormat,
    preferences: Preferences,
) -> Result<(), download::DownloadError> {
    let today = clock::today();
    let people = stored.people();
    let (text, extension, mime) = match format {
        ExportFormat::Json => (transfer::to_json(stored), "json", "application/json"),
        ExportFormat::Csv => (transfer::to_csv(stored.history()), "csv", "text/csv"),
        ExportFormat::TeamJson => (transfer::team_to_json(people), "json", "application/json"),
        ExportFormat::TeamCsv => (transfer::team_to_csv(people), "csv", "text/csv"),
    };
    let file_name = match format {
        ExportFormat::Json | ExportFormat::Csv => transfer::file_name(today, extension),
        ExportFormat::TeamJson | ExportFormat::TeamCsv => {
            transfer::team_file_name(crate::edges::language::current(), today, extension)
        }
    };
    download::download_text(&file_name, mime, &text)?;
    if matches!(format, ExportFormat::Json | ExportFormat::Csv) {
        preferences.exported(today);
    }
    Ok(())
}
