//! Choosing or dropping a backup file, then previewing its import.

use std::time::Duration;

use leptos::prelude::*;

use crate::domain::transfer::{plan_restore, plan_team_restore, ImportPlan, MAX_IMPORT_BYTES};
use crate::edges::files::{self, ChosenFile};
use crate::edges::focus;
use crate::edges::{clock, random};
use crate::i18n;
use crate::ui::components::{ImportPreview, Imported, TOAST_UNDO_ID};
use crate::ui::state::{use_lang, Notices, Undo, YourData};

/// A file picker and drop zone for JSON or CSV files; nothing changes before the preview is confirmed.
/// With `team`, only a team backup is taken (the people it keeps): a file with snapshots of
/// someone's own is refused, so nothing reaches the user's own history from the Team screen.
#[component]
pub fn ImportCard(#[prop(optional)] team: bool) -> impl IntoView {
    let lang = use_lang();
    let plan_file = if team {
        plan_team_restore
    } else {
        plan_restore
    };
    let store = YourData::expect();
    let notices = Notices::expect();
    let plan = RwSignal::new(None::<(ImportPlan, String)>);
    // How the file's bytes were read, when that needs telling (not UTF-8).
    let read_as = RwSignal::new(None::<&'static str>);
    // A file that can't be read; what an import did is told in a toast, with its undo.
    let message = RwSignal::new(None::<String>);
    let dragging = RwSignal::new(false);
    // The name of the file being read: the picker is disabled meanwhile.
    let reading = RwSignal::new(None::<String>);

    let read = move |file: Result<ChosenFile, files::FileError>| {
        let file = match file {
            Ok(file) => file,
            Err(files::FileError::NoFile) => return,
            Err(e) => return message.set(Some(i18n::share::file_problem(lang, &e))),
        };
        if reading.get_untracked().is_some() {
            return;
        }
        message.set(None);
        plan.set(None);
        read_as.set(None);
        let name = file.name();
        reading.set(Some(name.clone()));
        leptos::task::spawn_local(async move {
            let outcome = match file.read_text(MAX_IMPORT_BYTES).await {
                Err(e) => Err(i18n::share::file_problem(lang, &e)),
                Ok(file) => plan_file(
                    &file.text,
                    &store.everything_untracked(),
                    clock::today(),
                    &mut random::id_seed(),
                )
                .map(|p| (p, file.encoding.notice(lang)))
                .map_err(|e| {
                    i18n::transfer_file_refused(lang, &name, i18n::share::import_problem(lang, &e))
                }),
            };
            // The preview is drawn in the next task: a file of thousands of rows is planned in
            // one task and shown in another, so neither holds the page long. (The card may be
            // gone by then: `try_set` does nothing on a disposed signal.)
            set_timeout(
                move || {
                    reading.try_set(None);
                    match outcome {
                        Ok((p, notice)) => {
                            read_as.try_set(notice);
                            plan.try_set(Some((p, name)));
                        }
                        Err(e) => {
                            message.try_set(Some(e));
                        }
                    }
                },
                Duration::ZERO,
            );
        });
    };
    let on_pick = move |ev: leptos::ev::Event| read(files::picked(&ev));
    let on_drop = move |ev: leptos::ev::DragEvent| {
        ev.prevent_default();
        dragging.set(false);
        read(files::dropped(&ev));
    };
    let on_close = Callback::new(move |done: Option<Imported>| {
        plan.set(None);
        message.set(None);
        read_as.set(None);
        if let Some(Imported {
            message,
            before,
            after,
        }) = done
        {
            notices.show_toast(
                message,
                Some(Undo::Change {
                    store,
                    before,
                    after,
                }),
            );
            // The preview and its button are gone: focus goes to the Undo, where the user is.
            request_animation_frame(|| {
                focus::focus(TOAST_UNDO_ID);
            });
        }
    });
    let busy = move || reading.with(Option::is_some);

    view! {
        <div
            class="drop-zone"
            class:dragging=move || dragging.get()
            aria-busy=move || busy().to_string()
            on:dragover=move |ev: leptos::ev::DragEvent| {
                ev.prevent_default();
                dragging.set(true);
            }
            on:dragleave=move |_| dragging.set(false)
            on:drop=on_drop
            data-testid="import-card"
        >
            <p>
                {if team {
                    i18n::transfer_import_team(lang)
                } else {
                    i18n::start_import_prompt(lang)
                }}
            </p>
            // The words in a span of their own, as index.html's copy has them (its words
            // script replaces a span's text, never the input beside it).
            <label class="button small file-button" class:disabled=busy>
                <span>
                    {move || {
                        if busy() {
                            i18n::transfer_reading(lang)
                        } else {
                            i18n::start_choose_file(lang)
                        }
                    }}
                </span>
                <input
                    type="file"
                    class="visually-hidden"
                    accept=".json,.csv,application/json,text/csv"
                    data-testid="import-file"
                    prop:disabled=busy
                    on:change=on_pick
                />
            </label>
            // On a screen with a pointer; a phone has no file to drag.
            <span class="off-touch">{i18n::start_drop_here(lang)}</span>
            {move || {
                reading
                    .get()
                    .map(|name| {
                        view! {
                            <p class="muted" role="status" data-testid="import-reading">
                                {i18n::transfer_reading_name(lang, name)}
                            </p>
                        }
                    })
            }}
        </div>
        {move || {
            read_as
                .get()
                .map(|text| {
                    view! {
                        <p class="notice-inline" role="note" data-testid="import-encoding">
                            {text}
                        </p>
                    }
                })
        }}
        {move || {
            plan.get()
                .map(|(plan, source)| view! { <ImportPreview plan source target=store on_close /> })
        }}
        {move || {
            message
                .get()
                .map(|text| {
                    view! {
                        <p class="error" role="alert" data-testid="import-error">
                            {text}
                        </p>
                    }
                })
        }}
    }
}
