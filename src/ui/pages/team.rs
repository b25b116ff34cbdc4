//! Everyone the user keeps, in one table: a manager's or coach's view of a team's SSI, from
//! the share links they collected. Other people's data only shows here; it is changed through
//! the `People` methods (refresh, rename, remove), never mixed into the user's own history.

use leptos::prelude::*;

use crate::domain::address::Screen;
use crate::domain::team::Team;
use crate::edges::clock;
use crate::i18n;
use crate::ui::components::{ImportCard, TeamExport, TeamRefresh, TeamSpread, TeamTable};
use crate::ui::state::{use_lang, Navigation, Preferences, YourData};

/// The team screen: the table first, then what the team's pillars say, then refreshing and
/// exporting. With nobody kept yet, it says how people get here.
#[component]
pub fn TeamPage() -> impl IntoView {
    let store = YourData::expect();
    let preferences = Preferences::expect();
    let navigation = Navigation::expect();
    let lang = use_lang();
    let team = Memo::new(move |_| {
        let range = preferences.range();
        let you = i18n::team::you(lang);
        store.with(|own| {
            store.with_people(|people| Team::build(own, people, range, clock::today(), you))
        })
    });
    let has_people = move || store.with_people(|p| !p.is_empty());
    view! {
        <h1 class="page-title">{i18n::screen_team(lang)}</h1>
        <Show
            when=has_people
            fallback=move || {
                view! {
                    <section class="card team-export" data-testid="team-empty">
                        <h2>{i18n::team_nobody_kept(lang)}</h2>
                        <p>{i18n::team_nobody_kept_how(lang)}</p>
                        <div class="actions">
                            <a class="button" href=move || navigation.href(Screen::Compare)>
                                {i18n::team_paste_links(lang)}
                            </a>
                        </div>
                        <h3>{i18n::team_restore_backup(lang)}</h3>
                        <ImportCard team=true />
                    </section>
                }
            }
        >
            <TeamTable team />
            <TeamSpread team />
            <TeamRefresh />
            <TeamExport />
        </Show>
    }
}
