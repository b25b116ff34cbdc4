//! App state in context, in narrow pieces that each own what changes together: the history on
//! screen (a read-only view), the user's own data (a writable handle, only on their own
//! screens) and its one writer to storage, the screen shown, the user's preferences, the
//! language, and the notices. Components
//! take only the pieces they use. Derived values are memos or closures, never second copies.

mod history_view;
mod language;
mod leave_guard;
mod navigation;
mod notices;
mod own_data;
mod preferences;
mod your_data;

pub use history_view::HistoryView;
pub use language::{use_lang, Language};
pub use leave_guard::LeaveGuard;
pub use navigation::Navigation;
pub use notices::{Notices, Problem, Toast, Undo};
pub use own_data::{OwnData, OwnDataError, PersonSaved, Written};
pub use preferences::{export, ExportFormat, Preferences};
pub use your_data::YourData;
