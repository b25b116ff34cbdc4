//! First visit: what SSI is, what this app does, and two ways to begin.

use leptos::prelude::*;
use leptos_router::components::A;

use crate::domain::address::Screen;

use crate::domain::sample::with_sample;
use crate::edges::{clock, random};
use crate::i18n::{
    self,
    start::{around_slot, SLOT},
};
use crate::ui::components::{ImportCard, SsiLink};
use crate::ui::state::{use_lang, Navigation, YourData};

/// A shared link without snapshots.
#[component]
pub fn EmptyLinkPage() -> impl IntoView {
    let lang = use_lang();
    view! {
        <section class="welcome card">
            <h1>{i18n::start_empty_link_title(lang)}</h1>
            <p class="lead">{i18n::start_empty_link_lead(lang)}</p>
        </section>
    }
}

/// The empty state of the user's own history, shown while there are no snapshots.
#[component]
pub fn WelcomePage() -> impl IntoView {
    let yours = YourData::expect();
    let navigation = Navigation::expect();
    let lang = use_lang();
    // Sentences with a link inside: the text either side of it.
    let (open_before, open_after) = around_slot(&i18n::start_step_open(lang, SLOT));
    let (new_before, new_after) = around_slot(&i18n::start_new_to_ssi(lang, SLOT));
    let try_sample = move |_| {
        let mine = yours.everything_untracked();
        let words = i18n::start::sample_words(lang);
        yours.replace(with_sample(
            &mine,
            &words,
            clock::today(),
            &mut random::id_seed(),
        ));
        navigation.go(Screen::Dashboard);
    };
    view! {
        <section class="welcome card" aria-labelledby="welcome-title">
            <h1 id="welcome-title">{i18n::start_welcome_title(lang)}</h1>
            <p class="lead">{i18n::start_welcome_lead(lang)}</p>
            <div class="actions">
                <button class="button primary" on:click=move |_| navigation.go(Screen::Add)>
                    {i18n::start_add_first(lang)}
                </button>
                <button class="button" on:click=try_sample>
                    {i18n::start_try_sample(lang)}
                </button>
            </div>
            <ol class="steps">
                <li>{open_before} <SsiLink /> {open_after}</li>
                <li>
                    <span class="off-touch">{i18n::start_step_paste(lang)}</span>
                    <span class="on-touch">{i18n::start_step_paste_touch(lang)}</span>
                </li>
                <li>{i18n::start_step_weekly(lang)}</li>
            </ol>
            // The privacy line is the footer's; here, the way to read before adding anything.
            <p class="fine-print">
                {new_before}
                <A href=move || navigation.href(Screen::Learn)>{i18n::start_read_pillars(lang)}</A>
                {new_after}
            </p>
        </section>
        <SavedPeople />
        <section class="welcome-import card" aria-labelledby="restore-title">
            <h2 id="restore-title">{i18n::start_restore_title(lang)}</h2>
            <ImportCard />
        </section>
    }
}

/// The people the user keeps from share links, for someone with none of their own snapshots yet
/// (a manager, a coach): each links to their dashboard, and Compare shows them side by side.
#[component]
fn SavedPeople() -> impl IntoView {
    let yours = YourData::expect();
    let navigation = Navigation::expect();
    let lang = use_lang();
    move || {
        let people: Vec<_> = yours.with_people(|people| {
            people
                .iter()
                .map(|p| (p.id(), p.name().to_string()))
                .collect()
        });
        (!people.is_empty()).then(|| {
            view! {
                <section
                    class="card welcome-people"
                    aria-labelledby="people-title"
                    data-testid="saved-people"
                >
                    <h2 id="people-title">{i18n::start_people_title(lang)}</h2>
                    <ul class="plain-list">
                        {people
                            .into_iter()
                            .map(|(id, name)| {
                                view! {
                                    <li>
                                        <A href=move || {
                                            navigation.href(Screen::Person(id))
                                        }>{name}</A>
                                    </li>
                                }
                            })
                            .collect_view()}
                    </ul>
                    <p class="actions">
                        <A href=move || navigation.href(Screen::Team) attr:class="button primary">
                            {i18n::start_see_team(lang)}
                        </A>
                        <A href=move || {
                            navigation.href(Screen::Compare)
                        }>{i18n::start_compare_people(lang)}</A>
                    </p>
                </section>
            }
        })
    }
}
