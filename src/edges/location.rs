//! The page's address and tab: the share fragment, the app's folder, the tab's name and
//! title.

use wasm_bindgen::JsCast;

/// The browser would not open an address (a sandboxed frame, a blocked navigation).
#[derive(Clone, Debug, PartialEq)]
pub struct NotOpened(pub String);

fn location() -> Option<web_sys::Location> {
    web_sys::window().map(|w| w.location())
}

/// The URL fragment, with its leading `#` (empty when there is none).
pub fn fragment() -> String {
    location().and_then(|l| l.hash().ok()).unwrap_or_default()
}

/// The app's folder, e.g. `https://example.org/ssi-lens/`: where share links point, and the
/// way back from a shared view. index.html sets `<base>` to it on a deep link, so the
/// document's base URL names it on every screen.
pub fn app_url() -> String {
    let base = web_sys::window()
        .and_then(|w| w.document())
        .and_then(|d| d.base_uri().ok().flatten())
        .unwrap_or_else(|| "./".into());
    let base = base.split(['#', '?']).next().unwrap_or_default();
    match base.rfind('/') {
        Some(end) => base[..=end].to_string(),
        None => base.to_string(),
    }
}

/// The path of the app's folder without its last slash (`/ssi-lens`, or empty at the root):
/// the router's base.
pub fn app_path() -> String {
    let url = app_url();
    let after_scheme = url.split_once("//").map_or(url.as_str(), |(_, rest)| rest);
    let path = after_scheme.find('/').map_or("", |i| &after_scheme[i..]);
    path.trim_end_matches('/').to_string()
}

/// Opens `url` in this tab.
pub fn go_to(url: &str) -> Result<(), NotOpened> {
    location()
        .and_then(|l| l.set_href(url).ok())
        .ok_or_else(|| NotOpened(url.to_string()))
}

pub fn reload() {
    if let Some(l) = location() {
        let _ = l.reload();
    }
}

/// Names the browser tab.
pub fn set_title(title: &str) {
    if let Some(document) = web_sys::window().and_then(|w| w.document()) {
        document.set_title(title);
    }
}

/// The app restores scroll positions itself on Back and Forward, once the screen is drawn;
/// the browser's own restoration would run before it is.
pub fn manual_scroll_restoration() {
    if let Some(history) = web_sys::window().and_then(|w| w.history().ok()) {
        let _ = js_sys::Reflect::set(&history, &"scrollRestoration".into(), &"manual".into());
    }
}

/// Opens the share link whose fragment is `fragment` in this app. When only the fragment
/// changes, the app's `hashchange` listener starts it afresh to read the link.
pub fn open_share(fragment: &str) -> Result<(), NotOpened> {
    go_to(&format!("{}#{fragment}", app_url()))
}

/// The tab's name when it starts with `prefix`, else empty. Read once: the name is cleared,
/// and this tab forgets its opener (`window.opener`; the opener can still navigate this tab). At most `max_chars` + 1 characters
/// cross into the app, so the caller can tell a name too long.
pub fn take_window_name(prefix: &str, max_chars: u32) -> String {
    let Some(window) = web_sys::window() else {
        return String::new();
    };
    let Some(name) = js_sys::Reflect::get(&window, &"name".into())
        .ok()
        .and_then(|n| n.dyn_into::<js_sys::JsString>().ok())
    else {
        return String::new();
    };
    if !name.starts_with(prefix, 0) {
        return String::new();
    }
    let _ = window.set_name("");
    let _ = window.set_opener(&wasm_bindgen::JsValue::NULL);
    name.slice(0, max_chars.saturating_add(1)).into()
}
