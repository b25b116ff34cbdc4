//! The banner of a shared view: whose data, that it is a self-reported copy, and from when.
//! "Save" keeps the person beside the viewer's own history (never in it); moving the
//! snapshots into one's own history is a separate, previewed path for one's own data.

use chrono::NaiveDate;
use leptos::prelude::*;

use crate::domain::people::MAX_PEOPLE;
use crate::domain::people::{PersonId, PersonUpdate};
use crate::domain::share::SharedHistory;
use crate::domain::stored::{Stored, STORAGE_KEY};
use crate::domain::sync::{SaveOutcome, Synced};
use crate::domain::transfer::ImportPlan;
use crate::domain::History;
use crate::edges::storage::{self, Loaded, StorageError};
use crate::edges::{location, locks, random};
use crate::markup::shared_banner_words;
use crate::ui::components::ImportPreview;
use crate::ui::format;
use crate::ui::state::HistoryStore;

/// Reads the viewer's own storage, or says why it can't be changed from here.
fn own_storage() -> Result<Synced, &'static str> {
    match storage::load() {
        Loaded::Fresh => Ok(Synced::default()),
        Loaded::Ready(mine) => Ok(mine),
        Loaded::Unreadable { .. } => {
            Err("Your own saved data can’t be read. Open SSI Lens to recover it first.")
        }
        Loaded::Unavailable => {
            Err("This browser doesn’t let SSI Lens keep data, so nothing can be saved.")
        }
        Loaded::ReadFailed(_) => Err(
            "Your own saved data can’t be read from this browser’s storage right now, so nothing was saved. Reload the page and try again.",
        ),
    }
}

/// Saves `ours` over `synced` under the storage lock; `done` runs once it is stored. What
/// could not be kept (another tab saved people meanwhile and these no longer fit) is said, never
/// passed over as a plain success.
fn save_own(
    synced: StoredValue<Synced>,
    ours: Stored,
    problem: RwSignal<Option<String>>,
    done: impl FnOnce() + 'static,
) {
    let waiting = move || problem.set(Some(StorageError::Waiting.to_string()));
    locks::with_exclusive_telling_wait(STORAGE_KEY, waiting, move || {
        let outcome = synced.try_update_value(|synced| storage::save(synced, &ours));
        let wrote = matches!(
            outcome,
            Some(SaveOutcome::Saved | SaveOutcome::Restored | SaveOutcome::Merged { .. })
        );
        match outcome {
            Some(SaveOutcome::Refused(e)) => problem.set(Some(e.to_string())),
            Some(SaveOutcome::Failed(e)) => problem.set(Some(not_saved(&e))),
            Some(SaveOutcome::Merged { dropped_people, .. }) if !dropped_people.is_empty() => {
                let names: Vec<&str> = dropped_people.iter().map(|p| p.name()).collect();
                problem.set(Some(format!(
                    "Not saved: another tab saved people at the same time, and {} no longer fits the limit of {MAX_PEOPLE} people. Remove someone you no longer need, then save again.",
                    names.join(", ")
                )));
            }
            Some(_) => {
                problem.set(None);
                done()
            }
            None => {}
        }
        wrote
    });
}

/// Why saving from a shared view failed: nothing of the viewer's changed, and nothing is kept
/// in the tab (a shared view holds none of the viewer's data), so no advice to export.
fn not_saved(error: &StorageError) -> String {
    match error {
        StorageError::WriteFailed(why) => format!(
            "Not saved: this browser refused to store it ({why}). Nothing of yours was changed."
        ),
        other => other.to_string(),
    }
}

/// What the banner is asking or saying.
#[derive(Clone, Debug, PartialEq)]
enum Step {
    /// The same person is saved already: offer to update their copy.
    Update { id: PersonId, preview: PersonUpdate },
    /// Saved as a person.
    Saved(String),
}

/// Read-only notice for a shared history.
#[component]
pub fn SharedBanner(name: Option<String>, shared_on: NaiveDate) -> impl IntoView {
    let store = HistoryStore::expect();
    // The viewer's own data, as read when they chose to save: the save merges in anything
    // another tab stored meanwhile.
    let synced = StoredValue::new(Synced::default());
    let own = HistoryStore::new(History::default(), Default::default(), false);
    let plan = RwSignal::new(None::<ImportPlan>);
    let step = RwSignal::new(None::<Step>);
    let problem = RwSignal::new(None::<String>);
    let who = name.clone().unwrap_or_else(|| "this person".into());
    // The banner's words are the first paint's (src/markup), so the two draw it alike.
    let (whose, after, save) = shared_banner_words(name.as_deref(), shared_on, &format::date);
    let shared = {
        let name = name.clone();
        move || SharedHistory {
            name: name.clone(),
            shared_on,
            history: store.with_untracked(History::clone),
        }
    };

    let store_person = {
        let shared = shared.clone();
        move |update: Option<PersonId>| {
            let shared = shared();
            let mut people = synced.with_value(|s| s.people().clone());
            let result = match update {
                Some(id) => people.update(id, shared).map(|_| id),
                None => people.add_shared(shared, &mut random::id_seed()),
            };
            let id = match result {
                Ok(id) => id,
                Err(e) => return problem.set(Some(e.to_string())),
            };
            let saved_name = people
                .get(id)
                .map(|p| p.name().to_string())
                .unwrap_or_default();
            // The viewer's own history goes along exactly as read: it never changes here.
            let ours = Stored::new(synced.with_value(|s| s.history().clone()), people);
            save_own(synced, ours, problem, move || {
                step.set(Some(Step::Saved(saved_name)))
            });
        }
    };
    let save_person = {
        let shared = shared.clone();
        let store_person = store_person.clone();
        move |_| {
            problem.set(None);
            let mine = match own_storage() {
                Ok(mine) => mine,
                Err(why) => return problem.set(Some(why.into())),
            };
            let same = shared()
                .name
                .and_then(|n| mine.people().find_same(&n).map(|p| (p.id(), p.clone())));
            synced.set_value(mine);
            match same {
                Some((id, person)) => step.set(Some(Step::Update {
                    id,
                    preview: person.preview_update(&shared()),
                })),
                None => store_person(None),
            }
        }
    };
    let move_into_own = move |_| {
        problem.set(None);
        match own_storage() {
            Ok(mine) => {
                let incoming = store.with_untracked(|h| h.snapshots().to_vec());
                plan.set(Some(ImportPlan::new(incoming, Vec::new(), mine.history())));
                own.set(mine.history().clone());
                synced.set_value(mine);
            }
            Err(why) => problem.set(Some(why.into())),
        }
    };
    let on_close = Callback::new(move |done: Option<crate::ui::components::Imported>| {
        if done.is_none() {
            plan.set(None);
            return;
        }
        let people = synced.with_value(|s| s.people().clone());
        let ours = Stored::new(own.with_untracked(History::clone), people);
        save_own(synced, ours, problem, || {
            location::go_to(&location::app_url())
        });
    });

    let step_view = move || {
        step.get().map(|s| match s {
            Step::Update { id, preview } => {
                let text = if preview.changes_nothing() {
                    "You saved this same copy already.".to_string()
                } else {
                    format!(
                        "You saved {} before (shared on {}). This link is from {}: {} new, {} changed, {} no longer in it.{}",
                        who,
                        format::date(preview.shared_on_before),
                        format::date(preview.shared_on),
                        preview.added.len(),
                        preview.changed.len(),
                        preview.removed.len(),
                        if preview.is_older() { " It is older than the copy you have." } else { "" }
                    )
                };
                let store_person = store_person.clone();
                view! {
                    <div class="confirm" role="alert" data-testid="person-update">
                        <p>{text}</p>
                        <div class="actions">
                            {(!preview.changes_nothing()).then(|| view! {
                                <button class="button primary small" on:click=move |_| store_person(Some(id))>"Update their copy"</button>
                            })}
                            <button class="button small" on:click=move |_| step.set(None)>"Keep the saved copy"</button>
                        </div>
                    </div>
                }
                .into_any()
            }
            Step::Saved(name) => view! {
                <p class="success" role="status" data-testid="person-saved">
                    {format!("Saved {name} in this browser, beside your own history (not in it). ")}
                    <a rel="external" href=format!("{}compare", location::app_url())>"Compare with your own SSI"</a>
                </p>
            }
            .into_any(),
        })
    };

    view! {
        <div class="notice shared" role="note" data-testid="shared-banner">
            <p>
                <strong>{whose}</strong>
                {after}
            </p>
            <button class="button small" on:click=save_person>{save}</button>
            <button class="button small quiet" on:click=move_into_own>"Move into my own history…"</button>
            <a class="button small quiet" rel="external" href=location::app_url()>"Open my SSI Lens"</a>
        </div>
        {step_view}
        {move || plan.get().map(|plan| view! {
            <p class="notice-inline">"Only for your own data, for example from another device: these snapshots become yours. Dates you already have are listed below."</p>
            <ImportPreview plan source="this shared link".to_string() target=own on_close />
        })}
        {move || problem.get().map(|p| view! { <p class="error" role="alert">{p}</p> })}
    }
}
