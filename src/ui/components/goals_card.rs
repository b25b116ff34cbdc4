//! Targets for the overall score and the pillars: distance, projected date, and this week's step.

use chrono::NaiveDate;
use leptos::prelude::*;

use crate::domain::edits::GoalsEdit;
use crate::domain::explain::goal_plan;
use crate::domain::goals::Metric;
use crate::domain::number::format_number;
use crate::domain::stats::{project, project_by};
use crate::domain::{History, Snapshot};
use crate::edges::clock;
use crate::i18n::results::{
    by_date_words, goal_problem, goal_words, metric_name, progress_words, projection_words,
};
use crate::i18n::{self, Lang};
use crate::ui::components::FieldError;
use crate::ui::disclosure::Disclosure;
use crate::ui::format;
use crate::ui::state::{use_lang, Preferences, YourData};

/// The user's goals with their projections, the step for this week, and a form to change them.
#[component]
pub fn GoalsCard(yours: YourData) -> impl IntoView {
    let store = yours;
    let preferences = Preferences::expect();
    let lang = use_lang();
    let editing = Disclosure::new("set-goals", "goal-form");
    let form = RwSignal::new(GoalsEdit::default());
    let error = RwSignal::new(None::<String>);
    let open = move |_| {
        form.set(store.with_untracked(|h| GoalsEdit::open(h.goals(), h.goal_dates())));
        error.set(None);
        editing.open();
    };
    // Only the boxes the user changed are saved, onto the goals as they are now: another tab's
    // goal saved while this form was open stays (`GoalsEdit`).
    let save = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        let today = clock::today();
        if let Err(e) = form.with_untracked(|f| store.change(|h| f.apply_to(h, today))) {
            error.set(Some(goal_problem(lang, &e)));
            return;
        }
        editing.close();
    };
    let rows = move || {
        let range = preferences.range();
        store.with(|h| {
            let latest = h.latest()?;
            let slice = range.of(h);
            let today = clock::today();
            let row = |(&metric, &target): (&Metric, &f64)| {
                let [goal, progress, projection] =
                    goal_sentence(lang, h, slice, latest, metric, target, today);
                view! {
                    <li data-testid=format!("goal-{}", metric.key())>
                        <strong>{goal}</strong>
                        {progress}
                        {projection}
                    </li>
                }
            };
            Some(h.goals().iter().map(row).collect_view())
        })
    };
    let plan = move || {
        let range = preferences.range();
        store.with(|h| {
            let plan = goal_plan(h, range.of(h))?;
            Some(view! {
                <p class="plan" data-testid="goal-plan">
                    <strong>
                        {i18n::results_goal_plan(lang, metric_name(lang, plan.metric))} " "
                    </strong>
                    {i18n::learn::this_week(lang, plan.pillar)}
                </p>
            })
        })
    };
    let inputs = move || {
        let today = clock::today().to_string();
        Metric::ALL
            .map(|metric| {
                let id = format!("goal-{}", metric.key());
                let date_id = format!("{id}-by");
                let has_date = move || form.with(|f| !f.date_text(metric).is_empty());
                view! {
                    <div class="field">
                        <label for=id
                            .clone()>
                            {i18n::results_goal_up_to(
                                lang,
                                format_number(metric.ceiling()),
                                metric_name(lang, metric),
                            )}
                        </label>
                        <input
                            id=id
                            type="text"
                            inputmode="decimal"
                            prop:value=move || form.with(|f| f.text(metric).to_string())
                            on:input=move |ev| {
                                let v = event_target_value(&ev);
                                form.update(|f| f.set_text(metric, v));
                            }
                        />
                    </div>
                    <div class="field goal-date">
                        <label for=date_id
                            .clone()>
                            {i18n::results_goal_by_optional(lang, metric_name(lang, metric))}
                        </label>
                        <input
                            id=date_id
                            type="date"
                            min=today.clone()
                            prop:value=move || form.with(|f| f.date_text(metric).to_string())
                            on:input=move |ev| {
                                let v = event_target_value(&ev);
                                form.update(|f| f.set_date_text(metric, v));
                            }
                        />
                        <Show when=has_date>
                            <button
                                type="button"
                                class="button quiet small"
                                aria-label=i18n::results_clear_goal_date(
                                    lang,
                                    metric_name(lang, metric),
                                )
                                on:click=move |_| {
                                    form.update(|f| f.set_date_text(metric, String::new()))
                                }
                            >
                                {i18n::results_clear_date(lang)}
                            </button>
                        </Show>
                    </div>
                }
            })
            .into_iter()
            .collect_view()
    };

    view! {
        <section class="card goals" aria-labelledby="goals-title" data-testid="goals">
            <h2 id="goals-title">{i18n::results_goals(lang)}</h2>
            <Show
                when=move || store.with(|h| !h.goals().is_empty())
                fallback=move || {
                    view! { <p class="muted">{i18n::results_goals_empty(lang)}</p> }
                }
            >
                <ul class="plain-list">{rows}</ul>
                {plan}
            </Show>
            <Show
                when=move || editing.is_open()
                fallback=move || {
                    view! {
                        <button id="set-goals" class="button small" on:click=open>
                            {move || {
                                if store.with(|h| h.goals().is_empty()) {
                                    i18n::results_set_goals(lang)
                                } else {
                                    i18n::results_change_goals(lang)
                                }
                            }}
                        </button>
                    }
                }
            >
                <form
                    id="goal-form"
                    class="goal-form"
                    aria-label=i18n::results_goals(lang)
                    on:submit=save
                    on:keydown=editing.on_escape()
                    novalidate
                >
                    <p class="muted">{i18n::results_goals_form_hint(lang)}</p>
                    <div class="form-grid">{inputs}</div>
                    <FieldError problem=error />
                    <div class="actions">
                        <button type="submit" class="button primary small">
                            {i18n::results_save_goals(lang)}
                        </button>
                        <button
                            type="button"
                            class="button small"
                            on:click=move |_| editing.close()
                        >
                            {i18n::results_cancel(lang)}
                        </button>
                    </div>
                </form>
            </Show>
        </section>
    }
}

/// A goal as the goals card says it: the goal (with its date, if any), how far there is to go
/// from `latest`, and where the trend over `slice` gets to, in `lang`. Every screen that shows
/// a goal says it this way.
pub fn goal_sentence(
    lang: Lang,
    history: &History,
    slice: &[Snapshot],
    latest: &Snapshot,
    metric: Metric,
    target: f64,
    today: NaiveDate,
) -> [String; 3] {
    let by = history.goal_date(metric);
    let date = &format::date;
    let projection = match by {
        Some(by) => {
            let found = project_by(slice, metric, target, by, today);
            by_date_words(lang, found, metric, by, date)
        }
        None => projection_words(lang, project(slice, metric, target), date),
    };
    [
        goal_words(lang, metric, target, by, date),
        progress_words(lang, metric, target, metric.value(latest)),
        projection,
    ]
}
