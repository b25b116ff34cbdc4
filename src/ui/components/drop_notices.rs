//! Falls of three points or more, with their usual causes and an invitation to note why.

use leptos::prelude::*;

use crate::domain::address::Screen;

use crate::domain::number::format_points;
use crate::domain::stats::drops;
use crate::ui::format;
use crate::ui::state::{HistoryStore, Navigation, Preferences};

/// The drops within the chosen range, newest first (at most three).
#[component]
pub fn DropNotices() -> impl IntoView {
    let store = HistoryStore::expect();
    let whose = store.whose();
    let navigation = Navigation::expect();
    let preferences = Preferences::expect();
    let found = move || {
        let range = preferences.range();
        store.with(|h| {
            let mut found = drops(range.of(h));
            found.truncate(3);
            found
                .into_iter()
                .map(|d| (d, h.get(d.to).and_then(|s| s.note.clone())))
                .collect::<Vec<_>>()
        })
    };
    move || {
        found().into_iter().map(|(drop, note)| view! {
            <section class="card drop" data-testid="drop">
                <h2>{format!("{} SSI fell {} points between {} and {}", whose.possessive_title(), format_points(drop.fall), format::date(drop.from), format::date(drop.to))}</h2>
                <p>"Common causes:"</p>
                <ul class="plain-list">
                    <li>"Less activity lately: the score reflects recent weeks, so a quiet spell shows quickly."</li>
                    <li>"LinkedIn recalculating scores for everyone, which moves many people at once."</li>
                    <li>"A change in the peer group (a new industry, or a network that grew) shifts the comparison."</li>
                </ul>
                {match note {
                    Some(n) => view! { <p class="note">"Note: " {n}</p> }.into_any(),
                    None => (!store.read_only()).then(|| view! {
                        <button class="button small" on:click=move |_| navigation.go(Screen::Edit(drop.to))>
                            "Add a note saying what happened"
                        </button>
                    }).into_any(),
                }}
            </section>
        }).collect_view()
    }
}
