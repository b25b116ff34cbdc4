//! Reads what a user copies from LinkedIn's SSI page (or the page's own JSON) into fields.
//!
//! # How the page is read
//!
//! LinkedIn shows the SSI page in many languages and layouts, but its structure is the same
//! in all of them, so the parser reads the structure first and uses words only to confirm.
//! Each rule has a test (in `tests/paste.rs` and the modules below).
//!
//! 1. **Normalise** ([`normalize`]): digits of every script (Arabic-Indic, full-width, ...)
//!    become ASCII; no-break, narrow and ideographic spaces become spaces; direction marks
//!    and zero-width characters go; `٪` and `％` become `%`; `٫` a decimal point.
//! 2. **Classify each line by its shape** ([`lines`]): a score out of 100 (two numbers, one
//!    a whole 100, and at most four short words: "46 von 100", "48/100", "100 üzerinden
//!    41", "100점 중 35점"); a rank (one whole percentage in a short line, the sign on either
//!    side: "Top 12 %", "%12"); a bare number; a number beside a text; text.
//! 3. **Find the pillar blocks** ([`blocks`]): four values of 0 to 25 in a row, each beside
//!    its label, with one layout throughout (label on the same line, on the line after, or
//!    on the line before). The values go to brand, people, insights and relationships in
//!    that order. Recognised labels confirm the order; when all four are recognised and
//!    distinct, they decide. A partly recognised block is read like an unrecognised one:
//!    by place, and the preview names the pillars that place decided.
//! 4. **Whose block is whose** ([`figures::scope_blocks`]): a lone block is the member's;
//!    several are told apart by their headings (named in the word lists, or in the page's
//!    own words for "industry" and "network", learnt from its rank labels: [`vocabulary`]),
//!    else by the peer averages the page states (a
//!    block summing to one is that group's; the block left is the member's), else by order
//!    (member, industry, network).
//! 5. **Totals** ([`figures::totals`]): a score out of 100 belongs to the nearby block whose
//!    pillars it sums to within 2 points (LinkedIn rounds), whatever the heading above it
//!    says; a bare number just above the member's block that is exactly their sum is the
//!    total ("41,37"). A score matching no block is placed by its heading; if several could
//!    be the member's, the total is left empty rather than guessed.
//! 6. **Averages** ([`figures::averages`]): one-number sentences naming the SSI or an
//!    average, outside the blocks and not repeating a pillar's label (chart tooltips do).
//! 7. **Ranks** ([`figures::ranks`]): told apart by their own words, then by labels all on
//!    one side of the ranks, then by the nearest heading, then by order (industry first).
//!
//! Whenever order rather than words decided a value, or two readings disagree, the result
//! carries a [`Note`] the preview shows. A missing value is better than a wrong one.
//! It never panics, whatever the input (see the `paste` fuzz target).

use super::pillar::{Pillar, PillarScores};
use super::snapshot::{Snapshot, SnapshotDraft};

mod api;
mod blocks;
mod figures;
mod lines;
mod normalize;
mod vocabulary;
mod words;

use figures::add_note;
use words::Scope;

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
    /// What the page's order rather than its words decided, and doubts, for the preview.
    pub notes: Vec<Note>,
}

/// How a value was decided when words did not decide it, or why one was left empty.
#[derive(Clone, Debug, PartialEq)]
pub enum Note {
    /// These pillars' labels were not recognised: their place in the page's order decided.
    PillarsByPlace(Vec<Pillar>),
    /// Some labels seemed to name other pillars than their places; the page's order was kept.
    LabelsDisagree,
    /// The member's own pillars and the peer groups' were told apart by their order (the
    /// member's first, then industry, then network).
    PeerBreakdownsByOrder,
    /// The ranks were told apart by their order (industry, then network).
    RanksByOrder,
    /// The averages were told apart by their order (industry, then network).
    AveragesByOrder,
    /// Several scores out of 100 could be the total and none matched the pillars.
    TotalUnclear,
}

/// Why a paste was not read (worded by `i18n::entry::paste_problem`).
#[derive(Clone, Debug, PartialEq)]
pub enum PasteError {
    Empty,
    /// Larger than [`MAX_PASTE_BYTES`]: this many bytes.
    TooLarge(usize),
    /// `found` of the four pillars' scores with their names, and what else suggests why.
    NotAnSsiPage {
        found: usize,
        hint: Option<PasteHint>,
    },
}

/// What a paste that isn't an SSI page did have, so the refusal can say what to do.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum PasteHint {
    /// The four pillars' names, but not in one list with their scores.
    NamesApartFromScores,
    /// Ranks, but not the pillars: part of the page was selected.
    OnlyRanks,
}

/// A value the preview says the page did not show.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Missing {
    /// The overall score (the sum of the pillars will be used).
    Overall,
    IndustryRank,
    NetworkRank,
    IndustryAverage,
    NetworkAverage,
    IndustryName,
    IndustryPillars,
    NetworkPillars,
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
    parse_text(&normalize::normalize(trimmed))
}

fn parse_text(text: &str) -> Result<ParsedPage, PasteError> {
    let lines = lines::classify(text);
    let blocks = blocks::find(&lines);
    let mut notes = Vec::new();
    let learned = vocabulary::Learned::from_ranks(&lines);
    let sentences = figures::sentences(&lines, &blocks);
    let scopes = figures::scope_blocks(&lines, &blocks, &sentences, &learned, &mut notes);
    let scoped: Vec<(Scope, &blocks::Block)> = scopes.into_iter().zip(&blocks).collect();
    let block_of = |scope| scoped.iter().find(|(s, _)| *s == scope).map(|(_, b)| *b);
    let Some(member) = block_of(Scope::Member) else {
        let found = blocks::partial_count(&lines);
        let hint = if found == 4 {
            Some(PasteHint::NamesApartFromScores)
        } else if lines.iter().any(|l| matches!(l.kind, lines::Kind::Rank(_))) {
            Some(PasteHint::OnlyRanks)
        } else {
            None
        };
        return Err(PasteError::NotAnSsiPage { found, hint });
    };
    if !member.by_order.is_empty() {
        notes.insert(0, Note::PillarsByPlace(member.by_order.clone()));
    }
    if member.disagreement {
        add_note(&mut notes, Note::LabelsDisagree);
    }
    let totals = figures::totals(&lines, &scoped, &learned, &mut notes);
    let mut page = ParsedPage {
        overall: totals.member,
        pillars: member.pillars,
        industry_avg: totals.industry,
        network_avg: totals.network,
        industry_pillars: block_of(Scope::Industry).map(|b| b.pillars),
        network_pillars: block_of(Scope::Network).map(|b| b.pillars),
        ..ParsedPage::default()
    };
    // A sentence stating an average is more explicit than a chart caption: it wins.
    for average in figures::averages(&sentences, &mut notes) {
        match average.scope {
            Scope::Industry => {
                page.industry_avg = Some(average.value);
                page.industry_name = figures::industry_name(&average.sentence);
            }
            Scope::Network => page.network_avg = Some(average.value),
            Scope::Member => {}
        }
    }
    (page.industry_rank, page.network_rank) = figures::ranks(&lines, member, &mut notes);
    page.notes = notes;
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

    /// What the page did not show, for the preview.
    pub fn missing(&self) -> Vec<Missing> {
        let checks = [
            (self.overall.is_none(), Missing::Overall),
            (self.industry_rank.is_none(), Missing::IndustryRank),
            (self.network_rank.is_none(), Missing::NetworkRank),
            (self.industry_avg.is_none(), Missing::IndustryAverage),
            (self.network_avg.is_none(), Missing::NetworkAverage),
            (self.industry_name.is_none(), Missing::IndustryName),
            (self.industry_pillars.is_none(), Missing::IndustryPillars),
            (self.network_pillars.is_none(), Missing::NetworkPillars),
        ];
        checks
            .into_iter()
            .filter_map(|(absent, missing)| absent.then_some(missing))
            .collect()
    }
}
