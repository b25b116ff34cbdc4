//! The words SSI Lens says, in the user's language: English, German, French, Spanish and
//! Brazilian Portuguese. The catalog is `locales/<tag>/<area>.json`, a folder per language, which
//! build.rs compiles into one function per message (`screen_history(lang)`,
//! `screen_title(lang, screen)`, `history_snapshot_count(lang, count)`), so every binary, the
//! first paint's too, carries only the messages it calls, and a key or placeholder one
//! language lacks fails the build. Pure: no Leptos, no browser; which language the browser
//! prefers is read by `edges::language` and chosen here ([`choose`]). docs/i18n.md says how to
//! add a message.
//!
//! What is stored, shared or exported never goes through here: share links, backups and CSV
//! column names stay the same in every language.

pub mod entry;
pub mod learn;
pub mod results;
pub mod screens;
pub mod share;
pub mod ssi;
pub mod start;
pub mod team;

include!(concat!(env!("OUT_DIR"), "/messages.rs"));

/// Gives an error its `Display` and `Error` in English, worded by the catalog's function
/// `$words(lang, &error)`: for logs and tests. The domain declares what went wrong as a typed
/// fact and words nothing; what the user reads is the same function called with their
/// language. Used beside the wording function, in `i18n::<area>`.
#[macro_export]
macro_rules! english_display {
    ($type:ty, $words:path) => {
        impl ::core::fmt::Display for $type {
            fn fmt(&self, f: &mut ::core::fmt::Formatter<'_>) -> ::core::fmt::Result {
                f.write_str(&$words($crate::i18n::Lang::En, self))
            }
        }
        impl ::std::error::Error for $type {}
    };
}

/// Where the user's own choice of language is stored on the device (index.html's language
/// script reads it too; tests/i18n.rs compares).
pub const LANG_KEY: &str = "ssi-lens.lang";

impl Lang {
    /// The language of a tag by its primary subtag, in any case: "de-AT" is German, "pt-PT"
    /// Brazilian Portuguese (the nearest we have); `None` for one we lack.
    pub fn from_tag(tag: &str) -> Option<Lang> {
        let primary = |tag: &str| tag.split(['-', '_']).next().map(str::to_ascii_lowercase);
        Lang::ALL
            .into_iter()
            .find(|l| primary(l.tag()) == primary(tag))
    }

    /// The language's name in itself ("Deutsch"), as a language switch lists it.
    pub fn own_name(self) -> &'static str {
        language_name(self)
    }
}

/// The language to speak: the one the user chose on this device, else the first of the
/// browser's preferred languages that SSI Lens speaks, else English.
pub fn choose(preferred: &[&str], stored: Option<&str>) -> Lang {
    stored
        .into_iter()
        .chain(preferred.iter().copied())
        .find_map(Lang::from_tag)
        .unwrap_or(Lang::En)
}

/// A message's text with its placeholders ("{name}") replaced by their values, as the
/// generated functions call it. build.rs has checked that every brace of a catalog text opens
/// or closes a placeholder the message has, so nothing else is read.
fn fill(text: &str, values: &[(&str, &dyn core::fmt::Display)]) -> String {
    use core::fmt::Write;
    let mut filled = String::with_capacity(text.len() + 16);
    let mut rest = text;
    while let Some(open) = rest.find('{') {
        filled.push_str(&rest[..open]);
        let Some(close) = rest[open..].find('}').map(|c| open + c) else {
            break;
        };
        let name = &rest[open + 1..close];
        match values.iter().find(|(n, _)| *n == name) {
            Some((_, value)) => {
                let _ = write!(filled, "{value}");
            }
            None => filled.push_str(&rest[open..=close]),
        }
        rest = &rest[close + 1..];
    }
    filled.push_str(rest);
    filled
}

/// A CLDR plural category: which form of a counted phrase a number takes.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Plural {
    One,
    Many,
    Other,
}

/// The plural category of a whole number `n` in `lang`, by CLDR's rules: French and Brazilian
/// Portuguese count 0 as one ("0 relevé"); French, Spanish and Portuguese say "1 000 000 de
/// relevés" (many) for whole millions; English and German have one and other only.
pub fn plural_category(lang: Lang, n: u64) -> Plural {
    let millions = n != 0 && n.is_multiple_of(1_000_000);
    match lang {
        Lang::En | Lang::De => {
            if n == 1 {
                Plural::One
            } else {
                Plural::Other
            }
        }
        Lang::Fr | Lang::PtBr if n <= 1 => Plural::One,
        Lang::Es if n == 1 => Plural::One,
        Lang::Fr | Lang::Es | Lang::PtBr if millions => Plural::Many,
        Lang::Fr | Lang::Es | Lang::PtBr => Plural::Other,
    }
}

/// A whole number with the language's thousands separator, as `Intl.NumberFormat` writes it
/// ("12,345", "12.345", "12 345" with a narrow no-break space), for a plural's `{count}`.
/// Spanish groups only from five digits ("1234", "12.345").
pub fn format_count(lang: Lang, n: u64) -> String {
    let (separator, min_digits) = match lang {
        Lang::En => (",", 4),
        Lang::De | Lang::PtBr => (".", 4),
        Lang::Es => (".", 5),
        Lang::Fr => ("\u{202f}", 4),
    };
    let digits = n.to_string();
    if digits.len() < min_digits {
        return digits;
    }
    let mut grouped = String::with_capacity(digits.len() + digits.len() / 3 * 3);
    for (i, digit) in digits.chars().enumerate() {
        if i > 0 && (digits.len() - i).is_multiple_of(3) {
            grouped.push_str(separator);
        }
        grouped.push(digit);
    }
    grouped
}
