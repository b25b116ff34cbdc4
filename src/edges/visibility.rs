//! Whether an element has come into view: a chart below the fold is drawn when the user
//! scrolls to it, so a first visit spends its time on the chart at the top.

use wasm_bindgen::prelude::*;
use wasm_bindgen::JsCast;
use web_sys::{IntersectionObserver, IntersectionObserverEntry, IntersectionObserverInit};

#[derive(Clone, Debug, PartialEq)]
pub enum VisibilityError {
    /// An old browser: the caller shows the element's content at once instead.
    Unsupported,
}

/// Watches one element until it first comes near the viewport; stops watching when dropped.
pub struct ComesIntoView {
    observer: IntersectionObserver,
    // Kept alive as long as the observer may call it.
    _on_change: Closure<dyn FnMut(js_sys::Array)>,
}

/// How close to the viewport counts as in view: drawn just before it scrolls in.
const MARGIN: &str = "300px 0px";

impl ComesIntoView {
    /// Calls `shown` once, the first time `element` is within [`MARGIN`] of the viewport
    /// (at once if it already is).
    pub fn watch(
        element: &web_sys::Element,
        shown: impl FnOnce() + 'static,
    ) -> Result<Self, VisibilityError> {
        let mut shown = Some(shown);
        let on_change = Closure::<dyn FnMut(js_sys::Array)>::new(move |entries: js_sys::Array| {
            let near = entries.iter().any(|entry| {
                entry
                    .dyn_into::<IntersectionObserverEntry>()
                    .is_ok_and(|e| e.is_intersecting())
            });
            if near {
                if let Some(shown) = shown.take() {
                    shown();
                }
            }
        });
        let options = IntersectionObserverInit::new();
        options.set_root_margin(MARGIN);
        let observer =
            IntersectionObserver::new_with_options(on_change.as_ref().unchecked_ref(), &options)
                .map_err(|_| VisibilityError::Unsupported)?;
        observer.observe(element);
        Ok(ComesIntoView {
            observer,
            _on_change: on_change,
        })
    }
}

impl Drop for ComesIntoView {
    fn drop(&mut self) {
        self.observer.disconnect();
    }
}
