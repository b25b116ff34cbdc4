//! The chart the first paint drew (`src/bin/first_paint.rs`), kept for the app's trend chart
//! to take over: held when the app replaces the loading frame, taken by the first chart that
//! asks, let go if no screen does.

use std::cell::RefCell;

use super::chart;

/// The id of the first paint's chart element.
const CHART_ID: &str = "first-chart";

thread_local! {
    static HELD: RefCell<Option<web_sys::Element>> = const { RefCell::new(None) };
}

/// Keeps the first paint's chart, if it drew one, before the loading frame leaves the page.
pub fn hold_chart() {
    let drawn = web_sys::window()
        .and_then(|w| w.document())
        .and_then(|d| d.get_element_by_id(CHART_ID))
        .filter(|element| chart::instance_of(element).is_some());
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
