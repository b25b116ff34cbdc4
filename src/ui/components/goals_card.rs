//! Targets for the overall score and the pillars: distance, projected date, and this week's step.

use chrono::NaiveDate;
use leptos::prelude::*;

use crate::domain::edits::GoalsEdit;
use crate::domain::explain::goal_plan;
use crate::domain::goals::Metric;
use crate::domain::number::format_number;
use crate::domain::stats::{project, project_by, Projection, MIN_TREND_POINTS};
use crate::domain::{History, Snapshot};
use crate::edges::clock;
use crate::ui::components::FieldError;
use crate::ui::disclosure::Disclosure;
use crate::ui::format;
use crate::ui::state::{Preferences, YourData};

/// What a projection means, in words.
pub fn projection_text(projection: Projection) -> String {
    match projection {
        Projection::Reached => "Reached.".into(),
        Projection::On(date) => format!("At this pace, around {}.", format::date(date)),
        Projection::NotOnTrend => "Not on the current trend.".into(),
        Projection::NotEnoughData => {
            format!("Not enough data yet: the projection needs {MIN_TREND_POINTS} snapshots in the chosen range.")
        }
    }
}

/// The user's goals with their projections, the step for this week, and a form to change them.
#[component]
pub fn GoalsCard(yours: YourData) -> impl IntoView {
    let store = yours;
    let preferences = Preferences::expect();
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
            error.set(Some(e.to_string()));
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
                    goal_sentence(h, slice, latest, metric, target, today);
                view! {
                    <li data-testid=format!("goal-{}", metric.short_label().to_lowercase())>
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
                    <strong>{format!("This week, for your {} goal: ", plan.metric.label())}</strong>
                    {crate::i18n::learn::this_week(crate::ui::state::use_lang(), plan.pillar)}
                </p>
            })
        })
    };
    let inputs = move || {
        let today = clock::today().to_string();
        Metric::ALL
            .map(|metric| {
                let id = format!("goal-{}", metric.short_label().to_lowercase());
                let date_id = format!("{id}-by");
                let has_date = move || form.with(|f| !f.date_text(metric).is_empty());
                view! {
                    <div class="field">
                        <label for=id
                            .clone()>
                            {format!(
                                "{} (up to {})",
                                metric.label(),
                                format_number(metric.ceiling()),
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
                            .clone()>{format!("{} by (optional)", metric.label())}</label>
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
                                aria-label=format!("Clear date of the {} goal", metric.label())
                                on:click=move |_| {
                                    form.update(|f| f.set_date_text(metric, String::new()))
                                }
                            >
                                "Clear date"
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
            <h2 id="goals-title">"Goals"</h2>
            <Show
                when=move || store.with(|h| !h.goals().is_empty())
                fallback=|| {
                    view! {
                        <p class="muted">
                            "Set a target for your SSI or a pillar to see when you would reach it at your current pace."
                        </p>
                    }
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
                                    "Set goals"
                                } else {
                                    "Change goals"
                                }
                            }}
                        </button>
                    }
                }
            >
                <form
                    id="goal-form"
                    class="goal-form"
                    aria-label="Goals"
                    on:submit=save
                    on:keydown=editing.on_escape()
                    novalidate
                >
                    <p class="muted">
                        "Leave a box empty for no goal. A date is optional: with one, the projection says whether your pace gets there by then."
                    </p>
                    <div class="form-grid">{inputs}</div>
                    <FieldError problem=error />
                    <div class="actions">
                        <button type="submit" class="button primary small">
                            "Save goals"
                        </button>
                        <button
                            type="button"
                            class="button small"
                            on:click=move |_| editing.close()
                        >
                            "Cancel"
                        </button>
                    </div>
                </form>
            </Show>
        </section>
    }
}

/// A goal as the goals card says it: the goal (with its date, if any), how far there is to go
/// from `latest`, and where the trend over `slice` gets to. Every screen that shows a goal
/// says it this way.
pub fn goal_sentence(
    history: &History,
    slice: &[Snapshot],
    latest: &Snapshot,
    metric: Metric,
    target: f64,
    today: NaiveDate,
) -> [String; 3] {
    let by = history.goal_date(metric);
    let goal = match by {
        Some(by) => format!("{} by {}", metric.goal_words(target), format::date(by)),
        None => metric.goal_words(target),
    };
    let projection = match by {
        Some(by) => crate::i18n::learn::by_date(
            crate::ui::state::use_lang(),
            project_by(slice, metric, target, by, today),
            metric,
            by,
            &format::date,
        ),
        None => projection_text(project(slice, metric, target)),
    };
    [
        goal,
        metric.progress_words(target, metric.value(latest)),
        projection,
    ]
}
