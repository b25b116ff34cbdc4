//! Every snapshot the user has recorded, one per calendar day, oldest first.

use chrono::NaiveDate;
use thiserror::Error;

use super::goals::{Goals, Outcome};
use super::pillar::{Pillar, PillarScores};
use super::snapshot::Snapshot;

/// The user's snapshots, kept sorted by date with at most one per day, with their goals and
/// the outcomes they track beside the score.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct History {
    snapshots: Vec<Snapshot>,
    pub goals: Goals,
    pub outcomes: Vec<Outcome>,
}

/// What happened when a snapshot was added.
#[derive(Clone, Debug, PartialEq)]
pub enum AddOutcome {
    Added,
    /// That day already has a snapshot; nothing changed. Ask the user, then call `replace`.
    DateTaken(Box<Snapshot>),
}

#[derive(Clone, Debug, PartialEq, Error)]
pub enum HistoryError {
    #[error("There is already a snapshot for {0}.")]
    DateTaken(NaiveDate),
    #[error("There is no snapshot for {0}.")]
    NotFound(NaiveDate),
}

/// How the scores moved between two snapshots.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Change {
    pub days: i64,
    pub overall: f64,
    pub pillars: PillarScores,
}

impl History {
    /// Builds a history from snapshots in any order; refuses two snapshots on one day.
    pub fn from_snapshots(mut snapshots: Vec<Snapshot>) -> Result<Self, HistoryError> {
        snapshots.sort_by_key(|s| s.date);
        if let Some(pair) = snapshots.windows(2).find(|w| w[0].date == w[1].date) {
            return Err(HistoryError::DateTaken(pair[0].date));
        }
        Ok(History {
            snapshots,
            ..History::default()
        })
    }

    /// Oldest first.
    pub fn snapshots(&self) -> &[Snapshot] {
        &self.snapshots
    }

    pub fn len(&self) -> usize {
        self.snapshots.len()
    }

    pub fn is_empty(&self) -> bool {
        self.snapshots.is_empty()
    }

    pub fn get(&self, date: NaiveDate) -> Option<&Snapshot> {
        self.position(date).ok().map(|i| &self.snapshots[i])
    }

    /// Adds a snapshot unless its day is taken.
    pub fn add(&mut self, snapshot: Snapshot) -> AddOutcome {
        match self.position(snapshot.date) {
            Ok(i) => AddOutcome::DateTaken(Box::new(self.snapshots[i].clone())),
            Err(i) => {
                self.snapshots.insert(i, snapshot);
                AddOutcome::Added
            }
        }
    }

    /// Puts `snapshot` in its day, replacing what was there. Returns the replaced one.
    pub fn replace(&mut self, snapshot: Snapshot) -> Option<Snapshot> {
        match self.position(snapshot.date) {
            Ok(i) => Some(std::mem::replace(&mut self.snapshots[i], snapshot)),
            Err(i) => {
                self.snapshots.insert(i, snapshot);
                None
            }
        }
    }

    /// Puts each snapshot in its day, replacing what was there; of two for one day, the
    /// later one wins. One sort and one pass, where a `replace` per snapshot would shift the
    /// list each time (quadratic for a long import).
    pub fn replace_many(&mut self, incoming: impl IntoIterator<Item = Snapshot>) {
        let mut incoming: Vec<Snapshot> = incoming.into_iter().collect();
        if incoming.is_empty() {
            return;
        }
        // A stable sort keeps arrival order within a day; keep the last of each day.
        incoming.sort_by_key(|s| s.date);
        incoming.dedup_by(|later, earlier| {
            let same_day = later.date == earlier.date;
            if same_day {
                std::mem::swap(later, earlier);
            }
            same_day
        });
        let mut mine = std::mem::take(&mut self.snapshots).into_iter().peekable();
        let mut merged = Vec::with_capacity(mine.len() + incoming.len());
        for new in incoming {
            while let Some(old) = mine.next_if(|old| old.date < new.date) {
                merged.push(old);
            }
            mine.next_if(|old| old.date == new.date);
            merged.push(new);
        }
        merged.extend(mine);
        self.snapshots = merged;
    }

    /// Changes the snapshot of `original` (its date may change too, but not onto another day's).
    pub fn edit(&mut self, original: NaiveDate, snapshot: Snapshot) -> Result<(), HistoryError> {
        let index = self
            .position(original)
            .map_err(|_| HistoryError::NotFound(original))?;
        if snapshot.date != original && self.get(snapshot.date).is_some() {
            return Err(HistoryError::DateTaken(snapshot.date));
        }
        self.snapshots.remove(index);
        self.replace(snapshot);
        Ok(())
    }

    /// Removes and returns the snapshot of `date`, so the caller can offer an undo.
    pub fn delete(&mut self, date: NaiveDate) -> Result<Snapshot, HistoryError> {
        let index = self
            .position(date)
            .map_err(|_| HistoryError::NotFound(date))?;
        Ok(self.snapshots.remove(index))
    }

    pub fn latest(&self) -> Option<&Snapshot> {
        self.snapshots.last()
    }

    /// The snapshot before the latest.
    pub fn previous(&self) -> Option<&Snapshot> {
        self.snapshots.iter().rev().nth(1)
    }

    /// How the latest snapshot differs from the one before it.
    pub fn change_since_previous(&self) -> Option<Change> {
        let (latest, previous) = (self.latest()?, self.previous()?);
        Some(Change {
            days: (latest.date - previous.date).num_days(),
            overall: latest.overall - previous.overall,
            pillars: PillarScores {
                brand: latest.pillars.brand - previous.pillars.brand,
                people: latest.pillars.people - previous.pillars.people,
                insights: latest.pillars.insights - previous.pillars.insights,
                relationships: latest.pillars.relationships - previous.pillars.relationships,
            },
        })
    }

    /// The latest snapshot's weakest pillar: where effort pays most.
    pub fn weakest_pillar(&self) -> Option<Pillar> {
        self.latest().map(|s| s.pillars.weakest())
    }

    pub fn strongest_pillar(&self) -> Option<Pillar> {
        self.latest().map(|s| s.pillars.strongest())
    }

    /// True when any snapshot is demo data.
    pub fn has_sample(&self) -> bool {
        self.snapshots.iter().any(|s| s.sample)
    }

    /// Drops the demo data, keeping everything the user recorded.
    pub fn remove_sample(&mut self) {
        self.snapshots.retain(|s| !s.sample);
    }

    fn position(&self, date: NaiveDate) -> Result<usize, usize> {
        self.snapshots.binary_search_by_key(&date, |s| s.date)
    }
}
