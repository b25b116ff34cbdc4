//! The page's address: the share fragment, and the app's own address without it.

fn location() -> Option<web_sys::Location> {
    web_sys::window().map(|w| w.location())
}

/// The URL fragment, with its leading `#` (empty when there is none).
pub fn fragment() -> String {
    location().and_then(|l| l.hash().ok()).unwrap_or_default()
}

/// The app's address without fragment or query: where share links point, and the way back.
pub fn app_url() -> String {
    location()
        .and_then(|l| Some(format!("{}{}", l.origin().ok()?, l.pathname().ok()?)))
        .unwrap_or_else(|| "./".into())
}

/// Opens `url` in this tab.
pub fn go_to(url: &str) {
    if let Some(l) = location() {
        let _ = l.set_href(url);
    }
}

pub fn reload() {
    if let Some(l) = location() {
        let _ = l.reload();
    }
}
