//! Moving keyboard focus and the scroll position when the screen changes.

use thiserror::Error;
use wasm_bindgen::JsCast;

#[derive(Clone, Debug, Error, PartialEq)]
pub enum FocusError {
    #[error("no element with id “{0}”")]
    NotFound(String),
    #[error("element “{0}” can't take focus")]
    NotFocusable(String),
}

/// Focuses the element with `id` (it needs a `tabindex` unless it is a control).
pub fn focus(id: &str) -> Result<(), FocusError> {
    let element = web_sys::window()
        .and_then(|w| w.document())
        .and_then(|d| d.get_element_by_id(id))
        .ok_or_else(|| FocusError::NotFound(id.into()))?;
    element
        .dyn_into::<web_sys::HtmlElement>()
        .map_err(|_| FocusError::NotFocusable(id.into()))?
        .focus()
        .map_err(|_| FocusError::NotFocusable(id.into()))
}

/// Focuses the first field in the element with `id`, or its first element with
/// `tabindex="-1"` (a heading) when that comes before any field.
pub fn focus_first_in(id: &str) -> Result<(), FocusError> {
    const TARGETS: &str = "input:not([type=hidden]), select, textarea, [tabindex='-1']";
    let target = web_sys::window()
        .and_then(|w| w.document())
        .and_then(|d| d.get_element_by_id(id))
        .ok_or_else(|| FocusError::NotFound(id.into()))?
        .query_selector(TARGETS)
        .ok()
        .flatten()
        .ok_or_else(|| FocusError::NotFocusable(id.into()))?;
    target
        .dyn_into::<web_sys::HtmlElement>()
        .map_err(|_| FocusError::NotFocusable(id.into()))?
        .focus()
        .map_err(|_| FocusError::NotFocusable(id.into()))
}

/// Scrolls the page to its top.
pub fn scroll_to_top() {
    if let Some(window) = web_sys::window() {
        window.scroll_to_with_x_and_y(0.0, 0.0);
    }
}

/// Selects the whole text of the input that received `event`, so a link is ready to copy.
pub fn select_all(event: &web_sys::FocusEvent) {
    if let Some(input) = event
        .target()
        .and_then(|t| t.dyn_into::<web_sys::HtmlInputElement>().ok())
    {
        input.select();
    }
}

/// Focuses the main area's heading without scrolling, so screen readers announce the new
/// screen and Tab continues from its top.
pub fn focus_heading() -> Result<(), FocusError> {
    let heading = web_sys::window()
        .and_then(|w| w.document())
        .and_then(|d| d.query_selector("main h1").ok().flatten())
        .ok_or_else(|| FocusError::NotFound("main h1".into()))?
        .dyn_into::<web_sys::HtmlElement>()
        .map_err(|_| FocusError::NotFocusable("main h1".into()))?;
    if !heading.has_attribute("tabindex") {
        let _ = heading.set_attribute("tabindex", "-1");
    }
    let options = web_sys::FocusOptions::new();
    options.set_prevent_scroll(true);
    heading
        .focus_with_options(&options)
        .map_err(|_| FocusError::NotFocusable("main h1".into()))
}

/// How far the page is scrolled down, in CSS pixels.
pub fn scroll_y() -> f64 {
    web_sys::window()
        .and_then(|w| w.scroll_y().ok())
        .unwrap_or(0.0)
}

/// Scrolls the page to `y` CSS pixels from its top.
pub fn scroll_to(y: f64) {
    if let Some(window) = web_sys::window() {
        window.scroll_to_with_x_and_y(0.0, y);
    }
}

/// True when focus leaving an element (a `focusout`) moves to another element inside it.
pub fn stays_within(event: &web_sys::FocusEvent) -> bool {
    let inside = |target: Option<web_sys::EventTarget>| {
        target.and_then(|t| t.dyn_into::<web_sys::Node>().ok())
    };
    match (
        inside(event.current_target()),
        inside(event.related_target()),
    ) {
        (Some(container), Some(next)) => container.contains(Some(&next)),
        _ => false,
    }
}
