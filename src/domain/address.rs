//! Every screen's address, relative to wherever the app is hosted (`/`, `/ssi-lens/`, ...):
//! a pure mapping both ways, so Back, Forward, reload and bookmarks land on the same screen.

use chrono::NaiveDate;

use super::ids::PersonId;
use super::iso_date::read_iso_date;
use super::pillar::Pillar;

/// A screen of the app.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Screen {
    Dashboard,
    History,
    Results,
    Compare,
    Learn,
    Share,
    /// The form for a new snapshot.
    Add,
    /// The short form for a new snapshot: the four pillars and the ranks, filled with the
    /// last snapshot's figures (the weekly check-in on a phone).
    QuickAdd,
    /// The form editing the snapshot of that day.
    Edit(NaiveDate),
    /// A person the user saved from a share link.
    Person(PersonId),
    /// One pillar up close: its trend against peers, what it measures, advice and goal.
    Pillar(Pillar),
    /// Everyone the user keeps, one row each, and the team's spread per pillar.
    Team,
}

/// The first segment of every address but the dashboard's. `index.html` repeats this list in
/// the script that finds the app's folder from a deep link (a test keeps the two equal).
pub const FIRST_SEGMENTS: [&str; 11] = [
    "history", "results", "compare", "learn", "share", "add", "edit", "people", "pillar", "quick",
    "team",
];

impl Screen {
    /// The address below the app's folder: `/`, `/history`, `/edit/2026-01-05`.
    pub fn path(self) -> String {
        match self {
            Screen::Dashboard => "/".into(),
            Screen::Edit(date) => format!("/edit/{date}"),
            Screen::Person(id) => format!("/people/{}", id.key()),
            Screen::Pillar(pillar) => format!("/pillar/{}", pillar.key()),
            other => format!("/{}", other.segment()),
        }
    }

    /// The address's first segment (empty for the dashboard): what the router matches.
    pub fn segment(self) -> &'static str {
        match self {
            Screen::Dashboard => "",
            Screen::History => FIRST_SEGMENTS[0],
            Screen::Results => FIRST_SEGMENTS[1],
            Screen::Compare => FIRST_SEGMENTS[2],
            Screen::Learn => FIRST_SEGMENTS[3],
            Screen::Share => FIRST_SEGMENTS[4],
            Screen::Add => FIRST_SEGMENTS[5],
            Screen::Edit(_) => FIRST_SEGMENTS[6],
            Screen::Person(_) => FIRST_SEGMENTS[7],
            Screen::Pillar(_) => FIRST_SEGMENTS[8],
            Screen::QuickAdd => FIRST_SEGMENTS[9],
            Screen::Team => FIRST_SEGMENTS[10],
        }
    }

    /// The screen at `path` (below the app's folder); `None` for an address the app doesn't
    /// have. A trailing slash and `index.html` are the dashboard's too.
    pub fn parse(path: &str) -> Option<Screen> {
        let path = path.trim_end_matches('/');
        let mut parts = path.trim_start_matches('/').split('/');
        let screen = match (parts.next()?, parts.next()) {
            ("" | "index.html", None) => Screen::Dashboard,
            ("history", None) => Screen::History,
            ("results", None) => Screen::Results,
            ("compare", None) => Screen::Compare,
            ("learn", None) => Screen::Learn,
            ("share", None) => Screen::Share,
            ("add", None) => Screen::Add,
            ("quick", None) => Screen::QuickAdd,
            ("team", None) => Screen::Team,
            ("edit", Some(date)) => Screen::Edit(read_iso_date(date).ok()?),
            ("people", Some(id)) => Screen::Person(PersonId::from(id.parse::<u32>().ok()?)),
            ("pillar", Some(key)) => {
                Screen::Pillar(Pillar::ALL.into_iter().find(|p| p.key() == key)?)
            }
            _ => return None,
        };
        parts.next().is_none().then_some(screen)
    }

    /// Screens about the history itself: while it is empty, the welcome (or, for a shared
    /// link, an explanation) stands in for them.
    pub fn shows_history(self) -> bool {
        matches!(
            self,
            Screen::Dashboard
                | Screen::History
                | Screen::Results
                | Screen::Share
                | Screen::Pillar(_)
        )
    }

    /// Screens that exist in a read-only shared view: no forms, no comparing, no sharing, and
    /// no results (a share link never carries them). A pillar up close only reads.
    pub fn in_shared_view(self) -> bool {
        matches!(
            self,
            Screen::Dashboard | Screen::History | Screen::Learn | Screen::Pillar(_)
        )
    }
}
