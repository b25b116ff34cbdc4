//! The banner of a shared view: whose data, that it is a self-reported copy, and from when.
//! "Save" keeps the person beside the viewer's own history (never in it); moving the
//! snapshots into one's own history is a separate, previewed path for one's own data.

use chrono::NaiveDate;
use leptos::prelude::*;

use crate::domain::people::{PersonId, PersonUpdate};
use crate::domain::share::SharedHistory;
use crate::domain::transfer::ImportPlan;
use crate::domain::History;
use crate::edges::location;
use crate::markup::shared_banner_words;
use crate::ui::components::{ImportPreview, Imported};
use crate::ui::format;
use crate::ui::state::{HistoryView, Notices, OwnData, PersonSaved, Problem, YourData};

/// What the banner is asking or saying.
#[derive(Clone, Debug, PartialEq)]
enum Step {
    /// The same person is saved already: offer to update their copy.
    Update { id: PersonId, preview: PersonUpdate },
    /// Saved as a person.
    Saved(String),
}

/// Read-only notice for a shared history. Saving goes through `own`, the one writer of the
/// user's data; what it reports (including what another tab's save left no room for) is told
/// in the notices below.
#[component]
pub fn SharedBanner(name: Option<String>, shared_on: NaiveDate, own: OwnData) -> impl IntoView {
    let store = HistoryView::expect();
    let notices = Notices::expect();
    // The user's own data as read when they chose to move the snapshots in: the preview works
    // on it, and only the confirmed result is saved.
    let plan = RwSignal::new(None::<(ImportPlan, YourData)>);
    let step = RwSignal::new(None::<Step>);
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
            own.save_person(shared(), update, move |saved| match saved {
                // Not kept: the notices name who no longer fit.
                Ok(PersonSaved { kept: false, .. }) => step.set(None),
                Ok(PersonSaved { name, .. }) => step.set(Some(Step::Saved(name))),
                Err(e) => notices.report(Problem::OwnData(e)),
            });
        }
    };
    let save_person = {
        let shared = shared.clone();
        let store_person = store_person.clone();
        move |_| {
            notices.dismiss_problem();
            let mine = match own.read() {
                Ok(mine) => mine,
                Err(e) => return notices.report(Problem::OwnData(e)),
            };
            let same = shared()
                .name
                .and_then(|n| mine.people().find_same(&n).map(|p| (p.id(), p.clone())));
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
        notices.dismiss_problem();
        match own.read() {
            Ok(mine) => {
                let incoming = store.with_untracked(|h| h.snapshots().to_vec());
                let preview = ImportPlan::new(incoming, Vec::new(), mine.history());
                plan.set(Some((preview, YourData::new(mine))));
            }
            Err(e) => notices.report(Problem::OwnData(e)),
        }
    };
    let on_close = Callback::new(move |done: Option<Imported>| {
        let Some(done) = done else {
            return plan.set(None);
        };
        own.move_into_own(done.after, move |written| match written {
            Ok(written) if written.no_longer_fit.is_empty() => {
                if let Err(e) = location::go_to(&location::app_url()) {
                    notices.report(Problem::NotOpened(e));
                }
            }
            // The notices say what did not fit; the user stays to read it.
            Ok(_) => {}
            Err(e) => notices.report(Problem::OwnData(e)),
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
                            {(!preview.changes_nothing())
                                .then(|| {
                                    view! {
                                        <button
                                            class="button primary small"
                                            on:click=move |_| store_person(Some(id))
                                        >
                                            "Update their copy"
                                        </button>
                                    }
                                })} <button class="button small" on:click=move |_| step.set(None)>
                                "Keep the saved copy"
                            </button>
                        </div>
                    </div>
                }
                .into_any()
            }
            Step::Saved(name) => view! {
                <p class="success" role="status" data-testid="person-saved">
                    {format!("Saved {name} in this browser, beside your own history (not in it). ")}
                    <a rel="external" href=format!("{}compare", location::app_url())>
                        "Compare with your own SSI"
                    </a>
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
            <button class="button small" on:click=save_person>
                {save}
            </button>
            <button class="button small quiet" on:click=move_into_own>
                "Move into my own history…"
            </button>
            <a class="button small quiet" rel="external" href=location::app_url()>
                "Open my SSI Lens"
            </a>
        </div>
        {step_view}
        {move || {
            plan.get()
                .map(|(plan, target)| {
                    view! {
                        <p class="notice-inline">
                            "Only for your own data, for example from another device: these snapshots become yours. Dates you already have are listed below."
                        </p>
                        <ImportPreview plan source="this shared link".to_string() target on_close />
                    }
                })
        }}
    }
}
