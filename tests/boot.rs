//! index.html's first-visit script guesses, before the wasm has loaded, whether the app will
//! open on the welcome screen. It must read the key the app stores everything under and know
//! every fragment that opens something else: a wrong guess shows a new visitor the skeleton,
//! or a returning user someone else's welcome for seconds.

use ssi_lens::domain::{capture, share, stored};

/// The text of the script's line that declares `name`.
fn declaration(name: &str) -> &'static str {
    let index = include_str!("../index.html");
    let script = index
        .split("<script id=\"first-visit\">")
        .nth(1)
        .and_then(|rest| rest.split("</script>").next())
        .expect("index.html has the first-visit script");
    script
        .lines()
        .find(|l| l.contains(&format!("const {name} = ")))
        .unwrap_or_else(|| panic!("the first-visit script declares {name}"))
}

/// The single-quoted strings on `line`.
fn quoted(line: &str) -> Vec<&str> {
    line.split('\'').skip(1).step_by(2).collect()
}

#[test]
fn the_first_visit_script_reads_the_apps_storage_key() {
    assert_eq!(
        quoted(declaration("STORAGE_KEY")),
        [stored::STORAGE_KEY],
        "index.html's STORAGE_KEY"
    );
}

#[test]
fn the_first_visit_script_reads_the_first_paints_copy_under_its_key() {
    assert_eq!(
        quoted(declaration("FIRST_PAINT_KEY")),
        [ssi_lens::first_paint::record::RECORD_KEY],
        "index.html's FIRST_PAINT_KEY"
    );
}

/// In this order: the script tells a share link (the first) from a capture (the second).
#[test]
fn the_first_visit_script_knows_the_fragments_of_share_links_and_captures() {
    assert_eq!(
        quoted(declaration("FRAGMENTS")),
        [share::FRAGMENT_PREFIX, capture::FRAGMENT_PREFIX],
        "index.html's FRAGMENTS"
    );
}

#[test]
fn index_html_names_no_other_origin() {
    // The app is self-contained and works offline: its page loads nothing from elsewhere and,
    // before the wasm, links nowhere else either (the welcome's copy links to LinkedIn only once
    // the app has drawn it).
    let index = include_str!("../index.html");
    for scheme in ["http://", "https://", "\"//", "'//"] {
        assert!(!index.contains(scheme), "index.html holds {scheme}");
    }
}
