//! Dates in the user's language and order, and its decimal mark, through the browser's `Intl`
//! (no locale tables in the download), for the language the page speaks (`<html lang>`, which
//! the language switch sets), not the browser's own. `None` where `Intl` is missing; callers then write a
//! neutral form.

use chrono::NaiveDate;

use crate::domain::number::{use_decimal_mark, DecimalMark};
use js_sys::{Array, Date, Intl, Object, Reflect};
use wasm_bindgen::JsValue;

thread_local! {
    /// One formatter for the app's life: building one is the slow part.
    static DAY_MONTH_YEAR: Option<Intl::DateTimeFormat> = formatter();
}

fn formatter() -> Option<Intl::DateTimeFormat> {
    let options = Object::new();
    for (key, value) in [
        ("day", "numeric"),
        ("month", "short"),
        ("year", "numeric"),
        // The date is a calendar day, not an instant: never shift it by the time zone.
        ("timeZone", "UTC"),
    ] {
        Reflect::set(&options, &key.into(), &value.into()).ok()?;
    }
    let intl = Reflect::get(&js_sys::global(), &"Intl".into()).ok()?;
    (!intl.is_undefined()).then(|| Intl::DateTimeFormat::new(&page_language(), &options))
}

/// The page's language as `Intl`'s list of locales: the region the browser prefers when it
/// has one for that language ("en-GB" orders a date day first, "en-US" month first), else the
/// language alone ("de").
fn page_language() -> Array {
    let lang = crate::edges::language::current();
    let preferred = web_sys::window()
        .map(|w| w.navigator().languages())
        .map(|list| {
            list.iter()
                .filter_map(|l| l.as_string())
                .collect::<Vec<_>>()
        })
        .unwrap_or_default();
    let tag = preferred
        .into_iter()
        .find(|tag| crate::i18n::Lang::from_tag(tag) == Some(lang))
        .unwrap_or_else(|| lang.tag().to_string());
    Array::of1(&tag.into())
}

/// A date as people read it, in their own language and order ("25 Nov 2026", "Nov 25,
/// 2026"); the ISO form where the browser can't say, and for a year not written in four
/// digits ("0050-01-01", "-0050-01-01", "+10000-01-01"): `Intl` writes year 50 as "50", read as
/// 1950, and 50 BC as "51", without its sign.
pub fn readable_date(d: NaiveDate) -> String {
    use chrono::Datelike;
    Some(d)
        .filter(|d| (1000..=9999).contains(&d.year()))
        .and_then(date)
        .unwrap_or_else(|| d.to_string())
}

/// "25 Nov 2026" in British English, "Nov 25, 2026" in American, "25. Nov. 2026" in German.
pub fn date(d: NaiveDate) -> Option<String> {
    // Days since 1970-01-01 (JavaScript time's epoch, `NaiveDate::default`), counted by chrono:
    // `Date.UTC` would read years 0 to 99 as 1900 to 1999.
    let days = (d - NaiveDate::default()).num_days();
    let instant = Date::new(&JsValue::from_f64(days as f64 * 86_400_000.0));
    DAY_MONTH_YEAR.with(|f| {
        f.as_ref()?
            .format()
            .call1(&JsValue::NULL, &instant)
            .ok()?
            .as_string()
    })
}

/// Shows and reads every number with the decimal mark of the user's language, as the dates
/// follow it: called once at start by each binary (the app and the first paint).
pub fn use_language_decimal_mark() {
    use_decimal_mark(language_decimal_mark());
}

/// The decimal mark of the user's language (how `Intl` writes 1.5), to read the numbers they
/// type; a point where `Intl` is missing.
fn language_decimal_mark() -> DecimalMark {
    let intl = Reflect::get(&js_sys::global(), &"Intl".into()).ok();
    let written = intl.filter(|i| !i.is_undefined()).and_then(|_| {
        Intl::NumberFormat::new(&page_language(), &Object::new())
            .format()
            .call1(&JsValue::NULL, &JsValue::from_f64(1.5))
            .ok()?
            .as_string()
    });
    match written {
        Some(text) if text.contains(',') => DecimalMark::Comma,
        _ => DecimalMark::Point,
    }
}
