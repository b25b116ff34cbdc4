//! The message catalog (locales/*.json) and the choice of language. build.rs refuses a catalog
//! with a key or placeholder missing in one language; these tests check the files again, on
//! their own, so the rule holds even if build.rs' check were loosened, and they check what the
//! generated functions say.

use std::collections::{BTreeMap, BTreeSet};

use serde_json::Value;
use ssi_lens::domain::address::Screen;
use ssi_lens::i18n::{self, choose, format_count, plural_category, screens, Lang, Plural, KEYS};
use ssi_lens::markup::frame;

/// Each language's messages, read from its folder (`locales/<tag>/<area>.json`).
fn files() -> Vec<(Lang, BTreeMap<String, Value>)> {
    Lang::ALL
        .into_iter()
        .map(|lang| {
            let folder = format!("{}/locales/{}", env!("CARGO_MANIFEST_DIR"), lang.tag());
            let mut messages = BTreeMap::new();
            for file in std::fs::read_dir(&folder).expect("a folder per language") {
                let path = file.expect("a readable folder").path();
                let text = std::fs::read_to_string(&path).expect("a readable file");
                let area: BTreeMap<String, Value> = serde_json::from_str(&text)
                    .unwrap_or_else(|e| panic!("{}: {e}", path.display()));
                messages.extend(area);
            }
            (lang, messages)
        })
        .collect()
}

/// The keys whose text is the same as English's on purpose, by language: a name, a word
/// both languages use. One file per area (`tests/i18n-same/<area>.txt`), a line each:
/// "de screen.team".
fn same_on_purpose() -> BTreeSet<(String, String)> {
    let folder = concat!(env!("CARGO_MANIFEST_DIR"), "/tests/i18n-same");
    std::fs::read_dir(folder)
        .into_iter()
        .flatten()
        .flatten()
        .flat_map(|f| {
            std::fs::read_to_string(f.path())
                .unwrap_or_default()
                .lines()
                .map(str::to_string)
                .collect::<Vec<_>>()
        })
        .filter_map(|line| {
            let (tag, key) = line.trim().split_once(' ')?;
            Some((tag.to_string(), key.to_string()))
        })
        .collect()
}

/// A message's texts: one, or a plural's, by category.
fn texts(value: &Value) -> BTreeMap<String, String> {
    match value {
        Value::String(text) => [(String::new(), text.clone())].into(),
        Value::Object(forms) => forms
            .iter()
            .map(|(category, text)| (category.clone(), text.as_str().unwrap().to_string()))
            .collect(),
        other => panic!("a message is a text or a plural, not {other}"),
    }
}

/// The `{name}`s in a text.
fn placeholders(text: &str) -> BTreeSet<&str> {
    text.split('{')
        .skip(1)
        .filter_map(|after| after.split_once('}').map(|(name, _)| name))
        .collect()
}

#[test]
fn every_language_has_englishs_keys_and_placeholders_and_no_others() {
    let files = files();
    let english = &files[0].1;
    for (lang, file) in &files {
        let keys = |f: &BTreeMap<String, Value>| f.keys().cloned().collect::<BTreeSet<_>>();
        assert_eq!(keys(file), keys(english), "{}'s keys", lang.tag());
        for (key, value) in file {
            let all = |v: &Value| -> BTreeSet<String> {
                texts(v)
                    .values()
                    .flat_map(|t| placeholders(t).into_iter().map(String::from))
                    .collect()
            };
            assert_eq!(
                all(value),
                all(&english[key]),
                "{}: \"{key}\" has other placeholders than English",
                lang.tag()
            );
            assert_eq!(value.is_object(), english[key].is_object(), "{key}");
        }
    }
}

#[test]
fn plurals_use_the_languages_own_categories() {
    for (lang, file) in files() {
        let allowed: &[&str] = match lang {
            Lang::En | Lang::De => &["one", "other"],
            Lang::Fr | Lang::Es | Lang::PtBr => &["one", "many", "other"],
        };
        for (key, value) in file.iter().filter(|(_, v)| v.is_object()) {
            let forms = texts(value);
            assert!(
                forms.keys().all(|c| allowed.contains(&c.as_str())),
                "{} \"{key}\": {forms:?}",
                lang.tag()
            );
            assert!(forms.contains_key("one") && forms.contains_key("other"));
        }
    }
}

/// The generated code has a function for every key of the files, and no other.
#[test]
fn the_generated_catalog_has_every_key_of_the_files() {
    let files = files();
    let keys: Vec<&str> = files[0].1.keys().map(String::as_str).collect();
    assert_eq!(KEYS, keys.as_slice());
}

/// A word left in English inside another language reads as a missing translation. These are
/// the same on purpose: a name, or the German word for a team.
#[test]
fn no_language_leaves_english_words_in_place() {
    let same_on_purpose = same_on_purpose();
    let files = files();
    let english = &files[0].1;
    // A text with no word outside its placeholders ("{screen} · SSI Lens") reads the same.
    let has_words = |text: &str| {
        let mut outside = String::new();
        for (i, part) in text.split(['{', '}']).enumerate() {
            if i % 2 == 0 {
                outside.push_str(part);
            }
        }
        let outside = outside.replace("SSI Lens", "").replace("SSI", "");
        outside
            .split(|c: char| !c.is_alphabetic())
            .any(|w| w.chars().count() >= 3)
    };
    for (lang, file) in &files[1..] {
        for (key, value) in file {
            let theirs = texts(value);
            let kept = theirs == texts(&english[key]) && theirs.values().any(|t| has_words(t));
            let allowed = same_on_purpose.contains(&(lang.tag().to_string(), key.clone()));
            assert!(!kept || allowed, "{}: \"{key}\" is English", lang.tag());
        }
    }
    // A line of the list that no longer holds (the key gone, or now translated) is stale.
    for (tag, key) in &same_on_purpose {
        let theirs = files.iter().find(|(l, _)| l.tag() == tag).map(|(_, f)| f);
        let same = theirs
            .and_then(|f| f.get(key))
            .zip(english.get(key))
            .is_some_and(|(t, e)| texts(t) == texts(e));
        assert!(
            same,
            "tests/i18n-same lists {tag} {key}, which is not English's text"
        );
    }
}

#[test]
fn plural_categories_follow_cldr_for_whole_numbers() {
    use Plural::{Many, One, Other};
    let cases: [(Lang, [Plural; 6]); 5] = [
        // 0, 1, 2, 1,000,000, 2,000,000, 1,000,001
        (Lang::En, [Other, One, Other, Other, Other, Other]),
        (Lang::De, [Other, One, Other, Other, Other, Other]),
        (Lang::Fr, [One, One, Other, Many, Many, Other]),
        (Lang::Es, [Other, One, Other, Many, Many, Other]),
        (Lang::PtBr, [One, One, Other, Many, Many, Other]),
    ];
    for (lang, expected) in cases {
        let got = [0, 1, 2, 1_000_000, 2_000_000, 1_000_001].map(|n| plural_category(lang, n));
        assert_eq!(got, expected, "{}", lang.tag());
    }
}

#[test]
fn counts_are_written_with_the_languages_separators_and_forms() {
    use i18n::history_snapshot_count as snapshots;
    assert_eq!(snapshots(Lang::En, 1), "1 snapshot");
    assert_eq!(snapshots(Lang::En, 1234), "1,234 snapshots");
    assert_eq!(snapshots(Lang::De, 12_345), "12.345 Momentaufnahmen");
    assert_eq!(snapshots(Lang::Fr, 0), "0 relevé");
    assert_eq!(
        snapshots(Lang::Fr, 1_000_000),
        "1\u{202f}000\u{202f}000 de relevés"
    );
    // Spanish groups from five digits only.
    assert_eq!(snapshots(Lang::Es, 1234), "1234 registros");
    assert_eq!(snapshots(Lang::Es, 0), "0 registros");
    assert_eq!(snapshots(Lang::PtBr, 1), "1 registro");
    assert_eq!(format_count(Lang::En, 999), "999");
    assert_eq!(format_count(Lang::PtBr, 1_000), "1.000");
    assert_eq!(
        format_count(Lang::En, u64::MAX),
        "18,446,744,073,709,551,615"
    );
}

#[test]
fn a_tag_names_a_language_by_its_primary_subtag() {
    for (tag, lang) in [
        ("en", Some(Lang::En)),
        ("en-US", Some(Lang::En)),
        ("de-AT", Some(Lang::De)),
        ("DE", Some(Lang::De)),
        ("de_CH", Some(Lang::De)),
        ("fr-CA", Some(Lang::Fr)),
        ("es-419", Some(Lang::Es)),
        ("pt", Some(Lang::PtBr)),
        ("pt-PT", Some(Lang::PtBr)),
        ("pt-BR", Some(Lang::PtBr)),
        ("it", None),
        ("english", None),
        ("", None),
    ] {
        assert_eq!(Lang::from_tag(tag), lang, "{tag:?}");
    }
    for lang in Lang::ALL {
        assert_eq!(Lang::from_tag(lang.tag()), Some(lang));
    }
    assert_eq!(Lang::De.own_name(), "Deutsch");
}

#[test]
fn the_stored_choice_comes_first_then_the_browsers_languages_then_english() {
    assert_eq!(choose(&["de-DE", "en"], Some("fr")), Lang::Fr);
    // A stored value we can't read is no choice.
    assert_eq!(choose(&["it", "es-MX", "de"], Some("klingon")), Lang::Es);
    assert_eq!(choose(&["it", "ja"], None), Lang::En);
    assert_eq!(choose(&[], None), Lang::En);
}

/// The app bar's tabs and the browser tab's title in each language; the addresses stay.
#[test]
fn the_screens_are_named_in_the_language() {
    assert_eq!(screens::name(Lang::De, Screen::History), "Verlauf");
    assert_eq!(
        screens::title(Lang::Fr, Screen::Dashboard),
        "Tableau de bord · SSI Lens"
    );
    for lang in Lang::ALL {
        let tabs = frame::tabs(false, true, lang);
        for screen in frame::TABS {
            let link = format!(r#"href=".{}""#, screen.path());
            assert!(tabs.contains(&link), "{tabs}");
            assert!(tabs.contains(screens::name(lang, screen)), "{tabs}");
        }
    }
}

#[test]
fn the_footer_is_in_the_language() {
    assert_eq!(
        frame::footer(false, Lang::Es),
        "Tus registros se quedan en este navegador. SSI Lens no tiene servidor ni cuentas."
    );
    assert!(frame::footer(true, Lang::De).starts_with("Eine geteilte Kopie"));
}

/// index.html's language script decides before the wasm has loaded: it must know the same
/// languages and storage key.
#[test]
fn the_language_script_knows_the_languages_and_the_stored_choices_key() {
    const INDEX: &str = include_str!("../index.html");
    let script = INDEX
        .split(r#"<script id="language">"#)
        .nth(1)
        .and_then(|rest| rest.split("</script>").next())
        .expect("index.html has the language script");
    let declared = |name: &str| {
        let declaration = format!("const {name} = ");
        script
            .lines()
            .find_map(|l| l.trim().strip_prefix(declaration.as_str()))
            .and_then(|v| v.strip_suffix(';'))
            .unwrap_or_else(|| panic!("the language script declares {name} on one line"))
            .to_string()
    };
    let tags: Vec<String> = Lang::ALL.iter().map(|l| format!("'{}'", l.tag())).collect();
    assert_eq!(declared("LANGS"), format!("[{}]", tags.join(", ")));
    assert_eq!(declared("LANG_KEY"), format!("'{}'", i18n::LANG_KEY));
}
