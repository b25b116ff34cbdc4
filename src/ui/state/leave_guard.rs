//! Unsaved work on screen, and the move waiting on the user's answer about it. Made before the
//! router, because its Back/Forward listener must run before the router's: the browser calls a
//! window's listeners in the order they were added, and a kept move must never reach the
//! router (the form would be gone).

use leptos::prelude::*;

use crate::domain::address::Screen;
use crate::edges::leaving::{self, HistoryGuard};

/// A move away from a screen with unsaved work, waiting for the user's answer.
#[derive(Clone, Debug, PartialEq)]
pub enum Leave {
    /// To `screen`, with text pasted elsewhere in the app for the snapshot form.
    To {
        screen: Screen,
        pasted: Option<String>,
    },
    /// The browser's Back or Forward, to the entry it was going to.
    HistoryMove,
}

/// The guard `Navigation` consults on every move.
#[derive(Clone, Copy)]
pub struct LeaveGuard {
    /// The screen on show holds work that leaving would lose.
    unsaved: RwSignal<bool>,
    /// The address of that screen, put back after a kept Back or Forward.
    address: StoredValue<String>,
    /// The move the user is being asked about.
    pending: RwSignal<Option<Leave>>,
    /// The last move within the app: from which screen (if any) to which. Back and Forward
    /// forget it.
    last_move: StoredValue<Option<(Option<Screen>, Screen)>>,
}

impl LeaveGuard {
    /// Call before the router is made (see the module's comment).
    pub fn new() -> Self {
        let guard = LeaveGuard {
            unsaved: RwSignal::new(false),
            address: StoredValue::new(String::new()),
            pending: RwSignal::new(None),
            last_move: StoredValue::new(None),
        };
        guard.keep_on_history_moves();
        guard.ask_before_closing();
        guard
    }

    /// Back and Forward while the screen holds unsaved work: the screen stays (its address is
    /// put back) and the user is asked; "Discard" then goes back from there, which reaches
    /// the entry the browser was going to.
    fn keep_on_history_moves(self) {
        let listener = leaving::guard_history_moves(move || {
            if !self.unsaved.try_get_untracked().unwrap_or(false) {
                self.last_move.try_set_value(None);
                return false;
            }
            leaving::put_back(&self.address.get_value());
            self.pending.set(Some(Leave::HistoryMove));
            true
        });
        let listener = StoredValue::new_local(listener);
        on_cleanup(move || {
            listener.try_update_value(|l: &mut Option<HistoryGuard>| l.take());
        });
    }

    /// Closing or reloading the tab while the screen holds unsaved work: the browser asks.
    fn ask_before_closing(self) {
        let listener = StoredValue::new_local(None::<WindowListenerHandle>);
        let stop = move || {
            if let Some(handle) = listener.try_update_value(Option::take).flatten() {
                handle.remove();
            }
        };
        Effect::new(move |_| {
            if !self.unsaved.get() {
                stop();
            } else if listener.with_value(Option::is_none) {
                let handle = window_event_listener(leptos::ev::beforeunload, |ev| {
                    leaving::ask_before_closing(&ev)
                });
                listener.set_value(Some(handle));
            }
        });
        on_cleanup(stop);
    }

    /// Whether the screen on show holds work that leaving would lose (untracked).
    pub fn unsaved(&self) -> bool {
        self.unsaved.try_get_untracked().unwrap_or(false)
    }

    /// Says whether the screen on show (at the current address) holds unsaved work.
    pub fn set_unsaved(&self, unsaved: bool) {
        if unsaved {
            self.address.try_set_value(leaving::current_address());
        }
        if self.unsaved.try_get_untracked() != Some(unsaved) {
            self.unsaved.try_set(unsaved);
        }
    }

    /// Holds `leave` until the user answers.
    pub fn ask(&self, leave: Leave) {
        self.pending.set(Some(leave));
    }

    /// True while the user is asked (tracked).
    pub fn asking(&self) -> bool {
        self.pending.with(Option::is_some)
    }

    /// The move asked about, no longer waiting.
    pub fn take_pending(&self) -> Option<Leave> {
        self.pending.try_update(Option::take).flatten()
    }

    /// Remembers a move within the app.
    pub fn moved(&self, from: Option<Screen>, to: Screen) {
        self.last_move.set_value(Some((from, to)));
    }

    /// The last move within the app, unless Back or Forward came since.
    pub fn last_move(&self) -> Option<(Option<Screen>, Screen)> {
        self.last_move.get_value()
    }
}

impl Default for LeaveGuard {
    fn default() -> Self {
        LeaveGuard::new()
    }
}
