//! What the SSI measures, what it misses, and advice for this user.

use leptos::prelude::*;

use crate::domain::address::Screen;
use crate::domain::{History, Pillar};
use crate::i18n::{self, learn};
use crate::ui::components::{AdviceCard, PillarName};
use crate::ui::state::{use_lang, Navigation, YourData};

/// Explanations of each pillar and the limits of the score; someone without snapshots yet
/// is shown where to start.
#[component]
pub fn LearnPage() -> impl IntoView {
    let lang = use_lang();
    let navigation = Navigation::expect();
    let new_here =
        use_context::<YourData>().is_some_and(|yours| yours.with_untracked(History::is_empty));
    view! {
        <h1 class="page-title">{i18n::learn_title(lang)}</h1>
        <AdviceCard />
        <section class="card" aria-labelledby="pillars-title">
            <h2 id="pillars-title">{i18n::learn_pillars_title(lang)}</h2>
            <p class="muted">{i18n::learn_pillars_intro(lang)}</p>
            <div class="guides">
                {Pillar::ALL
                    .into_iter()
                    .map(|pillar| {
                        view! {
                            <article class="guide">
                                <h3>
                                    <PillarName pillar />
                                </h3>
                                <p>{learn::measures(lang, pillar)}</p>
                                <ul>
                                    {learn::habits(lang, pillar).map(|b| view! { <li>{b}</li> })}
                                </ul>
                            </article>
                        }
                    })
                    .collect_view()}
            </div>
        </section>
        <section class="card" aria-labelledby="misses-title">
            <h2 id="misses-title">{i18n::learn_misses_title(lang)}</h2>
            <ul class="plain-list">
                {learn::what_ssi_misses(lang).map(|text| view! { <li>{text}</li> })}
            </ul>
        </section>
        {new_here
            .then(|| {
                view! {
                    <section class="card" aria-labelledby="start-title" data-testid="learn-start">
                        <h2 id="start-title">{i18n::learn_start_title(lang)}</h2>
                        <p>{i18n::learn_start_text(lang)}</p>
                        <div class="actions">
                            <button
                                class="button primary"
                                on:click=move |_| navigation.go(Screen::Add)
                            >
                                {i18n::learn_start_button(lang)}
                            </button>
                        </div>
                    </section>
                }
            })}
    }
}
