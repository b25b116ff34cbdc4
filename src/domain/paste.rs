//! Reads what a user copies from LinkedIn's SSI page (or the page's own JSON) into fields.
//!
//! The page comes in many languages and layouts, so the parser works line by line on shapes,
//! not sentences: a number beside a pillar's name, "N out of 100" captions, "Top N%" ranks,
//! tables of "label TAB value". Labels are recognised by keyword stems in several languages;
//! when none is known, the page's fixed order (brand, people, insights, relationships) is used.
//! It never panics, whatever the input.

use thiserror::Error;

use super::pillar::{Pillar, PillarScores};
use super::snapshot::{Snapshot, SnapshotDraft};

mod api;
mod lines;

use lines::{Line, Scope};

/// Pastes larger than this are refused before any work is done.
pub const MAX_PASTE_BYTES: usize = 1_000_000;

/// Everything recognised in a pasted page. Pillars keep the page's full precision.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct ParsedPage {
    pub overall: Option<f64>,
    pub pillars: PillarScores,
    pub industry_rank: Option<u8>,
    pub network_rank: Option<u8>,
    pub industry_avg: Option<f64>,
    pub network_avg: Option<f64>,
    pub industry_name: Option<String>,
    pub industry_pillars: Option<PillarScores>,
    pub network_pillars: Option<PillarScores>,
    /// The labels were not recognised, so values were assigned in the page's fixed order.
    pub used_page_order: bool,
}

#[derive(Clone, Debug, Error, PartialEq)]
pub enum PasteError {
    #[error("Nothing to read: paste the text of your SSI page (select all on linkedin.com/sales/ssi, copy, paste).")]
    Empty,
    #[error("That is {0} bytes; a copied SSI page is far smaller, so it was not read (the limit is 1 MB).")]
    TooLarge(usize),
    #[error("This doesn’t look like LinkedIn’s SSI page. Expected the four pillar scores (each 0 to 25) with their names, but found {found} of 4.{hint}")]
    NotAnSsiPage { found: usize, hint: String },
}

/// Reads a pasted SSI page: its text, or the JSON of its data request.
pub fn parse(text: &str) -> Result<ParsedPage, PasteError> {
    if text.len() > MAX_PASTE_BYTES {
        return Err(PasteError::TooLarge(text.len()));
    }
    let trimmed = text.trim_start_matches('\u{feff}').trim();
    if trimmed.is_empty() {
        return Err(PasteError::Empty);
    }
    if trimmed.starts_with('{') {
        if let Some(page) = api::parse(trimmed) {
            return Ok(page);
        }
    }
    parse_text(trimmed)
}

fn parse_text(text: &str) -> Result<ParsedPage, PasteError> {
    let lines = lines::classify(text);
    let mut page = ParsedPage::default();

    let tables = lines::pillar_tables(&lines);
    let mut member_found = 0;
    for table in &tables {
        page.used_page_order |= table.by_order;
        match table.scope {
            Scope::Member if member_found == 0 => {
                page.pillars = table.scores;
                member_found = table.found;
            }
            Scope::Industry if page.industry_pillars.is_none() && table.found == 4 => {
                page.industry_pillars = Some(table.scores)
            }
            Scope::Network if page.network_pillars.is_none() && table.found == 4 => {
                page.network_pillars = Some(table.scores)
            }
            _ => {}
        }
    }
    if member_found < 4 {
        let hint = if lines.iter().any(|l| matches!(l, Line::Rank { .. })) {
            " The ranks were there: make sure the whole page was selected.".to_string()
        } else {
            String::new()
        };
        return Err(PasteError::NotAnSsiPage {
            found: member_found,
            hint,
        });
    }

    for (scope, value) in lines::captions(&lines) {
        match scope {
            Scope::Member => page.overall = page.overall.or(Some(value)),
            Scope::Industry => page.industry_avg = page.industry_avg.or(Some(value)),
            Scope::Network => page.network_avg = page.network_avg.or(Some(value)),
        }
    }
    // A sentence stating an average is more explicit than a chart caption: it wins.
    for average in lines::averages(&lines) {
        match average.scope {
            Scope::Industry => {
                page.industry_avg = Some(average.value);
                page.industry_name = page.industry_name.take().or(average.industry_name);
            }
            Scope::Network => page.network_avg = Some(average.value),
            Scope::Member => {}
        }
    }
    let (ranks, ranks_by_order) = lines::ranks(&lines);
    page.industry_rank = ranks.0;
    page.network_rank = ranks.1;
    page.used_page_order |= ranks_by_order;
    Ok(page)
}

impl ParsedPage {
    /// The snapshot form filled with what was found; the date is the caller's (today by default).
    pub fn to_draft(&self, date: chrono::NaiveDate) -> SnapshotDraft {
        use super::number::format_number;
        let num = |v: Option<f64>| v.map(format_number).unwrap_or_default();
        let mut draft = SnapshotDraft::for_date(date);
        // LinkedIn shows the overall as a whole number; keep what it shows.
        draft.overall = num(self.overall.map(f64::round));
        for p in Pillar::ALL {
            *draft.pillar_mut(p) = format_number(self.pillars.get(p));
        }
        draft.industry_rank = self
            .industry_rank
            .map(|r| r.to_string())
            .unwrap_or_default();
        draft.network_rank = self.network_rank.map(|r| r.to_string()).unwrap_or_default();
        draft.industry_avg = num(self.industry_avg);
        draft.network_avg = num(self.network_avg);
        draft.industry = self.industry_name.clone().unwrap_or_default();
        draft.industry_pillars = self.industry_pillars;
        draft.network_pillars = self.network_pillars;
        draft
    }

    /// How far the page's total is from the sum of its pillars, when the gap is larger than
    /// LinkedIn's rounding explains: the question the form will ask on saving, asked early.
    pub fn total_gap_to_check(&self) -> Option<f64> {
        // The total as the form keeps it (see `to_draft`); the date plays no part in the rule.
        let snapshot = Snapshot {
            overall: self.overall?.round(),
            ..Snapshot::new(chrono::NaiveDate::MIN, self.pillars)
        };
        snapshot.total_looks_wrong().then(|| snapshot.total_gap())
    }

    /// Names of what the page did not show, for the preview.
    pub fn missing(&self) -> Vec<&'static str> {
        let mut missing = Vec::new();
        let checks: [(bool, &'static str); 8] = [
            (
                self.overall.is_none(),
                "overall score (the sum of the pillars will be used)",
            ),
            (self.industry_rank.is_none(), "industry rank"),
            (self.network_rank.is_none(), "network rank"),
            (self.industry_avg.is_none(), "industry average"),
            (self.network_avg.is_none(), "network average"),
            (self.industry_name.is_none(), "industry name"),
            (self.industry_pillars.is_none(), "industry pillar breakdown"),
            (self.network_pillars.is_none(), "network pillar breakdown"),
        ];
        for (absent, name) in checks {
            if absent {
                missing.push(name);
            }
        }
        missing
    }
}
