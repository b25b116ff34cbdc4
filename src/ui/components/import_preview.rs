//! What an import would change, applied in one step on confirmation.

use std::time::Duration;

use leptos::prelude::*;

use crate::domain::number::format_number;
use crate::domain::outcomes::{Outcome, MAX_OUTCOMES};
use crate::domain::people::MAX_PEOPLE;
use crate::domain::stored::Stored;
use crate::domain::transfer::{summary, ConflictChoice, DifferingPerson, ImportPlan};
use crate::edges::{clock, random};
use crate::ui::format;
use crate::ui::state::YourData;

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
                .map_err(|e| format::history_error(&e))?;
            let people = p
                .people
                .apply(before.people(), choice, &mut random::id_seed())
                .map_err(|e| e.to_string())?;
            let replaced = p.conflicts.len();
            let replaced = (choice == ConflictChoice::TakeTheirs && replaced > 0)
                .then(|| format!(", replaced {replaced}"));
            let outcomes = p.included_outcomes().count();
            let outcomes = (outcomes > 0)
                .then(|| format!(" and {}", format::count(outcomes, "result", "results")));
            let restored = p.people.restored(choice);
            let restored = (restored > 0).then(|| {
                format!(
                    ", and restored {} saved from links",
                    format::count(restored, "person", "people")
                )
            });
            let message = format!(
                "Imported {}{}{}{}.",
                format::count(p.added.len(), "snapshot", "snapshots"),
                replaced.unwrap_or_default(),
                outcomes.unwrap_or_default(),
                restored.unwrap_or_default()
            );
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
            Err(e) => error.set(Some(format!("Nothing was imported: {e}"))),
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
            Err(e) => error.set(Some(format!("Nothing was imported: {e}"))),
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
            <h3 id="import-title">{format!("Import from {source}")}</h3>
            {if offers_nothing {
                view! { <p data-testid="import-nothing">"Nothing new in this file."</p> }.into_any()
            } else {
                view! {
                    <ul class="plain-list">
                        <li data-testid="import-added">
                            {format!(
                                "{} to add.",
                                format::count(added, "new snapshot", "new snapshots"),
                            )}
                        </li>
                        {(results_new > 0)
                            .then(|| {
                                view! {
                                    <li data-testid="import-results">
                                        {format!(
                                            "{} for days without a snapshot to add.",
                                            format::count(results_new, "result", "results"),
                                        )}
                                    </li>
                                }
                            })}
                        {(results_differing > 0)
                            .then(|| {
                                view! {
                                    <li>
                                        {format!(
                                            "{} for days without a snapshot {} from yours (taken with “Take theirs”).",
                                            format::count(results_differing, "result", "results"),
                                            if results_differing == 1 { "differs" } else { "differ" },
                                        )}
                                    </li>
                                }
                            })}
                        {(unchanged > 0)
                            .then(|| {
                                view! {
                                    <li>
                                        {format!(
                                            "{} already in your history, unchanged.",
                                            format::count(unchanged, "snapshot is", "snapshots are"),
                                        )}
                                    </li>
                                }
                            })}
                    </ul>
                }
                    .into_any()
            }}
            <DatedAhead plan />
            <NewResults plan />
            <PeopleToRestore plan />
            <Differences plan choice names />
            <SkippedRows plan />
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
                                "With “Keep mine”, this file adds nothing to your history."
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
                                    "Import"
                                </button>
                            }
                        })
                }} <button class="button" on:click=move |_| on_close.run(None)>
                    {move || if nothing() { "Close" } else { "Cancel" }}
                </button>
            </div>
        </section>
    }
}

/// One line on a saved person whose copy in the backup differs from the one kept here.
fn person_differs(d: &DifferingPerson) -> String {
    let u = &d.update;
    format!(
        "{}: the file’s copy was shared on {}, yours on {} ({} new, {} changed, {} not in the file’s copy).",
        d.name,
        format::date(u.shared_on),
        format::date(u.shared_on_before),
        u.added.len(),
        u.changed.len(),
        u.removed.len()
    )
}

/// Days dated after today, named so the user checks them (or the device's clock).
#[component]
fn DatedAhead(plan: RwSignal<ImportPlan>) -> impl IntoView {
    plan.with_untracked(|p| {
        let days = p.dated_ahead(clock::today());
        let last = *days.last()?;
        Some(view! {
            <p class="notice-inline" role="note" data-testid="import-ahead">
                {if days.len() == 1 {
                    format!(
                        "1 day is dated after today ({}). It is imported as dated: check that date, or this device’s clock.",
                        format::date(last),
                    )
                } else {
                    format!(
                        "{} days are dated after today (the latest {}). They are imported as dated: check those dates, or this device’s clock.",
                        days.len(),
                        format::date(last),
                    )
                }}
            </p>
        })
    })
}

/// Results the file tracks that the user doesn't: which to bring, within the room left.
#[component]
fn NewResults(plan: RwSignal<ImportPlan>) -> impl IntoView {
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
                                {format!(
                                    "{} ({})",
                                    o.name(),
                                    format::count(values, "value", "values"),
                                )}
                            </label>
                        </li>
                    }
                })
                .collect_view();
            let left_out = move || {
                plan.with(|p| {
                    let left: Vec<String> = p
                        .left_out_outcomes()
                        .map(|o| format!("{} ({})", o.name(), format::count(p.value_count(o.id()), "value", "values")))
                        .collect();
                    (!left.is_empty()).then(|| view! {
                        <p data-testid="import-left-out">
                            {format!("Not imported, with their values: {}.", left.join(", "))}
                        </p>
                    })
                })
            };
            view! {
                <div class="new-outcomes" data-testid="import-outcomes">
                    <p>
                        <strong>
                            {if choose {
                                format!(
                                    "This file tracks {} you don’t; there is room for {} more (up to {MAX_OUTCOMES}). Choose which to bring:",
                                    format::count(p.new_outcomes.len(), "result", "results"),
                                    room,
                                )
                            } else {
                                format!(
                                    "{} to add:",
                                    format::count(p.new_outcomes.len(), "new result", "new results"),
                                )
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
fn PeopleToRestore(plan: RwSignal<ImportPlan>) -> impl IntoView {
    plan.with_untracked(|p| {
        let people = &p.people;
        (!people.is_empty()).then(|| {
            let mut lines = Vec::new();
            if !people.added.is_empty() {
                let names: Vec<&str> = people.added.iter().map(|p| p.name()).collect();
                lines.push(format!("{} saved from share links to restore: {}.", format::count(names.len(), "person", "people"), names.join(", ")));
            }
            if !people.differing.is_empty() {
                lines.push(format!("{} saved here with another copy than the file’s (listed below, taken with “Take theirs”).", format::count(people.differing.len(), "person", "people")));
            }
            if people.same > 0 {
                lines.push(format!("{} already saved here, unchanged.", format::count(people.same, "person is", "people are")));
            }
            if !people.no_room.is_empty() {
                lines.push(format!("Not restored, for want of room (up to {MAX_PEOPLE} people): {}.", people.no_room.join(", ")));
            }
            if let Some(why) = &people.unreadable {
                lines.push(format!("The people saved in this file can’t be read ({why}), so none are restored; your own history still is."));
            }
            let items = lines.into_iter().map(|l| view! { <li>{l}</li> }).collect_view();
            view! {
                <div class="import-people" data-testid="import-people">
                    <p>
                        <strong>
                            "People saved from share links (kept beside your own history, never in it):"
                        </strong>
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
                        .differences(&names)
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
                                {format!(
                                    "{}: yours {}, theirs {}",
                                    format::date(c.mine.date),
                                    summary(&c.mine),
                                    summary(&c.theirs),
                                )}
                            </p>
                            <table class="differences">
                                <thead>
                                    <tr>
                                        <th scope="col">"Field"</th>
                                        <th scope="col">"Yours"</th>
                                        <th scope="col">"Theirs"</th>
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
                        {format!(
                            "Goal for {}: yours {}, theirs {}",
                            g.metric.label(),
                            dated_goal(g.mine, g.mine_by),
                            dated_goal(g.theirs, g.theirs_by),
                        )}
                    </li>
                })
                .collect_view();
            let people = p
                .people
                .differing
                .iter()
                .map(|d| view! { <li>{person_differs(d)}</li> })
                .collect_view();
            let more = (shown.more > 0).then(|| view! { <p>{format!("and {} more.", format::count(shown.more, "date", "dates"))}</p> });
            view! {
                <div class="conflicts" data-testid="import-conflicts">
                    <p>
                        <strong>
                            {if count > 0 {
                                format!(
                                    "{} you already have {}:",
                                    format::count(count, "date", "dates"),
                                    if count == 1 { "differs" } else { "differ" },
                                )
                            } else {
                                "What differs from what you have:".to_string()
                            }}
                        </strong>
                    </p>
                    <ul class="plain-list">{days}{goals}{people}</ul>
                    {more}
                    <fieldset class="choices">
                        <legend class="visually-hidden">"For dates you already have"</legend>
                        {radio(ConflictChoice::KeepMine, "Keep mine")}
                        {radio(
                            ConflictChoice::TakeTheirs,
                            "Take theirs (every field listed above)",
                        )}
                    </fieldset>
                </div>
            }
        })
    })
}

/// Rows of the file that can't be imported, and why.
#[component]
fn SkippedRows(plan: RwSignal<ImportPlan>) -> impl IntoView {
    plan.with_untracked(|p| {
        let shown = p.invalid_shown();
        (!p.invalid.is_empty()).then(|| {
            let rows = shown
                .first
                .iter()
                .map(|r| view! { <li>{format!("{}: {}", r.place, r.reason)}</li> })
                .collect_view();
            let more =
                (shown.more > 0).then(|| view! { <li>{format!("and {} more.", shown.more)}</li> });
            view! {
                <div class="invalid-rows" data-testid="import-invalid">
                    <p>
                        <strong>
                            {format!(
                                "{} can’t be imported and will be skipped:",
                                format::count(p.invalid.len(), "row", "rows"),
                            )}
                        </strong>
                    </p>
                    <ul class="plain-list">{rows}{more}</ul>
                </div>
            }
        })
    })
}

/// A goal's target with its date, if it has one: "70 by 31 Mar 2027".
fn dated_goal(target: f64, by: Option<chrono::NaiveDate>) -> String {
    match by {
        Some(by) => format!("{} by {}", format_number(target), format::date(by)),
        None => format_number(target),
    }
}
