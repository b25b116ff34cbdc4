//! Industry and network ranks over time, where up means better.

use leptos::prelude::*;

use crate::domain::charts::rank_chart;
use crate::ui::components::{ChartData, Column, DataTable, EChart};
use crate::ui::format;
use crate::ui::state::{HistoryView, Preferences};

/// The rank trend, shown when any snapshot has a rank.
#[component]
pub fn RankCard() -> impl IntoView {
    let store = HistoryView::expect();
    let preferences = Preferences::expect();
    let has_ranks = move || {
        store.with(|h| {
            h.snapshots()
                .iter()
                .any(|s| s.industry_rank.is_some() || s.network_rank.is_some())
        })
    };
    let lang = crate::ui::state::use_lang();
    let options = Callback::new(move |style| {
        let range = preferences.range();
        store.with(|h| rank_chart(range.of(h), &style, lang))
    });
    let rows = move || {
        let range = preferences.range();
        store.newest_first(range, |s| {
            (s.industry_rank.is_some() || s.network_rank.is_some()).then(|| {
                view! {
                    <tr>
                        <th scope="row">{format::date(s.date)}</th>
                        <td class="num">{format::rank(s.industry_rank)}</td>
                        <td class="num">{format::rank(s.network_rank)}</td>
                    </tr>
                }
            })
        })
    };
    view! {
        <Show when=has_ranks>
            <section class="card" aria-labelledby="ranks-title">
                <h2 id="ranks-title">"Rank among peers"</h2>
                <p class="muted">
                    "“Top 10%” is better than “Top 40%”, so better ranks are higher on the chart."
                </p>
                <EChart
                    options
                    label="Line chart of the industry and network ranks over time; the numbers are in the table below."
                    testid="rank-chart"
                />
                <ChartData summary="Show the ranks as a table">
                    <DataTable
                        class="compact"
                        columns=vec![
                            Column::text("Date"),
                            Column::number("Industry"),
                            Column::number("Network"),
                        ]
                    >
                        {rows}
                    </DataTable>
                </ChartData>
            </section>
        </Show>
    }
}
