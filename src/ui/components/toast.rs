//! Feedback where the user is: a toast fixed at the bottom of the screen ("Deleted the
//! snapshot of 1 Jul 2026. Undo"), read out by screen readers, reachable by keyboard. It
//! closes after a while, never while the pointer or focus is on it, or when dismissed.

use std::time::Duration;

use leptos::prelude::*;

use crate::domain::address::Screen;
use crate::domain::stored::Stored;
use crate::domain::{Addition, HistoryError};
use crate::edges::focus;
use crate::i18n;
use crate::ui::state::{use_lang, Navigation, Notices, Problem, Toast, Undo};

/// How long a toast with an Undo stays when nobody is on it: time to change one's mind.
pub const TOAST_TIME: Duration = Duration::from_secs(10);
/// How long a plain confirmation stays ("Saved", "Copied").
pub const CONFIRMATION_TIME: Duration = Duration::from_secs(5);

/// The toast's Undo button, where focus goes after a change that can be undone.
pub const TOAST_UNDO_ID: &str = "toast-undo";

/// The toast area: always on the page (empty when no toast), so screen readers announce what
/// appears in it.
#[component]
pub fn ToastArea() -> impl IntoView {
    let notices = Notices::expect();
    let lang = use_lang();
    let timer = StoredValue::new_local(None::<TimeoutHandle>);
    // The pointer or keyboard focus is on the toast: it stays.
    let (hovered, focused) = (StoredValue::new(false), StoredValue::new(false));
    let stop_timer = move || {
        if let Some(handle) = timer.try_update_value(Option::take).flatten() {
            handle.clear();
        }
    };
    let start_timer = move |id: u64| {
        stop_timer();
        if hovered.get_value() || focused.get_value() {
            return;
        }
        let close = move || {
            notices.close_toast(id);
        };
        let undoable = notices.toast_untracked().is_some_and(|t| t.undo.is_some());
        let time = if undoable {
            TOAST_TIME
        } else {
            CONFIRMATION_TIME
        };
        if let Ok(handle) = set_timeout_with_handle(close, time) {
            timer.set_value(Some(handle));
        }
    };
    let current = move || notices.toast().map(|t| t.id);
    let navigation = Navigation::expect();
    // Which toast reports on which screen (the one showing as it appeared, unless it says).
    let about = StoredValue::new(None::<(u64, Option<Screen>)>);
    let toast_box = NodeRef::<leptos::html::Div>::new();
    let keep_focus_clear = move || {
        if let Some(toast_box) = toast_box.get_untracked() {
            focus::keep_focus_clear_of(&toast_box);
        }
    };
    Effect::new(move |_| match current() {
        Some(id) => {
            let shown = notices.toast_untracked().and_then(|t| t.about);
            about.set_value(Some((id, shown.or_else(|| navigation.screen_untracked()))));
            start_timer(id);
            // Once it is drawn: it must not cover the field the user is on.
            request_animation_frame(keep_focus_clear);
        }
        None => stop_timer(),
    });
    // A move to another screen closes a plain confirmation (not one with an Undo).
    Effect::new(move |first: Option<()>| {
        let now = navigation.screen();
        if first.is_none() {
            return;
        }
        let Some(toast) = notices.toast_untracked() else {
            return;
        };
        // A toast that appeared with this very move is about where it lands.
        let Some((id, about)) = about.get_value().filter(|(id, _)| *id == toast.id) else {
            return;
        };
        if !toast.stays_on(about, now) {
            notices.close_toast(id);
        }
    });
    // Moving focus under the toast (Tab to the last fields) scrolls the field clear of it.
    let focus_moves = window_event_listener(leptos::ev::focusin, move |_| {
        if notices.toast_untracked().is_some() {
            keep_focus_clear();
        }
    });
    on_cleanup(move || {
        stop_timer();
        focus_moves.remove();
    });

    // Closes the toast; focus that was in it goes where the toast says (never lost).
    let close = move |toast: &Toast, focus_to: Option<String>| {
        let had_focus = focused.get_value();
        notices.close_toast(toast.id);
        focused.set_value(false);
        hovered.set_value(false);
        if had_focus {
            request_animation_frame(move || {
                let moved = focus_to.is_some_and(|id| focus::focus(&id));
                if !moved {
                    focus::focus_heading();
                }
            });
        }
    };
    let undo = move |toast: Toast| {
        if let Some(undo) = toast.undo.clone() {
            take_back(undo, notices);
        }
        // After the undo, focus goes to what came back; the toast's own return otherwise.
        let to = toast
            .focus_after_undo
            .clone()
            .or(toast.return_focus.clone());
        close(&toast, to);
    };
    let dismiss = move |toast: Toast| close(&toast, toast.return_focus.clone());
    let resume = move || {
        if let Some(toast) = notices.toast_untracked() {
            start_timer(toast.id);
        }
    };

    let actions = move || {
        notices.toast().map(|toast| {
            let (for_undo, for_dismiss) = (toast.clone(), toast.clone());
            view! {
                <div class="toast-actions">
                    {toast
                        .undo
                        .is_some()
                        .then(|| {
                            view! {
                                <button
                                    id=TOAST_UNDO_ID
                                    class="button small"
                                    aria-describedby="toast-message"
                                    on:click=move |_| undo(for_undo.clone())
                                >
                                    {i18n::start_undo(lang)}
                                </button>
                            }
                        })}
                    <button
                        class="button small quiet"
                        aria-label=i18n::start_dismiss(lang)
                        on:click=move |_| dismiss(for_dismiss.clone())
                    >
                        "×"
                    </button>
                </div>
            }
        })
    };

    view! {
        <div class="toast-region" data-testid="toast-region">
            <div
                class="toast"
                node_ref=toast_box
                class:open=move || notices.toast().is_some()
                data-testid="toast"
                on:mouseenter=move |_| {
                    hovered.set_value(true);
                    stop_timer();
                }
                on:mouseleave=move |_| {
                    hovered.set_value(false);
                    resume();
                }
                on:focusin=move |_| {
                    focused.set_value(true);
                    stop_timer();
                }
                on:focusout=move |ev: leptos::ev::FocusEvent| {
                    if !focus::stays_within(&ev) {
                        focused.set_value(false);
                        resume();
                    }
                }
                on:keydown=move |ev: leptos::ev::KeyboardEvent| {
                    if ev.key() == "Escape" {
                        if let Some(toast) = notices.toast_untracked() {
                            dismiss(toast);
                        }
                    }
                }
            >
                <p id="toast-message" class="toast-message" role="status" aria-live="polite">
                    {move || notices.toast().map(|t| t.message)}
                </p>
                {actions}
            </div>
        </div>
        // Room at the bottom of the page, so the toast never hides its last controls.
        <div
            class="toast-room"
            class:open=move || notices.toast().is_some()
            aria-hidden="true"
        ></div>
    }
}

/// Takes back a deletion or a one-step change, telling the user when it can't be.
fn take_back(undo: Undo, notices: Notices) {
    match undo {
        Undo::Deleted { store, snapshot } => {
            // A day recorded again since the deletion stays as it is now.
            match store.change(|h| h.add(snapshot)) {
                Ok(Addition::Added) => {}
                Ok(Addition::DateTaken(now)) => {
                    notices.report(Problem::ChangeRefused(HistoryError::DateTaken(now.date)))
                }
                Err(e) => notices.report(Problem::ChangeRefused(e)),
            }
        }
        Undo::Change {
            store,
            before,
            after,
        } => {
            // What changed since (another tab, the user) stays: only the change is taken back.
            let now = store.everything_untracked();
            match Stored::merge(&after, &before, &now) {
                Ok(merged) => store.take_merge(merged, notices),
                Err(e) => notices.report(Problem::ChangeRefused(e)),
            }
        }
        Undo::PersonRemoved { store, person } => {
            if let Err(e) = store.change_people(|people| people.add(person)) {
                notices.report(Problem::PeopleChangeRefused(e));
            }
        }
    }
}
