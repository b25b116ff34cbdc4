//! How numbers read on screen.

/// A rank as LinkedIn shows it ("Top 37%"), or a dash when unknown.
pub fn rank(rank: Option<u8>) -> String {
    rank.map(crate::domain::number::format_rank)
        .unwrap_or_else(|| "–".into())
}

/// CSS class for a change shown at `precision`: flat when it rounds to nothing there.
pub fn change_class(precision: crate::domain::number::Precision, delta: f64) -> &'static str {
    if precision.is_flat(delta) {
        "delta flat"
    } else if delta > 0.0 {
        "delta up"
    } else {
        "delta down"
    }
}

/// A date as people read it, in their own language and order ("25 Nov 2026", "Nov 25,
/// 2026"); the ISO form where the browser can't say, and for a year not written in four
/// digits ("0050-01-01", "-0050-01-01", "+10000-01-01"): `Intl` writes year 50 as "50", read as
/// 1950, and 50 BC as "51", without its sign.
pub fn date(d: chrono::NaiveDate) -> String {
    use chrono::Datelike;
    Some(d)
        .filter(|d| (1000..=9999).contains(&d.year()))
        .and_then(crate::edges::locale::date)
        .unwrap_or_else(|| d.to_string())
}

/// "1 snapshot", "3 snapshots".
pub fn count(n: usize, singular: &str, plural: &str) -> String {
    if n == 1 {
        format!("1 {singular}")
    } else {
        format!("{n} {plural}")
    }
}

/// Whose numbers are on screen, for the words around them: the user's ("your industry"), or
/// someone's from a share link ("Dana’s industry").
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Whose {
    Yours,
    Someones(Option<String>),
}

impl Whose {
    /// "your", "Dana’s", "their".
    pub fn possessive(&self) -> String {
        match self {
            Whose::Yours => "your".into(),
            Whose::Someones(Some(name)) => format!("{name}’s"),
            Whose::Someones(None) => "their".into(),
        }
    }

    /// Who, in a legend beside peers: "You", "Dana", "Them".
    pub fn who(&self) -> String {
        match self {
            Whose::Yours => "You".into(),
            Whose::Someones(Some(name)) => name.clone(),
            Whose::Someones(None) => "Them".into(),
        }
    }

    /// The same, to start a sentence: "Your", "Dana’s", "Their".
    pub fn possessive_title(&self) -> String {
        let word = self.possessive();
        let mut chars = word.chars();
        chars
            .next()
            .map(|c| c.to_uppercase().chain(chars).collect())
            .unwrap_or_default()
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
