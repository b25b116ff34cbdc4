//! The screens' names, as their tabs, headings and the browser tab's title say them. The
//! domain's [`Screen`] is only where a screen is; its words are here, in the catalog.

use super::{
    screen_add, screen_compare, screen_dashboard, screen_edit, screen_history, screen_learn,
    screen_person, screen_quick_add, screen_results, screen_share, screen_team, screen_title, Lang,
};
use crate::domain::address::Screen;

/// The screen's name as its tab and heading say it.
pub fn name(lang: Lang, screen: Screen) -> &'static str {
    match screen {
        Screen::Dashboard => screen_dashboard(lang),
        Screen::History => screen_history(lang),
        Screen::Results => screen_results(lang),
        Screen::Compare => screen_compare(lang),
        Screen::Learn => screen_learn(lang),
        Screen::Share => screen_share(lang),
        Screen::Add => screen_add(lang),
        Screen::QuickAdd => screen_quick_add(lang),
        Screen::Edit(_) => screen_edit(lang),
        Screen::Person(_) => screen_person(lang),
        Screen::Pillar(pillar) => super::ssi::pillar_name(lang, pillar),
        Screen::Team => screen_team(lang),
    }
}

/// The browser tab's title on this screen.
pub fn title(lang: Lang, screen: Screen) -> String {
    screen_title(lang, name(lang, screen))
}
