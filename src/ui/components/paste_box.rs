//! The paste box: LinkedIn's SSI page in, a filled form and a summary of what was found out.

use leptos::prelude::*;

use crate::domain::number::{format_number, format_points, Precision};
use crate::domain::paste::{self, ParsedPage, PasteError};
use crate::i18n::{self, entry, ssi, Lang};
use crate::ui::components::{CaptureBookmark, ClipboardPaste, SsiLink};
use crate::ui::pasting::open_share_link;
use crate::ui::state::{use_lang, Navigation, Notices};

/// Typing pauses this long before the text is parsed: a whole page is parsed once, not per key.
const SETTLE: std::time::Duration = std::time::Duration::from_millis(250);

/// Parses what the user pastes at once, and what they type once they pause; hands every
/// successful parse to `on_parsed`. `pasted` is text pasted elsewhere in the app, read as soon
/// as the box is on screen.
#[component]
pub fn PasteBox(on_parsed: Callback<ParsedPage>, pasted: Option<String>) -> impl IntoView {
    let lang = use_lang();
    let text = RwSignal::new(String::new());
    let result = RwSignal::new(None::<Result<ParsedPage, PasteError>>);
    let navigation = use_context::<Navigation>();
    let notices = Notices::expect();
    let read = move |input: String| {
        // A share link is opened, not read as an SSI page.
        if open_share_link(&input, notices) {
            return;
        }
        let handed = navigation.and_then(|n| n.take_parsed(&input));
        let parsed = if input.trim().is_empty() {
            None
        } else {
            Some(handed.map_or_else(|| paste::parse(&input), Ok))
        };
        if let Some(Ok(page)) = &parsed {
            on_parsed.run(page.clone());
        }
        result.set(parsed);
        text.set(input);
    };
    // The parse waiting for typing to pause, and whether the next input comes from a paste.
    let pending = StoredValue::new(None::<TimeoutHandle>);
    let pasting = StoredValue::new(false);
    let cancel = move || {
        if let Some(handle) = pending.try_update_value(Option::take).flatten() {
            handle.clear();
        }
    };
    on_cleanup(cancel);
    let on_input = move |ev| {
        let input = event_target_value(&ev);
        cancel();
        if pasting.try_update_value(std::mem::take).unwrap_or(false) {
            read(input);
            return;
        }
        text.set(input.clone());
        if let Ok(handle) = set_timeout_with_handle(move || read(input), SETTLE) {
            pending.set_value(Some(handle));
        }
    };
    // Read at once, as a paste into the box is.
    let from_clipboard = Callback::new(move |input: String| {
        cancel();
        read(input);
    });
    if let Some(pasted) = pasted {
        // After mounting, so the form receives the parse.
        request_animation_frame(move || read(pasted));
    }

    let summary = move || {
        result.get().map(|r| match r {
            Err(e) => view! {
                <p class="field-error" role="alert" data-testid="paste-error">
                    {entry::paste_problem(lang, &e)}
                </p>
            }
            .into_any(),
            Ok(page) => view! { <PasteSummary page lang /> }.into_any(),
        })
    };
    let (before, after) = entry::around_link(|link| i18n::entry_paste_how(lang, link));
    view! {
        <section class="paste-box" aria-labelledby="paste-title">
            <h2 id="paste-title">{i18n::entry_paste_title(lang)}</h2>
            <p class="muted">{before} <SsiLink /> {after}</p>
            <label for="paste-text" class="visually-hidden">
                {i18n::entry_paste_label(lang)}
            </label>
            <textarea
                id="paste-text"
                rows="3"
                placeholder=i18n::entry_paste_placeholder(lang)
                prop:value=move || text.get()
                on:paste=move |_| pasting.set_value(true)
                on:input=on_input
            ></textarea>
            <ClipboardPaste on_text=from_clipboard beside_the_box=true />
            {summary}
            <CaptureBookmark />
        </section>
    }
}

/// What a paste found and what it did not.
#[component]
fn PasteSummary(page: ParsedPage, lang: Lang) -> impl IntoView {
    let gap = page.total_gap_to_check();
    let found = {
        let rank = |r: Option<u8>| r.map(|r| ssi::rank(lang, Some(r)));
        let found: Vec<String> = [
            page.overall
                .map(|o| i18n::entry_found_overall(lang, Precision::Whole.format(o))),
            Some(i18n::entry_found_pillars(lang).into()),
            rank(page.industry_rank).map(|r| i18n::entry_found_industry_rank(lang, r)),
            rank(page.network_rank).map(|r| i18n::entry_found_network_rank(lang, r)),
            page.industry_avg
                .map(|a| i18n::entry_found_industry_average(lang, format_number(a))),
            page.network_avg
                .map(|a| i18n::entry_found_network_average(lang, format_number(a))),
            page.industry_name
                .as_ref()
                .map(|name| i18n::entry_found_industry(lang, name)),
            page.industry_pillars
                .map(|_| i18n::entry_found_industry_pillars(lang).into()),
            page.network_pillars
                .map(|_| i18n::entry_found_network_pillars(lang).into()),
        ]
        .into_iter()
        .flatten()
        .collect();
        found.join(", ")
    };
    let missing: Vec<&str> = page
        .missing()
        .into_iter()
        .map(|m| entry::missing(lang, m))
        .collect();
    let missing = missing.join(", ");
    view! {
        <div class="paste-summary" role="status" data-testid="paste-summary">
            <p>
                <strong>{i18n::entry_found(lang)}</strong>
                " "
                {found}
                "."
            </p>
            {(!missing.is_empty())
                .then(|| {
                    view! {
                        <p class="muted">
                            <strong>{i18n::entry_not_on_page(lang)}</strong>
                            " "
                            {missing}
                            "."
                        </p>
                    }
                })}
            {page
                .notes
                .iter()
                .map(|n| view! { <p class="warning-text">{entry::paste_note(lang, n)}</p> })
                .collect_view()}
            {gap
                .map(|g| {
                    view! {
                        <p class="warning-text">
                            {i18n::entry_paste_total_gap(lang, format_points(g))}
                        </p>
                    }
                })}
        </div>
    }
}
