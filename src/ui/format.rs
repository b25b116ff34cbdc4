//! How numbers read on screen.

pub use crate::markup::{change_class, Whose};

/// A date as people read it (see [`readable_date`](crate::edges::locale::readable_date)).
pub use crate::edges::locale::readable_date as date;

/// What a newer link brings beside the saved copy: "2 new weeks, 1 week changed, 3 weeks fewer"
/// (the shared view's banner and the team's refresh say it alike).
pub fn what_is_new(
    lang: crate::i18n::Lang,
    update: &crate::domain::people::PersonUpdate,
) -> String {
    crate::i18n::team::what_is_new(lang, update)
}

/// What saving pasted share links did, a sentence for each kind of outcome (Compare's "Save
/// these people" and the team's refresh).
pub fn links_saved(lang: crate::i18n::Lang, saved: &crate::domain::people::LinksSaved) -> String {
    crate::i18n::team::links_saved(lang, saved)
}
