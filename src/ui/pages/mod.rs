//! Whole screens.

mod broken_link;
mod compare;
mod dashboard;
mod history;
mod learn;
mod not_found;
mod person;
mod pillar;
mod recovery;
mod results;
mod share;
mod snapshot_form;
mod team;
mod tracker;
mod welcome;

pub use broken_link::BrokenLinkPage;
pub use compare::ComparePage;
pub use dashboard::DashboardPage;
pub use history::HistoryPage;
pub use learn::LearnPage;
pub use not_found::NotFoundPage;
pub use person::{PersonOnScreen, PersonPage};
pub use pillar::PillarPage;
pub use recovery::RecoveryPage;
pub use results::ResultsPage;
pub use share::SharePage;
pub use snapshot_form::SnapshotFormPage;
pub use team::TeamPage;
pub use tracker::{Mode, Tracker};
pub use welcome::{EmptyLinkPage, WelcomePage};
