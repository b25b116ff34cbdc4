//! LinkedIn's own words for the SSI's parts, in the user's language: the pillars' labels as
//! the SSI page shows them (so the app's words match the page the user copied), the one-word
//! names SSI Lens uses everywhere else, and the "Top N%" ranks.

use super::*;
use crate::domain::pillar::Pillar;

/// The pillar's one name in SSI Lens (charts, tables, goals, advice): the key word of
/// LinkedIn's label, so the two read as one ("Brand", "Marke").
pub fn pillar_name(lang: Lang, pillar: Pillar) -> &'static str {
    match pillar {
        Pillar::Brand => ssi_brand(lang),
        Pillar::People => ssi_people(lang),
        Pillar::Insights => ssi_insights(lang),
        Pillar::Relationships => ssi_relationships(lang),
    }
}

/// LinkedIn's own label for the pillar in the language, as its SSI page shows it
/// ("Establish your professional brand", "Ihre professionelle Marke aufbauen").
pub fn pillar_label(lang: Lang, pillar: Pillar) -> &'static str {
    match pillar {
        Pillar::Brand => ssi_brand_label(lang),
        Pillar::People => ssi_people_label(lang),
        Pillar::Insights => ssi_insights_label(lang),
        Pillar::Relationships => ssi_relationships_label(lang),
    }
}

/// A rank as LinkedIn shows it in the language ("Top 37%", "Top 37 %", "Mejor 37 %"), or a
/// dash when unknown.
pub fn rank(lang: Lang, rank: Option<u8>) -> String {
    rank.map(|r| ssi_rank_top(lang, r))
        .unwrap_or_else(|| "–".into())
}
