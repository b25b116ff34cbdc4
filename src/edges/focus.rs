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
