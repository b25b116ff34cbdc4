//! Names and words the app's Rust code shares with JavaScript and HTML that can't read them
//! from it: the ECharts bundle (scripts/echarts/entry.js, built before the app) and the loading
//! frame index.html draws before the wasm has loaded. (tests/boot.rs and tests/address.rs
//! compare index.html's scripts.) Also the e2e harness's storage key and schema.

use ssi_lens::domain::charts::{time_axis::DATE_LABELS, PROSE_INDEX, TIP_INDEX, TOOLTIP_ROWS};
use ssi_lens::i18n::Lang;
use ssi_lens::markup::frame::{footer, LOGO};

const ENTRY: &str = include_str!("../scripts/echarts/entry.js");
const INDEX: &str = include_str!("../index.html");

/// The value entry.js gives its top-level `const {name}`, declared once on one line.
fn entry_const(name: &str) -> &'static str {
    let declaration = format!("const {name} = ");
    let values: Vec<_> = ENTRY
        .lines()
        .filter_map(|l| l.strip_prefix(declaration.as_str()))
        .collect();
    let [value] = values[..] else {
        panic!("entry.js declares {name} once at its top level, found {values:?}");
    };
    value
        .strip_suffix(';')
        .unwrap_or_else(|| panic!("entry.js declares {name} on one line"))
}

/// What index.html holds between `open`, which it holds once, and the next `close`.
fn inside(open: &str, close: &str) -> &'static str {
    let parts: Vec<_> = INDEX.split(open).collect();
    let [_, after] = parts[..] else {
        panic!("index.html holds {open} once, found {}", parts.len() - 1);
    };
    after
        .split(close)
        .next()
        .expect("split yields at least one part")
}

/// The options name the bundle's formatters by these strings; a mismatch leaves ECharts
/// printing them instead of tooltips and dates.
#[test]
fn the_echarts_bundle_knows_the_formatters_names() {
    assert_eq!(entry_const("TOOLTIP_ROWS"), format!("'{TOOLTIP_ROWS}'"));
    assert_eq!(entry_const("DATE_LABELS"), format!("'{DATE_LABELS}'"));
}

#[test]
fn the_echarts_bundle_reads_tips_where_the_options_put_them() {
    assert_eq!(entry_const("TIP"), TIP_INDEX.to_string());
    assert_eq!(entry_const("PROSE"), PROSE_INDEX.to_string());
}

#[test]
fn the_loading_frame_draws_the_apps_logo() {
    assert_eq!(
        inside(r#"<span class="logo" aria-hidden="true">"#, "</span>"),
        LOGO
    );
}

/// In English: index.html's copy is not translated yet (docs/i18n.md).
#[test]
fn the_loading_frame_has_the_apps_footer() {
    assert_eq!(
        inside(
            r#"<footer class="footer boot-welcome" aria-hidden="true" inert>"#,
            "</footer>"
        ),
        footer(false, Lang::En)
    );
}

/// The e2e suite's copy of what the app stores (tests/e2e/harness.mjs), so its journeys check
/// the app's real key and schema.
#[test]
fn the_e2e_harness_names_the_apps_storage_key_and_schema() {
    const HARNESS: &str = include_str!("e2e/harness.mjs");
    let exported = |name: &str| {
        let declaration = format!("export const {name} = ");
        HARNESS
            .lines()
            .find_map(|l| l.strip_prefix(declaration.as_str()))
            .and_then(|v| v.strip_suffix(';'))
            .unwrap_or_else(|| panic!("harness.mjs exports {name} on one line"))
    };
    assert_eq!(
        exported("STORAGE_KEY"),
        format!("'{}'", ssi_lens::domain::stored::STORAGE_KEY)
    );
    assert_eq!(
        exported("SCHEMA_VERSION"),
        ssi_lens::domain::envelope::SCHEMA_VERSION.to_string()
    );
}
