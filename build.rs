//! Compiles the message catalog, `locales/<tag>/<area>.json` (a folder per language, a file per
//! area), into Rust:
//! `$OUT_DIR/messages.rs`, which `src/i18n/mod.rs` includes. Each message becomes one function
//! taking the language and the message's placeholders, with one `match` arm per language, so a
//! binary carries only the messages it calls (the first paint's wasm has no Leptos and no
//! runtime parser; docs/i18n.md).
//!
//! A file holds flat keys ("screen.history"): a value is a text with named placeholders
//! ("{name}"), or a plural: an object of CLDR categories ("one", "other", and "many" where the
//! language has it) with a `{count}`. The build fails, naming the file and key, where a language
//! misses a key of English's, has one English lacks, or where its placeholders differ.

use std::collections::{BTreeMap, BTreeSet};
use std::fmt::Write;
use std::{env, fs};

use serde_json::Value;

/// The languages in `Lang`'s order: the file's name (the BCP 47 tag), the variant, and the
/// plural categories a file may use besides "one" and "other" (CLDR's for whole numbers).
const LANGS: [(&str, &str, &[&str]); 5] = [
    ("en", "En", &[]),
    ("de", "De", &[]),
    ("fr", "Fr", &["many"]),
    ("es", "Es", &["many"]),
    ("pt-BR", "PtBr", &["many"]),
];

/// A message of one language: a text, or a plural's texts by category.
enum Message {
    Text(String),
    Plural(BTreeMap<String, String>),
}

type Catalog = BTreeMap<String, Message>;

fn main() {
    println!("cargo:rerun-if-changed=build.rs");
    // The folder too, so a file added or removed is noticed.
    println!("cargo:rerun-if-changed=locales");
    let mut problems = Vec::new();
    for entry in fs::read_dir("locales")
        .expect("the locales folder")
        .flatten()
    {
        let name = entry.file_name().to_string_lossy().into_owned();
        if !LANGS.iter().any(|(t, ..)| *t == name) {
            problems.push(format!("locales/{name}: not a language of build.rs' LANGS"));
        }
    }
    let read: Vec<Result<Catalog, String>> = LANGS
        .iter()
        .map(|&(tag, _, extra)| {
            println!("cargo:rerun-if-changed=locales/{tag}");
            read(tag, extra)
        })
        .collect();
    for (&(tag, ..), catalog) in LANGS.iter().zip(&read) {
        match (&read[0], catalog) {
            (_, Err(problem)) => problems.push(problem.clone()),
            (Ok(english), Ok(catalog)) => compare(tag, english, catalog, &mut problems),
            (Err(_), Ok(_)) => {}
        }
    }
    if !problems.is_empty() {
        eprintln!(
            "The message catalog is not complete:\n  {}",
            problems.join("\n  ")
        );
        std::process::exit(1);
    }
    let out = format!("{}/messages.rs", env::var("OUT_DIR").expect("OUT_DIR"));
    let catalogs: Vec<Catalog> = read.into_iter().flatten().collect();
    fs::write(out, generate(&catalogs)).expect("writing messages.rs");
}

/// One language's files (`locales/<tag>/<area>.json`, each area's keys starting "<area>."),
/// each value checked on its own: keys, categories and braces.
fn read(tag: &str, extra_categories: &[&str]) -> Result<Catalog, String> {
    let folder = format!("locales/{tag}");
    let mut files: Vec<_> = fs::read_dir(&folder)
        .map_err(|e| format!("{folder}: {e}"))?
        .flatten()
        .map(|e| e.path())
        .collect();
    files.sort();
    let mut catalog = Catalog::new();
    for path in files {
        println!("cargo:rerun-if-changed={}", path.display());
        let file = path.display().to_string();
        let Some(area) = file
            .strip_prefix(&format!("{folder}/"))
            .and_then(|n| n.strip_suffix(".json"))
        else {
            return Err(format!("{file}: a catalog file is <area>.json"));
        };
        let text = fs::read_to_string(&path).map_err(|e| format!("{file}: {e}"))?;
        let json: BTreeMap<String, Value> =
            serde_json::from_str(&text).map_err(|e| format!("{file}: {e}"))?;
        for (key, value) in json {
            if !key.starts_with(&format!("{area}.")) {
                return Err(format!("{file}: \"{key}\" does not start with \"{area}.\""));
            }
            let message = message(&file, &key, value, extra_categories)?;
            catalog.insert(key, message);
        }
    }
    // Each key names a function: "a.b" and "a_b" would name the same.
    let mut names = BTreeSet::new();
    if let Some(key) = catalog.keys().find(|k| !names.insert(k.replace('.', "_"))) {
        return Err(format!(
            "{folder}: \"{key}\" names the same function as another key"
        ));
    }
    Ok(catalog)
}

/// One message, checked: its key's form, its plural categories and its braces.
fn message(
    file: &str,
    key: &str,
    value: Value,
    extra_categories: &[&str],
) -> Result<Message, String> {
    let at = format!("{file}: \"{key}\"");
    let valid_key = key.starts_with(|c: char| c.is_ascii_lowercase())
        && key
            .chars()
            .all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '_' || c == '.');
    if !valid_key {
        return Err(format!(
            "{at}: a key is lowercase letters, digits, '_' and '.'"
        ));
    }
    let message = match value {
        Value::String(text) => Message::Text(text),
        Value::Object(forms) => {
            let mut plural = BTreeMap::new();
            for (category, text) in forms {
                if !["one", "other"].contains(&category.as_str())
                    && !extra_categories.contains(&category.as_str())
                {
                    return Err(format!(
                        "{at}: \"{category}\" is not a plural category here"
                    ));
                }
                let Value::String(text) = text else {
                    return Err(format!("{at}: \"{category}\" is not a text"));
                };
                plural.insert(category, text);
            }
            if !plural.contains_key("one") || !plural.contains_key("other") {
                return Err(format!("{at}: a plural needs \"one\" and \"other\""));
            }
            Message::Plural(plural)
        }
        _ => return Err(format!("{at}: a value is a text or a plural's texts")),
    };
    for text in texts(&message) {
        placeholders(text).map_err(|e| format!("{at}: {e}"))?;
    }
    Ok(message)
}

/// The texts of a message: one, or a plural's.
fn texts(message: &Message) -> Vec<&String> {
    match message {
        Message::Text(text) => vec![text],
        Message::Plural(forms) => forms.values().collect(),
    }
}

/// The names of a text's placeholders. Every brace opens or closes one: there is no escape,
/// so a stray brace is a mistake.
fn placeholders(text: &str) -> Result<BTreeSet<String>, String> {
    let mut names = BTreeSet::new();
    let mut rest = text;
    while let Some(open) = rest.find(['{', '}']) {
        // A closing brace first ("a } b") opens nothing: no name, so refused below.
        let close = (rest.as_bytes()[open] == b'{')
            .then(|| rest[open..].find('}').map(|c| open + c))
            .flatten();
        let name = close.map(|c| &rest[open + 1..c]).unwrap_or_default();
        let valid = name.starts_with(|c: char| c.is_ascii_lowercase() || c == '_')
            && name
                .chars()
                .all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '_');
        if !valid || name == "lang" {
            return Err(format!(
                "a brace that is not a placeholder (\"{{name}}\", not lang) in {text:?}"
            ));
        }
        names.insert(name.to_string());
        rest = &rest[close.unwrap_or(open) + 1..];
    }
    Ok(names)
}

/// The placeholders of all of a message's texts.
fn all_placeholders(message: &Message) -> BTreeSet<String> {
    texts(message)
        .into_iter()
        .flat_map(|t| placeholders(t).unwrap_or_default())
        .collect()
}

/// What a language's catalog lacks or adds against English's.
fn compare(tag: &str, english: &Catalog, other: &Catalog, problems: &mut Vec<String>) {
    let file = format!("locales/{tag}");
    for (key, message) in english {
        let Some(theirs) = other.get(key) else {
            problems.push(format!("{file}: misses \"{key}\""));
            continue;
        };
        if matches!(message, Message::Text(_)) != matches!(theirs, Message::Text(_)) {
            problems.push(format!(
                "{file}: \"{key}\" is a plural in one language only"
            ));
        }
        let (ours, theirs) = (all_placeholders(message), all_placeholders(theirs));
        if ours != theirs {
            problems.push(format!(
                "{file}: \"{key}\" has placeholders {theirs:?}, English has {ours:?}"
            ));
        }
    }
    for key in other.keys().filter(|k| !english.contains_key(*k)) {
        problems.push(format!("{file}: \"{key}\" is not in English's files"));
    }
}

/// The Rust source: `Lang`, the keys, and one function per message.
fn generate(catalogs: &[Catalog]) -> String {
    let mut rs =
        String::from("// Generated by build.rs from locales/<tag>/*.json: edit those.\n\n");
    let variants = LANGS.map(|(_, v, _)| v).join(", ");
    let all = LANGS.map(|(_, v, _)| format!("Lang::{v}")).join(", ");
    let tags: String = LANGS
        .iter()
        .map(|(tag, v, _)| format!("Lang::{v} => {tag:?},"))
        .collect();
    let _ = writeln!(
        rs,
        "/// A language SSI Lens speaks.\n\
         #[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]\n\
         pub enum Lang {{ {variants} }}\n\n\
         impl Lang {{\n\
         /// Every language, English first.\n\
         pub const ALL: [Lang; {}] = [{all}];\n\n\
         /// The BCP 47 tag, as `<html lang>` and the stored choice write it.\n\
         pub fn tag(self) -> &'static str {{ match self {{ {tags} }} }}\n}}\n",
        LANGS.len(),
    );
    let keys: Vec<String> = catalogs[0].keys().map(|k| format!("{k:?}")).collect();
    let _ = writeln!(
        rs,
        "/// Every message's key (costs nothing unless read: tests compare it with the files).\n\
         pub const KEYS: &[&str] = &[{}];\n",
        keys.join(", ")
    );
    for (key, english) in &catalogs[0] {
        let name = key.replace('.', "_");
        // A plural's count is a number; every other placeholder anything displayable.
        let plural = matches!(english, Message::Plural(_));
        let args: Vec<String> = all_placeholders(english)
            .into_iter()
            .filter(|a| !plural || a != "count")
            .collect();
        let params: String = args
            .iter()
            .map(|a| format!(", {a}: impl ::core::fmt::Display"))
            .collect();
        let doc = texts(english)
            .iter()
            .map(|t| format!("/// {t}\n"))
            .collect::<String>();
        let text_of = |c: &Catalog| match &c[key] {
            Message::Text(t) => t.clone(),
            Message::Plural(_) => unreachable!("compared with English's"),
        };
        // The texts are chosen by a `match` and their placeholders filled by `fill` at run
        // time: one small body per message rather than a `format!` per language, which would
        // repeat the formatting code five times in every binary.
        // No locals: a placeholder may have any name.
        let mut filled: String = args
            .iter()
            .map(|a| format!("({a:?}, &{a} as &dyn ::core::fmt::Display),"))
            .collect();
        if plural {
            filled
                .push_str("(\"count\", &format_count(lang, count) as &dyn ::core::fmt::Display),");
        }
        let _ = match english {
            Message::Text(_) if args.is_empty() => writeln!(
                rs,
                "{doc}pub fn {name}(lang: Lang) -> &'static str {{ match lang {{ {} }} }}\n",
                zip_arms(catalogs, |c| format!("{:?}", text_of(c)))
            ),
            Message::Text(_) => writeln!(
                rs,
                "{doc}pub fn {name}(lang: Lang{params}) -> String {{\n\
                 fill(match lang {{ {} }}, &[{filled}])\n}}\n",
                zip_arms(catalogs, |c| format!("{:?}", text_of(c)))
            ),
            Message::Plural(_) => {
                let arms = plural_arms(catalogs, key);
                writeln!(
                    rs,
                    "{doc}pub fn {name}(lang: Lang, count: u64{params}) -> String {{\n\
                     fill(match (lang, plural_category(lang, count)) {{ {arms} }}, &[{filled}])\n}}\n"
                )
            }
        };
    }
    rs
}

/// A plural's `match (lang, category)` arms: each language's categories, then its "other".
fn plural_arms(catalogs: &[Catalog], key: &str) -> String {
    let mut arms = String::new();
    for (&(_, v, _), catalog) in LANGS.iter().zip(catalogs) {
        let Message::Plural(forms) = &catalog[key] else {
            unreachable!("a plural in every language: compared with English's")
        };
        for (category, text) in forms.iter().filter(|(c, _)| *c != "other") {
            let category = category[..1].to_uppercase() + &category[1..];
            let _ = write!(arms, "(Lang::{v}, Plural::{category}) => {text:?},");
        }
        let _ = write!(arms, "(Lang::{v}, _) => {:?},", forms["other"]);
    }
    arms
}

/// `match` arms, one per language, each from that language's catalog.
fn zip_arms(catalogs: &[Catalog], value: impl Fn(&Catalog) -> String) -> String {
    LANGS
        .iter()
        .zip(catalogs)
        .map(|(&(_, v, _), c)| format!("Lang::{v} => {},", value(c)))
        .collect()
}
