//! Beyond the score: the user's own outcomes, recorded per week (with or without a snapshot)
//! and set beside the SSI, with an honest statement of how they move together.

use std::collections::BTreeMap;

use chrono::NaiveDate;
use leptos::prelude::*;

use crate::domain::charts::outcome_chart;
use crate::domain::history::newest_first;
use crate::domain::number::{self, fixed, format_number, shown};
use crate::domain::outcomes::{
    parse_outcome_count, this_weeks_day, Outcome, OutcomeId, MAX_OUTCOME_NAME, SUGGESTED_OUTCOMES,
};
use crate::domain::snapshot::{latest_typed_date, read_typed_date, TypedDateError};
use crate::domain::stats::{relationship, Range, Relationship, MIN_CORRELATION_POINTS};
use crate::domain::HistoryError;
use crate::edges::{clock, focus, random};
use crate::ui::components::{EChart, FieldError, RangePicker};
use crate::ui::format;
use crate::ui::state::{Notices, Preferences, YourData};

/// The results page: define outcomes, record them, and compare them with the score.
#[component]
pub fn ResultsPage() -> impl IntoView {
    let store = YourData::expect();
    // A memo: the charts are rebuilt when the list of outcomes changes, not on every entry.
    let outcomes = Memo::new(move |_| store.with(|h| h.outcomes().to_vec()));
    let has_outcomes = move || outcomes.with(|o| !o.is_empty());
    // Entries share what was typed and refused, so this week's row and its row in the grid
    // show the same.
    let typed = Typed::new();
    view! {
        <h1 class="page-title">"Results"</h1>
        <Show when=has_outcomes>
            <ThisWeek typed />
        </Show>
        <section class="card">
            <p class="lead-small">
                "The SSI measures activity. What matters is whether that activity turns into results: "
                "conversations, meetings, leads. Record a few of your own numbers each week and see whether they move with the score."
            </p>
            <OutcomeDefinitions />
        </section>
        <Show when=has_outcomes>
            {move || {
                outcomes
                    .get()
                    .into_iter()
                    .map(|o| view! { <OutcomeComparison outcome=o /> })
                    .collect_view()
            }} <OutcomeEntries typed />
        </Show>
    }
}

/// Adding and removing the outcomes the user tracks.
#[component]
fn OutcomeDefinitions() -> impl IntoView {
    let store = YourData::expect();
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
                .map(|&s| view! {
                    <button type="button" class="button small" on:click=move |_| add(s.to_string())>
                        {format!("+ {s}")}
                    </button>
                })
                .collect_view()
        })
    };
    view! {
        <h2>"What you track"</h2>
        <ul class="chips">
            {move || {
                store
                    .with(|h| h.outcomes().to_vec())
                    .into_iter()
                    .map(|o| {
                        let id = o.id();
                        view! {
                            <li class="chip">
                                {o.name().to_string()}
                                <button
                                    type="button"
                                    class="chip-remove"
                                    aria-label=format!("Stop tracking {}", o.name())
                                    on:click=move |_| remove(id)
                                >
                                    "×"
                                </button>
                            </li>
                        }
                    })
                    .collect_view()
            }}
        </ul>
        <div class="actions">{suggestions}</div>
        <form
            class="inline-form"
            on:submit=move |ev| {
                ev.prevent_default();
                add(name.get_untracked());
            }
        >
            <label for="outcome-name">"Another result to track"</label>
            <input
                id="outcome-name"
                type="text"
                maxlength=MAX_OUTCOME_NAME
                placeholder="e.g. Demos given"
                prop:value=move || name.get()
                on:input=move |ev| name.set(event_target_value(&ev))
            />
            <button type="submit" class="button small">
                "Add"
            </button>
        </form>
        <FieldError problem=error />
    }
}

/// What was typed in a count and refused, and why, by day and result: it stays as typed,
/// beside its reason, and the stored value stays as it was.
#[derive(Clone, Copy)]
struct Typed(RwSignal<BTreeMap<(NaiveDate, OutcomeId), (String, String)>>);

impl Typed {
    fn new() -> Self {
        Typed(RwSignal::new(BTreeMap::new()))
    }

    /// Records `text` as the count of `id` on `date`, or keeps it as typed with its reason.
    fn set_value(self, store: YourData, date: NaiveDate, id: OutcomeId, text: String) {
        let result = parse_outcome_count(&text, number::decimal_mark())
            .map_err(HistoryError::from)
            .and_then(|value| store.change(|h| h.set_outcome_value(date, id, value)));
        self.0.update(|t| match result {
            Ok(()) => {
                t.remove(&(date, id));
            }
            Err(e) => {
                t.insert((date, id), (text, e.to_string()));
            }
        });
    }

    fn problem(self, key: (NaiveDate, OutcomeId)) -> Option<String> {
        self.0.with(|t| t.get(&key).map(|(_, why)| why.clone()))
    }
}

/// The box for one result's count on one day, saved when it changes; a refused count stays as
/// typed with its reason under it. `input_id` must be unique on the page.
#[component]
fn CountInput(
    date: NaiveDate,
    outcome: Outcome,
    typed: Typed,
    input_id: String,
    /// Read by screen readers when no visible label names the box.
    #[prop(optional)]
    aria_label: Option<String>,
    /// Whether a refusal is announced from this box: a day shown twice (this week's, also in
    /// the grid) announces it once, from this week's box.
    #[prop(default = true)]
    announce: bool,
) -> impl IntoView {
    let store = YourData::expect();
    let id = outcome.id();
    let key = (date, id);
    let error_id = format!("{input_id}-error");
    let problem = move || typed.problem(key);
    // Only a change of this box's own stored value rewrites it: another tab saving anything
    // else must not wipe what is being typed here.
    let stored = Memo::new(move |_| store.with(|h| h.outcome_value(date, id)));
    let value = move || {
        typed
            .0
            .with(|t| t.get(&key).map(|(text, _)| text.clone()))
            .unwrap_or_else(|| stored.get().map(format_number).unwrap_or_default())
    };
    let described = error_id.clone();
    view! {
        <input
            type="text"
            inputmode="numeric"
            class="cell-input"
            id=input_id
            aria-label=aria_label
            aria-invalid=move || problem().is_some().then_some("true")
            aria-describedby=move || problem().is_some().then(|| described.clone())
            prop:value=value
            on:change=move |ev| typed.set_value(store, date, id, event_target_value(&ev))
        />
        {move || {
            problem()
                .map(|why| {
                    view! {
                        <p
                            class="field-error cell-error"
                            id=error_id.clone()
                            role=announce.then_some("alert")
                            data-testid="outcome-refused"
                        >
                            {why}
                        </p>
                    }
                })
        }}
    }
}

/// The current week's counts, at the top: its date, a box per result and Save. Each box is
/// saved as it changes (as in the grid), so Save only confirms, or points at a refused box.
#[component]
fn ThisWeek(typed: Typed) -> impl IntoView {
    let store = YourData::expect();
    let notices = Notices::expect();
    let today = clock::today();
    let day = Memo::new(move |_| store.with(|h| this_weeks_day(h, today)));
    let outcomes = Memo::new(move |_| store.with(|h| h.outcomes().to_vec()));
    let input_id = |date: NaiveDate, id: OutcomeId| format!("week-{date}-{}", id.key());
    let save = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        let date = day.get_untracked();
        let refused = outcomes
            .get_untracked()
            .into_iter()
            .find(|o| typed.problem((date, o.id())).is_some());
        match refused {
            Some(o) => {
                focus::focus(&input_id(date, o.id()));
            }
            None => {
                let recorded = store.with_untracked(|h| {
                    h.outcomes()
                        .iter()
                        .any(|o| h.outcome_value(date, o.id()).is_some())
                });
                let message = if recorded {
                    format!("Saved your results for {}.", format::date(date))
                } else {
                    format!(
                        "Nothing to save for {}: type a count first.",
                        format::date(date)
                    )
                };
                notices.show_toast(message, None);
            }
        }
    };
    view! {
        <section class="card this-week" aria-labelledby="this-week-title" data-testid="this-week">
            <form novalidate on:submit=save>
                <h2 id="this-week-title" class="this-week-title">
                    "This week: "
                    <span data-testid="this-week-date">{move || format::date(day.get())}</span>
                </h2>
                <div class="this-week-fields">
                    {move || {
                        let date = day.get();
                        outcomes
                            .get()
                            .into_iter()
                            .map(|o| {
                                let id = input_id(date, o.id());
                                view! {
                                    <div class="field">
                                        <label for=id.clone()>{o.name().to_string()}</label>
                                        <CountInput date outcome=o typed input_id=id />
                                    </div>
                                }
                            })
                            .collect_view()
                    }}
                </div>
                <button type="submit" class="button primary">
                    "Save"
                </button>
            </form>
        </section>
    }
}

/// A table to correct the counts of the last year's weeks: every snapshot's day, and days
/// with results but no snapshot. Any other day up to today can be added.
#[component]
fn OutcomeEntries(typed: Typed) -> impl IntoView {
    let store = YourData::expect();
    // Days added to record results on; stored once a value is.
    let added = RwSignal::new(Vec::<NaiveDate>::new());
    // A year, whatever the charts show: the grid is for corrections, not tied to their range.
    let days = Memo::new(move |_| {
        let mut days = store.with(|h| Range::Year.result_days(h));
        days.extend(added.get());
        newest_first(&mut days);
        days.dedup();
        days
    });
    let outcomes = Memo::new(move |_| store.with(|h| h.outcomes().to_vec()));
    let today = clock::today();
    let this_week = Memo::new(move |_| store.with(|h| this_weeks_day(h, today)));

    let row = move |date: NaiveDate| {
        let overall = move || store.with(|h| h.get(date).map(|s| s.overall));
        let cells = move || {
            outcomes
                .get()
                .into_iter()
                .map(|o| {
                    let label = format!("{} on {}", o.name(), format::date(date));
                    let input_id = cell_id(date, o.id());
                    view! {
                        <td
                            class="cell"
                            class:has-error=move || typed.problem((date, o.id())).is_some()
                        >
                            <CountInput
                                date
                                outcome=o.clone()
                                typed
                                input_id
                                aria_label=label
                                announce=date != this_week.get_untracked()
                            />
                        </td>
                    }
                })
                .collect_view()
        };
        view! {
            <tr>
                <th scope="row">{format::date(date)}</th>
                <td class="num">
                    {move || match overall() {
                        Some(v) => format_number(v).into_any(),
                        None => {
                            view! {
                                <span aria-hidden="true">"–"</span>
                                <span class="visually-hidden">"no snapshot"</span>
                            }
                                .into_any()
                        }
                    }}
                </td>
                {cells}
            </tr>
        }
    };

    view! {
        <section class="card" aria-labelledby="entries-title">
            <h2 id="entries-title">"Every week of the last year"</h2>
            <p class="muted">
                "Correct any week’s count (a whole number) beside its date. Leave a box empty if you don’t know."
            </p>
            <AddWeek days added outcomes />
            <div class="table-scroll">
                <table
                    class="data-table compact results-table sticky-first"
                    data-testid="outcome-entries"
                >
                    <thead>
                        <tr>
                            <th scope="col">"Date"</th>
                            <th scope="col" class="num">
                                "SSI"
                            </th>
                            {move || {
                                outcomes
                                    .get()
                                    .into_iter()
                                    .map(|o| view! { <th scope="col">{o.name().to_string()}</th> })
                                    .collect_view()
                            }}
                        </tr>
                    </thead>
                    <tbody>
                        <For each=move || days.get() key=|d| *d children=row />
                    </tbody>
                </table>
            </div>
        </section>
    }
}

/// The id of the count of outcome `id` on `date`.
fn cell_id(date: NaiveDate, id: OutcomeId) -> String {
    format!("result-{date}-{}", id.key())
}

/// Picks a day to record results on, with or without a snapshot: up to today.
#[component]
fn AddWeek(
    days: Memo<Vec<NaiveDate>>,
    added: RwSignal<Vec<NaiveDate>>,
    outcomes: Memo<Vec<Outcome>>,
) -> impl IntoView {
    let today = clock::today();
    let picked = RwSignal::new(today.to_string());
    let error = RwSignal::new(None::<&'static str>);
    let add = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        let date = match read_typed_date(&picked.get_untracked(), today) {
            Ok(date) => date,
            Err(TypedDateError::Ahead) => {
                return error.set(Some(
                    "Pick a day up to today: results are counted after the week.",
                ))
            }
            Err(_) => return error.set(Some("Pick a day.")),
        };
        error.set(None);
        if !days.with_untracked(|d| d.contains(&date)) {
            added.update(|a| a.push(date));
        }
        // Once its row is drawn, the day's first count takes focus.
        if let Some(first) = outcomes.with_untracked(|o| o.first().map(Outcome::id)) {
            request_animation_frame(move || {
                focus::focus(&cell_id(date, first));
            });
        }
    };
    view! {
        <form class="inline-form add-week" novalidate on:submit=add data-testid="add-week">
            <label for="result-day">"Record another week, by day"</label>
            <input
                id="result-day"
                type="date"
                max=latest_typed_date(today).to_string()
                required
                aria-invalid=move || error.get().is_some().then_some("true")
                aria-describedby=move || error.get().is_some().then_some("result-day-error")
                prop:value=move || picked.get()
                on:input=move |ev| picked.set(event_target_value(&ev))
            />
            <button type="submit" class="button small">
                "Add week"
            </button>
        </form>
        {move || {
            error
                .get()
                .map(|e| {
                    view! {
                        <p class="field-error" id="result-day-error" role="alert">
                            {e}
                        </p>
                    }
                })
        }}
    }
}

/// One outcome beside the score, and what their relationship does and doesn't say.
#[component]
fn OutcomeComparison(outcome: Outcome) -> impl IntoView {
    let store = YourData::expect();
    let preferences = Preferences::expect();
    let (id, name) = (outcome.id(), outcome.name().to_string());
    let chart_name = name.clone();
    let options = Callback::new(move |style| {
        let range = preferences.range();
        store.with(|h| outcome_chart(h, range, id, &chart_name, &style))
    });
    let statement_name = name.clone();
    let statement = move || {
        let range = preferences.range();
        let found = store.with(|h| relationship(range.of(h), id));
        let name = statement_name.to_lowercase();
        match found {
            Relationship::NotEnoughData { points } => format!(
                "How {name} moves with your SSI shows after {MIN_CORRELATION_POINTS} weeks with both recorded ({points} so far)."
            ),
            Relationship::Correlation { r, points } => format!(
                "Over {points} weeks, your SSI and {name} have a correlation of {} ({}).",
                shown(&fixed(r, 2)),
                strength(r)
            ),
            Relationship::ScoreUpOutcomeFlat { rise, points, .. } => format!(
                "Your SSI rose about {} points over these {points} weeks while {name} stayed flat. \
                 That is the sign of activity that isn’t turning into results: look at what you do, not at the score.",
                fixed(rise, 0)
            ),
        }
    };
    view! {
        <section class="card" data-testid=format!("outcome-{}", id.key())>
            // The range beside the chart it changes.
            <div class="card-head">
                <h2>{format!("Your SSI and {}", name)}</h2>
                <RangePicker />
            </div>
            <p class="lead-small" data-testid="relationship">
                {statement}
            </p>
            <p class="fine-print">
                "Correlation is not cause: two numbers can move together without one driving the other."
            </p>
            <EChart
                options
                tall=true
                label="Your SSI as a line (0 to 100) above this result as bars, over the weeks it was recorded; the numbers are in the table below."
            />
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
