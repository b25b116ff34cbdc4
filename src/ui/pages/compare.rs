//! Several people's shared links side by side. Nothing is stored unless the user saves the
//! comparison, and then only the links.

use leptos::prelude::*;

use crate::domain::charts::comparison_chart;
use crate::domain::goals::Metric;
use crate::domain::number::{format_change, format_number};
use crate::domain::share::links::{self, LinkProblem, MAX_PEOPLE};
use crate::domain::stats::change_over;
use crate::edges::storage;
use crate::ui::components::{EChart, RangePicker};
use crate::ui::format;
use crate::ui::state::Preferences;

/// What the page says about a line that added nobody.
fn describe(problem: &LinkProblem) -> String {
    match problem {
        LinkProblem::Unreadable { line, error } => format!("Line {line}: {error}"),
        LinkProblem::TooMany { .. } => format!("Only the first {MAX_PEOPLE} links are compared."),
    }
}

/// The comparison page.
#[component]
pub fn ComparePage() -> impl IntoView {
    let preferences = Preferences::expect();
    let text = RwSignal::new(storage::read_text(storage::COMPARISON_KEY).unwrap_or_default());
    let metric = RwSignal::new(Metric::Overall);
    let saved = RwSignal::new(None::<&'static str>);
    let parsed = Memo::new(move |_| text.with(|t| links::read(t)));
    let options = Callback::new(move |style| {
        let range = preferences.range();
        parsed.with(|links| {
            let slices: Vec<(String, &[crate::domain::Snapshot])> = links
                .people
                .iter()
                .map(|p| (p.name.clone(), range.of(&p.shared.history)))
                .collect();
            comparison_chart(&slices, metric.get(), &style)
        })
    });
    let save = move |_| {
        storage::write_text(storage::COMPARISON_KEY, &text.get_untracked());
        saved.set(Some("Saved in this browser: only the links."));
    };
    let forget = move |_| {
        storage::write_text(storage::COMPARISON_KEY, "");
        text.set(String::new());
        saved.set(Some("Forgotten."));
    };
    let rows = move || {
        parsed.with(|links| {
            links.people.iter().map(|p| {
                let latest = p.shared.history.latest();
                let month = change_over(&p.shared.history, Metric::Overall, 30).map(|c| format_change(c.delta)).unwrap_or_else(|| "–".into());
                view! {
                    <tr>
                        <th scope="row">{p.name.clone()}</th>
                        <td>{latest.map(|s| format::date(s.date)).unwrap_or_default()}</td>
                        <td class="num strong">{latest.map(|s| format_number(s.overall)).unwrap_or_default()}</td>
                        <td class="num">{format::rank(latest.and_then(|s| s.industry_rank))}</td>
                        <td class="num">{format::rank(latest.and_then(|s| s.network_rank))}</td>
                        <td class="num">{month}</td>
                    </tr>
                }
            }).collect_view()
        })
    };
    let metric_buttons = Metric::ALL.map(|m| view! {
        <button type="button" aria-pressed=move || (metric.get() == m).to_string() on:click=move |_| metric.set(m)>{m.short_label()}</button>
    });

    view! {
        <h1 class="page-title">"Compare"</h1>
        <section class="card" aria-labelledby="links-title">
            <h2 id="links-title">"Shared links"</h2>
            <p class="muted">
                {format!("Paste up to {MAX_PEOPLE} SSI Lens share links, one per line. They are read here, in your browser; nothing is stored unless you save the comparison.")}
            </p>
            <label for="compare-links" class="visually-hidden">"Share links, one per line"</label>
            <textarea id="compare-links" rows="4" placeholder="https://…#s=…"
                prop:value=move || text.get()
                on:input=move |ev| { text.set(event_target_value(&ev)); saved.set(None); }></textarea>
            {move || parsed.with(|links| links.problems.iter().map(|p| view! { <p class="field-error">{describe(p)}</p> }).collect_view())}
            <div class="actions">
                <button type="button" class="button small" on:click=save>"Save this comparison"</button>
                <button type="button" class="button small quiet" on:click=forget>"Forget it"</button>
                {move || saved.get().map(|m| view! { <span class="success" role="status">{m}</span> })}
            </div>
        </section>
        <Show when=move || parsed.with(|links| !links.people.is_empty())>
            <section class="card" aria-labelledby="compare-title">
                <div class="card-head">
                    <h2 id="compare-title">"Side by side"</h2>
                    <RangePicker />
                </div>
                <div class="segmented" role="group" aria-label="Score to compare">{metric_buttons.clone()}</div>
                <EChart options label="Line chart with one line per person; the latest numbers are in the table below." testid="comparison-chart" />
                <div class="table-scroll">
                    <table class="data-table" data-testid="comparison-table">
                        <thead>
                            <tr>
                                <th scope="col">"Person"</th>
                                <th scope="col">"Latest"</th>
                                <th scope="col" class="num">"SSI"</th>
                                <th scope="col" class="num">"Industry"</th>
                                <th scope="col" class="num">"Network"</th>
                                <th scope="col" class="num">"30 days"</th>
                            </tr>
                        </thead>
                        <tbody>{rows}</tbody>
                    </table>
                </div>
            </section>
        </Show>
    }
}
