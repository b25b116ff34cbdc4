//! The trend line chart over the chosen range, with the same numbers as a table.

use leptos::prelude::*;

use crate::domain::charts::trend_chart;
use crate::domain::number::Precision;
use crate::domain::Pillar;
use crate::i18n;
use crate::ui::components::{pillar_columns, ChartData, Column, DataTable, EChart};
use crate::ui::format;
use crate::ui::state::{use_lang, HistoryView, Preferences, YourData};

/// Overall score and pillars over the chosen range, with goal projections and note markers.
/// With `yours`, a short history invites more snapshots.
#[component]
pub fn TrendChart(yours: Option<YourData>) -> impl IntoView {
    let store = HistoryView::expect();
    let preferences = Preferences::expect();
    let lang = use_lang();
    let options = Callback::new(move |style| {
        let range = preferences.range();
        store.with(|h| trend_chart(range.of(h), h.goals(), &style, lang))
    });
    view! {
        <EChart
            options
            label=i18n::start_trend_chart_label(lang)
            testid="trend-chart"
            tall=true
            // The chart a first visit waits for, even below the fold on a phone.
            main=true
        />
        {move || {
            yours
                .filter(|yours| yours.with(|h| h.len()) < 2)
                .map(|_| {
                    view! { <p class="muted chart-hint">{i18n::results_trend_hint(lang)}</p> }
                })
        }}
        <ChartTable />
    }
}

/// The trend's numbers as a table: the chart's text alternative.
#[component]
fn ChartTable() -> impl IntoView {
    let store = HistoryView::expect();
    let preferences = Preferences::expect();
    let lang = use_lang();
    let rows = move || {
        let range = preferences.range();
        store.newest_first(range, |s| {
            Some(view! {
                <tr>
                    <th scope="row">{format::date(s.date)}</th>
                    <td class="num">{Precision::Whole.format(s.overall)}</td>
                    {Pillar::ALL
                        .map(|p| {
                            view! {
                                <td class="num">{Precision::Hundredth.format(s.pillars.get(p))}</td>
                            }
                        })}
                    <td class="note-cell">{s.note.clone()}</td>
                </tr>
            })
        })
    };
    view! {
        <ChartData summary=i18n::results_chart_table(lang)>
            <DataTable
                region=i18n::results_trend_region(lang)
                caption=i18n::results_trend_caption(lang)
                columns=pillar_columns(
                    lang,
                    i18n::results_date(lang),
                    i18n::results_overall(lang),
                    [Column::text(i18n::results_note(lang))],
                )
            >
                {rows}
            </DataTable>
        </ChartData>
    }
}
