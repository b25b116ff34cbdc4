//! Every field in which two snapshots of one day differ, for the conflict preview: "take theirs"
//! must never silently drop a note or an outcome value.

use super::super::number::{format_number, Precision};
use super::super::outcomes::{Outcome, OutcomeId};
use super::super::pillar::{Pillar, PillarScores};
use super::super::snapshot::{Field, Snapshot};
use super::plan::Conflict;
use crate::i18n::{self, Lang};

/// Shown for a field one side leaves empty.
pub const EMPTY: &str = "—";

/// One field that differs, as display text.
#[derive(Clone, Debug, PartialEq)]
pub struct Difference {
    pub label: String,
    pub mine: String,
    pub theirs: String,
}

impl Conflict {
    /// Every field that differs between mine and theirs, in form order, then the peer
    /// breakdowns, then the outcome values named by `outcomes` (unknown ids are still listed),
    /// worded in `lang`.
    pub fn differences(&self, outcomes: &[Outcome], lang: Lang) -> Vec<Difference> {
        differences(&self.mine, &self.theirs, outcomes, lang)
    }
}

/// [`Conflict::differences`] for any two snapshots.
pub fn differences(
    mine: &Snapshot,
    theirs: &Snapshot,
    outcomes: &[Outcome],
    lang: Lang,
) -> Vec<Difference> {
    let mut out = Vec::new();
    let mut push = |label: &str, mine: String, theirs: String| {
        if mine != theirs {
            out.push(Difference {
                label: label.to_string(),
                mine,
                theirs,
            });
        }
    };
    let number = |v: Option<f64>| v.map_or_else(|| EMPTY.to_string(), format_number);
    let rank = |r: Option<u8>| r.map_or_else(|| EMPTY.to_string(), |r| i18n::ssi_rank_top(lang, r));
    let text = |t: &Option<String>| t.clone().unwrap_or_else(|| EMPTY.to_string());

    push(
        i18n::entry::field_label(lang, Field::Date),
        mine.date.to_string(),
        theirs.date.to_string(),
    );
    // Scores as every screen shows them; where two differ only beyond that, with every
    // decimal recorded, so a difference is never shown as two equal numbers.
    let score = |precision: Precision, mine: f64, theirs: f64| {
        if precision.units(mine) == precision.units(theirs) && mine != theirs {
            (format_number(mine), format_number(theirs))
        } else {
            (precision.format(mine), precision.format(theirs))
        }
    };
    let (a, b) = score(Precision::Whole, mine.overall, theirs.overall);
    push(i18n::entry::field_label(lang, Field::Overall), a, b);
    for p in Pillar::ALL {
        let (a, b) = score(
            Precision::Hundredth,
            mine.pillars.get(p),
            theirs.pillars.get(p),
        );
        push(i18n::ssi::pillar_name(lang, p), a, b);
    }
    push(
        i18n::entry::field_label(lang, Field::IndustryRank),
        rank(mine.industry_rank),
        rank(theirs.industry_rank),
    );
    push(
        i18n::entry::field_label(lang, Field::NetworkRank),
        rank(mine.network_rank),
        rank(theirs.network_rank),
    );
    push(
        i18n::entry::field_label(lang, Field::IndustryAvg),
        number(mine.industry_avg),
        number(theirs.industry_avg),
    );
    push(
        i18n::entry::field_label(lang, Field::NetworkAvg),
        number(mine.network_avg),
        number(theirs.network_avg),
    );
    push(
        i18n::entry::field_label(lang, Field::Industry),
        text(&mine.industry),
        text(&theirs.industry),
    );
    push(
        i18n::entry::field_label(lang, Field::Note),
        text(&mine.note),
        text(&theirs.note),
    );
    let peers = [
        (true, mine.industry_pillars, theirs.industry_pillars),
        (false, mine.network_pillars, theirs.network_pillars),
    ];
    for (industry, m, t) in peers {
        let score = |s: Option<PillarScores>, p: Pillar| number(s.map(|s| s.get(p)));
        for p in Pillar::ALL {
            let pillar = i18n::ssi::pillar_name(lang, p);
            let label = if industry {
                i18n::transfer_diff_industry_peers(lang, pillar)
            } else {
                i18n::transfer_diff_network_peers(lang, pillar)
            };
            push(&label, score(m, p), score(t, p));
        }
    }
    let mut ids: Vec<OutcomeId> = outcomes.iter().map(Outcome::id).collect();
    for id in mine.outcomes.keys().chain(theirs.outcomes.keys()) {
        if !ids.contains(id) {
            ids.push(*id);
        }
    }
    for id in ids {
        let label = outcomes.iter().find(|o| o.id() == id).map_or_else(
            || i18n::transfer_diff_result(lang, id.key()),
            |o| o.name().to_string(),
        );
        push(
            &label,
            number(mine.outcomes.get(&id).copied()),
            number(theirs.outcomes.get(&id).copied()),
        );
    }
    let sample = |s: bool| {
        if s {
            i18n::transfer_diff_sample(lang)
        } else {
            i18n::transfer_diff_yours(lang)
        }
        .to_string()
    };
    push(
        i18n::transfer_diff_kind(lang),
        sample(mine.sample),
        sample(theirs.sample),
    );
    out
}

/// Describes a snapshot in one line for the import preview.
pub fn summary(s: &Snapshot) -> String {
    format!(
        "SSI {} ({})",
        Precision::Whole.format(s.overall),
        Pillar::ALL
            .map(|p| Precision::Hundredth.format(s.pillars.get(p)))
            .join(" / ")
    )
}
