//! Falls of three points or more, with their usual causes and an invitation to note why.
//! A drop is news for a few weeks, then fades to a line, then is left to the chart; the user
//! can dismiss it sooner.

use leptos::prelude::*;

use crate::domain::address::Screen;

use crate::domain::goals::Metric;
use crate::domain::stats::{drop_alerts, DropAlert, ScoreDrop};
use crate::edges::clock;
use crate::ui::format;
use crate::ui::state::{HistoryView, Navigation, Preferences, YourData};

/// The drops worth telling within the chosen range (see [`drop_alerts`]). With `yours` (the
/// user's own history) a drop can be dismissed or noted; someone else's shows what its owner
/// would see, not what this browser dismissed.
#[component]
pub fn DropNotices(yours: Option<YourData>) -> impl IntoView {
    let store = HistoryView::expect();
    let whose = store.whose();
    let navigation = Navigation::expect();
    let preferences = Preferences::expect();
    let found = move || {
        let range = preferences.range();
        let seen = yours.and_then(|_| preferences.drops_seen());
        store.with(|h| {
            drop_alerts(range.of(h), clock::today(), seen)
                .into_iter()
                .map(|(d, alert)| (d, alert, h.get(d.to).and_then(|s| s.note.clone())))
                .collect::<Vec<_>>()
        })
    };
    let title = move |drop: &ScoreDrop| {
        format!(
            "{} SSI fell {} points between {} and {}",
            whose.possessive_title(),
            Metric::Overall.precision().format(drop.fall),
            format::date(drop.from),
            format::date(drop.to)
        )
    };
    let dismiss = move |drop: ScoreDrop| {
        yours.map(|_| {
            view! {
                <button
                    class="button small quiet"
                    on:click=move |_| preferences.dismiss_drops_until(drop.to)
                >
                    "Dismiss"
                </button>
            }
        })
    };
    move || {
        found().into_iter().map(|(drop, alert, note)| match alert {
            DropAlert::Quiet => view! {
                <div class="notice drop-line" data-testid="drop-quiet">
                    <p>{title(&drop)}"."</p>
                    {dismiss(drop)}
                </div>
            }.into_any(),
            DropAlert::Loud => view! {
                <section class="card drop" data-testid="drop">
                    <h2>{title(&drop)}</h2>
                    <p>"Common causes:"</p>
                    <ul class="plain-list">
                        <li>
                            "Less activity lately: the score reflects recent weeks, so a quiet spell shows quickly."
                        </li>
                        <li>
                            "LinkedIn recalculating scores for everyone, which moves many people at once."
                        </li>
                        <li>
                            "A change in the peer group (a new industry, or a network that grew) shifts the comparison."
                        </li>
                    </ul>
                    <div class="actions">
                        {match note {
                            Some(n) => view! { <p class="note">"Note: " {n}</p> }.into_any(),
                            None => {
                                yours
                                    .map(|_| {
                                        view! {
                                            <button
                                                class="button small"
                                                on:click=move |_| navigation.go(Screen::Edit(drop.to))
                                            >
                                                "Add a note saying what happened"
                                            </button>
                                        }
                                    })
                                    .into_any()
                            }
                        }} {dismiss(drop)}
                    </div>
                </section>
            }.into_any(),
        }).collect_view()
    }
}
