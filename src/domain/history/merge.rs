//! Combining two tabs' edits: a three-way merge at the level of days, goals and outcomes that
//! always ends in a history [`History::from_parts`] accepts.

use std::collections::{BTreeMap, BTreeSet};

use super::History;
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
    /// (what another tab has saved since). What this tab didn't touch comes from `theirs`, so
    /// neither tab's new snapshots, edits or deletions are lost. On a day both changed, this
    /// tab's version wins.
    ///
    /// Outcomes merge by id. Two tabs that each added one of the same name end with one
    /// outcome (the stored one) holding both tabs' values; outcomes past [`MAX_OUTCOMES`] are
    /// reported in [`Merged::dropped`], never silently lost.
    pub fn merge(base: &History, ours: &History, theirs: &History) -> Merged {
        let days: BTreeSet<_> = [base, ours, theirs]
            .iter()
            .flat_map(|h| h.snapshots.iter().map(|s| s.date))
            .collect();
        let mut snapshots: Vec<_> = days
            .into_iter()
            .filter_map(|d| merge_day(base.get(d), ours.get(d), theirs.get(d)))
            .collect();

        let metrics: BTreeSet<_> = [base, ours, theirs]
            .iter()
            .flat_map(|h| h.goals.keys().copied())
            .collect();
        let goals = metrics
            .into_iter()
            .filter_map(|m| {
                let target = pick(base.goals.get(&m), ours.goals.get(&m), theirs.goals.get(&m));
                target.map(|&t| (m, t))
            })
            .collect();

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
        for snapshot in &mut snapshots {
            for (from, to) in &renamed {
                if let Some(value) = snapshot.outcomes.remove(from) {
                    snapshot.outcomes.entry(*to).or_insert(value);
                }
            }
        }
        // Every part comes from a valid history, and the steps above keep the limits; should
        // that ever not hold, theirs (what storage holds) is the safe answer.
        let history =
            History::from_parts(snapshots, goals, outcomes).unwrap_or_else(|_| theirs.clone());
        Merged { history, dropped }
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
    let ids: BTreeSet<OutcomeId> = o
        .outcomes
        .keys()
        .chain(t.outcomes.keys())
        .copied()
        .collect();
    let value = |s: Option<&Snapshot>, id| s.and_then(|s| s.outcomes.get(&id).copied());
    let outcomes = ids
        .into_iter()
        .filter_map(|id| pick(value(base, id), value(ours, id), value(theirs, id)).map(|v| (id, v)))
        .collect();
    Some(Snapshot {
        outcomes,
        ..o.clone()
    })
}

/// The three-way rule: this tab's version where it changed something, else the stored one.
fn pick<T: PartialEq>(base: Option<T>, ours: Option<T>, theirs: Option<T>) -> Option<T> {
    if ours == base {
        theirs
    } else {
        ours
    }
}
