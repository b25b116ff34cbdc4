//! The app bar: name, navigation and the main action.

use leptos::prelude::*;
use leptos_router::components::A;

use crate::domain::address::Screen;
use crate::edges::install::InstallOffers;
use crate::i18n::{self, screens};
use crate::markup::frame::{tab_screens, tab_screens_without_history, LOGO};
use crate::ui::state::{HistoryView, Language, Navigation, YourData};

/// Top bar. Navigation appears once there is data to navigate.
#[component]
pub fn Header() -> impl IntoView {
    let store = HistoryView::expect();
    let navigation = Navigation::expect();
    let language = Language::expect();
    // Adding a snapshot, and the screens for it, are for the user's own data only.
    let yours = use_context::<YourData>();
    let has_data = move || store.with(|h| !h.is_empty());
    // Links, so a screen opens in a new tab or its address is copied; a plain click moves
    // through the app's guarded way (`Navigation::follow_link`).
    let tab = move |screen: Screen| {
        view! {
            <A href=move || navigation.href(screen) exact=true attr:class="tab">
                {move || screens::name(language.get(), screen)}
            </A>
        }
    };
    let can_add = move || has_data() && yours.is_some();
    view! {
        <header class="app-bar">
            <div class="brand">
                <span class="logo" aria-hidden="true" inner_html=LOGO></span>
                <span class="brand-name">"SSI Lens"</span>
            </div>
            {move || {
                let has_people = yours.is_some_and(|y| y.with_people(|p| !p.is_empty()));
                let screens: Vec<Screen> = if has_data() {
                    tab_screens(yours.is_none(), has_people).collect()
                } else {
                    tab_screens_without_history(has_people).to_vec()
                };
                (!screens.is_empty())
                    .then(|| {
                        // The first paint draws the same tabs (src/markup/frame.rs).
                        view! {
                            <nav class="tabs" aria-label=i18n::start_sections(language.get())>
                                {screens.into_iter().map(tab).collect_view()}
                            </nav>
                        }
                    })
            }}
            <div class="bar-actions">
                <Show when=can_add>
                    <button class="button primary add" on:click=move |_| navigation.go(Screen::Add)>
                        <span aria-hidden="true">"+ "</span>
                        {i18n::start_add_snapshot(language.get())}
                    </button>
                </Show>
                <InstallButton />
            </div>
        </header>
    }
}

/// "Install", shown while the browser offers to install the app (Chromium browsers; others
/// have their own menu item); gone once installed.
#[component]
fn InstallButton() -> impl IntoView {
    let lang = crate::ui::state::use_lang();
    let offered = RwSignal::new(false);
    let problem = RwSignal::new(None::<String>);
    let offers = StoredValue::new_local(InstallOffers::watch(move |now| offered.set(now)));
    offered.set(offers.with_value(|o| o.as_ref().is_some_and(InstallOffers::offered)));
    let install = move |_| {
        problem.set(None);
        let prompted = offers.with_value(|o| o.as_ref().map(InstallOffers::prompt));
        // The offer is used up either way; the browser makes another if the user declines.
        offered.set(false);
        match prompted {
            Some(Ok(choice)) => leptos::task::spawn_local(async move {
                if let Err(e) = choice.await {
                    problem.set(Some(i18n::start::install_problem(lang, &e)));
                }
            }),
            Some(Err(e)) => problem.set(Some(i18n::start::install_problem(lang, &e))),
            None => {}
        }
    };
    view! {
        <Show when=move || offered.get()>
            <button type="button" class="button install" data-testid="install" on:click=install>
                {i18n::start_install(lang)}
            </button>
        </Show>
        {move || {
            problem
                .get()
                .map(|e| {
                    view! {
                        <p class="install-problem error" role="alert">
                            {e}
                        </p>
                    }
                })
        }}
    }
}
