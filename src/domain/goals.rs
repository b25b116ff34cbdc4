//! The user's targets, by metric: the overall score or one pillar.

use std::collections::BTreeMap;

use chrono::NaiveDate;
use serde::{Deserialize, Serialize};

use super::decimal::{read_typed_decimal, TypedDecimalError};
use super::number::decimal_mark;
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

    /// How this score is shown everywhere: the overall whole, pillars to a hundredth.
    pub fn precision(self) -> super::number::Precision {
        match self {
            Metric::Overall => super::number::Precision::Whole,
            _ => super::number::Precision::Hundredth,
        }
    }

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

    /// A stable machine name, as stored ("overall", "brand", ...).
    pub fn key(self) -> &'static str {
        self.pillar().map_or("overall", Pillar::key)
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

/// Targets the user set, by metric. Only [`History::set_goal`](super::History::set_goal)
/// changes them, so every goal stays within [`Metric::check_goal`].
pub type Goals = BTreeMap<Metric, f64>;

/// The day a goal is meant to be reached by, for the goals that have one ("70 by 31 Mar 2027").
/// Kept beside [`Goals`] rather than in it, so every reader of the targets stays as it was;
/// [`check_goal_dates`] keeps the two in step.
pub type GoalDates = BTreeMap<Metric, NaiveDate>;

/// The earliest and latest day a goal's date may be: a date outside is a typo or damage.
pub const FIRST_GOAL_DATE: NaiveDate = match NaiveDate::from_ymd_opt(2000, 1, 1) {
    Some(d) => d,
    None => panic!("a valid date"),
};
pub const LAST_GOAL_DATE: NaiveDate = match NaiveDate::from_ymd_opt(9999, 12, 31) {
    Some(d) => d,
    None => panic!("a valid date"),
};

/// Why a goal was refused, and for which metric (worded by `i18n::results::goal_problem`).
#[derive(Clone, Copy, Debug, PartialEq)]
pub enum GoalError {
    /// Not a number from 0 to the metric's ceiling.
    OutOfRange(Metric),
    /// A number that reads two ways ("1,234" where a point marks decimals).
    Ambiguous(Metric),
    DatePassed(Metric),
    /// Outside [`FIRST_GOAL_DATE`] to [`LAST_GOAL_DATE`].
    DateOutOfRange(Metric),
    DateWithoutTarget(Metric),
}

/// The rule for goal dates that loading, imports, merges and links share: each belongs to a
/// goal that exists and lies within [`FIRST_GOAL_DATE`] and [`LAST_GOAL_DATE`]. A date in the
/// past loads: it was in the future when it was set. Only entry refuses it
/// ([`check_new_goal_date`]).
pub fn check_goal_dates(goals: &Goals, dates: &GoalDates) -> Result<(), GoalError> {
    for (&metric, &by) in dates {
        if !goals.contains_key(&metric) {
            return Err(GoalError::DateWithoutTarget(metric));
        }
        if !(FIRST_GOAL_DATE..=LAST_GOAL_DATE).contains(&by) {
            return Err(GoalError::DateOutOfRange(metric));
        }
    }
    Ok(())
}

/// A date as entered for `metric`'s goal on `today`: today or later (and within the range
/// every load checks).
pub fn check_new_goal_date(
    metric: Metric,
    by: NaiveDate,
    today: NaiveDate,
) -> Result<NaiveDate, GoalError> {
    if !(FIRST_GOAL_DATE..=LAST_GOAL_DATE).contains(&by) {
        return Err(GoalError::DateOutOfRange(metric));
    }
    if by < today {
        return Err(GoalError::DatePassed(metric));
    }
    Ok(by)
}

/// `#[serde(with = "goal_dates_text")]`: goal dates kept as `{"overall": "2027-03-31"}`.
pub mod goal_dates_text {
    use std::collections::BTreeMap;

    use serde::{Deserialize, Deserializer, Serialize, Serializer};

    use super::{GoalDates, Metric};

    #[derive(Serialize, Deserialize)]
    struct Day(#[serde(with = "crate::domain::iso_date")] chrono::NaiveDate);

    pub fn serialize<S: Serializer>(dates: &GoalDates, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.collect_map(dates.iter().map(|(metric, &by)| (metric, Day(by))))
    }

    pub fn deserialize<'de, D: Deserializer<'de>>(deserializer: D) -> Result<GoalDates, D::Error> {
        let map = BTreeMap::<Metric, Day>::deserialize(deserializer)?;
        // Filled by inserting: collecting would sort, and bring its own sorting code along.
        let mut dates = GoalDates::new();
        dates.extend(map.into_iter().map(|(metric, day)| (metric, day.0)));
        Ok(dates)
    }
}

impl Metric {
    /// The one rule for a goal, shared by the form, decoding and every import; the goal as
    /// it will be kept.
    pub fn check_goal(self, target: f64) -> Result<f64, GoalError> {
        if target.is_finite() && (0.0..=self.ceiling()).contains(&target) {
            Ok(super::number::to_stored_precision(target))
        } else {
            Err(GoalError::OutOfRange(self))
        }
    }

    /// How far `now` is from `target`, as the two read on screen (the difference of the shown
    /// values): positive while there is some way to go. The one test of "met" for the card,
    /// the projection and the weekly plan alike.
    pub fn gap(self, target: f64, now: f64) -> f64 {
        self.precision().difference(now, target)
    }

    /// A steady weekly change as the goals card quotes it, rounded up so that keeping it gets
    /// there: "+0.4" for the overall (to a tenth: its whole points would read most paces as 0
    /// or 1), "+0.13" for a pillar (to a hundredth, as pillars are shown).
    pub fn weekly_change_words(self, per_week: f64) -> String {
        let decimals = if self == Metric::Overall { 1 } else { 2 };
        let scale = 10f64.powi(decimals as i32);
        // The small allowance keeps a binary 0.30000000000000004 at 0.3, not 0.4.
        let units = (per_week.abs() * scale - 1e-6).ceil().max(0.0);
        let sign = if per_week < 0.0 { "−" } else { "+" };
        format!(
            "{sign}{}",
            super::number::shown(&super::number::fixed(units / scale, decimals))
        )
    }

    /// Reads a goal as typed in its box ("45", "12,5", "12.5"): `Ok(None)` for an empty box (no
    /// goal), else a plain decimal within [`Metric::check_goal`]. "1e1" and "-5" are refused with
    /// the range's message: a typo is not a goal. "1,234" where a point marks decimals could be
    /// thousands: refused, not guessed ([`read_typed_decimal`]).
    pub fn parse_goal(self, text: &str) -> Result<Option<f64>, GoalError> {
        if text.trim().is_empty() {
            return Ok(None);
        }
        let target = read_typed_decimal(text, decimal_mark()).map_err(|e| match e {
            TypedDecimalError::Ambiguous => GoalError::Ambiguous(self),
            TypedDecimalError::NotANumber | TypedDecimalError::BothMarks => {
                GoalError::OutOfRange(self)
            }
        })?;
        self.check_goal(target).map(Some)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_typed_goal_is_a_plain_number_in_range() {
        assert_eq!(Metric::Overall.parse_goal(" 45 "), Ok(Some(45.0)));
        assert_eq!(Metric::Brand.parse_goal("12,5"), Ok(Some(12.5)));
        assert_eq!(Metric::Brand.parse_goal("  "), Ok(None));
        for typo in ["1e1", "+5", "-5", "inf", "ten", "101"] {
            assert_eq!(
                Metric::Overall.parse_goal(typo),
                Err(GoalError::OutOfRange(Metric::Overall)),
                "{typo}"
            );
        }
    }
}
