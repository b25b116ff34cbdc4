//! Industry and network ranks over time, where up means better.

use leptos::prelude::*;

use crate::domain::charts::rank_chart;
use crate::i18n::{self, ssi};
use crate::ui::components::{ChartData, Column, DataTable, EChart};
use crate::ui::format;
use crate::ui::state::{use_lang, HistoryView, Preferences};

/// The rank trend, shown when any snapshot has a rank.
#[component]
pub fn RankCard() -> impl IntoView {
    let lang = use_lang();
    let store = HistoryView::expect();
    let preferences = Preferences::expect();
    let has_ranks = move || {
        store.with(|h| {
            h.snapshots()
                .iter()
                .any(|s| s.industry_rank.is_some() || s.network_rank.is_some())
        })
    };
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
                        <td class="num">{ssi::rank(lang, s.industry_rank)}</td>
                        <td class="num">{ssi::rank(lang, s.network_rank)}</td>
                    </tr>
                }
            })
        })
    };
    view! {
        <Show when=has_ranks>
            <section class="card" aria-labelledby="ranks-title">
                <h2 id="ranks-title">{i18n::learn_ranks_title(lang)}</h2>
                <p class="muted">
                    {i18n::learn_ranks_hint(
                        lang,
                        ssi::rank(lang, Some(10)),
                        ssi::rank(lang, Some(40)),
                    )}
                </p>
                <EChart options label=i18n::learn_ranks_chart_label(lang) testid="rank-chart" />
                <ChartData summary=i18n::learn_ranks_as_table(lang)>
                    <DataTable
                        class="compact"
                        columns=vec![
                            Column::text(i18n::learn_column_date(lang)),
                            Column::number(i18n::learn_column_industry(lang)),
                            Column::number(i18n::learn_column_network(lang)),
                        ]
                    >
                        {rows}
                    </DataTable>
                </ChartData>
            </section>
        </Show>
    }
}
