//! How numbers read on screen.

/// A rank as LinkedIn shows it ("Top 37%"), or a dash when unknown.
pub fn rank(rank: Option<u8>) -> String {
    rank.map(crate::domain::number::format_rank)
        .unwrap_or_else(|| "–".into())
}

pub use crate::markup::{change_class, Whose};

/// A date as people read it (see [`readable_date`](crate::edges::locale::readable_date)).
pub use crate::edges::locale::readable_date as date;

/// "1 snapshot", "3 snapshots".
pub fn count(n: usize, singular: &str, plural: &str) -> String {
    if n == 1 {
        format!("1 {singular}")
    } else {
        format!("{n} {plural}")
    }
}

/// A refused change in the user's words: the error's own, so there is one wording to keep.
pub fn history_error(error: &crate::domain::HistoryError) -> String {
    error.to_string()
}

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
