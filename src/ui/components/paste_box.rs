//! The paste box: LinkedIn's SSI page in, a filled form and a summary of what was found out.

use leptos::prelude::*;

use crate::domain::number::{format_number, format_points, Precision};
use crate::domain::paste::{self, Note, ParsedPage, PasteError};
use crate::ui::components::{CaptureBookmark, ClipboardPaste, SsiLink};
use crate::ui::pasting::open_share_link;
use crate::ui::state::{Navigation, Notices};

/// Typing pauses this long before the text is parsed: a whole page is parsed once, not per key.
const SETTLE: std::time::Duration = std::time::Duration::from_millis(250);

/// Parses what the user pastes at once, and what they type once they pause; hands every
/// successful parse to `on_parsed`. `pasted` is text pasted elsewhere in the app, read as soon
/// as the box is on screen.
#[component]
pub fn PasteBox(on_parsed: Callback<ParsedPage>, pasted: Option<String>) -> impl IntoView {
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
                    {e.to_string()}
                </p>
            }
            .into_any(),
            Ok(page) => view! { <PasteSummary page /> }.into_any(),
        })
    };
    view! {
        <section class="paste-box" aria-labelledby="paste-title">
            <h2 id="paste-title">"Paste from LinkedIn"</h2>
            <p class="muted">
                "Open " <SsiLink /> ", select all (Ctrl+A or ⌘A), copy, and paste here. "
                "The form below fills itself; check it, then save."
            </p>
            <label for="paste-text" class="visually-hidden">
                "Text of your SSI page"
            </label>
            <textarea
                id="paste-text"
                rows="3"
                placeholder="Paste the SSI page here"
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
fn PasteSummary(page: ParsedPage) -> impl IntoView {
    let gap = page.total_gap_to_check();
    let found = {
        let mut found = vec!["the four pillars".to_string()];
        if let Some(o) = page.overall {
            found.insert(0, format!("SSI {}", Precision::Whole.format(o)));
        }
        let mut add = |label: &str, value: Option<String>| {
            if let Some(v) = value {
                found.push(format!("{label} {v}"));
            }
        };
        add(
            "industry rank Top",
            page.industry_rank.map(|r| format!("{r}%")),
        );
        add(
            "network rank Top",
            page.network_rank.map(|r| format!("{r}%")),
        );
        add("industry average", page.industry_avg.map(format_number));
        add("network average", page.network_avg.map(format_number));
        add("industry", page.industry_name.clone());
        if page.industry_pillars.is_some() {
            found.push("your industry’s pillars".into());
        }
        if page.network_pillars.is_some() {
            found.push("your network’s pillars".into());
        }
        found.join(", ")
    };
    let missing = page.missing().join(", ");
    view! {
        <div class="paste-summary" role="status" data-testid="paste-summary">
            <p>
                <strong>"Found: "</strong>
                {found}
                "."
            </p>
            {(!missing.is_empty())
                .then(|| {
                    view! {
                        <p class="muted">
                            <strong>"Not on the page: "</strong>
                            {missing}
                            "."
                        </p>
                    }
                })}
            {page
                .notes
                .iter()
                .map(|n| view! { <p class="warning-text">{note_text(n)}</p> })
                .collect_view()}
            {gap
                .map(|g| {
                    view! {
                        <p class="warning-text">
                            {format!(
                                "The page’s total differs from the sum of the pillars by {}. LinkedIn rounds, but please check the figures.",
                                format_points(g),
                            )}
                        </p>
                    }
                })}
        </div>
    }
}

/// What the preview says when the page's order rather than its words decided a value, or
/// why a value was left empty.
fn note_text(note: &Note) -> String {
    match note {
        Note::PillarsByPlace(pillars) if pillars.len() == 4 => "The pillars’ names weren’t recognised, so the four scores were read in the page’s fixed order (brand, people, insights, relationships). Please check them.".into(),
        Note::PillarsByPlace(pillars) => {
            let names: Vec<&str> = pillars.iter().map(|p| p.short_label()).collect();
            match names.as_slice() {
                [one] => format!("{one} was read by its place on the page (its name wasn’t recognised). Please check it."),
                [rest @ .., last] => format!("{} and {last} were read by their places on the page (their names weren’t recognised). Please check them.", rest.join(", ")),
                [] => String::new(),
            }
        }
        Note::LabelsDisagree => "Some pillar names on the page seemed out of order; the scores were kept in the page’s fixed order. Please check them.".into(),
        Note::PeerBreakdownsByOrder => "The page shows several pillar tables and their headings weren’t recognised, so they were told apart by their order (yours first, then your industry’s, then your network’s). Please check them.".into(),
        Note::RanksByOrder => "The industry and network ranks were told apart by their order on the page (industry first). Please check them.".into(),
        Note::AveragesByOrder => "The industry and network averages were told apart by their order on the page (industry first). Please check them.".into(),
        Note::TotalUnclear => "The page shows several scores out of 100 and none matches the pillars, so the total was left empty (the sum of the pillars will be used).".into(),
    }
}
