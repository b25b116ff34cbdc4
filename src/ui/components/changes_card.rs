//! How each score moved over the last week and the last 30 days, in numbers and words.

use leptos::prelude::*;

use crate::domain::goals::Metric;
use crate::domain::stats::{change_over, fastest_growing};
use crate::i18n::{self, learn};
use crate::ui::components::{Column, DataTable};
use crate::ui::format::change_class;
use crate::ui::state::{use_lang, HistoryView};

/// A table of recent changes and a sentence naming the fastest-growing pillar.
#[component]
pub fn ChangesCard() -> impl IntoView {
    let lang = use_lang();
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
            Some(c) => learn::fastest_growing(lang, &whose, Some((c.metric, c.delta))),
            None if change_over(h, Metric::Overall, 30).is_some() => {
                learn::fastest_growing(lang, &whose, None)
            }
            None => i18n::learn_changes_later(lang).into(),
        })
    };
    view! {
        <section class="card" aria-labelledby="changes-title" data-testid="changes">
            <h2 id="changes-title">{i18n::learn_changes_title(lang)}</h2>
            <p class="lead-small">{summary}</p>
            <DataTable
                class="compact"
                columns=vec![
                    Column::text(i18n::learn_column_score(lang)),
                    Column::number(i18n::learn_column_last_week(lang)),
                    Column::number(i18n::learn_column_30_days(lang)),
                ]
            >
                {move || {
                    Metric::ALL
                        .map(|m| {
                            view! {
                                <tr>
                                    <th scope="row">{learn::metric_name(lang, m)}</th>
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
