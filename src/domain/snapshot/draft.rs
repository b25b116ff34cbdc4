//! The snapshot form as typed, and how it becomes a [`Snapshot`].

use std::collections::BTreeMap;

use chrono::NaiveDate;

use super::super::ids::OutcomeId;
use super::super::number::{decimal_mark, format_number, plain_number, DecimalMark, Precision};
use super::super::pillar::{Pillar, PillarScores};
use super::date::{not_ahead, parse_date};
use super::field::{Field, FieldError, MAX_INDUSTRY_CHARS, MAX_NOTE_CHARS};
use super::parse::{optional_score, optional_text, parse_rank, required_score};
use super::reading::Snapshot;

/// The snapshot form as typed: every field is text until it is validated.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct SnapshotDraft {
    pub date: String,
    pub overall: String,
    pub pillars: [String; 4],
    pub industry_rank: String,
    pub network_rank: String,
    pub industry_avg: String,
    pub network_avg: String,
    pub industry: String,
    pub note: String,
    /// Peer breakdowns come only from a pasted page; the form shows but does not edit them.
    pub industry_pillars: Option<PillarScores>,
    pub network_pillars: Option<PillarScores>,
    /// Outcome values are kept as they were; the results page edits them.
    pub outcomes: BTreeMap<OutcomeId, f64>,
    /// The date of the snapshot being edited: it stays valid even when it is ahead of today
    /// (after the clock went back, an edit must not be refused for a date already kept).
    pub kept_date: Option<NaiveDate>,
}

impl SnapshotDraft {
    /// An empty form dated `date`.
    pub fn for_date(date: NaiveDate) -> Self {
        SnapshotDraft {
            date: date.to_string(),
            ..Default::default()
        }
    }

    /// The quick add's form: dated `today`, with the four pillars of `last` (the last snapshot)
    /// as LinkedIn shows them (two decimals, the user's decimal mark) and its ranks, ready to be
    /// updated to this week's. The total stays empty (the sum of the pillars is used); the
    /// averages, industry, note and results are a week's own and are not carried over. Without
    /// a last snapshot, an empty form dated `today`.
    pub fn quick_from(last: Option<&Snapshot>, today: NaiveDate) -> Self {
        let Some(last) = last else {
            return Self::for_date(today);
        };
        let rank = |r: Option<u8>| r.map(|r| r.to_string()).unwrap_or_default();
        SnapshotDraft {
            pillars: Pillar::ALL.map(|p| Precision::Hundredth.format(last.pillars.get(p))),
            industry_rank: rank(last.industry_rank),
            network_rank: rank(last.network_rank),
            ..Self::for_date(today)
        }
    }

    /// The form filled with a stored snapshot, for editing: every decimal recorded, with the
    /// user's decimal mark.
    pub fn from_snapshot(s: &Snapshot) -> Self {
        Self::written(s, format_number)
    }

    /// A stored snapshot's fields as a file holds them: with a point, whatever the language.
    pub fn for_file(s: &Snapshot) -> Self {
        Self::written(s, plain_number)
    }

    fn written(s: &Snapshot, number: fn(f64) -> String) -> Self {
        let opt = |v: Option<f64>| v.map(number).unwrap_or_default();
        SnapshotDraft {
            date: s.date.to_string(),
            overall: number(s.overall),
            pillars: Pillar::ALL.map(|p| number(s.pillars.get(p))),
            industry_rank: s.industry_rank.map(|r| r.to_string()).unwrap_or_default(),
            network_rank: s.network_rank.map(|r| r.to_string()).unwrap_or_default(),
            industry_avg: opt(s.industry_avg),
            network_avg: opt(s.network_avg),
            industry: s.industry.clone().unwrap_or_default(),
            note: s.note.clone().unwrap_or_default(),
            industry_pillars: s.industry_pillars,
            network_pillars: s.network_pillars,
            outcomes: s.outcomes.clone(),
            kept_date: Some(s.date),
        }
    }

    pub fn pillar(&self, pillar: Pillar) -> &str {
        &self.pillars[pillar.index()]
    }

    pub fn pillar_mut(&mut self, pillar: Pillar) -> &mut String {
        &mut self.pillars[pillar.index()]
    }

    /// The text typed into `field`.
    pub fn text(&self, field: Field) -> &str {
        match field {
            Field::Date => &self.date,
            Field::Overall => &self.overall,
            Field::Pillar(p) => self.pillar(p),
            Field::IndustryRank => &self.industry_rank,
            Field::NetworkRank => &self.network_rank,
            Field::IndustryAvg => &self.industry_avg,
            Field::NetworkAvg => &self.network_avg,
            Field::Industry => &self.industry,
            Field::Note => &self.note,
        }
    }

    /// Where the text of `field` is kept, for the form to write into.
    pub fn text_mut(&mut self, field: Field) -> &mut String {
        match field {
            Field::Date => &mut self.date,
            Field::Overall => &mut self.overall,
            Field::Pillar(p) => self.pillar_mut(p),
            Field::IndustryRank => &mut self.industry_rank,
            Field::NetworkRank => &mut self.network_rank,
            Field::IndustryAvg => &mut self.industry_avg,
            Field::NetworkAvg => &mut self.network_avg,
            Field::Industry => &mut self.industry,
            Field::Note => &mut self.note,
        }
    }

    /// Turns the form into a snapshot, or lists every field that is wrong and why. A typed date
    /// may not be [ahead](super::is_ahead) of `today`, unless it is the edited snapshot's own.
    pub fn validate(&self, today: NaiveDate) -> Result<Snapshot, Vec<FieldError>> {
        let date = parse_date(&self.date).and_then(|date| {
            if self.kept_date != Some(date) {
                not_ahead(date, today)?;
            }
            Ok(date)
        });
        self.build(date, Some(decimal_mark()))
    }

    /// Turns a row of a file into a snapshot by the form's rules, its date kept even when it is
    /// ahead of today (data from elsewhere is warned about, never dropped: see [`is_ahead`](super::is_ahead)).
    /// A file's decimals are read with either mark, whatever the user's language: files are
    /// written by programs, not typed, and no score has thousands.
    pub fn validate_kept(&self) -> Result<Snapshot, Vec<FieldError>> {
        self.build(parse_date(&self.date), None)
    }

    /// `mark`: the decimal mark of the user's typing, `None` for a file's text.
    fn build(
        &self,
        date: Result<NaiveDate, FieldError>,
        mark: Option<DecimalMark>,
    ) -> Result<Snapshot, Vec<FieldError>> {
        let mut errors = Vec::new();

        let date = keep(&mut errors, date);
        let mut pillars = PillarScores::default();
        let mut pillars_ok = true;
        for p in Pillar::ALL {
            match keep(
                &mut errors,
                required_score(self.pillar(p), Field::Pillar(p), Pillar::MAX, mark),
            ) {
                Some(v) => pillars.set(p, v),
                None => pillars_ok = false,
            }
        }
        let overall = keep(
            &mut errors,
            optional_score(&self.overall, Field::Overall, 100.0, mark),
        );
        let industry_rank = keep(
            &mut errors,
            parse_rank(&self.industry_rank, Field::IndustryRank),
        );
        let network_rank = keep(
            &mut errors,
            parse_rank(&self.network_rank, Field::NetworkRank),
        );
        let industry_avg = keep(
            &mut errors,
            optional_score(&self.industry_avg, Field::IndustryAvg, 100.0, mark),
        );
        let network_avg = keep(
            &mut errors,
            optional_score(&self.network_avg, Field::NetworkAvg, 100.0, mark),
        );
        let industry = keep(
            &mut errors,
            optional_text(&self.industry, Field::Industry, MAX_INDUSTRY_CHARS),
        );
        let note = keep(
            &mut errors,
            optional_text(&self.note, Field::Note, MAX_NOTE_CHARS),
        );

        match (date, pillars_ok, overall, industry_rank, network_rank) {
            (Some(date), true, Some(overall), Some(industry_rank), Some(network_rank))
                if errors.is_empty() =>
            {
                Ok(Snapshot {
                    date,
                    overall: overall.unwrap_or_else(|| pillars.sum().round()),
                    pillars,
                    industry_rank,
                    network_rank,
                    industry_avg: industry_avg.flatten(),
                    network_avg: network_avg.flatten(),
                    industry: industry.flatten(),
                    note: note.flatten(),
                    industry_pillars: self.industry_pillars,
                    network_pillars: self.network_pillars,
                    outcomes: self.outcomes.clone(),
                    sample: false,
                })
            }
            _ => Err(errors),
        }
    }
}

/// Records a field's error and carries on, so the form can show every problem at once.
fn keep<T>(errors: &mut Vec<FieldError>, result: Result<T, FieldError>) -> Option<T> {
    result.map_err(|e| errors.push(e)).ok()
}
