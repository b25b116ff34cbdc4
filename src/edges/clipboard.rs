//! Paste events (the text pasted, and whether the user was typing in a field at the time),
//! and copying to the clipboard.

use thiserror::Error;

/// The plain text carried by a paste event.
pub fn pasted_text(event: &web_sys::ClipboardEvent) -> Option<String> {
    event
        .clipboard_data()?
        .get_data("text/plain")
        .ok()
        .filter(|t| !t.trim().is_empty())
}

/// True when keyboard focus is in a text field, where a paste belongs to that field.
pub fn typing_in_a_field() -> bool {
    let Some(active) = web_sys::window()
        .and_then(|w| w.document())
        .and_then(|d| d.active_element())
    else {
        return false;
    };
    matches!(active.tag_name().as_str(), "INPUT" | "TEXTAREA" | "SELECT")
        || active.get_attribute("contenteditable").is_some()
}

/// Why a copy to the clipboard did not happen.
#[derive(Clone, Debug, Error, PartialEq)]
pub enum CopyError {
    #[error("This browser doesn’t let pages copy (an older browser, or a page not served over HTTPS): select the link above and copy it yourself.")]
    Unsupported,
    #[error("The browser didn’t allow copying: select the link above and copy it yourself.")]
    Refused,
}

/// Copies `text` to the clipboard.
pub async fn copy(text: &str) -> Result<(), CopyError> {
    let navigator = web_sys::window().ok_or(CopyError::Unsupported)?.navigator();
    if !js_sys::Reflect::has(&navigator, &"clipboard".into()).unwrap_or(false) {
        return Err(CopyError::Unsupported);
    }
    wasm_bindgen_futures::JsFuture::from(navigator.clipboard().write_text(text))
        .await
        .map(|_| ())
        .map_err(|_| CopyError::Refused)
}
