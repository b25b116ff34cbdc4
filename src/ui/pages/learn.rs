//! What the SSI measures, what it misses, and advice for this user.

use leptos::prelude::*;

use crate::domain::explain::{guide, WHAT_SSI_MISSES};
use crate::domain::Pillar;
use crate::ui::components::{AdviceCard, PillarName};

/// Explanations of each pillar and the limits of the score.
#[component]
pub fn LearnPage() -> impl IntoView {
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
    }
}
