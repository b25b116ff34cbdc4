//! How each score moved over the last week and the last 30 days, in numbers and words.

use leptos::prelude::*;

use crate::domain::goals::Metric;
use crate::domain::stats::{change_over, fastest_growing};
use crate::ui::components::{Column, DataTable};
use crate::ui::format::change_class;
use crate::ui::state::HistoryView;

/// A table of recent changes and a sentence naming the fastest-growing pillar.
#[component]
pub fn ChangesCard() -> impl IntoView {
    let store = HistoryView::expect();
    let cell = move |metric: Metric, days: u64| {
        store.with(|h| change_over(h, metric, days)).map_or_else(
            || view! { <td class="num muted">"–"</td> }.into_any(),
            |c| {
                let precision = metric.precision();
                let class = format!("num {}", change_class(precision, c.delta));
                view! { <td class=class>{precision.format_change(c.delta)}</td> }.into_any()
            },
        )
    };
    let whose = store.whose();
    let summary = move || {
        store.with(|h| match fastest_growing(h, 30) {
            Some(c) => format!(
                "{} {} in 30 days, {} fastest-growing pillar.",
                c.metric.label(),
                c.metric.precision().format_change(c.delta),
                whose.possessive()
            ),
            None if change_over(h, Metric::Overall, 30).is_some() => {
                format!(
                    "None of {} pillars grew over the last 30 days.",
                    whose.possessive()
                )
            }
            None => "Changes over 30 days appear once the history spans a month.".into(),
        })
    };
    view! {
        <section class="card" aria-labelledby="changes-title" data-testid="changes">
            <h2 id="changes-title">"Recent change"</h2>
            <p class="lead-small">{summary}</p>
            <DataTable
                class="compact"
                columns=vec![
                    Column::text("Score"),
                    Column::number("Last week"),
                    Column::number("30 days"),
                ]
            >
                {move || {
                    Metric::ALL
                        .map(|m| {
                            view! {
                                <tr>
                                    <th scope="row">{m.label()}</th>
                                    {cell(m, 7)}
                                    {cell(m, 30)}
                                </tr>
                            }
                        })
                }}
            </DataTable>
        </section>
    }
}
