//! Statistics over a history: changes over periods, least-squares trends and projections,
//! drops, and correlation. Pure functions, tested natively.

use chrono::{Days, NaiveDate};

use super::goals::Metric;
use super::history::{newest_first, History};
use super::snapshot::Snapshot;

/// The time span a chart or statistic looks at.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Range {
    Weeks4,
    Weeks12,
    Year,
    All,
}

impl Range {
    pub const ALL: [Range; 4] = [Range::Weeks4, Range::Weeks12, Range::Year, Range::All];

    /// A stable name for storage.
    pub fn key(self) -> &'static str {
        match self {
            Range::Weeks4 => "4w",
            Range::Weeks12 => "12w",
            Range::Year => "1y",
            Range::All => "all",
        }
    }

    pub fn from_key(key: &str) -> Option<Range> {
        Range::ALL.into_iter().find(|r| r.key() == key)
    }

    /// The range stored under `key`, or the one every chart starts with (a year).
    pub fn stored_or_default(key: Option<&str>) -> Range {
        key.and_then(Range::from_key).unwrap_or(Range::Year)
    }

    fn days(self) -> Option<u64> {
        match self {
            Range::Weeks4 => Some(28),
            Range::Weeks12 => Some(84),
            Range::Year => Some(365),
            Range::All => None,
        }
    }

    /// The snapshots within this range up to the latest one.
    pub fn of(self, history: &History) -> &[Snapshot] {
        let end = history.latest().map_or(NaiveDate::MIN, |s| s.date);
        self.slice(history, end)
    }

    /// The snapshots of this range ending on `end`: dated from `end` minus the range's days
    /// through `end` itself, both included (everything up to `end` for [`Range::All`]).
    pub fn slice(self, history: &History, end: NaiveDate) -> &[Snapshot] {
        let all = history.snapshots();
        let to = all.partition_point(|s| s.date <= end);
        let start = self.first_day(end);
        let from = all.partition_point(|s| s.date < start);
        &all[from.min(to)..to]
    }

    /// The first day of this range when it ends on `end` (the range's days before it; the
    /// earliest date there is for [`Range::All`]).
    pub fn first_day(self, end: NaiveDate) -> NaiveDate {
        self.days()
            .and_then(|days| end.checked_sub_days(Days::new(days)))
            .unwrap_or(NaiveDate::MIN)
    }
}

impl Range {
    /// The days to record results on within this range, newest first: those with a snapshot
    /// and those with results but no snapshot, back from the latest of either by the range's
    /// length.
    pub fn result_days(self, history: &History) -> Vec<NaiveDate> {
        let weeks = history.result_weeks();
        let last_week = weeks.keys().next_back().copied();
        let end = history.latest().map(|s| s.date).max(last_week);
        let Some(end) = end else {
            return Vec::new();
        };
        let start = match self.days() {
            Some(days) => end
                .checked_sub_days(Days::new(days))
                .unwrap_or(NaiveDate::MIN),
            None => NaiveDate::MIN,
        };
        let mut days: Vec<NaiveDate> = self
            .slice(history, end)
            .iter()
            .map(|s| s.date)
            .chain(weeks.range(start..=end).map(|(d, _)| *d))
            .collect();
        newest_first(&mut days);
        days
    }
}

/// How a metric moved over a period.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct PeriodChange {
    pub metric: Metric,
    pub delta: f64,
    /// The snapshot compared with the latest.
    pub since: NaiveDate,
}

/// The change of `metric` from the snapshot `days` before the latest (or the closest earlier one).
/// `None` when the history does not reach that far back.
pub fn change_over(history: &History, metric: Metric, days: u64) -> Option<PeriodChange> {
    let latest = history.latest()?;
    let cutoff = latest.date.checked_sub_days(Days::new(days))?;
    let base = history
        .snapshots()
        .iter()
        .rev()
        .find(|s| s.date <= cutoff)?;
    Some(PeriodChange {
        metric,
        // As the two values are shown, so the change agrees with them.
        delta: metric
            .precision()
            .difference(metric.value(base), metric.value(latest)),
        since: base.date,
    })
}

/// The pillar that grew most over `days`, if any grew.
pub fn fastest_growing(history: &History, days: u64) -> Option<PeriodChange> {
    Metric::ALL[1..]
        .iter()
        .filter_map(|&m| change_over(history, m, days))
        .filter(|c| c.delta > 0.0)
        .reduce(|a, b| if b.delta > a.delta { b } else { a })
}

/// A straight line fitted by least squares: value = intercept + slope × days since `origin`.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Trend {
    pub origin: NaiveDate,
    pub slope_per_day: f64,
    pub intercept: f64,
}

impl Trend {
    pub fn at(&self, date: NaiveDate) -> f64 {
        self.intercept + self.slope_per_day * (date - self.origin).num_days() as f64
    }
}

/// Fewer snapshots than this give no trend.
pub const MIN_TREND_POINTS: usize = 3;

/// Slope and intercept of the least-squares line through `points`; `None` if x never varies.
fn least_squares(points: &[(f64, f64)]) -> Option<(f64, f64)> {
    let n = points.len() as f64;
    let mean_x = points.iter().map(|p| p.0).sum::<f64>() / n;
    let mean_y = points.iter().map(|p| p.1).sum::<f64>() / n;
    let sxx: f64 = points.iter().map(|p| (p.0 - mean_x).powi(2)).sum();
    if points.is_empty() || sxx == 0.0 {
        return None;
    }
    let slope = points
        .iter()
        .map(|p| (p.0 - mean_x) * (p.1 - mean_y))
        .sum::<f64>()
        / sxx;
    Some((slope, mean_y - slope * mean_x))
}

/// The least-squares line through `metric` over `snapshots`.
pub fn trend(snapshots: &[Snapshot], metric: Metric) -> Option<Trend> {
    if snapshots.len() < MIN_TREND_POINTS {
        return None;
    }
    let origin = snapshots[0].date;
    let points: Vec<(f64, f64)> = snapshots
        .iter()
        .map(|s| ((s.date - origin).num_days() as f64, metric.value(s)))
        .collect();
    least_squares(&points).map(|(slope_per_day, intercept)| Trend {
        origin,
        slope_per_day,
        intercept,
    })
}

/// Where a goal stands.
#[derive(Clone, Copy, Debug, PartialEq)]
pub enum Projection {
    /// Fewer than [`MIN_TREND_POINTS`] snapshots in the range.
    NotEnoughData,
    /// The latest snapshot already meets the target.
    Reached,
    /// At the current pace the target is met on this date.
    On(NaiveDate),
    /// The trend is flat or falling (or would take more than ten years).
    NotOnTrend,
}

/// Projects when `metric` reaches `target`, from the trend over `snapshots`.
pub fn project(snapshots: &[Snapshot], metric: Metric, target: f64) -> Projection {
    let Some(latest) = snapshots.last() else {
        return Projection::NotEnoughData;
    };
    if metric.gap(target, metric.value(latest)) <= 0.0 {
        return Projection::Reached;
    }
    let Some(line) = trend(snapshots, metric) else {
        return Projection::NotEnoughData;
    };
    if line.slope_per_day <= 1e-9 {
        return Projection::NotOnTrend;
    }
    let day = (target - line.intercept) / line.slope_per_day;
    let from_origin = day
        .ceil()
        .max((latest.date - line.origin).num_days() as f64);
    if from_origin > 3650.0 + (latest.date - line.origin).num_days() as f64 {
        return Projection::NotOnTrend;
    }
    line.origin
        .checked_add_days(Days::new(from_origin as u64))
        .map_or(Projection::NotOnTrend, Projection::On)
}

/// Where a goal with a date stands against that date (worded by `i18n::results::by_date_words`).
#[derive(Clone, Copy, Debug, PartialEq)]
pub enum ByDate {
    /// The latest snapshot already meets the target.
    Reached,
    /// The date is behind us and the target is not met (it was ahead when it was set).
    Passed,
    /// The date is today and the target is not met.
    DueToday,
    /// The current trend meets the target on `on`, no later than the date.
    InTime { on: NaiveDate },
    /// The current trend does not get there by the date: `trend` says what it does instead
    /// (later, never, or too few snapshots to tell). `per_week` is the steady weekly change,
    /// from the latest score and from today, that would; `None` without a snapshot.
    Behind {
        trend: Projection,
        per_week: Option<f64>,
    },
}

/// Whether `metric` reaches `target` by `by` on the trend over `snapshots`, seen on `today`,
/// and what weekly change would get it there otherwise.
pub fn project_by(
    snapshots: &[Snapshot],
    metric: Metric,
    target: f64,
    by: NaiveDate,
    today: NaiveDate,
) -> ByDate {
    // The gap as the card shows it ("6 to go", "met"), so the two never disagree.
    let gap = snapshots
        .last()
        .map(|latest| metric.gap(target, metric.value(latest)));
    let trend = project(snapshots, metric, target);
    if trend == Projection::Reached || gap.is_some_and(|gap| gap <= 0.0) {
        return ByDate::Reached;
    }
    if by < today {
        return ByDate::Passed;
    }
    if by == today {
        return ByDate::DueToday;
    }
    if let Projection::On(on) = trend {
        if on <= by {
            return ByDate::InTime { on };
        }
    }
    let per_week = snapshots.last().map(|latest| {
        // From today: the days already gone since the latest snapshot can't be used.
        let start = today.max(latest.date);
        let weeks = (by - start).num_days().max(1) as f64 / 7.0;
        metric.gap(target, metric.value(latest)) / weeks
    });
    ByDate::Behind { trend, per_week }
}

/// A fall worth flagging between two consecutive snapshots.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct ScoreDrop {
    pub from: NaiveDate,
    pub to: NaiveDate,
    pub fall: f64,
}

/// Falls of the overall score of at least this many points are flagged.
pub const DROP_POINTS: f64 = 3.0;

/// Every fall of [`DROP_POINTS`] or more in the overall score, newest first.
pub fn drops(snapshots: &[Snapshot]) -> Vec<ScoreDrop> {
    let mut found: Vec<ScoreDrop> = snapshots
        .windows(2)
        .filter_map(|w| {
            let fall = w[0].overall - w[1].overall;
            (fall >= DROP_POINTS - 1e-9).then_some(ScoreDrop {
                from: w[0].date,
                to: w[1].date,
                fall,
            })
        })
        .collect();
    found.reverse();
    found
}

/// How loudly a drop is shown: a card while it is news, a line as it ages.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum DropAlert {
    Loud,
    Quiet,
}

/// A drop is news for four weeks, then fades for two months, then is left to the chart.
pub const LOUD_FOR_DAYS: i64 = 28;
pub const QUIET_FOR_DAYS: i64 = 91;

/// The drops worth telling the user about today, newest first and at most three: none the
/// user has seen (ending on or before `seen`), none older than [`QUIET_FOR_DAYS`], none made
/// up since (the latest score is back within [`DROP_POINTS`] of where it fell from), and only
/// the newest one loud.
pub fn drop_alerts(
    snapshots: &[Snapshot],
    today: NaiveDate,
    seen: Option<NaiveDate>,
) -> Vec<(ScoreDrop, DropAlert)> {
    let latest = snapshots.last().map_or(0.0, |s| s.overall);
    let mut loud_given = false;
    drops(snapshots)
        .into_iter()
        .filter(|d| seen.is_none_or(|s| d.to > s))
        .filter(|d| {
            let before = snapshots
                .iter()
                .find(|s| s.date == d.from)
                .map_or(0.0, |s| s.overall);
            before - latest >= DROP_POINTS - 1e-9
        })
        .filter_map(|d| {
            let age = (today - d.to).num_days();
            let alert = if age <= LOUD_FOR_DAYS && !loud_given {
                loud_given = true;
                DropAlert::Loud
            } else if age <= QUIET_FOR_DAYS {
                DropAlert::Quiet
            } else {
                return None;
            };
            Some((d, alert))
        })
        .take(3)
        .collect()
}

/// Fewer paired points than this give no correlation.
pub const MIN_CORRELATION_POINTS: usize = 8;

/// Pearson's correlation coefficient; `None` below [`MIN_CORRELATION_POINTS`] or when a side
/// does not vary.
pub fn correlation(pairs: &[(f64, f64)]) -> Option<f64> {
    if pairs.len() < MIN_CORRELATION_POINTS {
        return None;
    }
    let n = pairs.len() as f64;
    let mean_x = pairs.iter().map(|p| p.0).sum::<f64>() / n;
    let mean_y = pairs.iter().map(|p| p.1).sum::<f64>() / n;
    let cov: f64 = pairs.iter().map(|p| (p.0 - mean_x) * (p.1 - mean_y)).sum();
    let vx: f64 = pairs.iter().map(|p| (p.0 - mean_x).powi(2)).sum();
    let vy: f64 = pairs.iter().map(|p| (p.1 - mean_y).powi(2)).sum();
    if vx == 0.0 || vy == 0.0 {
        return None;
    }
    Some((cov / (vx * vy).sqrt()).clamp(-1.0, 1.0))
}

/// How the score and one outcome moved together, in words the user can act on.
#[derive(Clone, Debug, PartialEq)]
pub enum Relationship {
    NotEnoughData {
        points: usize,
    },
    Correlation {
        r: f64,
        points: usize,
    },
    /// The score rose by `rise` while the outcome stayed flat: activity without impact.
    ScoreUpOutcomeFlat {
        rise: f64,
        r: Option<f64>,
        points: usize,
    },
}

/// Compares the overall score with outcome `id` over the snapshots that recorded it.
pub fn relationship(snapshots: &[Snapshot], id: crate::domain::ids::OutcomeId) -> Relationship {
    let recorded: Vec<(&Snapshot, f64)> = snapshots
        .iter()
        .filter_map(|s| s.outcomes.get(&id).map(|&v| (s, v)))
        .collect();
    let points = recorded.len();
    if points < MIN_CORRELATION_POINTS {
        return Relationship::NotEnoughData { points };
    }
    let origin = recorded[0].0.date;
    let day = |s: &Snapshot| (s.date - origin).num_days() as f64;
    let span = day(recorded[points - 1].0);
    let fitted_change =
        |pairs: Vec<(f64, f64)>| least_squares(&pairs).map_or(0.0, |(slope, _)| slope * span);
    let rise = fitted_change(recorded.iter().map(|(s, _)| (day(s), s.overall)).collect());
    let outcome_change = fitted_change(recorded.iter().map(|(s, v)| (day(s), *v)).collect());
    let mean = recorded.iter().map(|(_, v)| v).sum::<f64>() / points as f64;
    let r = correlation(
        &recorded
            .iter()
            .map(|(s, v)| (s.overall, *v))
            .collect::<Vec<_>>(),
    );
    // "Flat": the fitted outcome moved less than a tenth of its average (and less than 1).
    let flat = outcome_change.abs() < (0.1 * mean.abs()).max(1.0);
    if rise >= 2.0 && flat {
        return Relationship::ScoreUpOutcomeFlat { rise, r, points };
    }
    match r {
        Some(r) => Relationship::Correlation { r, points },
        None => Relationship::NotEnoughData { points },
    }
}
