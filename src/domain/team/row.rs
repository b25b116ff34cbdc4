//! One member's row: their latest reading, its change over the range, and the two flags.

use chrono::NaiveDate;

use super::{Member, Team, STALE_AFTER_WEEKS};
use crate::domain::history::History;
use crate::domain::number::Precision;
use crate::domain::pillar::Pillar;
use crate::domain::snapshot::Snapshot;
use crate::domain::stats::Range;

/// One member of the team as the Team screen shows them.
#[derive(Clone, Debug, PartialEq)]
pub struct TeamRow {
    member: Member,
    name: String,
    latest: Option<Snapshot>,
    change: Option<f64>,
    fell: bool,
    days_since_update: Option<i64>,
    sparkline: Vec<(NaiveDate, f64)>,
}

impl TeamRow {
    /// The row of `history` over `range` as of `today`. The range ends on `today` for every
    /// row, so "change over 12 weeks" means the same weeks for everyone (or on the latest
    /// snapshot, should it be dated a day ahead of today).
    pub(super) fn new(
        member: Member,
        name: &str,
        history: &History,
        range: Range,
        today: NaiveDate,
    ) -> TeamRow {
        let all = history.snapshots();
        let latest = history.latest();
        let end = latest.map_or(today, |s| s.date.max(today));
        let in_range = range.slice(history, end);
        let change = match in_range {
            [first, .., last] => Some(Precision::Whole.difference(first.overall, last.overall)),
            _ => None,
        };
        let fell = match all {
            [.., previous, latest] => {
                Precision::Whole.difference(previous.overall, latest.overall) < 0.0
            }
            _ => false,
        };
        TeamRow {
            member,
            name: name.to_string(),
            latest: latest.cloned(),
            change,
            fell,
            days_since_update: latest.map(|s| (today - s.date).num_days().max(0)),
            sparkline: in_range.iter().map(|s| (s.date, s.overall)).collect(),
        }
    }

    pub fn member(&self) -> Member {
        self.member
    }

    /// The person's saved name; for the user, the name [`Team::build`] was given ("You").
    pub fn name(&self) -> &str {
        &self.name
    }

    /// The latest snapshot; `None` for a person with no snapshots.
    pub fn latest(&self) -> Option<&Snapshot> {
        self.latest.as_ref()
    }

    pub fn latest_date(&self) -> Option<NaiveDate> {
        self.latest.as_ref().map(|s| s.date)
    }

    /// The latest overall score.
    pub fn score(&self) -> Option<f64> {
        self.latest.as_ref().map(|s| s.overall)
    }

    /// The latest score of `p`.
    pub fn pillar(&self, p: Pillar) -> Option<f64> {
        self.latest.as_ref().map(|s| s.pillars.get(p))
    }

    /// The overall's change over the range, as shown (whole points): the latest minus the
    /// first snapshot in the range; `None` with fewer than two snapshots in it.
    pub fn change(&self) -> Option<f64> {
        self.change
    }

    /// True when the latest overall, as shown, is below the snapshot's before it: a fall too
    /// small to show (44.6 after 44.8, both shown "45") is none.
    pub fn fell(&self) -> bool {
        self.fell
    }

    /// Whole weeks from the latest snapshot to today (0 for one dated ahead of today).
    pub fn weeks_since_update(&self) -> Option<i64> {
        self.days_since_update.map(|days| days / 7)
    }

    /// True when the latest snapshot is more than [`STALE_AFTER_WEEKS`] weeks old (strictly
    /// more than 28 days), or there is none: it is time to ask for a fresh link.
    pub fn is_stale(&self) -> bool {
        self.days_since_update
            .is_none_or(|days| days > STALE_AFTER_WEEKS * 7)
    }

    /// The overall within the range, by date.
    pub fn sparkline(&self) -> &[(NaiveDate, f64)] {
        &self.sparkline
    }

    /// This row's `p` minus the team's median of it, as shown (hundredths); `None` when the
    /// row has no snapshot.
    pub fn versus_median(&self, p: Pillar, team: &Team) -> Option<f64> {
        let median = team.spread(p)?.median();
        Some(Precision::Hundredth.difference(median, self.pillar(p)?))
    }

    /// Where this row's `p` stands against the team's median (how its cell is shaded).
    pub fn standing(&self, p: Pillar, team: &Team) -> Option<Standing> {
        self.versus_median(p, team).map(Standing::of)
    }
}

/// Closer to the team's median than this (points of 25) reads as about the median.
pub const NEAR_MEDIAN: f64 = 0.5;
/// This far from the median or more reads as well above or below it.
pub const FAR_FROM_MEDIAN: f64 = 3.0;

/// Where a pillar stands against the team's median.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Standing {
    Even,
    Above { far: bool },
    Below { far: bool },
}

impl Standing {
    /// The standing of a difference from the median (as [`TeamRow::versus_median`] gives it).
    pub fn of(versus: f64) -> Standing {
        let far = versus.abs() >= FAR_FROM_MEDIAN;
        if versus.abs() < NEAR_MEDIAN {
            Standing::Even
        } else if versus > 0.0 {
            Standing::Above { far }
        } else {
            Standing::Below { far }
        }
    }
}
