//! What the SSI measures, what it misses, and advice for this user.

use leptos::prelude::*;

use crate::domain::address::Screen;
use crate::domain::explain::{guide, WHAT_SSI_MISSES};
use crate::domain::{History, Pillar};
use crate::ui::components::{AdviceCard, PillarName};
use crate::ui::state::{Navigation, YourData};

/// Explanations of each pillar and the limits of the score; someone without snapshots yet
/// is shown where to start.
#[component]
pub fn LearnPage() -> impl IntoView {
    let navigation = Navigation::expect();
    let new_here =
        use_context::<YourData>().is_some_and(|yours| yours.with_untracked(History::is_empty));
    view! {
        <h1 class="page-title">"Understand your score"</h1>
        <AdviceCard />
        <section class="card" aria-labelledby="pillars-title">
            <h2 id="pillars-title">"The four pillars"</h2>
            <p class="muted">
                "Each pillar is worth up to 25 points. LinkedIn recalculates them daily from your recent activity."
            </p>
            <div class="guides">
                {Pillar::ALL
                    .into_iter()
                    .map(|pillar| {
                        let g = guide(pillar);
                        view! {
                            <article class="guide">
                                <h3>
                                    <PillarName pillar />
                                </h3>
                                <p>{g.measures}</p>
                                <ul>{g.behaviours.map(|b| view! { <li>{b}</li> })}</ul>
                            </article>
                        }
                    })
                    .collect_view()}
            </div>
        </section>
        <section class="card" aria-labelledby="misses-title">
            <h2 id="misses-title">"What the SSI does not measure"</h2>
            <ul class="plain-list">{WHAT_SSI_MISSES.map(|text| view! { <li>{text}</li> })}</ul>
        </section>
        {new_here
            .then(|| {
                view! {
                    <section class="card" aria-labelledby="start-title" data-testid="learn-start">
                        <h2 id="start-title">"Start with your own numbers"</h2>
                        <p>
                            "Copy your SSI page from LinkedIn and paste it here: SSI Lens reads the four pillars and keeps them, in this browser only."
                        </p>
                        <div class="actions">
                            <button
                                class="button primary"
                                on:click=move |_| navigation.go(Screen::Add)
                            >
                                "Add your first snapshot"
                            </button>
                        </div>
                    </section>
                }
            })}
    }
}
