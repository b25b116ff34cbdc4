//! Advice fitted to the user's data, as typed facts: which pillar to work on, where it stands
//! and how it moved. What each pillar measures, what the SSI leaves out and every sentence of
//! advice are worded in the user's language by `i18n::learn`.

use super::history::History;
use super::number::Precision;
use super::pillar::Pillar;

/// How a pillar moved since the snapshot before, at the precision the change table shows, so
/// the words agree with the numbers beside them.
#[derive(Clone, Copy, Debug, PartialEq)]
pub enum Trend {
    /// It rounds to no change.
    Flat,
    /// It rose by this much.
    Rose(f64),
    /// It fell by this much (a positive amount).
    Fell(f64),
}

/// Advice made specific to the latest snapshot: the pillar, its score, its room to 25 and how
/// it moved (`None` with a single snapshot).
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Advice {
    pub focus: Pillar,
    pub score: f64,
    /// Points still to gain up to 25, from the score as shown, so the two add up on screen.
    pub headroom: f64,
    pub trend: Option<Trend>,
}

/// Points the user at the weakest pillar, in light of how it moved recently.
pub fn advice(history: &History) -> Option<Advice> {
    pillar_advice(history, history.weakest_pillar()?)
}

/// Advice for `pillar` from the latest snapshot: its room to 25 and how it moved since the
/// snapshot before.
pub fn pillar_advice(history: &History, pillar: Pillar) -> Option<Advice> {
    let latest = history.latest()?;
    let score = latest.pillars.get(pillar);
    let trend = history
        .change_since_previous()
        .map(|c| c.pillars.get(pillar))
        .map(|d| match d {
            d if Precision::Hundredth.is_flat(d) => Trend::Flat,
            d if d > 0.0 => Trend::Rose(d),
            d => Trend::Fell(d.abs()),
        });
    Some(Advice {
        focus: pillar,
        score,
        headroom: Precision::Hundredth.difference(score, Pillar::MAX),
        trend,
    })
}

/// The goal to work on now, and the pillar whose step this week moves it.
#[derive(Clone, Debug, PartialEq)]
pub struct GoalPlan {
    pub metric: super::goals::Metric,
    pub target: f64,
    /// Points still to gain.
    pub gap: f64,
    pub projection: super::stats::Projection,
    /// The pillar whose guide gives this week's action (`i18n::learn::this_week`).
    pub pillar: Pillar,
}

/// Picks the unmet goal furthest from its target (relative to its scale) and ties it to a
/// concrete action: the goal's own pillar, or the weakest pillar for an overall goal.
pub fn goal_plan(history: &History, snapshots: &[super::Snapshot]) -> Option<GoalPlan> {
    let latest = history.latest()?;
    let (metric, target, gap) = history
        .goals()
        .iter()
        .map(|(&m, &t)| (m, t, m.gap(t, m.value(latest))))
        .filter(|(_, _, gap)| *gap > 0.0)
        .max_by(|a, b| (a.2 / a.0.ceiling()).total_cmp(&(b.2 / b.0.ceiling())))?;
    let pillar = metric.pillar().unwrap_or_else(|| latest.pillars.weakest());
    Some(GoalPlan {
        metric,
        target,
        gap,
        projection: super::stats::project(snapshots, metric, target),
        pillar,
    })
}
