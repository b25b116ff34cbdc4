//! Combining two tabs' edits: a three-way merge at the level of days, goals and outcomes.

use std::collections::BTreeSet;

use super::history::History;

impl History {
    /// This tab's changes since `base` (what it last read or wrote), applied on top of `theirs`
    /// (what another tab has saved since). What this tab didn't touch comes from `theirs`, so
    /// neither tab's new snapshots, edits or deletions are lost. On a day both changed, this
    /// tab's version wins.
    pub fn merge(base: &History, ours: &History, theirs: &History) -> History {
        let days: BTreeSet<_> = [base, ours, theirs]
            .iter()
            .flat_map(|h| h.snapshots().iter().map(|s| s.date))
            .collect();
        let snapshots = days
            .into_iter()
            .filter_map(|d| {
                let (b, o, t) = (base.get(d), ours.get(d), theirs.get(d));
                if o == b { t } else { o }.cloned()
            })
            .collect();
        // Dates are distinct, so this cannot fail.
        let mut merged = History::from_snapshots(snapshots).unwrap_or_default();

        let metrics: BTreeSet<_> = [base, ours, theirs]
            .iter()
            .flat_map(|h| h.goals.keys().copied())
            .collect();
        for m in metrics {
            let (b, o, t) = (base.goals.get(&m), ours.goals.get(&m), theirs.goals.get(&m));
            if let Some(&target) = if o == b { t } else { o } {
                merged.goals.insert(m, target);
            }
        }
        let ids: BTreeSet<u32> = [base, ours, theirs]
            .iter()
            .flat_map(|h| h.outcomes.iter().map(|o| o.id))
            .collect();
        for id in ids {
            let find = |h: &History| h.outcomes.iter().find(|o| o.id == id).cloned();
            let (b, o, t) = (find(base), find(ours), find(theirs));
            if let Some(outcome) = if o == b { t } else { o } {
                merged.outcomes.push(outcome);
            }
        }
        merged
    }
}
