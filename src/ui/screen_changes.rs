//! What follows a change of screen: the tab's title, focus on the new screen's heading, and
//! the scroll position (the top for a new screen, where the user was for Back and Forward).

use leptos::prelude::*;

use crate::edges::{focus, location};
use crate::i18n::{self, screens};
use crate::ui::state::{Language, Navigation};

/// On every change of screen: the tab's title, focus on the new screen's heading, and the
/// scroll position: the top for a new screen, where the user was for Back and Forward.
/// `welcome` holds while the user's own history is empty (the welcome stands in for the screens
/// about it, and the title says so).
pub fn follow_screens(navigation: Navigation, welcome: Signal<bool>) {
    let screen = Memo::new(move |_| navigation.screen());
    let lang = Language::expect().get();
    location::manual_scroll_restoration();
    let came_back = StoredValue::new(false);
    // While a new screen settles, scrolling is the app's, not the user's.
    let settling = StoredValue::new(false);
    let popstate = window_event_listener(leptos::ev::popstate, move |_| {
        came_back.try_set_value(true);
    });
    let scroll = window_event_listener(leptos::ev::scroll, move |_| {
        if settling.try_get_value() == Some(false) {
            navigation.remember_scroll(navigation.path_untracked());
        }
    });
    on_cleanup(move || {
        popstate.remove();
        scroll.remove();
    });
    Effect::new(move |_| {
        let title = match screen.get() {
            None => i18n::screen_title(lang, i18n::screen_not_found(lang)),
            Some(s) if s.shows_history() && welcome.get() => {
                i18n::screen_title(lang, i18n::screen_welcome(lang))
            }
            Some(s) => screens::title(lang, s),
        };
        location::set_title(&title);
    });
    Effect::new(move |first: Option<()>| {
        screen.track();
        if first.is_none() {
            return; // The first screen: focus and scroll stay where the browser put them.
        }
        let path = navigation.path_untracked();
        settling.set_value(true);
        // Once the new screen is on the page (and the Back button's popstate has been seen).
        request_animation_frame(move || {
            // The app may have been unmounted within the frame.
            let Some(back) = came_back.try_get_value() else {
                return;
            };
            let back_to = back.then(|| navigation.remembered_scroll(&path)).flatten();
            came_back.try_set_value(false);
            focus::focus_heading();
            focus::scroll_to(back_to.unwrap_or(0.0));
            settling.try_set_value(false);
        });
    });
    // The welcome giving way to the dashboard at the same address (an import, the sample or a
    // paste from the welcome) is a new screen too: its top, and focus on its heading, rather
    // than the scroll position the welcome's lower cards had.
    Effect::new(move |was_welcome: Option<bool>| {
        let is_welcome = welcome.get();
        let shows_history = screen.get_untracked().is_some_and(|s| s.shows_history());
        if was_welcome == Some(true) && !is_welcome && shows_history {
            settling.set_value(true);
            request_animation_frame(move || {
                focus::focus_heading();
                focus::scroll_to(0.0);
                settling.try_set_value(false);
            });
        }
        is_welcome
    });
}
