//! One reading of the SSI page on one day, and the rules a stored reading must follow.

use std::collections::BTreeMap;

use chrono::NaiveDate;
use serde::{Deserialize, Serialize};

use super::super::ids::OutcomeId;
use super::super::pillar::{Pillar, PillarScores};
use super::field::{Field, FieldError, FieldProblem, MAX_INDUSTRY_CHARS, MAX_NOTE_CHARS};
use super::parse::{in_range, rank_in_range, short_enough};

/// How far the shown total may stray from the pillar sum before we ask the user to check it.
/// LinkedIn rounds each figure for display, so a gap of a point or two is normal.
pub const TOTAL_TOLERANCE: f64 = 2.0;

/// The user's SSI on one calendar day.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Snapshot {
    #[serde(with = "super::super::iso_date")]
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
    #[serde(default, skip_serializing_if = "BTreeMap::is_empty")]
    pub outcomes: BTreeMap<OutcomeId, f64>,
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
    /// ahead is warned about ([`is_ahead`](super::is_ahead)), never refused.
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
                    in_range(v, field, Pillar::MAX)
                        .map_err(|_| FieldError::new(field, FieldProblem::PeerPillarOutOfRange(p)))
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
