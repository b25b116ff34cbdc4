//! App state in context, in narrow pieces that each own what changes together: the history
//! (and its saving), the screen shown, the user's preferences, and the notices. Components
//! take only the pieces they use. Derived values are memos or closures, never second copies.

mod history_store;
mod leave_guard;
mod navigation;
mod notices;
mod preferences;

pub use history_store::HistoryStore;
pub use leave_guard::LeaveGuard;
pub use navigation::Navigation;
pub use notices::{Notices, Problem, Toast, Undo};
pub use preferences::{export, ExportFormat, Preferences};
