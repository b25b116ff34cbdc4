//! Paste events (the text pasted, and whether the user was typing in a field at the time),
//! copying to the clipboard, and reading it on a tap.

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

/// Why a copy to the clipboard did not happen (worded by `i18n::entry::copy_problem`).
#[derive(Clone, Debug, PartialEq)]
pub enum CopyError {
    /// An older browser, or a page not served over HTTPS.
    Unsupported,
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

/// Why the clipboard could not be read on a tap. The way that always works is the paste box:
/// the messages point there (worded by `i18n::entry::read_problem`).
#[derive(Clone, Debug, PartialEq)]
pub enum ReadError {
    Unsupported,
    Refused,
    Empty,
}

/// Whether this browser can read the clipboard when the user asks (a tap): it may still refuse.
pub fn can_read() -> bool {
    let Some(window) = web_sys::window() else {
        return false;
    };
    let navigator = window.navigator();
    js_sys::Reflect::has(&navigator, &"clipboard".into()).unwrap_or(false)
        && js_sys::Reflect::has(&navigator.clipboard(), &"readText".into()).unwrap_or(false)
}

/// The clipboard's text, read during a tap (browsers read it only then, and may ask first).
pub async fn read_text() -> Result<String, ReadError> {
    if !can_read() {
        return Err(ReadError::Unsupported);
    }
    let navigator = web_sys::window().ok_or(ReadError::Unsupported)?.navigator();
    let text = wasm_bindgen_futures::JsFuture::from(navigator.clipboard().read_text())
        .await
        .map_err(|_| ReadError::Refused)?
        .as_string()
        .unwrap_or_default();
    if text.trim().is_empty() {
        return Err(ReadError::Empty);
    }
    Ok(text)
}
