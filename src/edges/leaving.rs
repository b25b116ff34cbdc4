//! Leaving a screen with unsaved work: the browser's Back and Forward buttons, and closing or
//! reloading the tab.

use wasm_bindgen::prelude::*;
use wasm_bindgen::JsCast;

/// A Back/Forward listener that runs before the router's; removed when dropped.
pub struct HistoryGuard {
    listener: Closure<dyn FnMut(web_sys::Event)>,
}

impl Drop for HistoryGuard {
    fn drop(&mut self) {
        if let Some(window) = web_sys::window() {
            let _ = window.remove_event_listener_with_callback_and_bool(
                "popstate",
                self.listener.as_ref().unchecked_ref(),
                true,
            );
        }
    }
}

/// Calls `keep` on every Back or Forward move within the app before anyone else hears of it;
/// when `keep` returns true, the move is hidden from the rest of the app (the router keeps the
/// screen), and the address is `keep`'s to put back (see [`put_back`]).
pub fn guard_history_moves(keep: impl Fn() -> bool + 'static) -> Option<HistoryGuard> {
    let window = web_sys::window()?;
    let listener = Closure::<dyn FnMut(web_sys::Event)>::new(move |event: web_sys::Event| {
        if keep() {
            event.stop_immediate_propagation();
        }
    });
    // Capturing listeners on the window run before the router's (a bubbling one) there.
    let options = web_sys::AddEventListenerOptions::new();
    options.set_capture(true);
    window
        .add_event_listener_with_callback_and_add_event_listener_options(
            "popstate",
            listener.as_ref().unchecked_ref(),
            &options,
        )
        .ok()?;
    Some(HistoryGuard { listener })
}

/// Shows `address` again as a new entry after a kept Back or Forward move: the page never
/// left it, and going back from it reaches the entry the user was going to.
pub fn put_back(address: &str) {
    if let Some(history) = web_sys::window().and_then(|w| w.history().ok()) {
        let _ = history.push_state_with_url(&JsValue::NULL, "", Some(address));
    }
}

/// The browser's Back.
pub fn back() {
    if let Some(history) = web_sys::window().and_then(|w| w.history().ok()) {
        let _ = history.back();
    }
}

/// The page's address as the router sees it: path, query and fragment.
pub fn current_address() -> String {
    web_sys::window()
        .map(|w| w.location())
        .map(|l| {
            format!(
                "{}{}{}",
                l.pathname().unwrap_or_default(),
                l.search().unwrap_or_default(),
                l.hash().unwrap_or_default()
            )
        })
        .unwrap_or_default()
}

/// Asks the browser to confirm before the tab closes or reloads (the browser words it).
pub fn ask_before_closing(event: &web_sys::BeforeUnloadEvent) {
    event.prevent_default();
    // Older browsers show the prompt only when a return value is set.
    event.set_return_value("unsaved");
}
