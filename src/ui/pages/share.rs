//! Making a read-only share link: which weeks, under what name, with or without notes; or a
//! link of one's own data for one's phone. Its QR code is drawn here, on request.

use leptos::prelude::*;

use crate::domain::share::qr::{self, QrSvg};
use crate::domain::share::{self, ShareOptions, LONG_LINK_CHARS, MAX_NAME_CHARS};
use crate::domain::stats::Range;
use crate::edges::clipboard::CopyError;
use crate::edges::share_sheet::{self, ShareSheetError};
use crate::edges::{clipboard, clock, focus, location};
use crate::i18n;
use crate::ui::state::{use_lang, YourData};

/// The share dialog. The link is a pure function of the choices, rebuilt as they change.
#[component]
pub fn SharePage() -> impl IntoView {
    let lang = use_lang();
    let store = YourData::expect();
    let range = RwSignal::new(Range::All);
    let name = RwSignal::new(String::new());
    let include_notes = RwSignal::new(false);
    let own_data = RwSignal::new(false);
    let show_qr = RwSignal::new(false);
    let include_goals = RwSignal::new(false);
    let copied = RwSignal::new(None::<Result<(), CopyError>>);
    // The share sheet's failure, if any (a cancelled sheet is no failure).
    let sheet_problem = RwSignal::new(None::<ShareSheetError>);
    let has_share_sheet = share_sheet::available();

    let shared = Memo::new(move |_| {
        let options = ShareOptions {
            own_data: own_data.get(),
            range: range.get(),
            name: Some(name.get()),
            include_notes: include_notes.get(),
            include_goals: include_goals.get(),
        };
        store.with(|h| share::select(h, &options, clock::today()))
    });
    // No link when the app would refuse to open it: the page says why instead.
    let link = Memo::new(move |_| {
        shared
            .with(share::encode)
            .map(|fragment| format!("{}#{}", location::app_url(), fragment))
    });
    let ready = move || link.with(|l| l.as_ref().ok().cloned());
    // Drawn only while shown, so the screen stays light.
    let qr_code = Memo::new(move |_| {
        show_qr
            .get()
            .then(|| ready().map(|l| qr::qr_svg(&l)))
            .flatten()
    });
    let copy = move |_| {
        let Some(text) = link.with_untracked(|l| l.as_ref().ok().cloned()) else {
            return;
        };
        leptos::task::spawn_local(async move { copied.set(Some(clipboard::copy(&text).await)) });
    };
    let share = move |_| {
        let Some(url) = link.with_untracked(|l| l.as_ref().ok().cloned()) else {
            return;
        };
        sheet_problem.set(None);
        let title = match name.get_untracked().trim() {
            "" => i18n::share_history(lang).to_string(),
            name => i18n::share_history_of(lang, name),
        };
        leptos::task::spawn_local(async move {
            match share_sheet::share(&title, &url).await {
                Ok(()) | Err(ShareSheetError::Cancelled) => {}
                Err(e) => sheet_problem.set(Some(e)),
            }
        });
    };
    let radios = Range::ALL.map(|value| {
        view! {
            <label class="choice">
                <input
                    type="radio"
                    name="share-range"
                    prop:checked=move || range.get() == value
                    on:change=move |_| {
                        range.set(value);
                        copied.set(None);
                    }
                />
                {i18n::results::range_name(lang, value)}
            </label>
        }
    });

    view! {
        <h1 class="page-title">{i18n::share_page_title(lang)}</h1>
        <section class="card share" aria-labelledby="share-title">
            <h2 id="share-title" class="visually-hidden">
                {i18n::share_options_title(lang)}
            </h2>
            <p class="muted">{i18n::share_explain(lang)}</p>
            <fieldset class="choices wrap">
                <legend>{i18n::share_which_snapshots(lang)}</legend>
                {radios}
            </fieldset>
            <LinkChoice
                chosen=own_data
                copied
                testid="share-own-data"
                label=i18n::share_own_data_choice(lang)
            />
            <Show when=move || own_data.get()>
                <p class="hint">{i18n::share_own_data_hint(lang)}</p>
            </Show>
            <Show when=move || !own_data.get()>
                <div class="field">
                    <label for="share-name">{i18n::share_name_label(lang)}</label>
                    <input
                        id="share-name"
                        type="text"
                        maxlength=MAX_NAME_CHARS
                        autocomplete="name"
                        prop:value=move || name.get()
                        on:input=move |ev| {
                            name.set(event_target_value(&ev));
                            copied.set(None);
                        }
                    />
                </div>
            </Show>
            <LinkChoice chosen=include_notes copied label=i18n::share_include_notes(lang) />
            <Show when=move || store.with(|h| !h.goals().is_empty())>
                <LinkChoice chosen=include_goals copied label=i18n::share_include_goals(lang) />
            </Show>
            <div class="field share-link">
                <label for="share-link">
                    {move || {
                        i18n::share_link_label(lang, shared.with(|s| s.history.len()) as u64)
                    }}
                </label>
                <input
                    id="share-link"
                    type="text"
                    readonly
                    prop:value=move || ready().unwrap_or_default()
                    data-testid="share-link"
                    disabled=move || ready().is_none()
                    on:focus=move |ev| focus::select_all(&ev)
                />
                {move || match link.get() {
                    Ok(l) => {
                        view! {
                            // Its length is news only when it is long.
                            {(l.len() > LONG_LINK_CHARS)
                                .then(|| {
                                    view! {
                                        <p class="hint" data-testid="share-length">
                                            {i18n::share_long_link(lang, l.len())}
                                        </p>
                                    }
                                })}
                        }
                            .into_any()
                    }
                    Err(e) => {
                        view! {
                            <p class="error" role="alert" data-testid="share-refused">
                                {i18n::share_refused(lang, i18n::share::encode_problem(lang, &e))}
                            </p>
                        }
                            .into_any()
                    }
                }}
            </div>
            <div class="actions">
                <button class="button primary" on:click=copy disabled=move || ready().is_none()>
                    {i18n::share_copy(lang)}
                </button>
                // Phones' share sheet: messages, mail, and any app that takes a link.
                {has_share_sheet
                    .then(|| {
                        view! {
                            <button
                                class="button"
                                on:click=share
                                disabled=move || ready().is_none()
                            >
                                {i18n::share_share(lang)}
                            </button>
                        }
                    })}
                {move || {
                    ready()
                        .map(|href| {
                            view! {
                                <a class="button" href=href target="_blank" rel="noopener">
                                    {i18n::share_preview(lang)}
                                </a>
                            }
                        })
                }}
            </div>
            <QrDisclosure lang show_qr qr_code />
            {move || {
                copied
                    .get()
                    .map(|copy| match copy {
                        Ok(()) => {
                            view! {
                                <p class="success" role="status">
                                    {i18n::share_copied(lang)}
                                </p>
                            }
                                .into_any()
                        }
                        Err(e) => {
                            view! {
                                <p class="error" role="status">
                                    {i18n::entry::copy_problem(lang, &e)}
                                </p>
                            }
                                .into_any()
                        }
                    })
            }}
            {move || {
                sheet_problem
                    .get()
                    .map(|e| {
                        view! {
                            <p class="error" role="status">
                                {i18n::share_not_shared(
                                    lang,
                                    i18n::share::share_sheet_problem(lang, &e),
                                )}
                            </p>
                        }
                    })
            }}
        </section>
    }
}

/// "Show QR code": the link as a QR code a phone's camera opens, and the plain truth that the
/// data is inside it.
#[component]
fn QrDisclosure(
    lang: i18n::Lang,
    show_qr: RwSignal<bool>,
    qr_code: Memo<Option<Result<QrSvg, qr::QrError>>>,
) -> impl IntoView {
    view! {
        <div class="share-qr">
            <button
                class="button"
                aria-expanded=move || show_qr.get().to_string()
                aria-controls="share-qr"
                on:click=move |_| show_qr.update(|shown| *shown = !*shown)
            >
                {move || {
                    if show_qr.get() {
                        i18n::share_qr_hide(lang)
                    } else {
                        i18n::share_qr_show(lang)
                    }
                }}
            </button>
            <div id="share-qr" hidden=move || !show_qr.get()>
                <p class="hint">{i18n::share_qr_hint(lang)}</p>
                {move || match qr_code.get() {
                    Some(Ok(code)) => {
                        view! {
                            <div
                                class="qr-code"
                                role="img"
                                aria-label=i18n::share_qr_label(lang)
                                data-testid="share-qr"
                                inner_html=code.svg
                            ></div>
                        }
                            .into_any()
                    }
                    Some(Err(e)) => {
                        view! {
                            <p class="error" role="status" data-testid="share-qr-refused">
                                {i18n::share_qr_refused(lang, i18n::share::qr_problem(lang, &e))}
                            </p>
                        }
                            .into_any()
                    }
                    None => ().into_any(),
                }}
            </div>
        </div>
    }
}

/// One yes-or-no choice about the link; changing it makes a new link, so "Copied" no longer holds.
#[component]
fn LinkChoice(
    chosen: RwSignal<bool>,
    copied: RwSignal<Option<Result<(), CopyError>>>,
    label: &'static str,
    #[prop(optional)] testid: Option<&'static str>,
) -> impl IntoView {
    view! {
        <label class="choice">
            <input
                type="checkbox"
                data-testid=testid
                prop:checked=move || chosen.get()
                on:change=move |ev| {
                    chosen.set(event_target_checked(&ev));
                    copied.set(None);
                }
            />
            {label}
        </label>
    }
}
