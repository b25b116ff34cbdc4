//! Keyboard behaviour of a form or question that opens in place of the button that asked for
//! it: focus moves into it when it opens, Escape closes it, and focus goes back to the button.

use leptos::prelude::*;

use crate::edges::focus;

/// An in-place form or question, open or closed, and the ids of what takes focus.
#[derive(Clone, Copy)]
pub struct Disclosure {
    open: RwSignal<bool>,
    /// The button that opens it.
    opener: &'static str,
    /// The form or question itself: focus goes to its first field, or to its heading (which
    /// has `tabindex="-1"`) when it has no field before.
    panel: &'static str,
}

impl Disclosure {
    pub fn new(opener: &'static str, panel: &'static str) -> Self {
        Disclosure {
            open: RwSignal::new(false),
            opener,
            panel,
        }
    }

    pub fn is_open(&self) -> bool {
        self.open.get()
    }

    /// Opens it, then focuses its first field once it is on the page (after the next frame).
    pub fn open(&self) {
        self.open.set(true);
        let panel = self.panel;
        request_animation_frame(move || {
            focus::focus_first_in(panel);
        });
    }

    /// Closes it and gives focus back to the button that opened it.
    pub fn close(&self) {
        self.open.set(false);
        let opener = self.opener;
        request_animation_frame(move || {
            focus::focus(opener);
        });
    }

    /// A `keydown` handler for the open form: Escape closes it.
    pub fn on_escape(self) -> impl Fn(leptos::ev::KeyboardEvent) + Copy + 'static {
        move |ev| {
            if ev.key() == "Escape" {
                ev.prevent_default();
                self.close();
            }
        }
    }
}
