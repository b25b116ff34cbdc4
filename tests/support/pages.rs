//! Pieces the paste tests share: the sample pages and which of them are page text.

/// The shared sample pages that are page text (not the page's JSON).
pub const TEXT_SAMPLES: [&str; 6] = [
    "en-classic.txt",
    "en-2026-whole-page.txt",
    "pt-br.txt",
    "de.txt",
    "es.txt",
    "pt-br-2026.txt",
];

/// The text of the sample page `name` (in tests/fixtures/ssi-page).
pub fn fixture(name: &str) -> String {
    super::read_fixture(&format!("ssi-page/{name}"))
}
