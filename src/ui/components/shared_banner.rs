//! The banner of a shared view: whose data, that it is a self-reported copy, and from when.
//! "Save" keeps the person beside the viewer's own history (never in it); moving the
//! snapshots into one's own history is a separate, previewed path for one's own data. A link
//! marked as the sharer's own data (made for their phone) offers that path first.

use chrono::NaiveDate;
use leptos::prelude::*;

use crate::domain::people::{PersonId, Recognised};
use crate::domain::share::SharedHistory;
use crate::domain::transfer::ImportPlan;
use crate::domain::History;
use crate::edges::{focus, location};
use crate::i18n;
use crate::markup::shared_banner_words;
use crate::ui::components::{ImportPreview, Imported};
use crate::ui::format;
use crate::ui::state::{use_lang, HistoryView, Notices, OwnData, PersonSaved, Problem, YourData};

/// Where focus goes once the Save or Update button that had it is gone: what it did.
const SAVED_ID: &str = "person-saved";
/// What the banner found out about a link whose person was saved meanwhile.
const KNOWN_ID: &str = "person-known";

/// Read-only notice for a shared history. Saving goes through `own`, the one writer of the
/// user's data; what it reports (including what another tab's save left no room for) is told
/// in the notices below. Whether the link's person is kept already is the domain's
/// ([`People::recognise`]): the banner says so rather than offering to save them again.
#[component]
pub fn SharedBanner(
    name: Option<String>,
    own_data: bool,
    shared_on: NaiveDate,
    own: OwnData,
) -> impl IntoView {
    let lang = use_lang();
    let store = HistoryView::expect();
    let notices = Notices::expect();
    // The user's own data as read when they chose to move the snapshots in: the preview works
    // on it, and only the confirmed result is saved.
    let plan = RwSignal::new(None::<(ImportPlan, YourData)>);
    // "Saved Dana…", after a save from here.
    let saved = RwSignal::new(None::<String>);
    // The banner's words are the first paint's (src/markup), so the two draw it alike.
    let (whose, after, save) = shared_banner_words(
        crate::ui::state::use_lang(),
        name.as_deref(),
        shared_on,
        &format::date,
    );
    let shared = {
        let name = name.clone();
        move || SharedHistory {
            name: name.clone(),
            own_data,
            shared_on,
            history: store.with_untracked(History::clone),
        }
    };
    // What this link is to the people kept here, read afresh. Unknown (None) when the user's
    // data can't be read: "Save" stays, and its click says why nothing can be saved.
    let recognise = {
        let shared = shared.clone();
        move || own.read().map(|mine| mine.people().recognise(&shared()))
    };
    let recognised = RwSignal::new(recognise().ok());

    let store_person = {
        let shared = shared.clone();
        let recognise = recognise.clone();
        move |update: Option<PersonId>| {
            let recognise = recognise.clone();
            own.save_person(shared(), update, move |result| match result {
                // Not kept: the notices name who no longer fit.
                Ok(PersonSaved { kept: false, .. }) => {}
                Ok(PersonSaved { name, .. }) => {
                    saved.set(Some(name));
                    recognised.set(recognise().ok());
                    // The button pressed is gone: focus goes to what it did.
                    request_animation_frame(|| {
                        focus::focus(SAVED_ID);
                    });
                }
                Err(e) => notices.report(Problem::OwnData(e)),
            });
        }
    };
    let save_person = {
        let store_person = store_person.clone();
        move |_| {
            notices.dismiss_problem();
            // Read afresh: another tab may have saved them meanwhile.
            match recognise() {
                Ok(Recognised::NotSaved) => store_person(None),
                Ok(known) => {
                    recognised.set(Some(known));
                    request_animation_frame(|| {
                        focus::focus(KNOWN_ID);
                    });
                }
                Err(e) => notices.report(Problem::OwnData(e)),
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

    // Once saved: what this link holds beside the copy, and "Update" only when it is newer.
    let saved_status = move || {
        let (text, update) = match recognised.get()? {
            Recognised::NotSaved => return None,
            Recognised::Same { name, .. } => (i18n::share_known_same(lang, name), None),
            Recognised::Newer { id, name, update } => (
                i18n::share_known_newer(lang, &name, format::what_is_new(lang, &update)),
                Some((id, name)),
            ),
            Recognised::Older { name, update, .. } => (
                i18n::share_known_older(
                    lang,
                    name,
                    format::date(update.shared_on),
                    format::date(update.shared_on_before),
                ),
                None,
            ),
        };
        let store_person = store_person.clone();
        Some(view! {
            <p id=KNOWN_ID tabindex="-1" role="status" data-testid="person-known">
                {text}
            </p>
            {update
                .map(|(id, name)| {
                    view! {
                        <button
                            class="button small primary"
                            on:click=move |_| store_person(Some(id))
                        >
                            {i18n::share_update_person(lang, &name)}
                        </button>
                    }
                })}
        })
    };
    let not_saved = move || {
        !matches!(
            recognised.get(),
            Some(Recognised::Same { .. } | Recognised::Newer { .. } | Recognised::Older { .. })
        )
    };
    let saved_view = move || {
        saved.get().map(|name| {
            view! {
                <p
                    id=SAVED_ID
                    tabindex="-1"
                    class="success"
                    role="status"
                    data-testid="person-saved"
                >
                    {i18n::share_saved_person(lang, &name)}
                    <a rel="external" href=format!("{}compare", location::app_url())>
                        {i18n::share_compare_link(lang)}
                    </a>
                </p>
            }
        })
    };

    view! {
        <div class="notice shared" role="note" data-testid="shared-banner">
            {if own_data {
                view! {
                    <p>
                        <strong>{i18n::share_own_title(lang)}</strong>
                        {i18n::share_own_after(lang, format::date(shared_on))}
                    </p>
                    <button
                        class="button small primary"
                        on:click=move_into_own
                        data-testid="move-into-history"
                    >
                        {i18n::share_move_in(lang)}
                    </button>
                }
                    .into_any()
            } else {
                view! {
                    <p>
                        <strong>{whose}</strong>
                        {after}
                    </p>
                }
                    .into_any()
            }}
            {saved_status}
            <Show when=not_saved>
                <button
                    class=if own_data { "button small quiet" } else { "button small" }
                    on:click=save_person.clone()
                >
                    {save.clone()}
                </button>
            </Show>
            {(!own_data)
                .then(|| {
                    view! {
                        <button class="button small quiet" on:click=move_into_own>
                            {i18n::share_move_into_own(lang)}
                        </button>
                    }
                })}
            <a class="button small quiet" rel="external" href=location::app_url()>
                {i18n::share_open_mine(lang)}
            </a>
        </div>
        {saved_view}
        {move || {
            plan.get()
                .map(|(plan, target)| {
                    view! {
                        <p class="notice-inline">{i18n::share_move_explain(lang)}</p>
                        <ImportPreview
                            plan
                            source=i18n::share_import_source(lang).to_string()
                            target
                            on_close
                        />
                    }
                })
        }}
    }
}
