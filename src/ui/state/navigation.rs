//! Which screen is shown: the router's address, read as a [`Screen`]. Moving between screens
//! goes through the browser's history, so Back, Forward, reload and bookmarks all work.
//!
//! Every move passes one guard: while a screen holds unsaved work (a half-filled snapshot
//! form), a move within the app, Back or Forward waits for the user's answer ("Discard this
//! snapshot?"), and closing or reloading the tab asks the browser's own question.

use std::collections::HashMap;

use leptos::prelude::*;
use leptos_router::hooks::{use_location, use_navigate};
use leptos_router::location::State;
use leptos_router::NavigateOptions;
use wasm_bindgen::JsValue;

use super::leave_guard::{Leave, LeaveGuard};
use crate::domain::address::Screen;
use crate::domain::paste::ParsedPage;
use crate::edges::{focus, leaving};

type Navigate = Box<dyn Fn(&str, NavigateOptions)>;

/// The screen on show, and the way to another. Made inside the router.
#[derive(Clone, Copy)]
pub struct Navigation {
    /// The app's folder (`/ssi-lens`, or empty), which every address starts with.
    base: StoredValue<String>,
    path: Memo<String>,
    state: ReadSignal<State>,
    navigate: StoredValue<Navigate, LocalStorage>,
    /// A shared view's data lives in the fragment: every screen of the view keeps it.
    fragment: StoredValue<Option<String>>,
    /// Where the page was scrolled on each address when the user left it, for Back.
    scroll: StoredValue<HashMap<String, f64>>,
    /// Unsaved work, and the move waiting on it.
    guard: LeaveGuard,
    /// A page pasted elsewhere and the parse that sent the user to the form, so the form
    /// doesn't read it a second time.
    handed: StoredValue<Option<(String, ParsedPage)>>,
}

impl Navigation {
    /// `base` is the router's base; `fragment` the shared view's `#s=...`, if any.
    pub fn new(base: String, fragment: Option<String>) -> Self {
        let location = use_location();
        let navigate = use_navigate();
        Navigation {
            base: StoredValue::new(base),
            path: location.pathname,
            state: location.state,
            navigate: StoredValue::new_local(Box::new(navigate)),
            fragment: StoredValue::new(fragment),
            scroll: StoredValue::new(HashMap::new()),
            // Made by the app before the router; a new one otherwise (it then runs after the
            // router's listener, so Back is not kept).
            guard: use_context::<LeaveGuard>().unwrap_or_default(),
            handed: StoredValue::new(None),
        }
    }

    /// Says whether the screen on show holds work that leaving would lose.
    pub fn set_unsaved(&self, unsaved: bool) {
        self.guard.set_unsaved(unsaved);
    }

    /// True while the user is asked whether to leave unsaved work (tracked).
    pub fn asking(&self) -> bool {
        self.guard.asking()
    }

    /// The user keeps their work: the move is dropped.
    pub fn stay(&self) {
        self.guard.take_pending();
    }

    /// The user lets their work go: the move they asked for happens.
    pub fn discard(&self) {
        let Some(leave) = self.guard.take_pending() else {
            return;
        };
        self.set_unsaved(false);
        self.perform(leave);
    }

    /// Leaves the snapshot form after a save or a cancel, for where the user came from: the
    /// history when they were editing from it, the dashboard otherwise. When that is the entry
    /// before, the browser goes back to it (so Back doesn't reopen the form, and History is
    /// scrolled where it was). Returns the screen it leaves for.
    pub fn leave_form(&self, editing: bool) -> Screen {
        self.set_unsaved(false);
        let came_from = self.came_from();
        let target = if editing && came_from == Some(Screen::History) {
            Screen::History
        } else {
            Screen::Dashboard
        };
        if came_from == Some(target) {
            leaving::back();
        } else {
            self.navigate_to(target, None);
        }
        target
    }

    /// The screen the user moved here from within the app, if they did.
    fn came_from(&self) -> Option<Screen> {
        let here = Screen::parse(&self.path_untracked())?;
        let (from, to) = self.guard.last_move()?;
        (to == here).then_some(from).flatten()
    }

    /// Moves now, or asks first when that would lose unsaved work.
    fn leave(&self, leave: Leave) {
        let stays = match &leave {
            Leave::To { screen, .. } => Screen::parse(&self.path_untracked()) == Some(*screen),
            Leave::HistoryMove => false,
        };
        if self.guard.unsaved() && !stays {
            self.guard.ask(leave);
        } else {
            self.perform(leave);
        }
    }

    fn perform(&self, leave: Leave) {
        match leave {
            Leave::To { screen, pasted } => {
                self.navigate_to(screen, pasted.map(|text| JsValue::from_str(&text)))
            }
            Leave::HistoryMove => leaving::back(),
        }
    }

    pub fn expect() -> Self {
        expect_context()
    }

    /// The address below the app's folder (tracked).
    pub fn path(&self) -> String {
        let base = self.base.get_value();
        self.path
            .with(|p| p.strip_prefix(&base).unwrap_or(p).to_string())
    }

    /// The address below the app's folder, untracked (in event handlers).
    pub fn path_untracked(&self) -> String {
        let base = self.base.try_get_value().unwrap_or_default();
        self.path
            .try_with_untracked(|p| p.strip_prefix(&base).unwrap_or(p).to_string())
            .unwrap_or_default()
    }

    /// Keeps the page's scroll position as the one of `path`, which the user is leaving.
    pub fn remember_scroll(&self, path: String) {
        let y = focus::scroll_y();
        self.scroll.try_update_value(|positions| {
            positions.insert(path, y);
        });
    }

    /// Where the page was scrolled when the user last left `path`.
    pub fn remembered_scroll(&self, path: &str) -> Option<f64> {
        self.scroll
            .with_value(|positions| positions.get(path).copied())
    }

    /// The screen on show, `None` for an address the app doesn't have (tracked).
    pub fn screen(&self) -> Option<Screen> {
        Screen::parse(&self.path())
    }

    /// The screen on show, untracked (in event handlers and effects about something else).
    pub fn screen_untracked(&self) -> Option<Screen> {
        Screen::parse(&self.path_untracked())
    }

    /// Whether `screen` is on show (tracked).
    pub fn shows(&self, screen: Screen) -> bool {
        self.screen() == Some(screen)
    }

    /// The full address of `screen` in this view (with a shared view's fragment): what its
    /// links point to.
    pub fn href(&self, screen: Screen) -> String {
        let fragment = self.fragment.get_value().unwrap_or_default();
        format!("{}{}{fragment}", self.base.get_value(), screen.path())
    }

    /// A plain click on an in-app link to `path` (the whole address' path): moves there as
    /// [`Navigation::go`] does and says so, or leaves an address that is no screen of the app
    /// to the browser.
    pub fn follow_link(&self, path: &str) -> bool {
        let Some(base) = self.base.try_get_value() else {
            return false; // The app is gone.
        };
        let screen = path.strip_prefix(&base).and_then(Screen::parse);
        if let Some(screen) = screen {
            self.go(screen);
        }
        screen.is_some()
    }

    /// Shows `screen`, as a new entry in the browser's history (asking first when the
    /// screen on show holds unsaved work).
    pub fn go(&self, screen: Screen) {
        self.leave(Leave::To {
            screen,
            pasted: None,
        });
    }

    /// Opens the form for a new snapshot with `text` pasted elsewhere in the app, already read
    /// as `page`. The text travels in the history entry's state, not in the address.
    pub fn add_pasted(&self, text: String, page: ParsedPage) {
        self.handed.set_value(Some((text.clone(), page)));
        self.leave(Leave::To {
            screen: Screen::Add,
            pasted: Some(text),
        });
    }

    /// Opens the form for a new snapshot with a page captured by the bookmarklet, in place of
    /// the entry whose address carried it: Back never returns to the capture, and the page's
    /// text leaves the address bar.
    pub fn add_captured(&self, text: String) {
        self.replace(Screen::Add, Some(JsValue::from_str(&text)));
    }

    /// Shows `screen` in place of the current entry (an address that must not stay).
    pub fn replace(&self, screen: Screen, state: Option<JsValue>) {
        let options = NavigateOptions {
            state: State::new(state),
            replace: true,
            ..Self::exact()
        };
        let address = self.href(screen);
        self.navigate
            .with_value(|navigate| navigate(&address, options));
    }

    /// Options that take the address as given: the router's own resolution drops the trailing
    /// slash of the dashboard under a folder (`/ssi-lens/` → `/ssi-lens`), which is outside the
    /// service worker's scope there.
    fn exact() -> NavigateOptions {
        NavigateOptions {
            resolve: false,
            ..NavigateOptions::default()
        }
    }

    /// The page [`Navigation::add_pasted`] was given, once, if `text` is its text (Back to the
    /// form later reads the text again).
    pub fn take_parsed(&self, text: &str) -> Option<ParsedPage> {
        let handed = self.handed.try_update_value(Option::take).flatten()?;
        (handed.0 == text).then_some(handed.1)
    }

    /// Text that came with the navigation to this screen (see [`Navigation::add_pasted`]).
    pub fn pasted(&self) -> Option<String> {
        self.state.with_untracked(|s| s.to_js_value().as_string())
    }

    fn navigate_to(&self, screen: Screen, state: Option<JsValue>) {
        let from = Screen::parse(&self.path_untracked());
        self.guard.moved(from, screen);
        self.remember_scroll(self.path_untracked());
        let address = self.href(screen);
        let options = NavigateOptions {
            state: State::new(state),
            ..Self::exact()
        };
        self.navigate
            .with_value(|navigate| navigate(&address, options));
    }
}
