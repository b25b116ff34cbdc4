//! Names and words the app's Rust code shares with JavaScript and HTML that can't read them
//! from it: the ECharts bundle (scripts/echarts/entry.js, built before the app) and the loading
//! frame index.html draws before the wasm has loaded. (tests/boot.rs and tests/address.rs
//! compare index.html's scripts.) Also the e2e harness's storage key and schema.

use std::collections::BTreeMap;

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

/// In English, as the markup is written; the words script gives it the page's language. The
/// footer's language switch lists every language, each named in itself, as the app's does.
#[test]
fn the_loading_frame_has_the_apps_footer() {
    let copy = inside(
        r#"<footer class="footer boot-welcome" aria-hidden="true" inert>"#,
        "</footer>",
    );
    assert!(
        copy.contains(&format!(
            r#"<p data-words="footer.own">{}</p>"#,
            footer(false, Lang::En)
        )),
        "{copy}"
    );
    let options: String = Lang::ALL
        .map(|l| {
            let tag = l.tag();
            format!(
                r#"<option value="{tag}" lang="{tag}">{}</option>"#,
                l.own_name()
            )
        })
        .concat();
    let label = ssi_lens::i18n::language_label(Lang::En);
    assert!(
        copy.contains(&format!(
            r#"<label class="language-switch"><span data-words="language.label">{label}</span><select>{options}</select></label>"#
        )),
        "{copy}"
    );
}

/// Every message of `lang`'s catalog files that is a text (not a plural).
fn catalog(lang: Lang) -> BTreeMap<String, String> {
    let folder = format!("{}/locales/{}", env!("CARGO_MANIFEST_DIR"), lang.tag());
    let mut messages = BTreeMap::new();
    for file in std::fs::read_dir(&folder).expect("a folder per language") {
        let path = file.expect("a readable folder").path();
        let text = std::fs::read_to_string(&path).expect("a readable file");
        let area: BTreeMap<String, serde_json::Value> =
            serde_json::from_str(&text).unwrap_or_else(|e| panic!("{}: {e}", path.display()));
        messages.extend(
            area.into_iter()
                .filter_map(|(key, value)| Some((key, value.as_str()?.to_string()))),
        );
    }
    messages
}

/// index.html's body: what is drawn before any script of the app has run.
fn body() -> &'static str {
    INDEX
        .rsplit("<body>")
        .next()
        .expect("index.html has a body")
}

/// The element whose opening tag holds `html[at]`: its start, where its content starts and
/// ends, and its end (past its closing tag), counting nested elements of its kind.
fn element_at(html: &str, at: usize) -> (usize, usize, usize, usize) {
    let start = html[..at].rfind('<').expect("an attribute inside a tag");
    let name: String = html[start + 1..]
        .chars()
        .take_while(char::is_ascii_alphanumeric)
        .collect();
    let content = at + html[at..].find('>').expect("the tag closes") + 1;
    let (open, close) = (format!("<{name}"), format!("</{name}>"));
    let (mut depth, mut from) = (1, content);
    loop {
        let next_close = from + html[from..].find(&close).expect("the element closes");
        let next_open = html[from..next_close]
            .match_indices(&open)
            .map(|(i, _)| from + i)
            .find(|&i| matches!(html.as_bytes()[i + open.len()], b' ' | b'>'));
        match next_open {
            Some(i) => {
                depth += 1;
                from = i + open.len();
            }
            None if depth == 1 => return (start, content, next_close, next_close + close.len()),
            None => {
                depth -= 1;
                from = next_close + close.len();
            }
        }
    }
}

/// Each element of `html` marked `data-{attribute}="…"`: the value and the element's content.
fn marked<'a>(html: &'a str, attribute: &str) -> Vec<(&'a str, &'a str, (usize, usize))> {
    let mark = format!("data-{attribute}=\"");
    html.match_indices(&mark)
        .map(|(at, _)| {
            let value_at = at + mark.len();
            let value = &html[value_at..value_at + html[value_at..].find('"').expect("a value")];
            let (start, content, content_end, end) = element_at(html, at);
            (value, &html[content..content_end], (start, end))
        })
        .collect()
}

/// An element's content as catalog text: each child marked `data-slot="name"` written
/// `{name}`; nothing else may be markup.
fn as_catalog_text(content: &str) -> String {
    let mut text = content.to_string();
    while let Some((name, _, (start, end))) = marked(&text, "slot").first().copied() {
        text = format!("{}{{{name}}}{}", &text[..start], &text[end..]);
    }
    assert!(!text.contains('<'), "only slots are markup in {content:?}");
    text
}

/// The texts index.html marks for the words script: every key it marks but the `<noscript>`'s,
/// which no script reaches.
fn words_keys() -> Vec<&'static str> {
    let mut keys: Vec<&str> = marked(body(), "words")
        .into_iter()
        .map(|(key, ..)| key)
        .filter(|key| *key != "start.noscript")
        .collect();
    keys.dedup();
    keys
}

/// index.html's English texts are the English catalog's, word for word, so a German page
/// and an English one are worded from the same keys (and the app's welcome, which
/// tests/e2e/boot.test.mjs compares with this copy, uses them too).
#[test]
fn the_loading_frames_english_is_the_catalogs() {
    let english = catalog(Lang::En);
    let texts = marked(body(), "words");
    assert!(texts.len() > 20, "the loading frame's texts are marked");
    for (key, content, _) in texts {
        assert_eq!(
            Some(&as_catalog_text(content)),
            english.get(key),
            "index.html's {key}"
        );
    }
}

/// Each marked text has its words in every other language, with the same slots: the build
/// (scripts/post-build.mjs) makes each language's file of them from the catalog, and fails
/// on a key a language lacks. index.html itself carries no other language's words.
#[test]
fn every_marked_text_is_in_every_languages_catalog() {
    for lang in &Lang::ALL[1..] {
        let words = catalog(*lang);
        let english = catalog(Lang::En);
        for key in words_keys() {
            let text = words
                .get(key)
                .unwrap_or_else(|| panic!("{}: {key}", lang.tag()));
            let slots = |t: &str| {
                t.split('{')
                    .skip(1)
                    .filter_map(|p| p.split_once('}').map(|(n, _)| n.to_string()))
                    .collect::<Vec<_>>()
            };
            assert_eq!(slots(text), slots(&english[key]), "{}: {key}", lang.tag());
        }
    }
    let loader = inside(r#"<script id="words-loader">"#, "</script>");
    assert!(loader.contains("`words/${root.lang}.js`"), "{loader}");
    assert!(!INDEX.contains("Momentaufnahme"), "no German in index.html");
}

/// Without scripts the page's language is unknown: `<noscript>` says it in every language.
#[test]
fn the_noscript_message_is_in_every_language() {
    let noscript = inside("<noscript>", "</noscript>");
    for lang in Lang::ALL {
        let text = catalog(lang)["start.noscript"].clone();
        let written = match lang {
            Lang::En => format!(r#"<p data-words="start.noscript">{text}</p>"#),
            _ => format!(r#"<p lang="{}">{text}</p>"#, lang.tag()),
        };
        assert!(
            noscript.contains(&written),
            "{written} in index.html's <noscript>"
        );
    }
}

/// The boot-failure notice is worded by the words script (its template comes after it).
#[test]
fn the_boot_failure_notice_is_put_in_the_pages_language() {
    let failure = inside(r#"<script id="boot-failure">"#, "</script>");
    assert!(failure.contains("window.ssiWords?.(notice)"));
    let template = inside(r#"<template id="boot-failed">"#, "</template>");
    for key in [
        "start.boot_failed_title",
        "start.reload",
        "start.boot_offline",
    ] {
        assert!(
            template.contains(&format!(r#"data-words="{key}""#)),
            "{key}"
        );
    }
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
