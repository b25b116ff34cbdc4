//! What the loading frame leaves the app: the chart the first paint drew
//! (`src/bin/first_paint.rs`), for the app's trend chart to take over (held when the app
//! replaces the frame, taken by the first chart that asks, let go if no screen does), and a
//! tap the user gave the frame before the app ran.

use std::cell::RefCell;

use wasm_bindgen::JsCast;

use super::chart;
use crate::first_paint::{CHART_ID, DRAWN_FOR};

thread_local! {
    static HELD: RefCell<Option<web_sys::Element>> = const { RefCell::new(None) };
}

/// Keeps the first paint's chart, if it drew one, before the loading frame leaves the page.
pub fn hold_chart() {
    let drawn = web_sys::window()
        .and_then(|w| w.document())
        .and_then(|d| d.get_element_by_id(CHART_ID))
        // Drawn whole: the first paint notes what for only once ECharts has drawn it.
        .filter(|element| {
            element.has_attribute(DRAWN_FOR) && chart::instance_of(element).is_some()
        });
    HELD.with(|held| *held.borrow_mut() = drawn);
}

/// The held chart, for the screen's main chart to take over (once).
pub fn take_chart() -> Option<web_sys::Element> {
    HELD.with(|held| held.borrow_mut().take())
}

/// Disposes of the held chart if no screen took it (the first screen had no trend chart).
pub fn let_go() {
    if let Some(element) = take_chart() {
        chart::dispose(&element);
    }
}

/// Repeats a tap the user gave a control of the loading frame before the app ran (index.html's
/// early-taps script names it) on the app's control of the same name. Links that open another
/// tab are left out: a browser refuses to open one without the user's own tap.
pub fn repeat_early_tap() {
    let Some(window) = web_sys::window() else {
        return;
    };
    let key = wasm_bindgen::JsValue::from_str("ssiEarlyTap");
    let tap = js_sys::Reflect::get(&window, &key)
        .ok()
        .and_then(|t| t.as_string());
    let _ = js_sys::Reflect::delete_property(&window, &key);
    let (Some(name), Some(document)) = (tap, window.document()) else {
        return;
    };
    let Ok(controls) = document.query_selector_all("button, a:not([target=_blank])") else {
        return;
    };
    let named = (0..controls.length())
        .filter_map(|i| controls.item(i)?.dyn_into::<web_sys::HtmlElement>().ok())
        .find(|c| c.text_content().is_some_and(|t| t.trim() == name));
    if let Some(control) = named {
        control.click();
    }
}
