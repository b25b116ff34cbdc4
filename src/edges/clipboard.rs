//! Paste events: the text pasted, and whether the user was typing in a field at the time.

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

/// Copies `text` to the clipboard; false when the browser refuses (no permission, insecure page).
pub async fn copy(text: &str) -> bool {
    let Some(window) = web_sys::window() else {
        return false;
    };
    let navigator = window.navigator();
    if !js_sys::Reflect::has(&navigator, &"clipboard".into()).unwrap_or(false) {
        return false;
    }
    wasm_bindgen_futures::JsFuture::from(navigator.clipboard().write_text(text))
        .await
        .is_ok()
}
