//! The weakest pillar, called out with what to do about it this week.

use leptos::prelude::*;

use crate::domain::explain::{advice, guide};
use crate::ui::state::HistoryView;

/// Advice fitted to the latest snapshot; nothing when there is no data.
#[component]
pub fn AdviceCard() -> impl IntoView {
    let store = HistoryView::expect();
    let advice = Memo::new(move |_| store.with(advice));
    move || {
        advice.get().map(|a| {
            let g = guide(a.focus);
            view! {
                <section class="card advice" aria-labelledby="advice-title" data-testid="advice">
                    <h2 id="advice-title">"Where to focus"</h2>
                    <p class="advice-headline">{a.headline}</p>
                    <p>{a.detail}</p>
                    <details>
                        <summary>
                            {format!(
                                "What {} ({}) measures",
                                a.focus.short_label(),
                                a.focus.label(),
                            )}
                        </summary>
                        <p>{g.measures}</p>
                        <ul>{g.behaviours.map(|b| view! { <li>{b}</li> })}</ul>
                    </details>
                    <p class="fine-print">
                        "The score reflects activity, not results: use it as a mirror, not a goal."
                    </p>
                </section>
            }
        })
    }
}
