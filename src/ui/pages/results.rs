//! Beyond the score: the user's own outcomes, recorded per week (with or without a snapshot)
//! and set beside the SSI, with an honest statement of how they move together.

use std::collections::BTreeMap;

use chrono::NaiveDate;
use leptos::prelude::*;

use crate::domain::charts::outcome_chart;
use crate::domain::history::newest_first;
use crate::domain::number::{self, format_number};
use crate::domain::outcomes::{
    parse_outcome_count, this_weeks_day, Outcome, OutcomeId, MAX_OUTCOME_NAME,
};
use crate::domain::snapshot::{latest_typed_date, read_typed_date, TypedDateError};
use crate::domain::stats::{relationship, Range};
use crate::domain::HistoryError;
use crate::edges::{clock, focus, random};
use crate::i18n::{
    self,
    entry::history_problem,
    results::{outcome_problem, relationship_words, suggested_outcomes},
    Lang,
};
use crate::ui::components::{EChart, FieldError, RangePicker};
use crate::ui::format;
use crate::ui::state::{use_lang, Notices, Preferences, YourData};

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
    let lang = use_lang();
    view! {
        <h1 class="page-title">{i18n::screen_results(lang)}</h1>
        <Show when=has_outcomes>
            <ThisWeek typed />
        </Show>
        <section class="card">
            <p class="lead-small">{i18n::results_lead(lang)}</p>
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
    let lang = use_lang();
    let name = RwSignal::new(String::new());
    let error = RwSignal::new(None::<String>);
    let add = move |text: String| {
        let mut seed = random::id_seed();
        match store.change(|h| h.add_outcome(&text, &mut seed)) {
            Ok(_) => {
                error.set(None);
                name.set(String::new());
            }
            Err(e) => error.set(Some(outcome_problem(lang, &e))),
        }
    };
    let remove = move |id: OutcomeId| {
        if let Err(e) = store.change(|h| h.remove_outcome(id)) {
            error.set(Some(outcome_problem(lang, &e)));
        }
    };
    let suggestions = move || {
        store.with(|h| {
            suggested_outcomes(lang)
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
        <h2>{i18n::results_what_you_track(lang)}</h2>
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
                                    aria-label=i18n::results_stop_tracking(lang, o.name())
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
            <label for="outcome-name">{i18n::results_another_result(lang)}</label>
            <input
                id="outcome-name"
                type="text"
                maxlength=MAX_OUTCOME_NAME
                placeholder=i18n::results_name_placeholder(lang)
                prop:value=move || name.get()
                on:input=move |ev| name.set(event_target_value(&ev))
            />
            <button type="submit" class="button small">
                {i18n::results_add(lang)}
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

    /// Records `text` as the count of `id` on `date`, or keeps it as typed with its reason,
    /// worded in `lang`.
    fn set_value(self, store: YourData, lang: Lang, date: NaiveDate, id: OutcomeId, text: String) {
        let result = parse_outcome_count(&text, number::decimal_mark())
            .map_err(HistoryError::from)
            .and_then(|value| store.change(|h| h.set_outcome_value(date, id, value)));
        self.0.update(|t| match result {
            Ok(()) => {
                t.remove(&(date, id));
            }
            Err(e) => {
                t.insert((date, id), (text, history_problem(lang, &e)));
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
    let lang = use_lang();
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
            on:change=move |ev| typed.set_value(store, lang, date, id, event_target_value(&ev))
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
    let lang = use_lang();
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
                    i18n::results_saved_week(lang, format::date(date))
                } else {
                    i18n::results_nothing_to_save(lang, format::date(date))
                };
                notices.show_toast(message, None);
            }
        }
    };
    view! {
        <section class="card this-week" aria-labelledby="this-week-title" data-testid="this-week">
            <form novalidate on:submit=save>
                <h2 id="this-week-title" class="this-week-title">
                    {i18n::results_this_week(lang)}
                    " "
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
                    {i18n::results_save(lang)}
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
    let lang = use_lang();
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
                    let label = i18n::results_count_on_day(lang, format::date(date), o.name());
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
                                <span class="visually-hidden">
                                    {i18n::results_no_snapshot(lang)}
                                </span>
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
            <h2 id="entries-title">{i18n::results_every_week(lang)}</h2>
            <p class="muted">{i18n::results_correct_hint(lang)}</p>
            <AddWeek days added outcomes />
            <div class="table-scroll">
                <table
                    class="data-table compact results-table sticky-first"
                    data-testid="outcome-entries"
                >
                    <thead>
                        <tr>
                            <th scope="col">{i18n::results_date(lang)}</th>
                            // LinkedIn's name in every language.
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
    let lang = use_lang();
    let today = clock::today();
    let picked = RwSignal::new(today.to_string());
    let error = RwSignal::new(None::<&'static str>);
    let add = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        let date = match read_typed_date(&picked.get_untracked(), today) {
            Ok(date) => date,
            Err(TypedDateError::Ahead) => {
                return error.set(Some(i18n::results_pick_up_to_today(lang)))
            }
            Err(_) => return error.set(Some(i18n::results_pick_a_day(lang))),
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
            <label for="result-day">{i18n::results_record_another_week(lang)}</label>
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
                {i18n::results_add_week(lang)}
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
    let lang = use_lang();
    let (id, name) = (outcome.id(), outcome.name().to_string());
    let chart_name = name.clone();
    let options = Callback::new(move |style| {
        let range = preferences.range();
        store.with(|h| outcome_chart(h, range, id, &chart_name, &style, lang))
    });
    let statement_name = name.clone();
    let statement = move || {
        let range = preferences.range();
        let found = store.with(|h| relationship(range.of(h), id));
        relationship_words(lang, found, &statement_name)
    };
    view! {
        <section class="card" data-testid=format!("outcome-{}", id.key())>
            // The range beside the chart it changes.
            <div class="card-head">
                <h2>{i18n::results_your_ssi_and(lang, &name)}</h2>
                <RangePicker />
            </div>
            <p class="lead-small" data-testid="relationship">
                {statement}
            </p>
            <p class="fine-print">{i18n::results_not_cause(lang)}</p>
            <EChart options tall=true label=i18n::results_outcome_chart_label(lang) />
        </section>
    }
}
