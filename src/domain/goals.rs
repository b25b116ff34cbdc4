//! The user's targets and their own outcome measures (what the SSI does not see).

use std::collections::BTreeMap;

use serde::{Deserialize, Serialize};

use super::pillar::Pillar;

/// What a goal is about: the overall score or one pillar.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Metric {
    Overall,
    Brand,
    People,
    Insights,
    Relationships,
}

impl Metric {
    pub const ALL: [Metric; 5] = [
        Metric::Overall,
        Metric::Brand,
        Metric::People,
        Metric::Insights,
        Metric::Relationships,
    ];

    pub fn pillar(self) -> Option<Pillar> {
        match self {
            Metric::Overall => None,
            Metric::Brand => Some(Pillar::Brand),
            Metric::People => Some(Pillar::People),
            Metric::Insights => Some(Pillar::Insights),
            Metric::Relationships => Some(Pillar::Relationships),
        }
    }

    pub fn of(pillar: Pillar) -> Metric {
        match pillar {
            Pillar::Brand => Metric::Brand,
            Pillar::People => Metric::People,
            Pillar::Insights => Metric::Insights,
            Pillar::Relationships => Metric::Relationships,
        }
    }

    pub fn label(self) -> &'static str {
        self.pillar().map_or("Overall SSI", Pillar::label)
    }

    pub fn short_label(self) -> &'static str {
        self.pillar().map_or("Overall", Pillar::short_label)
    }

    pub fn ceiling(self) -> f64 {
        if self == Metric::Overall {
            100.0
        } else {
            Pillar::MAX
        }
    }

    /// This metric's value in a snapshot.
    pub fn value(self, s: &super::Snapshot) -> f64 {
        self.pillar().map_or(s.overall, |p| s.pillars.get(p))
    }
}

/// Targets the user set, by metric.
pub type Goals = BTreeMap<Metric, f64>;

/// A result the user tracks beside the score ("meetings booked").
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Outcome {
    pub id: u32,
    pub name: String,
}

/// Reads an outcome count as typed ("3", "2,5"); `None` for empty or invalid text, so the
/// value is left unrecorded rather than guessed.
pub fn parse_outcome_value(text: &str) -> Option<f64> {
    text.trim()
        .replace(',', ".")
        .parse::<f64>()
        .ok()
        .filter(|v| v.is_finite() && (0.0..=1e9).contains(v))
}

/// Names offered when the user has defined none.
pub const SUGGESTED_OUTCOMES: [&str; 4] = [
    "Conversations started",
    "Meetings booked",
    "Inbound leads",
    "Profile views",
];

/// Longest outcome name accepted.
pub const MAX_OUTCOME_NAME: usize = 40;
/// Most outcomes a user can define.
pub const MAX_OUTCOMES: usize = 8;
