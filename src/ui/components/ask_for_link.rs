//! A ready message asking someone whose saved copy is out of date for a fresh share link: to
//! copy, or to send through the system's share sheet. Its link opens SSI Lens at the Share
//! screen, where they make one.

use leptos::prelude::*;

use crate::domain::address::Screen;
use crate::domain::people::PersonId;
use crate::domain::team::STALE_AFTER_WEEKS;
use crate::edges::clipboard::{self, CopyError};
use crate::edges::share_sheet::{self, ShareSheetError};
use crate::edges::{focus, location};
use crate::i18n;
use crate::ui::components::Said;
use crate::ui::state::use_lang;

const HEADING_ID: &str = "ask-link-title";

#[component]
pub fn AskForLink(
    id: PersonId,
    name: String,
    on_close: impl Fn() + Copy + Send + Sync + 'static,
) -> impl IntoView {
    let lang = use_lang();
    let share_url = format!(
        "{}{}",
        location::app_url().trim_end_matches('/'),
        Screen::Share.path()
    );
    let message = i18n::team::ask_for_link_message(lang, &name, &share_url);
    let copied = RwSignal::new(None::<Result<(), CopyError>>);
    // In its own words: the error's speak of a link, this is a message.
    let copied_said = Signal::derive(move || {
        copied.get().map(|done| match done {
            Ok(()) => Ok(i18n::team_copied(lang).to_string()),
            Err(_) => Err(i18n::team_copy_failed(lang).to_string()),
        })
    });
    let sheet_problem = RwSignal::new(None::<ShareSheetError>);
    let has_share_sheet = share_sheet::available();
    let copy = {
        let message = message.clone();
        move |_| {
            let text = message.clone();
            leptos::task::spawn_local(
                async move { copied.set(Some(clipboard::copy(&text).await)) },
            );
        }
    };
    let share = {
        let message = message.clone();
        move |_| {
            sheet_problem.set(None);
            let text = message.clone();
            leptos::task::spawn_local(async move {
                match share_sheet::share_message(i18n::team_share_title(lang), &text).await {
                    Ok(()) | Err(ShareSheetError::Cancelled) => {}
                    Err(e) => sheet_problem.set(Some(e)),
                }
            });
        }
    };
    request_animation_frame(|| {
        focus::focus(HEADING_ID);
    });
    let field = format!("ask-link-{}", id.key());
    view! {
        <section class="card ask-link" aria-labelledby=HEADING_ID data-testid="ask-link">
            <h2 id=HEADING_ID tabindex="-1">
                {i18n::team_ask_title(lang, &name)}
            </h2>
            <p class="muted">{i18n::team_ask_why(lang, STALE_AFTER_WEEKS as u64, &name)}</p>
            <div class="field">
                <label for=field.clone()>{i18n::team_message(lang)}</label>
                <textarea id=field readonly rows="4" data-testid="ask-link-message">
                    {message}
                </textarea>
            </div>
            <div class="actions">
                <button type="button" class="button primary" on:click=copy>
                    {i18n::team_copy_message(lang)}
                </button>
                {has_share_sheet
                    .then(|| {
                        view! {
                            <button type="button" class="button" on:click=share>
                                {i18n::team_share(lang)}
                            </button>
                        }
                    })}
                <button type="button" class="button quiet" on:click=move |_| on_close()>
                    {i18n::team_close(lang)}
                </button>
                <Said said=copied_said />
                {move || {
                    sheet_problem
                        .get()
                        .map(|e| {
                            view! {
                                <span class="field-error" role="alert">
                                    {i18n::team_not_shared(
                                        lang,
                                        i18n::share::share_sheet_problem(lang, &e),
                                    )}
                                </span>
                            }
                        })
                }}
            </div>
        </section>
    }
}
