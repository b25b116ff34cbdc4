//! Beyond the score: the user's own outcomes, recorded per snapshot and set beside the SSI,
//! with an honest statement of how they move together.

use leptos::prelude::*;

use crate::domain::charts::outcome_chart;
use crate::domain::number::format_number;
use crate::domain::outcomes::{
    parse_outcome_value, Outcome, OutcomeId, MAX_OUTCOME_NAME, SUGGESTED_OUTCOMES,
};
use crate::domain::stats::{relationship, Relationship, MIN_CORRELATION_POINTS};
use crate::edges::random;
use crate::ui::components::{EChart, RangePicker};
use crate::ui::format;
use crate::ui::state::{HistoryStore, Preferences};

/// The results page: define outcomes, record them, and compare them with the score.
#[component]
pub fn ResultsPage() -> impl IntoView {
    let store = HistoryStore::expect();
    // A memo: the charts are rebuilt when the list of outcomes changes, not on every entry.
    let outcomes = Memo::new(move |_| store.with(|h| h.outcomes().to_vec()));
    let has_outcomes = move || outcomes.with(|o| !o.is_empty());
    view! {
        <h1 class="page-title">"Results"</h1>
        <section class="card">
            <p class="lead-small">
                "The SSI measures activity. What matters is whether that activity turns into results: "
                "conversations, meetings, leads. Record a few of your own numbers each week and see whether they move with the score."
            </p>
            <OutcomeDefinitions />
        </section>
        <Show when=has_outcomes>
            {move || outcomes.get().into_iter().map(|o| view! { <OutcomeComparison outcome=o /> }).collect_view()}
            <OutcomeEntries />
        </Show>
    }
}

/// Adding and removing the outcomes the user tracks.
#[component]
fn OutcomeDefinitions() -> impl IntoView {
    let store = HistoryStore::expect();
    let name = RwSignal::new(String::new());
    let error = RwSignal::new(None::<String>);
    let add = move |text: String| {
        let mut seed = random::id_seed();
        match store.change(|h| h.add_outcome(&text, &mut seed)) {
            Ok(_) => {
                error.set(None);
                name.set(String::new());
            }
            Err(e) => error.set(Some(e.to_string())),
        }
    };
    let remove = move |id: OutcomeId| {
        if let Err(e) = store.change(|h| h.remove_outcome(id)) {
            error.set(Some(e.to_string()));
        }
    };
    let suggestions = move || {
        store.with(|h| {
            SUGGESTED_OUTCOMES
                .iter()
                .filter(|s| h.outcome_named(s).is_none())
                .map(|&s| view! { <button type="button" class="button small" on:click=move |_| add(s.to_string())>{format!("+ {s}")}</button> })
                .collect_view()
        })
    };
    view! {
        <h2>"What you track"</h2>
        <ul class="chips">
            {move || store.with(|h| h.outcomes().to_vec()).into_iter().map(|o| {
                let id = o.id();
                view! {
                    <li class="chip">
                        {o.name().to_string()}
                        {(!store.read_only()).then(|| view! {
                            <button type="button" class="chip-remove" aria-label=format!("Stop tracking {}", o.name()) on:click=move |_| remove(id)>"×"</button>
                        })}
                    </li>
                }
            }).collect_view()}
        </ul>
        {(!store.read_only()).then(|| view! {
            <div class="actions">{suggestions}</div>
            <form class="inline-form" on:submit=move |ev| { ev.prevent_default(); add(name.get_untracked()); }>
                <label for="outcome-name">"Another outcome"</label>
                <input id="outcome-name" type="text" maxlength=MAX_OUTCOME_NAME placeholder="e.g. Demos given"
                    prop:value=move || name.get() on:input=move |ev| name.set(event_target_value(&ev)) />
                <button type="submit" class="button small">"Add"</button>
            </form>
            {move || error.get().map(|e| view! { <p class="field-error" role="alert">{e}</p> })}
        })}
    }
}

/// A table to record outcome values for each snapshot in the chosen range.
#[component]
fn OutcomeEntries() -> impl IntoView {
    let store = HistoryStore::expect();
    let preferences = Preferences::expect();
    // The cell whose text was refused, and why; the stored value stays as it was.
    let refused = RwSignal::new(None::<String>);
    let set_value = move |date: chrono::NaiveDate, outcome: Outcome, text: String| {
        let result = parse_outcome_value(&text)
            .map_err(Into::into)
            .and_then(|value| store.change(|h| h.set_outcome_value(date, outcome.id(), value)));
        refused.set(
            result
                .err()
                .map(|e| format!("{}, {}: {e}", format::date(date), outcome.name())),
        );
    };
    let rows = move || {
        let range = preferences.range();
        let (outcomes, snapshots) = store.with(|h| {
            (
                h.outcomes().to_vec(),
                range.of(h).iter().rev().cloned().collect::<Vec<_>>(),
            )
        });
        snapshots.into_iter().map(|s| {
            let date = s.date;
            let cells = outcomes.iter().map(|o| {
                let (id, outcome) = (o.id(), o.clone());
                let value = s.outcomes.get(&id).map(|&v| format_number(v)).unwrap_or_default();
                view! {
                    <td>
                        <input type="text" inputmode="decimal" class="cell-input"
                            aria-label=format!("{} on {}", o.name(), format::date(date))
                            prop:value=value readonly=store.read_only()
                            on:change=move |ev| set_value(date, outcome.clone(), event_target_value(&ev)) />
                    </td>
                }
            }).collect_view();
            view! { <tr><th scope="row">{format::date(date)}</th><td class="num">{format_number(s.overall)}</td>{cells}</tr> }
        }).collect_view()
    };
    view! {
        <section class="card" aria-labelledby="entries-title">
            <div class="card-head">
                <h2 id="entries-title">"Record your results"</h2>
                <RangePicker />
            </div>
            <p class="muted">"Enter the week’s count beside each snapshot. Leave a box empty if you don’t know."</p>
            {move || refused.get().map(|e| view! { <p class="field-error" role="alert" data-testid="outcome-refused">{e}</p> })}
            <div class="table-scroll">
                <table class="data-table compact" data-testid="outcome-entries">
                    <thead>
                        <tr>
                            <th scope="col">"Date"</th>
                            <th scope="col" class="num">"SSI"</th>
                            {move || store.with(|h| h.outcomes().to_vec()).into_iter().map(|o| view! { <th scope="col">{o.name().to_string()}</th> }).collect_view()}
                        </tr>
                    </thead>
                    <tbody>{rows}</tbody>
                </table>
            </div>
        </section>
    }
}

/// One outcome beside the score, and what their relationship does and doesn't say.
#[component]
fn OutcomeComparison(outcome: Outcome) -> impl IntoView {
    let store = HistoryStore::expect();
    let preferences = Preferences::expect();
    let (id, name) = (outcome.id(), outcome.name().to_string());
    let chart_name = name.clone();
    let options = Callback::new(move |style| {
        let range = preferences.range();
        store.with(|h| outcome_chart(range.of(h), id, &chart_name, &style))
    });
    let statement_name = name.clone();
    let statement = move || {
        let range = preferences.range();
        let found = store.with(|h| relationship(range.of(h), id));
        let name = statement_name.to_lowercase();
        match found {
            Relationship::NotEnoughData { points } => format!(
                "Not enough data yet: {points} of the {MIN_CORRELATION_POINTS} weeks with {name} needed before saying how it moves with your SSI."
            ),
            Relationship::Correlation { r, points } => format!(
                "Over {points} weeks, your SSI and {name} have a correlation of {r:.2} ({}).",
                strength(r)
            ),
            Relationship::ScoreUpOutcomeFlat { rise, points, .. } => format!(
                "Your SSI rose about {rise:.0} points over these {points} weeks while {name} stayed flat. \
                 That is the sign of activity that isn’t turning into results: look at what you do, not at the score."
            ),
        }
    };
    view! {
        <section class="card" data-testid=format!("outcome-{}", id.key())>
            <h2>{format!("Your SSI and {}", name)}</h2>
            <p class="lead-small" data-testid="relationship">{statement}</p>
            <p class="fine-print">"Correlation is not cause: two numbers can move together without one driving the other."</p>
            <EChart options label="Chart of your SSI as a line and this outcome as bars over time; the numbers are in the table below." />
        </section>
    }
}

fn strength(r: f64) -> &'static str {
    match r.abs() {
        a if a >= 0.7 => {
            if r > 0.0 {
                "they rise and fall together strongly"
            } else {
                "one rises as the other falls"
            }
        }
        a if a >= 0.4 => {
            if r > 0.0 {
                "a moderate link"
            } else {
                "a moderate inverse link"
            }
        }
        _ => "little or no link",
    }
}
