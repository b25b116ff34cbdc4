//! Every snapshot the user has recorded, one per calendar day, oldest first, with their goals
//! and the outcomes they track. Its fields are private: every change goes through a method that
//! checks the same rules decoding does, so no path can keep data that a reload would refuse.
//!
//! Outcome values live on the snapshot of their day. A day with results but no snapshot (the
//! user recorded their meetings but not their SSI) keeps its values in [`ResultWeeks`]; when a
//! snapshot arrives on that day, the values move onto it (the snapshot's own win).

mod merge;

use std::collections::{BTreeMap, BTreeSet};

use chrono::NaiveDate;

use super::goals::{check_goal_dates, GoalDates, GoalError, Goals, Metric};
use super::number::Precision;
use super::outcomes::{
    check_outcome_count, check_outcome_value, IdSeed, Outcome, OutcomeError, OutcomeId,
    MAX_OUTCOMES,
};
use super::pillar::{Pillar, PillarScores};
use super::snapshot::{FieldError, Snapshot};

pub use merge::Merged;

/// One day's outcome values, by outcome.
pub type OutcomeValues = BTreeMap<OutcomeId, f64>;

/// Outcome values of days without a snapshot, by day. No day is empty, none has a snapshot.
pub type ResultWeeks = BTreeMap<NaiveDate, OutcomeValues>;

/// Most days with results but no snapshot a history keeps: as many as one file may bring
/// (`transfer::MAX_IMPORT_ROWS`), over fifty years of daily results. Decoding, imports and
/// merges refuse more (a backup of 200,000 such days would fill the browser's storage), and no
/// day past it is started.
pub const MAX_RESULT_DAYS: usize = 20_000;

/// The user's snapshots, kept sorted by date with at most one per day, with their goals and
/// the outcomes they track beside the score.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct History {
    snapshots: Vec<Snapshot>,
    goals: Goals,
    /// The dates of the goals that have one ([`check_goal_dates`]).
    goal_dates: GoalDates,
    outcomes: Vec<Outcome>,
    /// Results recorded for days that have no snapshot.
    result_weeks: ResultWeeks,
}

/// What adding a snapshot did.
#[derive(Clone, Debug, PartialEq)]
pub enum Addition {
    Added,
    /// That day already has a snapshot; nothing changed. Ask the user, then call `replace`.
    DateTaken(Box<Snapshot>),
}

/// Why a change to the history was refused. Nothing changed. Worded by
/// `i18n::entry::history_problem`.
#[derive(Clone, Debug, PartialEq)]
pub enum HistoryError {
    DateTaken(NaiveDate),
    NotFound(NaiveDate),
    InvalidSnapshot {
        date: NaiveDate,
        errors: Vec<FieldError>,
    },
    InvalidOutcomeValue(NaiveDate),
    /// More than [`MAX_RESULT_DAYS`] days with results but no snapshot.
    TooManyResultDays,
    Goal(GoalError),
    Outcome(OutcomeError),
}

impl From<GoalError> for HistoryError {
    fn from(error: GoalError) -> Self {
        HistoryError::Goal(error)
    }
}

impl From<OutcomeError> for HistoryError {
    fn from(error: OutcomeError) -> Self {
        HistoryError::Outcome(error)
    }
}

/// Puts snapshots in date order, keeping the order of a day's snapshots (a stable sort). The
/// one sort by date, so the download carries one copy of the sorting code.
pub fn sort_by_date(snapshots: &mut [Snapshot]) {
    snapshots.sort_by_key(|s| s.date);
}

/// Puts days newest first: the one such sort, for the same reason as [`sort_by_date`].
pub fn newest_first(days: &mut [NaiveDate]) {
    days.sort_unstable_by(|a, b| b.cmp(a));
}

/// How the scores moved between two snapshots.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Change {
    pub days: i64,
    pub overall: f64,
    pub pillars: PillarScores,
}

impl History {
    /// Builds a history from snapshots in any order; refuses two snapshots on one day and
    /// anything [`Snapshot::check`] refuses.
    pub fn from_snapshots(snapshots: Vec<Snapshot>) -> Result<Self, HistoryError> {
        History::from_parts(snapshots, Goals::new(), Vec::new())
    }

    /// The one check that decoding, imports and merges share: every snapshot valid, one per
    /// day, goals in range, at most [`MAX_OUTCOMES`] well-named outcomes with distinct ids.
    /// Values recorded for an outcome that isn't defined are dropped: nobody can see them, and
    /// a later outcome must not inherit them.
    pub fn from_parts(
        snapshots: Vec<Snapshot>,
        goals: Goals,
        outcomes: Vec<Outcome>,
    ) -> Result<Self, HistoryError> {
        History::from_parts_with_weeks(snapshots, goals, outcomes, ResultWeeks::new())
    }

    /// [`History::from_parts`] with results recorded for days without a snapshot. Their values
    /// follow the same rules as a snapshot's; values for a day that has a snapshot move onto it
    /// (the snapshot's own win), and empty days are dropped.
    pub fn from_parts_with_weeks(
        mut snapshots: Vec<Snapshot>,
        mut goals: Goals,
        outcomes: Vec<Outcome>,
        weeks: ResultWeeks,
    ) -> Result<Self, HistoryError> {
        for (metric, target) in &mut goals {
            *target = metric.check_goal(*target)?;
        }
        if outcomes.len() > MAX_OUTCOMES {
            return Err(OutcomeError::TooMany.into());
        }
        for (i, outcome) in outcomes.iter().enumerate() {
            outcome.check()?;
            if outcomes[..i].iter().any(|o| o.id() == outcome.id()) {
                return Err(OutcomeError::DuplicateId.into());
            }
        }
        sort_by_date(&mut snapshots);
        if let Some(pair) = snapshots.windows(2).find(|w| w[0].date == w[1].date) {
            return Err(HistoryError::DateTaken(pair[0].date));
        }
        let mut history = History {
            snapshots: Vec::new(),
            goals,
            goal_dates: GoalDates::new(),
            outcomes,
            result_weeks: ResultWeeks::new(),
        };
        for snapshot in &mut snapshots {
            history.admit(snapshot)?;
        }
        history.snapshots = snapshots;
        for (date, mut values) in weeks {
            history.admit_values(date, &mut values)?;
            match history.position(date) {
                Ok(i) => {
                    for (id, value) in values {
                        history.snapshots[i].outcomes.entry(id).or_insert(value);
                    }
                }
                Err(_) if values.is_empty() => {}
                Err(_) => {
                    history.result_weeks.insert(date, values);
                }
            }
        }
        if history.result_weeks.len() > MAX_RESULT_DAYS {
            return Err(HistoryError::TooManyResultDays);
        }
        Ok(history)
    }

    /// This history with goal dates: the check decoding, imports, merges and links share on
    /// top of [`History::from_parts`] ([`check_goal_dates`]).
    pub fn with_goal_dates(mut self, dates: GoalDates) -> Result<Self, HistoryError> {
        check_goal_dates(&self.goals, &dates)?;
        self.goal_dates = dates;
        Ok(self)
    }

    /// Checks a snapshot for keeping, and drops values of outcomes that aren't tracked.
    /// Its date is not checked against today: a clock change must not lock the user out.
    fn admit(&self, snapshot: &mut Snapshot) -> Result<(), HistoryError> {
        snapshot
            .check()
            .map_err(|errors| HistoryError::InvalidSnapshot {
                date: snapshot.date,
                errors,
            })?;
        self.admit_values(snapshot.date, &mut snapshot.outcomes)
    }

    /// Checks one day's outcome values, dropping those of outcomes that aren't tracked.
    fn admit_values(
        &self,
        date: NaiveDate,
        values: &mut OutcomeValues,
    ) -> Result<(), HistoryError> {
        for value in values.values_mut() {
            *value =
                check_outcome_value(*value).map_err(|_| HistoryError::InvalidOutcomeValue(date))?;
        }
        values.retain(|id, _| self.outcome(*id).is_some());
        Ok(())
    }

    /// Moves the results recorded for `snapshot`'s day (before it had a snapshot) onto it;
    /// values the snapshot has itself win.
    fn take_week(&mut self, snapshot: &mut Snapshot) {
        if let Some(values) = self.result_weeks.remove(&snapshot.date) {
            for (id, value) in values {
                snapshot.outcomes.entry(id).or_insert(value);
            }
        }
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
    pub fn add(&mut self, mut snapshot: Snapshot) -> Result<Addition, HistoryError> {
        self.admit(&mut snapshot)?;
        Ok(match self.position(snapshot.date) {
            Ok(i) => Addition::DateTaken(Box::new(self.snapshots[i].clone())),
            Err(i) => {
                self.take_week(&mut snapshot);
                self.snapshots.insert(i, snapshot);
                Addition::Added
            }
        })
    }

    /// Puts `snapshot` in its day, replacing what was there. Returns the replaced one.
    pub fn replace(&mut self, mut snapshot: Snapshot) -> Result<Option<Snapshot>, HistoryError> {
        self.admit(&mut snapshot)?;
        Ok(self.put(snapshot))
    }

    fn put(&mut self, mut snapshot: Snapshot) -> Option<Snapshot> {
        self.take_week(&mut snapshot);
        match self.position(snapshot.date) {
            Ok(i) => Some(std::mem::replace(&mut self.snapshots[i], snapshot)),
            Err(i) => {
                self.snapshots.insert(i, snapshot);
                None
            }
        }
    }

    /// Puts each snapshot in its day, replacing what was there; of two for one day, the
    /// later one wins. All are checked first, so a refusal changes nothing. One sort and one
    /// pass, where a `replace` per snapshot would shift the list each time (quadratic for a
    /// long import).
    pub fn replace_many(
        &mut self,
        incoming: impl IntoIterator<Item = Snapshot>,
    ) -> Result<(), HistoryError> {
        let mut incoming: Vec<Snapshot> = incoming.into_iter().collect();
        for snapshot in &mut incoming {
            self.admit(snapshot)?;
        }
        if incoming.is_empty() {
            return Ok(());
        }
        // A stable sort keeps arrival order within a day; keep the last of each day.
        sort_by_date(&mut incoming);
        incoming.dedup_by(|later, earlier| {
            let same_day = later.date == earlier.date;
            if same_day {
                std::mem::swap(later, earlier);
            }
            same_day
        });
        for snapshot in &mut incoming {
            self.take_week(snapshot);
        }
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
        Ok(())
    }

    /// Changes the snapshot of `original` (its date may change too, but not onto another day's).
    pub fn edit(
        &mut self,
        original: NaiveDate,
        mut snapshot: Snapshot,
    ) -> Result<(), HistoryError> {
        let index = self
            .position(original)
            .map_err(|_| HistoryError::NotFound(original))?;
        if snapshot.date != original && self.get(snapshot.date).is_some() {
            return Err(HistoryError::DateTaken(snapshot.date));
        }
        self.admit(&mut snapshot)?;
        self.snapshots.remove(index);
        self.put(snapshot);
        Ok(())
    }

    /// Removes and returns the snapshot of `date`, so the caller can offer an undo.
    pub fn delete(&mut self, date: NaiveDate) -> Result<Snapshot, HistoryError> {
        let index = self
            .position(date)
            .map_err(|_| HistoryError::NotFound(date))?;
        Ok(self.snapshots.remove(index))
    }

    /// The user's targets.
    pub fn goals(&self) -> &Goals {
        &self.goals
    }

    /// The dates of the goals that have one.
    pub fn goal_dates(&self) -> &GoalDates {
        &self.goal_dates
    }

    /// The day `metric`'s goal is meant to be reached by, if it has one.
    pub fn goal_date(&self, metric: Metric) -> Option<NaiveDate> {
        self.goal_dates.get(&metric).copied()
    }

    /// Sets the target for `metric` (keeping its date), or removes it, and its date, with `None`.
    pub fn set_goal(&mut self, metric: Metric, target: Option<f64>) -> Result<(), GoalError> {
        match target {
            Some(target) => {
                self.goals.insert(metric, metric.check_goal(target)?);
            }
            None => {
                self.goals.remove(&metric);
                self.goal_dates.remove(&metric);
            }
        }
        Ok(())
    }

    /// Sets (or clears, with `None`) the date of `metric`'s goal, which must exist. A date in
    /// the past is kept (a backup may hold one); the form refuses it at entry
    /// ([`check_new_goal_date`](super::goals::check_new_goal_date)).
    pub fn set_goal_date(
        &mut self,
        metric: Metric,
        by: Option<NaiveDate>,
    ) -> Result<(), GoalError> {
        let mut dates = self.goal_dates.clone();
        match by {
            Some(by) => dates.insert(metric, by),
            None => dates.remove(&metric),
        };
        check_goal_dates(&self.goals, &dates)?;
        self.goal_dates = dates;
        Ok(())
    }

    /// Replaces every goal at once; a refusal changes none. Dates of goals no longer set go.
    pub fn set_goals(&mut self, goals: Goals) -> Result<(), GoalError> {
        let mut dates = self.goal_dates.clone();
        dates.retain(|metric, _| goals.contains_key(metric));
        self.set_goals_with_dates(goals, dates)
    }

    /// Replaces every goal and every goal date at once; a refusal changes none.
    pub fn set_goals_with_dates(
        &mut self,
        mut goals: Goals,
        dates: GoalDates,
    ) -> Result<(), GoalError> {
        for (metric, target) in &mut goals {
            *target = metric.check_goal(*target)?;
        }
        check_goal_dates(&goals, &dates)?;
        self.goals = goals;
        self.goal_dates = dates;
        Ok(())
    }

    /// The outcomes the user tracks, in the order they were added.
    pub fn outcomes(&self) -> &[Outcome] {
        &self.outcomes
    }

    pub fn outcome(&self, id: OutcomeId) -> Option<&Outcome> {
        self.outcomes.iter().find(|o| o.id() == id)
    }

    /// The tracked outcome called `name` (case and spacing aside).
    pub fn outcome_named(&self, name: &str) -> Option<&Outcome> {
        self.outcomes.iter().find(|o| o.is_named(name))
    }

    /// Starts tracking an outcome called `name`, with an id drawn from `seed`.
    pub fn add_outcome(
        &mut self,
        name: &str,
        seed: &mut IdSeed,
    ) -> Result<OutcomeId, OutcomeError> {
        let id = seed.next_id(|id| self.outcome(id).is_some());
        self.adopt_outcome(Outcome::new(id, name)?)?;
        Ok(id)
    }

    /// Starts tracking an outcome as defined elsewhere (an import), keeping its id.
    pub fn adopt_outcome(&mut self, outcome: Outcome) -> Result<(), OutcomeError> {
        if self.outcomes.len() >= MAX_OUTCOMES {
            return Err(OutcomeError::TooMany);
        }
        if self.outcome(outcome.id()).is_some() {
            return Err(OutcomeError::DuplicateId);
        }
        if let Some(existing) = self.outcome_named(outcome.name()) {
            return Err(OutcomeError::NameTaken(existing.name().to_string()));
        }
        outcome.check()?;
        self.outcomes.push(outcome);
        Ok(())
    }

    pub fn rename_outcome(&mut self, id: OutcomeId, name: &str) -> Result<(), OutcomeError> {
        if let Some(other) = self.outcome_named(name).filter(|o| o.id() != id) {
            return Err(OutcomeError::NameTaken(other.name().to_string()));
        }
        self.outcomes
            .iter_mut()
            .find(|o| o.id() == id)
            .ok_or(OutcomeError::NotFound)?
            .rename(name)
    }

    /// Stops tracking an outcome and forgets its values.
    pub fn remove_outcome(&mut self, id: OutcomeId) -> Result<Outcome, OutcomeError> {
        let index = self
            .outcomes
            .iter()
            .position(|o| o.id() == id)
            .ok_or(OutcomeError::NotFound)?;
        for snapshot in &mut self.snapshots {
            snapshot.outcomes.remove(&id);
        }
        for values in self.result_weeks.values_mut() {
            values.remove(&id);
        }
        self.result_weeks.retain(|_, values| !values.is_empty());
        Ok(self.outcomes.remove(index))
    }

    /// Records (or clears, with `None`) the count of outcome `id` on `date`: on that day's
    /// snapshot, or for a day without one, beside the snapshots. A count is a whole number
    /// ([`check_outcome_count`]).
    pub fn set_outcome_value(
        &mut self,
        date: NaiveDate,
        id: OutcomeId,
        value: Option<f64>,
    ) -> Result<(), HistoryError> {
        if self.outcome(id).is_none() {
            return Err(OutcomeError::NotFound.into());
        }
        let value = value.map(check_outcome_count).transpose()?;
        if value.is_some() {
            self.check_room_for(date)?;
        }
        let values = match self.position(date) {
            Ok(index) => &mut self.snapshots[index].outcomes,
            Err(_) => self.result_weeks.entry(date).or_default(),
        };
        match value {
            Some(v) => values.insert(id, v),
            None => values.remove(&id),
        };
        if self.result_weeks.get(&date).is_some_and(BTreeMap::is_empty) {
            self.result_weeks.remove(&date);
        }
        Ok(())
    }

    /// Records a value that came from a file (an import): within the limits stored data obeys
    /// ([`check_outcome_value`]) rather than the whole counts typed today.
    pub(crate) fn record_value(
        &mut self,
        date: NaiveDate,
        id: OutcomeId,
        value: f64,
    ) -> Result<(), HistoryError> {
        if self.outcome(id).is_none() {
            return Err(OutcomeError::NotFound.into());
        }
        let value = check_outcome_value(value)?;
        self.check_room_for(date)?;
        match self.position(date) {
            Ok(index) => self.snapshots[index].outcomes.insert(id, value),
            Err(_) => self.result_weeks.entry(date).or_default().insert(id, value),
        };
        Ok(())
    }

    /// Refuses to start a day of results past [`MAX_RESULT_DAYS`]; a day with a snapshot, or
    /// with results already, always has room.
    fn check_room_for(&self, date: NaiveDate) -> Result<(), HistoryError> {
        let new_day = self.position(date).is_err() && !self.result_weeks.contains_key(&date);
        if new_day && self.result_weeks.len() >= MAX_RESULT_DAYS {
            return Err(HistoryError::TooManyResultDays);
        }
        Ok(())
    }

    /// The value of outcome `id` on `date`, from its snapshot or the results of a day without one.
    pub fn outcome_value(&self, date: NaiveDate, id: OutcomeId) -> Option<f64> {
        match self.get(date) {
            Some(snapshot) => snapshot.outcomes.get(&id).copied(),
            None => self.result_weeks.get(&date)?.get(&id).copied(),
        }
    }

    /// Results recorded for days without a snapshot, oldest first.
    pub fn result_weeks(&self) -> &ResultWeeks {
        &self.result_weeks
    }

    pub fn latest(&self) -> Option<&Snapshot> {
        self.snapshots.last()
    }

    /// The snapshot before the latest.
    pub fn previous(&self) -> Option<&Snapshot> {
        self.snapshots.iter().rev().nth(1)
    }

    /// How the latest snapshot differs from the one before it, as the two are shown: each
    /// change is the difference of the rounded values ([`Precision::difference`]), so it always
    /// agrees with the two numbers on screen.
    pub fn change_since_previous(&self) -> Option<Change> {
        let (latest, previous) = (self.latest()?, self.previous()?);
        let pillar = |p: Pillar| {
            Precision::Hundredth.difference(previous.pillars.get(p), latest.pillars.get(p))
        };
        Some(Change {
            days: (latest.date - previous.date).num_days(),
            overall: Precision::Whole.difference(previous.overall, latest.overall),
            pillars: PillarScores {
                brand: pillar(Pillar::Brand),
                people: pillar(Pillar::People),
                insights: pillar(Pillar::Insights),
                relationships: pillar(Pillar::Relationships),
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

    /// True when any snapshot or tracked result is demo data.
    pub fn has_sample(&self) -> bool {
        self.snapshots.iter().any(|s| s.sample) || self.outcomes.iter().any(Outcome::is_sample)
    }

    /// Drops the demo data, keeping everything the user recorded: the sample snapshots (with
    /// the values on them) and the sample results; a sample result the user recorded on a day
    /// of their own is theirs now, and stays as their own.
    pub fn remove_sample(&mut self) {
        // Counts of the user's own results recorded on a sample day (this week's row lands on
        // the sample's latest snapshot) stay, as results of a day without a snapshot.
        let own: BTreeSet<OutcomeId> = self
            .outcomes
            .iter()
            .filter(|o| !o.is_sample())
            .map(|o| o.id())
            .collect();
        for sample_day in self.snapshots.iter().filter(|s| s.sample) {
            let kept: OutcomeValues = sample_day
                .outcomes
                .iter()
                .filter(|(id, _)| own.contains(id))
                .map(|(id, value)| (*id, *value))
                .collect();
            // Within the days a load accepts (a limit no real history comes near).
            let room = self.result_weeks.len() < MAX_RESULT_DAYS
                || self.result_weeks.contains_key(&sample_day.date);
            if !kept.is_empty() && room {
                self.result_weeks
                    .entry(sample_day.date)
                    .or_default()
                    .extend(kept);
            }
        }
        self.snapshots.retain(|s| !s.sample);
        let (snapshots, weeks) = (&self.snapshots, &self.result_weeks);
        let used = |id: OutcomeId| {
            snapshots.iter().any(|s| s.outcomes.contains_key(&id))
                || weeks.values().any(|v| v.contains_key(&id))
        };
        let mut unused = Vec::new();
        for outcome in self.outcomes.iter_mut().filter(|o| o.is_sample()) {
            if used(outcome.id()) {
                outcome.make_own();
            } else {
                unused.push(outcome.id());
            }
        }
        for id in unused {
            let _ = self.remove_outcome(id);
        }
    }

    fn position(&self, date: NaiveDate) -> Result<usize, usize> {
        self.snapshots.binary_search_by_key(&date, |s| s.date)
    }
}
