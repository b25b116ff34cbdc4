//! What saving a form changes: only what the user changed in it.
//!
//! A form opens with a copy of the data. While it is open another tab may save, and this tab
//! takes that save in; writing the form's whole copy back would undo it without a word. So a
//! form's save is a three-way decision between what the form opened from, what the user has
//! in it now, and what the history holds at save time: each field whose text the user changed
//! gets the user's value, every other field keeps the history's.
//!
//! - When the user and another tab changed the same field, the user's value wins: saving is
//!   the latest explicit act, and it is what the user sees when the form closes.
//! - A snapshot deleted, or moved to another day, in another tab while it was being edited is
//!   not re-created behind the user's back, nor is the edit dropped: the save is refused with
//!   [`HistoryError::NotFound`] and changes nothing, so the form can say what happened and
//!   offer to keep its contents as a new snapshot.

use std::collections::BTreeSet;

use chrono::NaiveDate;

use super::goals::{check_goal_dates, check_new_goal_date, GoalDates, GoalError, Goals, Metric};
use super::history::{History, HistoryError};
use super::ids::OutcomeId;
use super::iso_date::read_iso_date;
use super::number::format_number;
use super::snapshot::{Field, FieldError, Snapshot, SnapshotDraft};

/// The goals form: the goals and dates it opened with, and the text in each box now.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct GoalsEdit {
    opened: Goals,
    opened_dates: GoalDates,
    /// One box per metric, in [`Metric::ALL`] order.
    typed: [String; Metric::ALL.len()],
    /// One date box per metric, as `<input type="date">` gives it: "2027-03-31" or empty.
    typed_dates: [String; Metric::ALL.len()],
}

impl GoalsEdit {
    /// The form opened on `goals` and their `dates`: each box shows its goal or date, or nothing.
    pub fn open(goals: &Goals, dates: &GoalDates) -> Self {
        GoalsEdit {
            opened: goals.clone(),
            opened_dates: dates.clone(),
            typed: Metric::ALL.map(|m| opened_text(goals, m)),
            typed_dates: Metric::ALL.map(|m| opened_date(dates, m)),
        }
    }

    /// The text in `metric`'s box.
    pub fn text(&self, metric: Metric) -> &str {
        &self.typed[index(metric)]
    }

    /// The user typed `text` into `metric`'s box.
    pub fn set_text(&mut self, metric: Metric, text: String) {
        self.typed[index(metric)] = text;
    }

    /// The date in `metric`'s date box ("2027-03-31"), or "".
    pub fn date_text(&self, metric: Metric) -> &str {
        &self.typed_dates[index(metric)]
    }

    /// The user picked (or cleared, with "") the date of `metric`'s goal.
    pub fn set_date_text(&mut self, metric: Metric, text: String) {
        self.typed_dates[index(metric)] = text;
    }

    /// True when `metric`'s box no longer shows what it opened with.
    pub fn changed(&self, metric: Metric) -> bool {
        self.text(metric).trim() != opened_text(&self.opened, metric)
    }

    /// True when `metric`'s date box no longer shows what it opened with.
    pub fn date_changed(&self, metric: Metric) -> bool {
        self.date_text(metric).trim() != opened_date(&self.opened_dates, metric)
    }

    /// `current` goals and dates with the boxes the user changed applied: a number sets that
    /// goal, an empty box removes it (and its date); a date sets the goal's date, an empty one
    /// removes it; the others stay as they are in `current`. A changed box that is not a goal
    /// (not a number, or out of range), a new date before `today`, or a date left on a goal
    /// the user emptied refuses the whole save. A date kept as it opened is not checked
    /// against today: it was ahead when it was set.
    pub fn onto(
        &self,
        current: &Goals,
        current_dates: &GoalDates,
        today: NaiveDate,
    ) -> Result<(Goals, GoalDates), GoalError> {
        let mut goals = current.clone();
        let mut dates = current_dates.clone();
        for metric in Metric::ALL.into_iter().filter(|&m| self.changed(m)) {
            match metric.parse_goal(self.text(metric))? {
                Some(target) => goals.insert(metric, target),
                None => goals.remove(&metric),
            };
        }
        for metric in Metric::ALL.into_iter().filter(|&m| self.date_changed(m)) {
            let text = self.date_text(metric).trim();
            if text.is_empty() {
                dates.remove(&metric);
                continue;
            }
            let by = read_iso_date(text).map_err(|_| GoalError::DateOutOfRange(metric))?;
            dates.insert(metric, check_new_goal_date(metric, by, today)?);
        }
        // A goal the user emptied takes its stored date along; a date they just chose for it
        // is refused instead ([`check_goal_dates`]), so it isn't lost without a word.
        dates.retain(|m, _| goals.contains_key(m) || self.date_changed(*m));
        check_goal_dates(&goals, &dates)?;
        Ok((goals, dates))
    }

    /// Saves the form into `history` on `today`, on top of the goals it holds now.
    pub fn apply_to(&self, history: &mut History, today: NaiveDate) -> Result<(), GoalError> {
        let (goals, dates) = self.onto(history.goals(), history.goal_dates(), today)?;
        history.set_goals_with_dates(goals, dates)
    }
}

fn index(metric: Metric) -> usize {
    Metric::ALL.iter().position(|&m| m == metric).unwrap_or(0)
}

/// How a goal's box reads when the form opens.
fn opened_text(goals: &Goals, metric: Metric) -> String {
    goals
        .get(&metric)
        .map(|&v| format_number(v))
        .unwrap_or_default()
}

/// How a goal's date box reads when the form opens: the form `<input type="date">` takes.
fn opened_date(dates: &GoalDates, metric: Metric) -> String {
    dates
        .get(&metric)
        .map(ToString::to_string)
        .unwrap_or_default()
}

/// An edit of a stored snapshot: the day it was on when the form opened, what the user changed,
/// and the snapshot the form alone makes.
#[derive(Clone, Debug, PartialEq)]
pub struct SnapshotEdit {
    original: NaiveDate,
    /// Fields whose text the user changed.
    fields: Vec<Field>,
    /// Outcomes whose value the user changed (set or cleared).
    outcomes: BTreeSet<OutcomeId>,
    /// The peers' pillar averages differ from those the form opened with.
    peers: bool,
    /// The overall box was left empty: the overall is the sum of the pillars kept.
    overall_from_pillars: bool,
    edited: Snapshot,
}

impl SnapshotEdit {
    /// The form opened on `opened` (a stored snapshot) and now holds `now`; refused, with every
    /// wrong field, when `now` is not a valid snapshot on `today`.
    pub fn new(
        opened: &Snapshot,
        now: &SnapshotDraft,
        today: NaiveDate,
    ) -> Result<Self, Vec<FieldError>> {
        let edited = now.validate(today)?;
        let was = SnapshotDraft::from_snapshot(opened);
        let fields = Field::ALL
            .into_iter()
            .filter(|&f| now.text(f).trim() != was.text(f).trim())
            .collect();
        let mut outcomes = BTreeSet::new();
        outcomes.extend(
            was.outcomes
                .keys()
                .chain(now.outcomes.keys())
                .filter(|id| was.outcomes.get(id) != now.outcomes.get(id)),
        );
        Ok(SnapshotEdit {
            original: opened.date,
            fields,
            outcomes,
            peers: (now.industry_pillars, now.network_pillars)
                != (was.industry_pillars, was.network_pillars),
            overall_from_pillars: now.overall.trim().is_empty(),
            edited,
        })
    }

    /// The day the snapshot was on when the form opened.
    pub fn original(&self) -> NaiveDate {
        self.original
    }

    /// The snapshot as the form alone makes it.
    pub fn snapshot(&self) -> &Snapshot {
        &self.edited
    }

    pub fn into_snapshot(self) -> Snapshot {
        self.edited
    }

    /// `current` (the snapshot as the history holds it now) with what the user changed applied.
    /// A snapshot saved from the form is the user's own, no longer sample data.
    pub fn onto(&self, current: &Snapshot) -> Snapshot {
        let (e, mut s) = (&self.edited, current.clone());
        for &field in &self.fields {
            match field {
                Field::Date => s.date = e.date,
                Field::Overall => s.overall = e.overall,
                Field::Pillar(p) => s.pillars.set(p, e.pillars.get(p)),
                Field::IndustryRank => s.industry_rank = e.industry_rank,
                Field::NetworkRank => s.network_rank = e.network_rank,
                Field::IndustryAvg => s.industry_avg = e.industry_avg,
                Field::NetworkAvg => s.network_avg = e.network_avg,
                Field::Industry => s.industry.clone_from(&e.industry),
                Field::Note => s.note.clone_from(&e.note),
            }
        }
        // An empty overall means "the sum of the pillars": of the pillars as saved.
        if self.overall_from_pillars {
            s.overall = s.pillars.sum().round();
        }
        if self.peers {
            s.industry_pillars = e.industry_pillars;
            s.network_pillars = e.network_pillars;
        }
        for id in &self.outcomes {
            match e.outcomes.get(id) {
                Some(&v) => s.outcomes.insert(*id, v),
                None => s.outcomes.remove(id),
            };
        }
        s.sample = e.sample;
        s
    }

    /// Saves the edit into `history`, on top of the snapshot it holds now. Refused with
    /// [`HistoryError::NotFound`] when that snapshot is gone (deleted or moved in another tab),
    /// and as [`History::edit`] refuses (another day's snapshot on the new date); a refusal
    /// changes nothing.
    pub fn apply_to(&self, history: &mut History) -> Result<(), HistoryError> {
        let current = history
            .get(self.original)
            .ok_or(HistoryError::NotFound(self.original))?;
        let snapshot = self.onto(current);
        history.edit(self.original, snapshot)
    }
}
