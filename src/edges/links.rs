//! In-app links. Every screen has an address, and its links are real links (open in a new tab,
//! copy the address); a plain click on one is handed to the app, which moves through its one
//! guarded way (unsaved work asks first, Back returns where the user was).

use wasm_bindgen::closure::Closure;
use wasm_bindgen::JsCast;
use web_sys::{HtmlAnchorElement, MouseEvent};

/// Listens for clicks on links while it lives.
pub struct LinkClicks {
    listener: Closure<dyn Fn(MouseEvent)>,
}

/// Hands the path of every plainly clicked same-origin link (no new tab, no download, not
/// `rel=external`) to `follow`; when it says it took the move, the browser's own navigation is
/// cancelled. The listener is on the document, so it runs before the router's on the window.
pub fn watch(follow: impl Fn(&str) -> bool + 'static) -> Option<LinkClicks> {
    let document = web_sys::window()?.document()?;
    let listener = Closure::<dyn Fn(MouseEvent)>::new(move |ev: MouseEvent| {
        if ev.default_prevented()
            || ev.button() != 0
            || ev.meta_key()
            || ev.ctrl_key()
            || ev.shift_key()
            || ev.alt_key()
        {
            return;
        }
        let Some(link) = clicked_link(&ev) else {
            return;
        };
        let elsewhere = !link.target().is_empty()
            || link.has_attribute("download")
            || link.rel().split_whitespace().any(|r| r == "external")
            || Some(link.origin()) != web_sys::window().and_then(|w| w.location().origin().ok());
        if !elsewhere && follow(&link.pathname()) {
            ev.prevent_default();
        }
    });
    document
        .add_event_listener_with_callback("click", listener.as_ref().unchecked_ref())
        .ok()?;
    Some(LinkClicks { listener })
}

fn clicked_link(ev: &MouseEvent) -> Option<HtmlAnchorElement> {
    let target = ev.target()?.dyn_into::<web_sys::Element>().ok()?;
    target.closest("a[href]").ok()??.dyn_into().ok()
}

impl Drop for LinkClicks {
    fn drop(&mut self) {
        if let Some(document) = web_sys::window().and_then(|w| w.document()) {
            let _ = document.remove_event_listener_with_callback(
                "click",
                self.listener.as_ref().unchecked_ref(),
            );
        }
    }
}
