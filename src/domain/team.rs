//! The Team screen's rules: a manager or coach sees the colleagues they saved from share links
//! (and themselves, when they track their own SSI) side by side, to spot who fell, whose update
//! is overdue and which pillar the team as a whole is weakest in.
//!
//! Everything here is pure and computed once per change of data, range or day ([`Team::build`]);
//! the screen only sorts and filters the rows ([`Team::view`]) and shows them. Values are
//! compared at the precision they are shown (whole points for the overall, hundredths for
//! pillars, as [`Precision`] rules everywhere else), so a flag or an order never disagrees with
//! the numbers on screen.
//!
//! [`Precision`]: super::number::Precision

mod row;
mod view;

use chrono::NaiveDate;

use super::history::History;
use super::people::{People, PersonId};
use super::pillar::Pillar;
use super::stats::Range;

pub use row::{Standing, TeamRow, FAR_FROM_MEDIAN, NEAR_MEDIAN};
pub use view::{TeamFilter, TeamSort, TeamView};

/// A latest snapshot more than this many weeks (28 days) before today makes an update overdue.
pub const STALE_AFTER_WEEKS: i64 = 4;

/// Whose row it is: the user's own, or a saved person's.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Member {
    You,
    Person(PersonId),
}

/// How one pillar is spread over the team's latest snapshots.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct PillarSpread {
    pillar: Pillar,
    median: f64,
    lowest: f64,
    highest: f64,
    count: usize,
}

impl PillarSpread {
    /// The spread of `values` (one per row with a snapshot); `None` when there are none.
    fn of(pillar: Pillar, values: &[f64]) -> Option<Self> {
        Some(PillarSpread {
            pillar,
            median: median(values)?,
            lowest: values.iter().copied().fold(f64::INFINITY, f64::min),
            highest: values.iter().copied().fold(f64::NEG_INFINITY, f64::max),
            count: values.len(),
        })
    }

    pub fn pillar(&self) -> Pillar {
        self.pillar
    }

    pub fn median(&self) -> f64 {
        self.median
    }

    pub fn lowest(&self) -> f64 {
        self.lowest
    }

    pub fn highest(&self) -> f64 {
        self.highest
    }

    /// How many rows have a snapshot to count.
    pub fn count(&self) -> usize {
        self.count
    }
}

/// The team as the Team screen shows it: one row per member, and each pillar's spread.
#[derive(Clone, Debug, PartialEq)]
pub struct Team {
    rows: Vec<TeamRow>,
    /// By [`Pillar::index`].
    spreads: [Option<PillarSpread>; 4],
    median_score: Option<f64>,
}

impl Team {
    /// The team of `own` history and the saved `people` over `range`, as of `today`: the
    /// user's row first (named `you`, "You" in their language) when `own` has snapshots, then
    /// the people in the order they were saved.
    pub fn build(
        own: &History,
        people: &People,
        range: Range,
        today: NaiveDate,
        you: &str,
    ) -> Team {
        let you = (!own.is_empty()).then(|| TeamRow::new(Member::You, you, own, range, today));
        let others = people.iter().map(|person| {
            TeamRow::new(
                Member::Person(person.id()),
                person.name(),
                person.snapshots(),
                range,
                today,
            )
        });
        let rows: Vec<TeamRow> = you.into_iter().chain(others).collect();
        let spreads = Pillar::ALL.map(|pillar| {
            let values: Vec<f64> = rows.iter().filter_map(|row| row.pillar(pillar)).collect();
            PillarSpread::of(pillar, &values)
        });
        let scores: Vec<f64> = rows.iter().filter_map(TeamRow::score).collect();
        Team {
            median_score: median(&scores),
            rows,
            spreads,
        }
    }

    /// Every row, "You" first when present, then in saved order.
    pub fn rows(&self) -> &[TeamRow] {
        &self.rows
    }

    /// True when there is nobody to show: no own snapshots and no saved people.
    pub fn is_empty(&self) -> bool {
        self.rows.is_empty()
    }

    /// `p` over every row's latest snapshot; `None` when no row has a snapshot.
    pub fn spread(&self, p: Pillar) -> Option<&PillarSpread> {
        self.spreads[p.index()].as_ref()
    }

    /// The pillar with the lowest team median (the first in [`Pillar::ALL`] on a tie).
    pub fn weakest(&self) -> Option<&PillarSpread> {
        self.spreads.iter().flatten().reduce(|weakest, spread| {
            if spread.median < weakest.median {
                spread
            } else {
                weakest
            }
        })
    }

    /// The median of the rows' latest overall scores.
    pub fn median_score(&self) -> Option<f64> {
        self.median_score
    }
}

/// The middle value (the mean of the middle two for an even count); `None` for no values.
/// NaN, which no stored score can be, is left out rather than allowed to upset the order.
pub fn median(values: &[f64]) -> Option<f64> {
    let mut sorted: Vec<f64> = values.iter().copied().filter(|v| !v.is_nan()).collect();
    if sorted.is_empty() {
        return None;
    }
    sorted.sort_by(f64::total_cmp);
    let middle = sorted.len() / 2;
    Some(if sorted.len().is_multiple_of(2) {
        (sorted[middle - 1] + sorted[middle]) / 2.0
    } else {
        sorted[middle]
    })
}
