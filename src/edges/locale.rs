//! Dates in the user's language and order, through the browser's `Intl` (no date tables in
//! the download). `None` where `Intl` is missing; callers then write a neutral form.

use chrono::{Datelike, NaiveDate};
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
    (!intl.is_undefined()).then(|| Intl::DateTimeFormat::new(&Array::new(), &options))
}

/// "25 Nov 2026" in British English, "Nov 25, 2026" in American, "25. Nov. 2026" in German.
pub fn date(d: NaiveDate) -> Option<String> {
    let utc = Date::utc(f64::from(d.year()), f64::from(d.month0()));
    let instant = Date::new(&JsValue::from_f64(utc + f64::from(d.day0()) * 86_400_000.0));
    DAY_MONTH_YEAR.with(|f| {
        f.as_ref()?
            .format()
            .call1(&JsValue::NULL, &instant)
            .ok()?
            .as_string()
    })
}
