//! The system's light or dark preference, and changes to it while the app is open.

use wasm_bindgen::closure::Closure;
use wasm_bindgen::JsCast;
use web_sys::MediaQueryList;

fn dark_query() -> Option<MediaQueryList> {
    web_sys::window()?
        .match_media("(prefers-color-scheme: dark)")
        .ok()
        .flatten()
}

/// True when the system asks for a dark colour scheme.
pub fn prefers_dark() -> bool {
    dark_query().is_some_and(|q| q.matches())
}

/// Calls back with the new preference whenever it changes; stops when dropped.
pub struct SchemeWatcher {
    query: MediaQueryList,
    listener: Closure<dyn FnMut()>,
}

impl SchemeWatcher {
    pub fn new(on_change: impl Fn(bool) + 'static) -> Option<Self> {
        let query = dark_query()?;
        let watched = query.clone();
        let listener = Closure::<dyn FnMut()>::new(move || on_change(watched.matches()));
        query
            .add_event_listener_with_callback("change", listener.as_ref().unchecked_ref())
            .ok()?;
        Some(SchemeWatcher { query, listener })
    }
}

impl Drop for SchemeWatcher {
    fn drop(&mut self) {
        let _ = self
            .query
            .remove_event_listener_with_callback("change", self.listener.as_ref().unchecked_ref());
    }
}
