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

/// A refused change in the user's words, its dates written as every screen writes them.
pub fn history_error(error: &crate::domain::HistoryError) -> String {
    use crate::domain::HistoryError as E;
    match error {
        E::DateTaken(d) => format!("There is already a snapshot for {}.", date(*d)),
        E::NotFound(d) => format!("There is no snapshot for {}.", date(*d)),
        E::InvalidSnapshot { date: d, errors } => format!(
            "The snapshot of {} is invalid: {}",
            date(*d),
            errors
                .iter()
                .map(|e| e.message.as_str())
                .collect::<Vec<_>>()
                .join(" ")
        ),
        E::InvalidOutcomeValue(d) => format!(
            "The snapshot of {} has a result value outside 0 to 1,000,000,000.",
            date(*d)
        ),
        other => other.to_string(),
    }
}
