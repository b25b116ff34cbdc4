//! Combining two tabs' edits: a three-way merge at the level of days, goals and outcomes that
//! always ends in a history [`History::from_parts`] accepts.

use std::collections::{BTreeMap, BTreeSet};

use super::{History, HistoryError, OutcomeValues, ResultWeeks};
use crate::domain::goals::{GoalDates, Goals, Metric};
use crate::domain::outcomes::{Outcome, OutcomeId, MAX_OUTCOMES};
use crate::domain::snapshot::Snapshot;

/// A merge, and what could not be kept of this tab's changes.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Merged {
    pub history: History,
    /// Outcomes this tab added that no longer fit: another tab reached the limit meanwhile.
    pub dropped: Vec<Outcome>,
}

impl History {
    /// This tab's changes since `base` (what it last read or wrote), applied on top of `theirs`
    /// (what another tab has saved since). What this tab didn't touch comes from `theirs`. On a
    /// day both tabs changed, each field comes from the tab that changed it (this tab's when
    /// both did) and outcome values merge one by one; a day one tab deleted and the other
    /// edited keeps this tab's choice.
    ///
    /// Results of days without a snapshot merge value by value, with the same rule.
    ///
    /// Outcomes merge by id. Two tabs that each added one of the same name end with one
    /// outcome (the stored one) holding both tabs' values; outcomes past [`MAX_OUTCOMES`] are
    /// reported in [`Merged::dropped`], never silently lost.
    ///
    /// Every part comes from a valid history and the steps keep the limits, so the result
    /// passes [`History::from_parts`]; should it ever not, the error says so rather than
    /// dropping this tab's changes in silence.
    pub fn merge(base: &History, ours: &History, theirs: &History) -> Result<Merged, HistoryError> {
        // Sets are filled by inserting, not collected: collecting sorts, and each kind of
        // element would bring its own copy of the sorting code into the download.
        let mut days = BTreeSet::new();
        days.extend(
            [base, ours, theirs]
                .iter()
                .flat_map(|h| h.snapshots.iter().map(|s| s.date)),
        );
        let mut snapshots: Vec<_> = days
            .into_iter()
            .filter_map(|d| merge_day(base.get(d), ours.get(d), theirs.get(d)))
            .collect();

        let mut metrics = BTreeSet::new();
        metrics.extend(
            [base, ours, theirs]
                .iter()
                .flat_map(|h| h.goals.keys().copied()),
        );
        // A goal's target and date are one choice: a date never lands on another tab's target.
        let goal = |h: &History, m: Metric| h.goals.get(&m).map(|&t| (t, h.goal_date(m)));
        let (mut goals, mut goal_dates) = (Goals::new(), GoalDates::new());
        for m in metrics {
            if let Some((target, by)) = pick(goal(base, m), goal(ours, m), goal(theirs, m)) {
                goals.insert(m, target);
                goal_dates.extend(by.map(|by| (m, by)));
            }
        }

        // Stored outcomes first, so they win name clashes and the limit.
        let ids: Vec<OutcomeId> = theirs
            .outcomes
            .iter()
            .chain(&ours.outcomes)
            .chain(&base.outcomes)
            .map(Outcome::id)
            .collect();
        let mut outcomes: Vec<Outcome> = Vec::new();
        let mut renamed: BTreeMap<OutcomeId, OutcomeId> = BTreeMap::new();
        let mut dropped = Vec::new();
        for id in ids {
            if outcomes.iter().any(|o| o.id() == id) || renamed.contains_key(&id) {
                continue;
            }
            let Some(outcome) = pick(base.outcome(id), ours.outcome(id), theirs.outcome(id)) else {
                continue;
            };
            if let Some(same) = outcomes.iter().find(|o| o.is_named(outcome.name())) {
                renamed.insert(id, same.id());
            } else if outcomes.len() < MAX_OUTCOMES {
                outcomes.push(outcome.clone());
            } else {
                dropped.push(outcome.clone());
            }
        }
        let mut weeks = merge_weeks(base, ours, theirs);
        let values = snapshots
            .iter_mut()
            .map(|s| &mut s.outcomes)
            .chain(weeks.values_mut());
        for values in values {
            for (from, to) in &renamed {
                if let Some(value) = values.remove(from) {
                    values.entry(*to).or_insert(value);
                }
            }
        }
        let history = History::from_parts_with_weeks(snapshots, goals, outcomes, weeks)?
            .with_goal_dates(goal_dates)?;
        Ok(Merged { history, dropped })
    }
}

/// One day: the three-way rule, except that when both tabs changed the day, outcome values
/// merge one by one (one tab recording meetings, the other leads, keeps both).
fn merge_day(
    base: Option<&Snapshot>,
    ours: Option<&Snapshot>,
    theirs: Option<&Snapshot>,
) -> Option<Snapshot> {
    let (Some(o), Some(t)) = (ours, theirs) else {
        return pick(base, ours, theirs).cloned();
    };
    if ours == base || theirs == base {
        return pick(base, ours, theirs).cloned();
    }
    // Scores, ranks and note from the side that changed them (ours if both did).
    let without_values = |s: Option<&Snapshot>| {
        s.map(|s| Snapshot {
            outcomes: Default::default(),
            ..s.clone()
        })
    };
    let fields = pick(
        without_values(base),
        without_values(ours),
        without_values(theirs),
    )?;
    let mut ids = BTreeSet::new();
    ids.extend(o.outcomes.keys().chain(t.outcomes.keys()).copied());
    let value = |s: Option<&Snapshot>, id| s.and_then(|s| s.outcomes.get(&id).copied());
    let mut outcomes = OutcomeValues::new();
    outcomes.extend(ids.into_iter().filter_map(|id| {
        pick(value(base, id), value(ours, id), value(theirs, id)).map(|v| (id, v))
    }));
    Some(Snapshot { outcomes, ..fields })
}

/// Results of days without a snapshot, value by value. A day that gained a snapshot on one side
/// meanwhile gets these values in [`History::from_parts_with_weeks`].
fn merge_weeks(base: &History, ours: &History, theirs: &History) -> ResultWeeks {
    let mut keys = BTreeSet::new();
    keys.extend([base, ours, theirs].iter().flat_map(|h| {
        h.result_weeks
            .iter()
            .flat_map(|(date, values)| values.keys().map(move |id| (*date, *id)))
    }));
    let value = |h: &History, (date, id): (_, OutcomeId)| {
        h.result_weeks.get(&date).and_then(|v| v.get(&id)).copied()
    };
    let mut weeks = ResultWeeks::new();
    for key in keys {
        if let Some(v) = pick(value(base, key), value(ours, key), value(theirs, key)) {
            weeks.entry(key.0).or_default().insert(key.1, v);
        }
    }
    weeks
}

/// The three-way rule: this tab's version where it changed something, else the stored one.
fn pick<T: PartialEq>(base: Option<T>, ours: Option<T>, theirs: Option<T>) -> Option<T> {
    if ours == base {
        theirs
    } else {
        ours
    }
}

impl History {
    /// Takes back a change made in one step, such as an import: everything it did between
    /// `before` and `after` is reversed on top of `now`, so what happened since (another tab's
    /// save) stays. When nothing happened since, the result is exactly `before`.
    pub fn undo(before: &History, after: &History, now: &History) -> Result<Merged, HistoryError> {
        History::merge(after, before, now)
    }
}
