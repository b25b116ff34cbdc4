//! First visit: what SSI is, what this app does, and two ways to begin.

use leptos::prelude::*;
use leptos_router::components::A;

use crate::domain::address::Screen;

use crate::domain::sample::with_sample;
use crate::edges::{clock, random};
use crate::ui::components::{ImportCard, SsiLink};
use crate::ui::state::{Navigation, YourData};

/// A shared link without snapshots.
#[component]
pub fn EmptyLinkPage() -> impl IntoView {
    view! {
        <section class="welcome card">
            <h1>"This shared link holds no snapshots"</h1>
            <p class="lead">
                "The person who shared it chose a period without any. Ask them for a new link."
            </p>
        </section>
    }
}

/// The empty state of the user's own history, shown while there are no snapshots.
#[component]
pub fn WelcomePage() -> impl IntoView {
    let yours = YourData::expect();
    let navigation = Navigation::expect();
    let try_sample = move |_| {
        let mine = yours.everything_untracked();
        yours.replace(with_sample(&mine, clock::today(), &mut random::id_seed()));
        navigation.go(Screen::Dashboard);
    };
    view! {
        <section class="welcome card" aria-labelledby="welcome-title">
            <h1 id="welcome-title">"See where your Social Selling Index is going"</h1>
            <p class="lead">
                "LinkedIn’s Social Selling Index (SSI) scores your activity out of 100 across four pillars, but only shows you today. "
                "SSI Lens keeps a private history of your scores, shows what moved and why, and suggests what to do next."
            </p>
            <div class="actions">
                <button class="button primary" on:click=move |_| navigation.go(Screen::Add)>
                    "Add your first snapshot"
                </button>
                <button class="button" on:click=try_sample>
                    "Try with sample data"
                </button>
            </div>
            <ol class="steps">
                <li>"Open " <SsiLink /> ", select all and copy."</li>
                <li>
                    <span class="off-touch">
                        "Paste anywhere in SSI Lens: it reads your scores. Check them and save."
                    </span>
                    <span class="on-touch">
                        "Tap Add, then paste into the box at the top: it reads your scores. Check them and save."
                    </span>
                </li>
                <li>"Come back weekly, watch the trend, and work on your weakest pillar."</li>
            </ol>
            // The privacy line is the footer's; here, the way to read before adding anything.
            <p class="fine-print">
                "New to the SSI? "
                <A href=move || navigation.href(Screen::Learn)>"Read what each pillar measures"</A>
                "."
            </p>
        </section>
        <SavedPeople />
        <section class="welcome-import card" aria-labelledby="restore-title">
            <h2 id="restore-title">"Already tracking your SSI?"</h2>
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
                    <h2 id="people-title">"People you keep"</h2>
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
                            "See the team"
                        </A>
                        <A href=move || {
                            navigation.href(Screen::Compare)
                        }>"Compare them side by side"</A>
                    </p>
                </section>
            }
        })
    }
}
