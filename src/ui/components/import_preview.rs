//! What an import would change, applied in one step on confirmation.

use std::time::Duration;

use leptos::prelude::*;

use crate::domain::number::format_number;
use crate::domain::outcomes::{Outcome, MAX_OUTCOMES};
use crate::domain::people::MAX_PEOPLE;
use crate::domain::stored::Stored;
use crate::domain::transfer::{summary, ConflictChoice, DifferingPerson, ImportPlan};
use crate::edges::{clock, random};
use crate::i18n::{self, Lang};
use crate::ui::format;
use crate::ui::state::{use_lang, YourData};

/// An applied import: what to tell the user, and everything stored before and after it (for
/// its undo).
#[derive(Clone, Debug, PartialEq)]
pub struct Imported {
    pub message: String,
    pub before: Stored,
    pub after: Stored,
}

/// The preview of `plan` from `source`, applied to the history on confirmation. `on_close`
/// receives what was imported when the user confirms, and `None` when they cancel. The Import
/// button is there only while importing would change something.
#[component]
pub fn ImportPreview(
    plan: ImportPlan,
    source: String,
    target: YourData,
    on_close: Callback<Option<Imported>>,
) -> impl IntoView {
    let lang = use_lang();
    let choice = RwSignal::new(ConflictChoice::KeepMine);
    let error = RwSignal::new(None::<String>);
    let offers_nothing = plan.offers_nothing();
    // The user's choice of new outcomes lives in the plan.
    let plan = RwSignal::new(plan);
    // The import is worked out in one task and shown (drawn, saved) in the next, so that a
    // file of thousands of rows never holds the page in one long task. The history and, apart
    // from it, the people a backup keeps: both or neither.
    let applying = RwSignal::new(false);
    let work_out = move |before: &Stored| {
        let choice = choice.get_untracked();
        plan.with_untracked(|p| {
            let history = p
                .apply(before.history(), choice)
                .map_err(|e| i18n::entry::history_problem(lang, &e))?;
            let people = p
                .people
                .apply(before.people(), choice, &mut random::id_seed())
                .map_err(|e| i18n::team::people_problem(lang, &e))?;
            let replaced = p.conflicts.len() as u64;
            let replaced = (choice == ConflictChoice::TakeTheirs && replaced > 0)
                .then(|| i18n::transfer_imported_replaced(lang, replaced));
            let outcomes = p.included_outcomes().count() as u64;
            let outcomes = (outcomes > 0).then(|| i18n::transfer_imported_results(lang, outcomes));
            let restored = p.people.restored(choice) as u64;
            let restored = (restored > 0).then(|| i18n::transfer_imported_people(lang, restored));
            let more = [replaced, outcomes, restored]
                .into_iter()
                .flatten()
                .collect::<String>();
            let message = i18n::transfer_imported(lang, p.added.len() as u64, more);
            Ok::<_, String>((Stored::new(history, people), message))
        })
    };
    let show = move |before: Stored, applied: (Stored, String)| {
        if applying.try_get_untracked().is_none() {
            return; // The preview was closed in between.
        }
        applying.set(false);
        // Another tab's save may have come in between: work it out again on what is shown.
        let now = target.everything_untracked();
        let applied = if now == before {
            Ok(applied)
        } else {
            work_out(&now)
        };
        let before = now;
        match applied {
            Err(e) => error.set(Some(i18n::transfer_nothing_imported(lang, e))),
            Ok((after, message)) => {
                target.replace(after.clone());
                on_close.run(Some(Imported {
                    message,
                    before,
                    after,
                }));
            }
        }
    };
    let apply = move |_| {
        if applying.get_untracked() {
            return;
        }
        let before = target.everything_untracked();
        match work_out(&before) {
            Err(e) => error.set(Some(i18n::transfer_nothing_imported(lang, e))),
            Ok(applied) => {
                applying.set(true);
                set_timeout(move || show(before, applied), Duration::ZERO);
            }
        }
    };
    let (added, unchanged) = plan.with_untracked(|p| (p.added.len(), p.unchanged));
    let (results_new, results_differing) =
        plan.with_untracked(|p| (p.new_results(), p.differing_results()));
    let nothing = move || plan.with(|p| p.changes_nothing(choice.get()));
    let names = plan.with_untracked(|p| target.with_untracked(|h| p.outcomes_with(h)));
    view! {
        <section class="import-preview" aria-labelledby="import-title" data-testid="import-preview">
            <h3 id="import-title">{i18n::transfer_preview_title(lang, source)}</h3>
            {if offers_nothing {
                view! { <p data-testid="import-nothing">{i18n::transfer_nothing_new(lang)}</p> }
                    .into_any()
            } else {
                view! {
                    <ul class="plain-list">
                        <li data-testid="import-added">
                            {i18n::transfer_added(lang, added as u64)}
                        </li>
                        {(results_new > 0)
                            .then(|| {
                                view! {
                                    <li data-testid="import-results">
                                        {i18n::transfer_results_new(lang, results_new as u64)}
                                    </li>
                                }
                            })}
                        {(results_differing > 0)
                            .then(|| {
                                view! {
                                    <li>
                                        {i18n::transfer_results_differing(
                                            lang,
                                            results_differing as u64,
                                        )}
                                    </li>
                                }
                            })}
                        {(unchanged > 0)
                            .then(|| {
                                view! {
                                    <li>{i18n::transfer_unchanged(lang, unchanged as u64)}</li>
                                }
                            })}
                    </ul>
                }
                    .into_any()
            }}
            <DatedAhead lang plan />
            <NewResults lang plan />
            <PeopleToRestore lang plan />
            <Differences lang plan choice names />
            <SkippedRows lang plan />
            {move || {
                error
                    .get()
                    .map(|e| {
                        view! {
                            <p class="error" role="alert" data-testid="import-apply-error">
                                {e}
                            </p>
                        }
                    })
            }}
            // With "keep mine" a file of only differing days adds nothing: no Import button
            // until "take theirs" would change something.
            {move || {
                (!offers_nothing && nothing())
                    .then(|| {
                        view! {
                            <p class="muted" data-testid="import-adds-nothing">
                                {i18n::transfer_adds_nothing(lang)}
                            </p>
                        }
                    })
            }}
            <div class="actions">
                {move || {
                    (!nothing())
                        .then(|| {
                            view! {
                                <button class="button primary" on:click=apply>
                                    {i18n::transfer_import(lang)}
                                </button>
                            }
                        })
                }} <button class="button" on:click=move |_| on_close.run(None)>
                    {move || {
                        if nothing() {
                            i18n::transfer_close(lang)
                        } else {
                            i18n::transfer_cancel(lang)
                        }
                    }}
                </button>
            </div>
        </section>
    }
}

/// One line on a saved person whose copy in the backup differs from the one kept here.
fn person_differs(lang: Lang, d: &DifferingPerson) -> String {
    let u = &d.update;
    i18n::transfer_person_differs(
        lang,
        u.added.len(),
        u.changed.len(),
        format::date(u.shared_on_before),
        &d.name,
        u.removed.len(),
        format::date(u.shared_on),
    )
}

/// Days dated after today, named so the user checks them (or the device's clock).
#[component]
fn DatedAhead(lang: Lang, plan: RwSignal<ImportPlan>) -> impl IntoView {
    plan.with_untracked(|p| {
        let days = p.dated_ahead(clock::today());
        let last = *days.last()?;
        Some(view! {
            <p class="notice-inline" role="note" data-testid="import-ahead">
                {i18n::transfer_ahead(lang, days.len() as u64, format::date(last))}
            </p>
        })
    })
}

/// Results the file tracks that the user doesn't: which to bring, within the room left.
#[component]
fn NewResults(lang: Lang, plan: RwSignal<ImportPlan>) -> impl IntoView {
    plan.with_untracked(|p| {
        (!p.new_outcomes.is_empty()).then(|| {
            let room = p.outcome_room();
            let choose = p.new_outcomes.len() > room;
            let boxes = p
                .new_outcomes
                .iter()
                .map(|o| {
                    let id = o.id();
                    let values = p.value_count(id);
                    let included = move || plan.with(|p| p.is_included(id));
                    let full = move || {
                        plan.with(|p| !p.is_included(id) && p.included_outcomes().count() >= p.outcome_room())
                    };
                    view! {
                        <li>
                            <label class="choice">
                                <input
                                    type="checkbox"
                                    prop:checked=included
                                    prop:disabled=full
                                    on:change=move |ev| {
                                        let on = event_target_checked(&ev);
                                        plan.update(|p| {
                                            let _ = p.include_outcome(id, on);
                                        });
                                    }
                                />
                                {i18n::transfer_result_values(lang, values as u64, o.name())}
                            </label>
                        </li>
                    }
                })
                .collect_view();
            let left_out = move || {
                plan.with(|p| {
                    let left: Vec<String> = p
                        .left_out_outcomes()
                        .map(|o| i18n::transfer_result_values(lang, p.value_count(o.id()) as u64, o.name()))
                        .collect();
                    (!left.is_empty()).then(|| view! { <p data-testid="import-left-out">{i18n::transfer_left_out(lang, left.join(", "))}</p> })
                })
            };
            view! {
                <div class="new-outcomes" data-testid="import-outcomes">
                    <p>
                        <strong>
                            {if choose {
                                i18n::transfer_results_choose(
                                    lang,
                                    p.new_outcomes.len() as u64,
                                    MAX_OUTCOMES,
                                    room,
                                )
                            } else {
                                i18n::transfer_results_add(lang, p.new_outcomes.len() as u64)
                            }}
                        </strong>
                    </p>
                    <ul class="plain-list">{boxes}</ul>
                    {left_out}
                </div>
            }
        })
    })
}

/// The people a full backup keeps: restored beside the user's history, never into it.
#[component]
fn PeopleToRestore(lang: Lang, plan: RwSignal<ImportPlan>) -> impl IntoView {
    plan.with_untracked(|p| {
        let people = &p.people;
        (!people.is_empty()).then(|| {
            let mut lines = Vec::new();
            if !people.added.is_empty() {
                let names: Vec<&str> = people.added.iter().map(|p| p.name()).collect();
                lines.push(i18n::transfer_people_added(
                    lang,
                    names.len() as u64,
                    names.join(", "),
                ));
            }
            if !people.differing.is_empty() {
                lines.push(i18n::transfer_people_differing(
                    lang,
                    people.differing.len() as u64,
                ));
            }
            if people.same > 0 {
                lines.push(i18n::transfer_people_same(lang, people.same as u64));
            }
            if !people.no_room.is_empty() {
                lines.push(i18n::transfer_people_no_room(
                    lang,
                    MAX_PEOPLE,
                    people.no_room.join(", "),
                ));
            }
            if let Some(why) = &people.unreadable {
                lines.push(i18n::transfer_people_unreadable(lang, why));
            }
            let items = lines
                .into_iter()
                .map(|l| view! { <li>{l}</li> })
                .collect_view();
            view! {
                <div class="import-people" data-testid="import-people">
                    <p>
                        <strong>{i18n::transfer_people_title(lang)}</strong>
                    </p>
                    <ul class="plain-list">{items}</ul>
                </div>
            }
        })
    })
}

/// What differs from what the user has, and the choice between theirs and the file's.
#[component]
fn Differences(
    lang: Lang,
    plan: RwSignal<ImportPlan>,
    choice: RwSignal<ConflictChoice>,
    /// The results tracked on both sides, naming the rows of a day's differences.
    names: Vec<Outcome>,
) -> impl IntoView {
    let radio = move |value: ConflictChoice, label: &'static str| {
        view! {
            <label class="choice">
                <input
                    type="radio"
                    name="conflict-choice"
                    prop:checked=move || choice.get() == value
                    on:change=move |_| choice.set(value)
                />
                {label}
            </label>
        }
    };
    plan.with_untracked(|p| {
        let shown = p.conflicts_shown();
        let count = p.conflicts.len();
        let people_differ = !p.people.differing.is_empty();
        (count > 0 || !p.goal_conflicts.is_empty() || p.differing_results() > 0 || people_differ).then(|| {
            let days = shown
                .first
                .iter()
                .map(|c| {
                    let rows = c
                        .differences(&names, lang)
                        .into_iter()
                        .map(|d| view! {
                            <tr>
                                <th scope="row">{d.label}</th>
                                <td>{d.mine}</td>
                                <td>{d.theirs}</td>
                            </tr>
                        })
                        .collect_view();
                    view! {
                        <li>
                            <p>
                                {i18n::transfer_conflict_day(
                                    lang,
                                    format::date(c.mine.date),
                                    summary(&c.mine),
                                    summary(&c.theirs),
                                )}
                            </p>
                            <table class="differences">
                                <thead>
                                    <tr>
                                        <th scope="col">{i18n::transfer_field(lang)}</th>
                                        <th scope="col">{i18n::transfer_yours(lang)}</th>
                                        <th scope="col">{i18n::transfer_theirs(lang)}</th>
                                    </tr>
                                </thead>
                                <tbody>{rows}</tbody>
                            </table>
                        </li>
                    }
                })
                .collect_view();
            let goals = p
                .goal_conflicts
                .iter()
                .map(|g| view! {
                    <li>
                        {i18n::transfer_goal_conflict(
                            lang,
                            i18n::results::metric_name(lang, g.metric),
                            dated_goal(lang, g.mine, g.mine_by),
                            dated_goal(lang, g.theirs, g.theirs_by),
                        )}
                    </li>
                })
                .collect_view();
            let people = p
                .people
                .differing
                .iter()
                .map(|d| view! { <li>{person_differs(lang, d)}</li> })
                .collect_view();
            let more = (shown.more > 0).then(|| view! { <p>{i18n::transfer_more_dates(lang, shown.more as u64)}</p> });
            view! {
                <div class="conflicts" data-testid="import-conflicts">
                    <p>
                        <strong>
                            {if count > 0 {
                                i18n::transfer_conflicts(lang, count as u64)
                            } else {
                                i18n::transfer_what_differs(lang).to_string()
                            }}
                        </strong>
                    </p>
                    <ul class="plain-list">{days}{goals}{people}</ul>
                    {more}
                    <fieldset class="choices">
                        <legend class="visually-hidden">{i18n::transfer_for_dates(lang)}</legend>
                        {radio(ConflictChoice::KeepMine, i18n::transfer_keep_mine(lang))}
                        {radio(ConflictChoice::TakeTheirs, i18n::transfer_take_theirs(lang))}
                    </fieldset>
                </div>
            }
        })
    })
}

/// Rows of the file that can't be imported, and why.
#[component]
fn SkippedRows(lang: Lang, plan: RwSignal<ImportPlan>) -> impl IntoView {
    plan.with_untracked(|p| {
        let shown = p.invalid_shown();
        (!p.invalid.is_empty()).then(|| {
            let rows = shown
                .first
                .iter()
                .map(|r| {
                    let place = i18n::share::place(lang, &r.place);
                    let reason = i18n::share::row_problem(lang, &r.reason);
                    view! { <li>{i18n::transfer_invalid_row(lang, place, reason)}</li> }
                })
                .collect_view();
            let more = (shown.more > 0)
                .then(|| view! { <li>{i18n::transfer_more_rows(lang, shown.more as u64)}</li> });
            view! {
                <div class="invalid-rows" data-testid="import-invalid">
                    <p>
                        <strong>{i18n::transfer_invalid_rows(lang, p.invalid.len() as u64)}</strong>
                    </p>
                    <ul class="plain-list">{rows}{more}</ul>
                </div>
            }
        })
    })
}

/// A goal's target with its date, if it has one: "70 by 31 Mar 2027".
fn dated_goal(lang: Lang, target: f64, by: Option<chrono::NaiveDate>) -> String {
    match by {
        Some(by) => i18n::transfer_goal_by(lang, format::date(by), format_number(target)),
        None => format_number(target),
    }
}
