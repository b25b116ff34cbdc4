//! What an import would change, the user's choices about it, and applying it in one step.

use std::collections::BTreeMap;
use std::fmt;

use chrono::NaiveDate;

use super::super::goals::{GoalDates, Goals, Metric};
use super::super::history::{History, HistoryError, OutcomeValues, ResultWeeks};
use super::super::outcomes::{IdSeed, Outcome, OutcomeError, OutcomeId, MAX_OUTCOMES};
use super::super::people::People;
use super::super::snapshot::{is_ahead, Snapshot};
use super::people::PeopleRestore;

/// How many invalid rows (or conflicts) the preview lists before "and N more".
pub const PREVIEW_ROWS: usize = 20;

/// Where a refused row or entry was in the file.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Place {
    /// A CSV line (1-based, the header is line 1).
    Line(u64),
    /// The n-th snapshot of a JSON backup (1-based), with its date when it has a readable one.
    Entry {
        number: usize,
        date: Option<NaiveDate>,
    },
}

/// In English, for logs and tests; the preview words it in the user's language
/// (`i18n::share::place`).
impl fmt::Display for Place {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&crate::i18n::share::place(crate::i18n::Lang::En, self))
    }
}

/// A row (CSV) or entry (JSON) that can't be imported, and why.
#[derive(Clone, Debug, PartialEq)]
pub struct InvalidRow {
    pub place: Place,
    pub reason: RowProblem,
}

/// Why a row or entry can't be imported (worded by `i18n::share::row_problem`).
#[derive(Clone, Debug, PartialEq)]
pub enum RowProblem {
    /// The form's and the results' own reasons, in their words, in order.
    Refused(Vec<String>),
    /// The CSV reader could not read the row (its own description).
    Unreadable(String),
    /// A backup's entry is not a snapshot (the JSON reader's description).
    NotASnapshot(String),
    /// Its date is already on this earlier line of the file.
    SameDateAsLine(u64),
    /// Its date is already this earlier snapshot of the backup.
    SameDateAsEntry(usize),
}

impl InvalidRow {
    /// The CSV line, for rows of a CSV file.
    pub fn line(&self) -> Option<u64> {
        match self.place {
            Place::Line(line) => Some(line),
            Place::Entry { .. } => None,
        }
    }
}

/// The first items of a long list, and how many more there are ("and 99,980 more").
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Shown<'a, T> {
    pub first: &'a [T],
    pub more: usize,
}

/// The first `limit` of `items`, and the count of the rest: a preview never grows with the file.
pub fn first_of<T>(items: &[T], limit: usize) -> Shown<'_, T> {
    let shown = items.len().min(limit);
    Shown {
        first: &items[..shown],
        more: items.len() - shown,
    }
}

/// A day present in both histories with different values.
#[derive(Clone, Debug, PartialEq)]
pub struct Conflict {
    pub mine: Snapshot,
    pub theirs: Snapshot,
}

/// A goal the file sets differently from the user's.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct GoalConflict {
    pub metric: Metric,
    pub mine: f64,
    pub theirs: f64,
    /// The goals' dates: a goal differs when its target or its date does.
    pub mine_by: Option<NaiveDate>,
    pub theirs_by: Option<NaiveDate>,
}

/// A result a backup holds for a day it has no snapshot of ("3 meetings on 2026-01-19"), with
/// the user's value for that day and outcome, if they have one.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct ResultValue {
    pub date: NaiveDate,
    pub id: OutcomeId,
    pub value: f64,
    pub mine: Option<f64>,
}

/// What to do with days (and goals) present on both sides.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum ConflictChoice {
    KeepMine,
    TakeTheirs,
}

/// What an import would change. Nothing changes until [`ImportPlan::apply`].
#[derive(Clone, Debug, Default, PartialEq)]
pub struct ImportPlan {
    pub added: Vec<Snapshot>,
    pub conflicts: Vec<Conflict>,
    /// Days already recorded with exactly the same values.
    pub unchanged: usize,
    pub invalid: Vec<InvalidRow>,
    /// Goals from a backup for metrics the user has no goal for.
    pub goals: Goals,
    /// The dates of those of `goals` that have one.
    pub goal_dates: GoalDates,
    /// Goals from a backup that differ from the user's: taken only with "take theirs".
    pub goal_conflicts: Vec<GoalConflict>,
    /// Outcome names the history does not have yet, with the ids they will get. Only those
    /// [included](ImportPlan::is_included) are brought; the values of the others are not.
    pub new_outcomes: Vec<Outcome>,
    /// Results of days without a snapshot in a backup that the user doesn't have, or has
    /// otherwise (those taken only with "take theirs").
    pub results: Vec<ResultValue>,
    /// Parallel to `new_outcomes`.
    included: Vec<bool>,
    /// How many more outcomes the history could track when the plan was made.
    room: usize,
    /// The people a full backup keeps, compared with those saved here; applied apart from
    /// the history ([`PeopleRestore::apply`]), never into it.
    pub people: PeopleRestore,
}

/// What a file brings, read and checked, before it is compared with the history. Outcome ids
/// are the file's own; [`ImportPlan::build`] matches them to the history's by name.
#[derive(Clone, Debug, Default)]
pub(super) struct Incoming {
    pub snapshots: Vec<Snapshot>,
    pub outcomes: Vec<Outcome>,
    pub goals: Goals,
    pub goal_dates: GoalDates,
    pub invalid: Vec<InvalidRow>,
    /// Results of days without a snapshot (a backup's).
    pub result_weeks: ResultWeeks,
    /// The people a backup keeps (none in a CSV file).
    pub people: People,
    /// Why a backup's people couldn't be read, if they couldn't.
    pub people_unreadable: Option<String>,
}

/// True when `theirs` holds the figures `mine` holds, whatever the kind of each (sample data or
/// the user's): a kind alone is not a difference to resolve day by day (a CSV export of the
/// sample, read back, says nothing about kind).
fn same_figures(mine: &Snapshot, theirs: &Snapshot) -> bool {
    *mine
        == Snapshot {
            sample: mine.sample,
            ..theirs.clone()
        }
}

impl ImportPlan {
    /// Compares incoming snapshots (whose outcome ids are the history's) with the history.
    pub fn new(incoming: Vec<Snapshot>, invalid: Vec<InvalidRow>, existing: &History) -> Self {
        let mut plan = ImportPlan {
            invalid,
            room: MAX_OUTCOMES.saturating_sub(existing.outcomes().len()),
            ..Default::default()
        };
        for theirs in incoming {
            match existing.get(theirs.date) {
                None => plan.added.push(theirs),
                Some(mine) if same_figures(mine, &theirs) => plan.unchanged += 1,
                Some(mine) => plan.conflicts.push(Conflict {
                    mine: mine.clone(),
                    theirs,
                }),
            }
        }
        plan
    }

    /// Plans the import of a whole history (a backup), with its goals and outcomes.
    pub fn from_history(incoming: History, existing: &History, seed: &mut IdSeed) -> Self {
        ImportPlan::build(
            Incoming {
                snapshots: incoming.snapshots().to_vec(),
                outcomes: incoming.outcomes().to_vec(),
                goals: incoming.goals().clone(),
                goal_dates: incoming.goal_dates().clone(),
                invalid: Vec::new(),
                result_weeks: incoming.result_weeks().clone(),
                ..Default::default()
            },
            existing,
            &People::new(),
            seed,
        )
    }

    /// Outcomes are matched by name, so values recorded under another install's ids land in
    /// the right place; names the history lacks become new outcomes with fresh ids, included
    /// in file order while there is room.
    pub(super) fn build(
        incoming: Incoming,
        existing: &History,
        existing_people: &People,
        seed: &mut IdSeed,
    ) -> Self {
        let mut new_outcomes: Vec<Outcome> = Vec::new();
        let mut ids = BTreeMap::new();
        for outcome in &incoming.outcomes {
            let known = existing
                .outcome_named(outcome.name())
                .or_else(|| new_outcomes.iter().find(|o| o.is_named(outcome.name())));
            let id = match known {
                Some(known) => known.id(),
                None => {
                    let taken = |id| {
                        existing.outcome(id).is_some() || new_outcomes.iter().any(|o| o.id() == id)
                    };
                    let id = seed.next_id(taken);
                    new_outcomes.push(outcome.with_id(id));
                    id
                }
            };
            ids.insert(outcome.id(), id);
        }
        let snapshots = incoming
            .snapshots
            .into_iter()
            .map(|mut s| {
                // Filled by inserting: collecting would sort, and bring its own sorting code.
                let mut renumbered = OutcomeValues::new();
                renumbered.extend(
                    s.outcomes
                        .iter()
                        .filter_map(|(id, v)| Some((*ids.get(id)?, *v))),
                );
                s.outcomes = renumbered;
                s
            })
            .collect();
        let mut plan = ImportPlan::new(snapshots, incoming.invalid, existing);
        for (date, values) in incoming.result_weeks {
            for (file_id, value) in values {
                let Some(&id) = ids.get(&file_id) else {
                    continue;
                };
                let mine = existing.outcome_value(date, id);
                if mine != Some(value) {
                    plan.results.push(ResultValue {
                        date,
                        id,
                        value,
                        mine,
                    });
                }
            }
        }
        for (metric, theirs) in incoming.goals {
            let theirs_by = incoming.goal_dates.get(&metric).copied();
            let mine_by = existing.goal_date(metric);
            match existing.goals().get(&metric) {
                None => {
                    plan.goals.insert(metric, theirs);
                    plan.goal_dates.extend(theirs_by.map(|by| (metric, by)));
                }
                Some(&mine) if (mine, mine_by) == (theirs, theirs_by) => {}
                Some(&mine) => plan.goal_conflicts.push(GoalConflict {
                    metric,
                    mine,
                    theirs,
                    mine_by,
                    theirs_by,
                }),
            }
        }
        plan.included = (0..new_outcomes.len()).map(|i| i < plan.room).collect();
        plan.new_outcomes = new_outcomes;
        plan.people = match incoming.people_unreadable {
            Some(why) => PeopleRestore::unreadable(why),
            None => PeopleRestore::plan(&incoming.people, existing_people),
        };
        plan
    }

    /// How many more outcomes the history can track: at most this many new ones are brought.
    pub fn outcome_room(&self) -> usize {
        self.room
    }

    /// True when new outcome `id` will be brought.
    pub fn is_included(&self, id: OutcomeId) -> bool {
        self.index_of(id).is_some_and(|i| self.included[i])
    }

    /// Brings (or leaves out) new outcome `id`. Refused past [`ImportPlan::outcome_room`].
    pub fn include_outcome(&mut self, id: OutcomeId, include: bool) -> Result<(), OutcomeError> {
        let index = self.index_of(id).ok_or(OutcomeError::NotFound)?;
        if include && !self.included[index] && self.included_count() >= self.room {
            return Err(OutcomeError::TooMany);
        }
        self.included[index] = include;
        Ok(())
    }

    fn index_of(&self, id: OutcomeId) -> Option<usize> {
        self.new_outcomes.iter().position(|o| o.id() == id)
    }

    fn included_count(&self) -> usize {
        self.included.iter().filter(|&&i| i).count()
    }

    /// The new outcomes that will be brought.
    pub fn included_outcomes(&self) -> impl Iterator<Item = &Outcome> {
        self.new_outcomes
            .iter()
            .zip(&self.included)
            .filter_map(|(o, &inc)| inc.then_some(o))
    }

    /// The new outcomes left out (by the user, or for want of room): their values are not imported.
    pub fn left_out_outcomes(&self) -> impl Iterator<Item = &Outcome> {
        self.new_outcomes
            .iter()
            .zip(&self.included)
            .filter_map(|(o, &inc)| (!inc).then_some(o))
    }

    /// How many values the file holds for outcome `id` (on new or conflicting days).
    pub fn value_count(&self, id: OutcomeId) -> usize {
        self.added
            .iter()
            .chain(self.conflicts.iter().map(|c| &c.theirs))
            .filter(|s| s.outcomes.contains_key(&id))
            .count()
            + self.results.iter().filter(|r| r.id == id).count()
    }

    /// Results of days without a snapshot that the user has no value for.
    pub fn new_results(&self) -> usize {
        self.results.iter().filter(|r| r.mine.is_none()).count()
    }

    /// Results of days without a snapshot that differ from the user's value.
    pub fn differing_results(&self) -> usize {
        self.results.len() - self.new_results()
    }

    /// The history's outcomes and the new ones, to name outcome values in the preview.
    pub fn outcomes_with(&self, history: &History) -> Vec<Outcome> {
        history
            .outcomes()
            .iter()
            .chain(&self.new_outcomes)
            .cloned()
            .collect()
    }

    /// The days this plan brings that are [ahead](is_ahead) of `today`, oldest first: they are
    /// imported as they are (a backup made before the clock went back, a link from another
    /// time zone or a wrong clock), and the preview says so, so the user can check them.
    pub fn dated_ahead(&self, today: NaiveDate) -> Vec<NaiveDate> {
        let mut days = std::collections::BTreeSet::new();
        days.extend(
            self.added
                .iter()
                .chain(self.conflicts.iter().map(|c| &c.theirs))
                .map(|s| s.date)
                .chain(self.results.iter().map(|r| r.date))
                .filter(|&d| is_ahead(d, today)),
        );
        days.into_iter().collect()
    }

    /// The first invalid rows for the preview, and how many more there are.
    pub fn invalid_shown(&self) -> Shown<'_, InvalidRow> {
        first_of(&self.invalid, PREVIEW_ROWS)
    }

    /// The first conflicts for the preview, and how many more there are.
    pub fn conflicts_shown(&self) -> Shown<'_, Conflict> {
        first_of(&self.conflicts, PREVIEW_ROWS)
    }

    /// True when applying with `choice` (and the current outcome choices) would change nothing.
    pub fn changes_nothing(&self, choice: ConflictChoice) -> bool {
        self.people.changes_nothing(choice)
            && self.added.is_empty()
            && self.included_count() == 0
            && self.goals.is_empty()
            && self.new_results() == 0
            && (choice == ConflictChoice::KeepMine
                || (self.conflicts.is_empty()
                    && self.goal_conflicts.is_empty()
                    && self.results.is_empty()))
    }

    /// True when the file has anything for the user's own history, even what they have already
    /// (a team backup has nothing but people).
    pub fn touches_own_history(&self) -> bool {
        !(self.added.is_empty()
            && self.conflicts.is_empty()
            && self.unchanged == 0
            && self.invalid.is_empty()
            && self.goals.is_empty()
            && self.goal_conflicts.is_empty()
            && self.new_outcomes.is_empty()
            && self.results.is_empty())
    }

    /// True when no choice at all would make the import change anything: the file adds nothing.
    pub fn offers_nothing(&self) -> bool {
        self.people.changes_nothing(ConflictChoice::TakeTheirs)
            && self.added.is_empty()
            && (self.new_outcomes.is_empty() || self.room == 0)
            && self.goals.is_empty()
            && self.conflicts.is_empty()
            && self.goal_conflicts.is_empty()
            && self.results.is_empty()
    }

    /// The history with the plan applied, all or nothing: a plan that would break a rule of
    /// the history (such as the outcome limit, if another tab added outcomes since the plan
    /// was made) changes nothing and says which.
    pub fn apply(
        &self,
        history: &History,
        choice: ConflictChoice,
    ) -> Result<History, HistoryError> {
        let mut history = history.clone();
        for outcome in self.included_outcomes() {
            if history.outcome(outcome.id()).is_none() {
                history.adopt_outcome(outcome.clone())?;
            }
        }
        let left_out: Vec<OutcomeId> = self.left_out_outcomes().map(Outcome::id).collect();
        let theirs = match choice {
            ConflictChoice::TakeTheirs => &self.conflicts[..],
            ConflictChoice::KeepMine => &[],
        };
        // A day recorded since the plan was made (another tab's save) is the user's now:
        // "keep mine" keeps it.
        let still_new =
            |s: &&Snapshot| choice == ConflictChoice::TakeTheirs || history.get(s.date).is_none();
        let incoming: Vec<Snapshot> = self.added.iter().filter(still_new).cloned().collect();
        history.replace_many(
            incoming
                .iter()
                .chain(theirs.iter().map(|c| &c.theirs))
                .map(|s| {
                    let mut s = s.clone();
                    s.outcomes.retain(|id, _| !left_out.contains(id));
                    s
                }),
        )?;
        for result in &self.results {
            let take = choice == ConflictChoice::TakeTheirs
                || history.outcome_value(result.date, result.id).is_none();
            if take && !left_out.contains(&result.id) {
                history.record_value(result.date, result.id, result.value)?;
            }
        }
        let new = self
            .goals
            .iter()
            .map(|(&m, &t)| (m, t, self.goal_dates.get(&m).copied()));
        let conflicting = self
            .goal_conflicts
            .iter()
            .map(|g| (g.metric, g.theirs, g.theirs_by));
        for (metric, target, by) in new.chain(conflicting) {
            if choice == ConflictChoice::TakeTheirs || !history.goals().contains_key(&metric) {
                // The backup's goal as a whole: its date, or none, comes with its target.
                history.set_goal(metric, Some(target))?;
                history.set_goal_date(metric, by)?;
            }
        }
        Ok(history)
    }
}
