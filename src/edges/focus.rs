//! Moving keyboard focus and the scroll position when the screen changes.

use wasm_bindgen::JsCast;

// Moving focus is best effort: an element that is gone by the time focus moves (the screen
// changed again) is nothing the user can act on, so these return nothing (see `edges`).

fn element(id: &str) -> Option<web_sys::Element> {
    web_sys::window()?.document()?.get_element_by_id(id)
}

/// Focuses the element with `id` (it needs a `tabindex` unless it is a control); says whether
/// there was one to focus, for a caller with somewhere else to put focus.
pub fn focus(id: &str) -> bool {
    element(id)
        .and_then(|e| e.dyn_into::<web_sys::HtmlElement>().ok())
        .is_some_and(|element| element.focus().is_ok())
}

/// Focuses the first field in the element with `id`, or its first element with
/// `tabindex="-1"` (a heading) when that comes before any field.
pub fn focus_first_in(id: &str) {
    const TARGETS: &str = "input:not([type=hidden]), select, textarea, [tabindex='-1']";
    let target = element(id)
        .and_then(|e| e.query_selector(TARGETS).ok().flatten())
        .and_then(|t| t.dyn_into::<web_sys::HtmlElement>().ok());
    if let Some(target) = target {
        let _ = target.focus();
    }
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
pub fn focus_heading() {
    let heading = web_sys::window()
        .and_then(|w| w.document())
        .and_then(|d| d.query_selector("main h1").ok().flatten())
        .and_then(|h| h.dyn_into::<web_sys::HtmlElement>().ok());
    let Some(heading) = heading else {
        return;
    };
    if !heading.has_attribute("tabindex") {
        let _ = heading.set_attribute("tabindex", "-1");
    }
    let options = web_sys::FocusOptions::new();
    options.set_prevent_scroll(true);
    let _ = heading.focus_with_options(&options);
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

/// Scrolls the page so the focused control (outside `cover`) is not hidden under `cover`, a
/// box fixed over the page (the toast): the user must see the field they are on.
pub fn keep_focus_clear_of(cover: &web_sys::Element) {
    // Room left between the control and the box over it.
    const GAP: f64 = 12.0;
    let Some(window) = web_sys::window() else {
        return;
    };
    let Some(focused) = window.document().and_then(|d| d.active_element()) else {
        return;
    };
    if cover.contains(Some(&focused)) || focused.tag_name().eq_ignore_ascii_case("body") {
        return;
    }
    let (control, over) = (
        focused.get_bounding_client_rect(),
        cover.get_bounding_client_rect(),
    );
    let overlaps = over.height() > 0.0
        && control.bottom() + GAP > over.top()
        && control.top() < over.bottom()
        && control.right() > over.left()
        && control.left() < over.right();
    if overlaps {
        window.scroll_by_with_x_and_y(0.0, control.bottom() + GAP - over.top());
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
