//! The trend line chart, with the same numbers as a table for screen readers and keyboards.

use std::sync::atomic::{AtomicUsize, Ordering};

use leptos::prelude::*;

use crate::domain::charts::{trend_chart, ChartStyle};
use crate::domain::Pillar;
use crate::edges::chart::LiveChart;
use crate::edges::color_scheme::{prefers_dark, SchemeWatcher};
use crate::ui::format::{self, format_number};
use crate::ui::state::AppState;

/// Gives each chart element its own id: charming's renderer finds the element by id.
fn next_chart_id() -> String {
    static NEXT: AtomicUsize = AtomicUsize::new(0);
    format!("trend-chart-{}", NEXT.fetch_add(1, Ordering::Relaxed))
}

/// Overall score and pillars over time. The ECharts instance is created once when the element
/// is mounted, updated when the history changes, and disposed when the component unmounts.
#[component]
pub fn TrendChart() -> impl IntoView {
    let state = AppState::get();
    let id = next_chart_id();
    let element = NodeRef::<leptos::html::Div>::new();
    let live = StoredValue::new_local(None::<LiveChart>);
    let error = RwSignal::new(None::<String>);
    let dark = RwSignal::new(prefers_dark());
    let watcher = StoredValue::new_local(SchemeWatcher::new(move |d| dark.set(d)));

    Effect::new({
        let id = id.clone();
        move |_| {
            let history = state.history.read();
            let Some(el) = element.get() else {
                return;
            };
            let style = ChartStyle::new(dark.get(), el.client_width().max(0) as u32);
            let chart = trend_chart(&history, &style);
            live.update_value(|slot| match slot {
                Some(existing) => existing.update(&chart),
                None => match LiveChart::create(&id, &chart) {
                    Ok(created) => *slot = Some(created),
                    Err(e) => error.set(Some(e.to_string())),
                },
            });
        }
    });
    on_cleanup(move || {
        live.update_value(|slot| drop(slot.take()));
        watcher.update_value(|w| drop(w.take()));
    });

    view! {
        <div
            id=id
            node_ref=element
            class="chart"
            role="img"
            aria-label="Line chart of your overall SSI and the four pillars over time. The same numbers are in the table below."
            data-testid="trend-chart"
        ></div>
        {move || error.get().map(|e| view! { <p class="error">{e}</p> })}
        {move || (state.history.with(|h| h.len()) < 2).then(|| view! {
            <p class="muted chart-hint">"Your trend takes shape as you add snapshots; once a week works well."</p>
        })}
        <ChartTable />
    }
}

/// The trend's numbers as a table: the chart's text alternative.
#[component]
fn ChartTable() -> impl IntoView {
    let state = AppState::get();
    let rows = move || {
        state.history.with(|h| {
            h.snapshots()
                .iter()
                .rev()
                .map(|s| {
                    view! {
                        <tr>
                            <th scope="row">{format::date(s.date)}</th>
                            <td class="num">{format_number(s.overall)}</td>
                            {Pillar::ALL.map(|p| view! { <td class="num">{format_number(s.pillars.get(p))}</td> })}
                        </tr>
                    }
                })
                .collect_view()
        })
    };
    view! {
        <details class="chart-data">
            <summary>"Show the chart’s numbers as a table"</summary>
            <div class="table-scroll" tabindex="0" role="region" aria-label="Trend data">
                <table class="data-table">
                    <caption class="visually-hidden">"Overall SSI and pillar scores by date, newest first"</caption>
                    <thead>
                        <tr>
                            <th scope="col">"Date"</th>
                            <th scope="col" class="num">"Overall"</th>
                            {Pillar::ALL.map(|p| view! { <th scope="col" class="num">{p.short_label()}</th> })}
                        </tr>
                    </thead>
                    <tbody>{rows}</tbody>
                </table>
            </div>
        </details>
    }
}
