//! Pieces the paste tests share: the text samples, and pillar scores in page order.

use ssi_lens::domain::PillarScores;

/// The shared sample pages that are page text (not the page's JSON).
pub const TEXT_SAMPLES: [&str; 6] = [
    "en-classic.txt",
    "en-2026-whole-page.txt",
    "pt-br.txt",
    "de.txt",
    "es.txt",
    "pt-br-2026.txt",
];

/// Brand, people, insights, relationships.
pub fn scores(v: [f64; 4]) -> PillarScores {
    PillarScores {
        brand: v[0],
        people: v[1],
        insights: v[2],
        relationships: v[3],
    }
}
