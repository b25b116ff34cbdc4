//! A person the user saved from a share link: their dashboard, read-only and in the third
//! person, from this browser's storage.

use leptos::context::Provider;
use leptos::prelude::*;

use super::DashboardPage;
use crate::domain::address::Screen;
use crate::domain::people::PersonId;
use crate::domain::History;
use crate::i18n;
use crate::markup::Whose;
use crate::ui::format;
use crate::ui::state::{use_lang, HistoryView, Navigation, YourData};

/// What a saved person's screen shows, made once by the tracker: its signals must outlive the
/// screen, since charts may still read them while it is being left.
#[derive(Clone, Copy)]
pub struct PersonOnScreen {
    history: RwSignal<History>,
    whose: RwSignal<Whose>,
}

impl PersonOnScreen {
    pub fn new() -> Self {
        PersonOnScreen {
            history: RwSignal::new(History::default()),
            whose: RwSignal::new(Whose::Someones(None)),
        }
    }
}

impl Default for PersonOnScreen {
    fn default() -> Self {
        Self::new()
    }
}

/// The saved person `id`'s SSI; components below see their history, read-only.
#[component]
pub fn PersonPage(id: PersonId) -> impl IntoView {
    let yours = YourData::expect();
    let navigation = Navigation::expect();
    let lang = use_lang();
    let person = yours.with_people(|people| people.get(id).cloned());
    let Some(person) = person else {
        return view! { <super::NotFoundPage /> }.into_any();
    };
    let on_screen = expect_context::<PersonOnScreen>();
    on_screen.history.set(person.snapshots().clone());
    on_screen
        .whose
        .set(Whose::Someones(Some(person.name().to_string())));
    let view = HistoryView::new(on_screen.history, on_screen.whose);
    view! {
        <div class="notice shared" role="note" data-testid="person-banner">
            <p>
                <strong>{i18n::team_person_history(lang, person.name())}</strong>
                {i18n::team_person_saved_from(lang, format::date(person.shared_on()))}
            </p>
            <button class="button small" on:click=move |_| navigation.go(Screen::Compare)>
                {i18n::team_compare_with_yours(lang)}
            </button>
        </div>
        // Only the screen below sees the person's history, and it gets no handle to change
        // anything: a Provider gives it its own owner, so the next screen finds the user's own
        // view again.
        <Provider value=view>
            <DashboardPage yours=None />
        </Provider>
    }
    .into_any()
}
