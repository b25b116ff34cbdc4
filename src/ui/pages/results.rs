//! Beyond the score: the user's own outcomes, recorded per snapshot and set beside the SSI,
//! with an honest statement of how they move together.

use leptos::prelude::*;

use crate::domain::charts::outcome_chart;
use crate::domain::goals::{
    parse_outcome_value, Outcome, MAX_OUTCOMES, MAX_OUTCOME_NAME, SUGGESTED_OUTCOMES,
};
use crate::domain::snapshot::format_number;
use crate::domain::stats::{relationship, Relationship, MIN_CORRELATION_POINTS};
use crate::ui::components::{EChart, RangePicker};
use crate::ui::format;
use crate::ui::state::AppState;

/// The results page: define outcomes, record them, and compare them with the score.
#[component]
pub fn ResultsPage() -> impl IntoView {
    let state = AppState::get();
    // A memo: the charts are rebuilt when the list of outcomes changes, not on every entry.
    let outcomes = Memo::new(move |_| state.history.with(|h| h.outcomes.clone()));
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
    let state = AppState::get();
    let name = RwSignal::new(String::new());
    let error = RwSignal::new(None::<String>);
    let add = move |text: String| {
        let text = text.trim().to_string();
        let problem = state.history.with_untracked(|h| {
            if text.is_empty() {
                Some("Give the outcome a name.".to_string())
            } else if text.chars().count() > MAX_OUTCOME_NAME {
                Some(format!(
                    "Keep the name under {MAX_OUTCOME_NAME} characters."
                ))
            } else if h.outcomes.len() >= MAX_OUTCOMES {
                Some(format!("You can track up to {MAX_OUTCOMES} outcomes."))
            } else if h
                .outcomes
                .iter()
                .any(|o| o.name.eq_ignore_ascii_case(&text))
            {
                Some(format!("You already track “{text}”."))
            } else {
                None
            }
        });
        error.set(problem.clone());
        if problem.is_none() && !state.read_only {
            state.history.update(|h| {
                let id = h.outcomes.iter().map(|o| o.id).max().unwrap_or(0) + 1;
                h.outcomes.push(Outcome { id, name: text });
            });
            name.set(String::new());
        }
    };
    let remove = move |id: u32| {
        state.history.update(|h| {
            h.outcomes.retain(|o| o.id != id);
            let snapshots: Vec<_> = h
                .snapshots()
                .iter()
                .filter(|s| s.outcomes.contains_key(&id))
                .cloned()
                .collect();
            for mut s in snapshots {
                s.outcomes.remove(&id);
                h.replace(s);
            }
        })
    };
    let suggestions = move || {
        state.history.with(|h| {
            SUGGESTED_OUTCOMES
                .iter()
                .filter(|s| !h.outcomes.iter().any(|o| o.name.eq_ignore_ascii_case(s)))
                .map(|&s| view! { <button type="button" class="button small" on:click=move |_| add(s.to_string())>{format!("+ {s}")}</button> })
                .collect_view()
        })
    };
    view! {
        <h2>"What you track"</h2>
        <ul class="chips">
            {move || state.history.with(|h| h.outcomes.clone()).into_iter().map(|o| {
                let id = o.id;
                view! {
                    <li class="chip">
                        {o.name.clone()}
                        {(!state.read_only).then(|| view! {
                            <button type="button" class="chip-remove" aria-label=format!("Stop tracking {}", o.name) on:click=move |_| remove(id)>"×"</button>
                        })}
                    </li>
                }
            }).collect_view()}
        </ul>
        {(!state.read_only).then(|| view! {
            <div class="actions">{suggestions}</div>
            <form class="inline-form" on:submit=move |ev| { ev.prevent_default(); add(name.get_untracked()); }>
                <label for="outcome-name">"Another outcome"</label>
                <input id="outcome-name" type="text" maxlength="40" placeholder="e.g. Demos given"
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
    let state = AppState::get();
    let set_value = move |date: chrono::NaiveDate, id: u32, text: String| {
        let value = parse_outcome_value(&text);
        state.history.update(|h| {
            if let Some(mut s) = h.get(date).cloned() {
                match value {
                    Some(v) => s.outcomes.insert(id, v),
                    None => s.outcomes.remove(&id),
                };
                h.replace(s);
            }
        });
    };
    let rows = move || {
        let range = state.range.get();
        let (outcomes, snapshots) = state.history.with(|h| {
            (
                h.outcomes.clone(),
                range.of(h).iter().rev().cloned().collect::<Vec<_>>(),
            )
        });
        snapshots.into_iter().map(|s| {
            let date = s.date;
            let cells = outcomes.iter().map(|o| {
                let id = o.id;
                let value = s.outcomes.get(&id).map(|&v| format_number(v)).unwrap_or_default();
                view! {
                    <td>
                        <input type="text" inputmode="decimal" class="cell-input"
                            aria-label=format!("{} on {}", o.name, format::date(date))
                            prop:value=value readonly=state.read_only
                            on:change=move |ev| set_value(date, id, event_target_value(&ev)) />
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
            <div class="table-scroll">
                <table class="data-table compact" data-testid="outcome-entries">
                    <thead>
                        <tr>
                            <th scope="col">"Date"</th>
                            <th scope="col" class="num">"SSI"</th>
                            {move || state.history.with(|h| h.outcomes.clone()).into_iter().map(|o| view! { <th scope="col">{o.name}</th> }).collect_view()}
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
    let state = AppState::get();
    let (id, name) = (outcome.id, outcome.name.clone());
    let chart_name = name.clone();
    let options = Callback::new(move |style| {
        let range = state.range.get();
        state
            .history
            .with(|h| outcome_chart(range.of(h), id, &chart_name, &style))
    });
    let statement_name = name.clone();
    let statement = move || {
        let range = state.range.get();
        let found = state.history.with(|h| relationship(range.of(h), id));
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
        <section class="card" data-testid=format!("outcome-{id}")>
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
