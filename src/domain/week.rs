//! The weekly check-in's facts: the score and its change, the pillar that moved most, and the
//! streak of weeks with a snapshot. The change and the pillar's move are the dashboard cards'
//! own ([`History::change_since_previous`]), so the line above the cards agrees with them.
//!
//! Weeks are calendar weeks from Monday (ISO 8601): a snapshot on Sunday and the next on
//! Monday are two weeks in a row, whatever the days between.

use chrono::{Datelike, Days, NaiveDate};

use super::history::History;
use super::number::Precision;
use super::pillar::Pillar;

/// Weeks in a row with a snapshot, up to this week, where one missed week is forgiven.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Streak {
    /// Weeks with a snapshot in the run (the forgiven week is not one of them).
    pub weeks: u32,
    /// The Monday of the one missed week the run forgave, if it needed to.
    pub forgiven: Option<NaiveDate>,
    /// This week has its snapshot already. Until it has, the run still counts up to last week:
    /// a week is missed only once it is over.
    pub this_week: bool,
}

/// The Monday of `day`'s week.
pub fn week_of(day: NaiveDate) -> NaiveDate {
    let back = u64::from(day.weekday().num_days_from_monday());
    day.checked_sub_days(Days::new(back)).unwrap_or(day)
}

/// The week before the one starting on `monday`.
fn week_before(monday: NaiveDate) -> Option<NaiveDate> {
    monday.checked_sub_days(Days::new(7))
}

/// The streak of `history` on `today`: counting back from this week (or last week, while this
/// one has no snapshot yet), every week with a snapshot, stepping over one single missed week
/// (two missed weeks in a row end the run; a second single one does too).
pub fn streak(history: &History, today: NaiveDate) -> Streak {
    // Newest first, one entry per week that has a snapshot.
    let mut weeks = history.snapshots().iter().rev().map(|s| week_of(s.date));
    let mut next = weeks.next();
    // A snapshot dated after today (another time zone's today, a clock set back) is this week's.
    let current = week_of(today).max(next.unwrap_or(NaiveDate::MIN));
    let this_week = next == Some(current);
    let mut streak = Streak {
        weeks: 0,
        forgiven: None,
        this_week,
    };
    let mut week = if this_week {
        Some(current)
    } else {
        week_before(current)
    };
    while let Some(monday) = week {
        // Skip the snapshots of weeks after `monday` (several in one week, or the current week's).
        while next.is_some_and(|w| w > monday) {
            next = weeks.next();
        }
        if next == Some(monday) {
            streak.weeks += 1;
        } else if streak.forgiven.is_none() && next.is_some() && next == week_before(monday) {
            streak.forgiven = Some(monday);
        } else {
            break;
        }
        week = week_before(monday);
    }
    streak
}

/// What moved since the snapshot before the latest, as the cards show it.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct WeekFacts {
    /// The latest overall score.
    pub score: f64,
    /// The overall's change since `since` ([`Precision::Whole`]), as the overall card has it.
    pub change: Option<(f64, NaiveDate)>,
    /// The pillar whose change ([`Precision::Hundredth`]) is largest either way, and that
    /// change; `None` with one snapshot or when no pillar moved at that precision. On a tie,
    /// the pillar LinkedIn lists first.
    pub moved_most: Option<(Pillar, f64)>,
    pub streak: Streak,
}

/// The week line's facts for `history` on `today`; `None` while it has no snapshot.
pub fn week_facts(history: &History, today: NaiveDate) -> Option<WeekFacts> {
    let latest = history.latest()?;
    let change = history.change_since_previous();
    let since = history.previous().map(|s| s.date);
    let moved_most = change.and_then(|c| {
        Pillar::ALL
            .into_iter()
            .map(|p| (p, c.pillars.get(p)))
            .filter(|(_, d)| !Precision::Hundredth.is_flat(*d))
            .reduce(|a, b| {
                let size = |d: f64| Precision::Hundredth.units(d).unsigned_abs();
                if size(b.1) > size(a.1) {
                    b
                } else {
                    a
                }
            })
    });
    Some(WeekFacts {
        score: latest.overall,
        change: change.map(|c| c.overall).zip(since),
        moved_most,
        streak: streak(history, today),
    })
}
