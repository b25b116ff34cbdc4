//! One reading of the SSI page on one day, and the rules a reading must follow.

use std::fmt;

use chrono::NaiveDate;
use serde::{Deserialize, Serialize};

use super::decimal::read_decimal;
use super::ids::OutcomeId;
use super::iso_date::read_iso_date_unspaced;
use super::number::{format_number, STORED_DECIMALS};
// Kept reachable at its old path.
pub use super::number::to_stored_precision;
use super::pillar::{Pillar, PillarScores};

/// How far the shown total may stray from the pillar sum before we ask the user to check it.
/// LinkedIn rounds each figure for display, so a gap of a point or two is normal.
pub const TOTAL_TOLERANCE: f64 = 2.0;

/// The longest note, in characters.
pub const MAX_NOTE_CHARS: usize = 500;
/// The longest industry name, in characters.
pub const MAX_INDUSTRY_CHARS: usize = 100;

/// How far a typed date may run ahead of the device's today: somewhere in the world it is
/// already tomorrow, and a snapshot taken there is not a typo.
pub const DATE_SLACK_DAYS: u64 = 1;

/// The latest date a person may type on `today` (today and [`DATE_SLACK_DAYS`] more).
pub fn latest_typed_date(today: NaiveDate) -> NaiveDate {
    today
        .checked_add_days(chrono::Days::new(DATE_SLACK_DAYS))
        .unwrap_or(today)
}

/// The one rule for a date ahead of today: true past [`latest_typed_date`]. What a person types
/// is refused then; stored, imported and linked data is kept and shown with a warning (a clock
/// set back, travel), never dropped.
pub fn is_ahead(date: NaiveDate, today: NaiveDate) -> bool {
    date > latest_typed_date(today)
}

/// The user's SSI on one calendar day.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Snapshot {
    #[serde(with = "super::iso_date")]
    pub date: NaiveDate,
    pub overall: f64,
    pub pillars: PillarScores,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub industry_rank: Option<u8>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub network_rank: Option<u8>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub industry_avg: Option<f64>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub network_avg: Option<f64>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub industry: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub note: Option<String>,
    /// The average pillar scores of people in the user's industry, when the page showed them.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub industry_pillars: Option<PillarScores>,
    /// The average pillar scores of the user's network, when the page showed them.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub network_pillars: Option<PillarScores>,
    /// The user's own outcome measures for this snapshot, by outcome id ("meetings booked": 3).
    #[serde(default, skip_serializing_if = "std::collections::BTreeMap::is_empty")]
    pub outcomes: std::collections::BTreeMap<OutcomeId, f64>,
    /// Marks the demo data from "Try with sample data", so it can be removed in one click.
    #[serde(default, skip_serializing_if = "std::ops::Not::not")]
    pub sample: bool,
}

impl Snapshot {
    /// A snapshot with just the scores; the overall is the rounded pillar sum.
    pub fn new(date: NaiveDate, pillars: PillarScores) -> Self {
        Snapshot {
            date,
            overall: pillars.sum().round(),
            pillars,
            industry_rank: None,
            network_rank: None,
            industry_avg: None,
            network_avg: None,
            industry: None,
            note: None,
            industry_pillars: None,
            network_pillars: None,
            outcomes: Default::default(),
            sample: false,
        }
    }

    /// How far the overall score is from the sum of the pillars.
    pub fn total_gap(&self) -> f64 {
        (self.overall - self.pillars.sum()).abs()
    }

    /// True when the overall and the pillars disagree by more than LinkedIn's rounding explains.
    pub fn total_looks_wrong(&self) -> bool {
        self.total_gap() > TOTAL_TOLERANCE + 1e-9
    }

    /// Checks every rule a stored snapshot must follow (used when loading data from elsewhere).
    /// The form's limits, applied to the values directly: loading a long history must not
    /// format and re-parse every number. Its date is not compared with today: kept data dated
    /// ahead is warned about ([`is_ahead`]), never refused.
    pub fn check(&self) -> Result<(), Vec<FieldError>> {
        let mut errors = Vec::new();
        let mut keep = |result: Result<(), FieldError>| {
            if let Err(e) = result {
                errors.push(e);
            }
        };
        keep(in_range(self.overall, Field::Overall, 100.0));
        for p in Pillar::ALL {
            keep(in_range(self.pillars.get(p), Field::Pillar(p), Pillar::MAX));
        }
        // Peer breakdowns come only from a pasted page; they obey the pillars' range too.
        for (peers, field) in [
            (self.industry_pillars, Field::IndustryAvg),
            (self.network_pillars, Field::NetworkAvg),
        ] {
            for p in Pillar::ALL {
                let value = peers.map(|peers| peers.get(p));
                keep(value.map_or(Ok(()), |v| {
                    in_range(v, field, Pillar::MAX).map_err(|_| {
                        FieldError::new(
                            field,
                            format!(
                                "The peers’ {} must be between 0 and {}.",
                                p.short_label(),
                                format_number(Pillar::MAX)
                            ),
                        )
                    })
                }));
            }
        }
        for (avg, field) in [
            (self.industry_avg, Field::IndustryAvg),
            (self.network_avg, Field::NetworkAvg),
        ] {
            keep(avg.map_or(Ok(()), |v| in_range(v, field, 100.0)));
        }
        for (rank, field) in [
            (self.industry_rank, Field::IndustryRank),
            (self.network_rank, Field::NetworkRank),
        ] {
            keep(rank.map_or(Ok(()), |r| rank_in_range(r, field)));
        }
        for (text, field, max) in [
            (&self.industry, Field::Industry, MAX_INDUSTRY_CHARS),
            (&self.note, Field::Note, MAX_NOTE_CHARS),
        ] {
            keep(
                text.as_deref()
                    .map_or(Ok(()), |t| short_enough(t, field, max)),
            );
        }
        if errors.is_empty() {
            Ok(())
        } else {
            Err(errors)
        }
    }
}

/// A field of the snapshot form, named the way the user sees it.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Field {
    Date,
    Overall,
    Pillar(Pillar),
    IndustryRank,
    NetworkRank,
    IndustryAvg,
    NetworkAvg,
    Industry,
    Note,
}

impl Field {
    /// Every field, in form order.
    pub const ALL: [Field; 12] = [
        Field::Date,
        Field::Overall,
        Field::Pillar(Pillar::Brand),
        Field::Pillar(Pillar::People),
        Field::Pillar(Pillar::Insights),
        Field::Pillar(Pillar::Relationships),
        Field::IndustryRank,
        Field::NetworkRank,
        Field::IndustryAvg,
        Field::NetworkAvg,
        Field::Industry,
        Field::Note,
    ];

    /// A stable machine name (form ids, CSV headers).
    pub fn key(self) -> &'static str {
        match self {
            Field::Date => "date",
            Field::Overall => "overall",
            Field::Pillar(p) => p.key(),
            Field::IndustryRank => "industry_rank",
            Field::NetworkRank => "network_rank",
            Field::IndustryAvg => "industry_avg",
            Field::NetworkAvg => "network_avg",
            Field::Industry => "industry",
            Field::Note => "note",
        }
    }

    /// What the field takes, so the form can offer the right input, keyboard and length limit.
    pub fn input_kind(self) -> InputKind {
        match self {
            Field::Date => InputKind::Date,
            Field::Overall | Field::Pillar(_) | Field::IndustryAvg | Field::NetworkAvg => {
                InputKind::Decimal
            }
            Field::IndustryRank | Field::NetworkRank => InputKind::WholeNumber,
            Field::Industry => InputKind::Text {
                max_chars: MAX_INDUSTRY_CHARS,
            },
            Field::Note => InputKind::LongText {
                max_chars: MAX_NOTE_CHARS,
            },
        }
    }

    pub fn label(self) -> &'static str {
        match self {
            Field::Date => "Date",
            Field::Overall => "Overall SSI",
            Field::Pillar(p) => p.short_label(),
            Field::IndustryRank => "Industry rank (Top %)",
            Field::NetworkRank => "Network rank (Top %)",
            Field::IndustryAvg => "Industry average SSI",
            Field::NetworkAvg => "Network average SSI",
            Field::Industry => "Industry",
            Field::Note => "Note",
        }
    }
}

/// What a form field takes. Text kinds carry the limit validation enforces, so the input can
/// stop typing there instead of refusing on save.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum InputKind {
    Date,
    /// A score: digits with a point or a comma.
    Decimal,
    /// A rank: digits only.
    WholeNumber,
    /// One line of text.
    Text {
        max_chars: usize,
    },
    /// A few lines of text.
    LongText {
        max_chars: usize,
    },
}

/// Why one field was refused.
#[derive(Clone, Debug, PartialEq)]
pub struct FieldError {
    pub field: Field,
    pub message: String,
}

impl FieldError {
    fn new(field: Field, message: impl Into<String>) -> Self {
        FieldError {
            field,
            message: message.into(),
        }
    }
}

impl fmt::Display for FieldError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.message)
    }
}

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
    pub outcomes: std::collections::BTreeMap<OutcomeId, f64>,
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

    /// The form filled with a stored snapshot, for editing.
    pub fn from_snapshot(s: &Snapshot) -> Self {
        let opt = |v: Option<f64>| v.map(format_number).unwrap_or_default();
        SnapshotDraft {
            date: s.date.to_string(),
            overall: format_number(s.overall),
            pillars: Pillar::ALL.map(|p| format_number(s.pillars.get(p))),
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
    /// may not be [ahead](is_ahead) of `today`, unless it is the edited snapshot's own.
    pub fn validate(&self, today: NaiveDate) -> Result<Snapshot, Vec<FieldError>> {
        let date = parse_date(&self.date).and_then(|date| {
            if self.kept_date != Some(date) {
                not_ahead(date, today)?;
            }
            Ok(date)
        });
        self.build(date)
    }

    /// Turns a row of a file into a snapshot by the form's rules, its date kept even when it is
    /// ahead of today (data from elsewhere is warned about, never dropped: see [`is_ahead`]).
    pub fn validate_kept(&self) -> Result<Snapshot, Vec<FieldError>> {
        self.build(parse_date(&self.date))
    }

    fn build(&self, date: Result<NaiveDate, FieldError>) -> Result<Snapshot, Vec<FieldError>> {
        let mut errors = Vec::new();

        let date = keep(&mut errors, date);
        let mut pillars = PillarScores::default();
        let mut pillars_ok = true;
        for p in Pillar::ALL {
            match keep(
                &mut errors,
                required_score(self.pillar(p), Field::Pillar(p), Pillar::MAX),
            ) {
                Some(v) => pillars.set(p, v),
                None => pillars_ok = false,
            }
        }
        let overall = keep(
            &mut errors,
            optional_score(&self.overall, Field::Overall, 100.0),
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
            optional_score(&self.industry_avg, Field::IndustryAvg, 100.0),
        );
        let network_avg = keep(
            &mut errors,
            optional_score(&self.network_avg, Field::NetworkAvg, 100.0),
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

/// A snapshot's date: an ISO calendar date (see [`is_ahead`] for dates after today).
pub(crate) fn parse_date(text: &str) -> Result<NaiveDate, FieldError> {
    let text = text.trim();
    if text.is_empty() {
        return Err(FieldError::new(Field::Date, "Date is required."));
    }
    read_iso_date_unspaced(text)
        .map_err(|_| FieldError::new(Field::Date, "Date must be a calendar date like 2026-11-25."))
}

/// What a person types may not be [ahead](is_ahead) of `today`.
fn not_ahead(date: NaiveDate, today: NaiveDate) -> Result<(), FieldError> {
    if is_ahead(date, today) {
        return Err(FieldError::new(Field::Date, "Date can't be after today."));
    }
    Ok(())
}

/// A decimal number with a point or a comma, at most three decimals, within `0..=max`.
fn parse_decimal(text: &str, field: Field, max: f64) -> Result<f64, FieldError> {
    let label = field.label();
    let normalised = text.trim().replace(',', ".");
    let well_formed = !normalised.is_empty()
        && normalised.chars().all(|c| c.is_ascii_digit() || c == '.')
        && normalised.matches('.').count() <= 1
        && normalised.chars().any(|c| c.is_ascii_digit());
    if !well_formed {
        let hint = if normalised.starts_with('-') {
            format!("{label} can't be negative.")
        } else {
            format!("{label} must be a number, like 12.5.")
        };
        return Err(FieldError::new(field, hint));
    }
    let decimals = normalised.split('.').nth(1).map_or(0, str::len);
    if decimals > STORED_DECIMALS {
        return Err(FieldError::new(
            field,
            format!("{label} can have at most three decimals."),
        ));
    }
    let value = read_decimal(&normalised)
        .ok_or_else(|| FieldError::new(field, format!("{label} must be a number, like 12.5.")))?;
    in_range(value, field, max)?;
    Ok(value)
}

fn in_range(value: f64, field: Field, max: f64) -> Result<(), FieldError> {
    if !(0.0..=max).contains(&value) {
        return Err(FieldError::new(
            field,
            format!(
                "{} must be between 0 and {}.",
                field.label(),
                format_number(max)
            ),
        ));
    }
    Ok(())
}

fn required_score(text: &str, field: Field, max: f64) -> Result<f64, FieldError> {
    if text.trim().is_empty() {
        return Err(FieldError::new(
            field,
            format!(
                "{} is required (0 to {}).",
                field.label(),
                format_number(max)
            ),
        ));
    }
    parse_decimal(text, field, max)
}

fn optional_score(text: &str, field: Field, max: f64) -> Result<Option<f64>, FieldError> {
    if text.trim().is_empty() {
        return Ok(None);
    }
    parse_decimal(text, field, max).map(Some)
}

fn parse_rank(text: &str, field: Field) -> Result<Option<u8>, FieldError> {
    let text = text
        .trim()
        .trim_start_matches("Top")
        .trim()
        .trim_end_matches('%');
    if text.is_empty() {
        return Ok(None);
    }
    let rank = text.trim().parse::<u8>().map_err(|_| not_a_rank(field))?;
    rank_in_range(rank, field)?;
    Ok(Some(rank))
}

fn rank_in_range(rank: u8, field: Field) -> Result<(), FieldError> {
    if (1..=100).contains(&rank) {
        Ok(())
    } else {
        Err(not_a_rank(field))
    }
}

fn not_a_rank(field: Field) -> FieldError {
    FieldError::new(
        field,
        format!("{} must be a whole number from 1 to 100.", field.label()),
    )
}

fn optional_text(text: &str, field: Field, max_chars: usize) -> Result<Option<String>, FieldError> {
    let text = text.trim();
    if text.is_empty() {
        return Ok(None);
    }
    short_enough(text, field, max_chars)?;
    Ok(Some(text.to_string()))
}

fn short_enough(text: &str, field: Field, max_chars: usize) -> Result<(), FieldError> {
    if text.chars().count() > max_chars {
        return Err(FieldError::new(
            field,
            format!("{} can be at most {max_chars} characters.", field.label()),
        ));
    }
    Ok(())
}
