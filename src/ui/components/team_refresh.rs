//! Refreshing many people at once: paste new share links (one per line, or a whole chat
//! thread), see what each would change, then apply. The plan is the domain's
//! (`RefreshPlan`): an older link is flagged and never applied.

use leptos::prelude::*;

use crate::domain::people::refresh::{FoundProblem, RefreshItem, RefreshPlan};
use crate::edges::{focus, random};
use crate::ui::components::{LinksBox, Said};
use crate::ui::format;
use crate::ui::state::YourData;

const RESULT_ID: &str = "team-refresh-result";

#[component]
pub fn TeamRefresh() -> impl IntoView {
    let store = YourData::expect();
    let text = RwSignal::new(String::new());
    let said = RwSignal::new(None::<Result<String, String>>);
    let plan =
        Memo::new(move |_| text.with(|t| store.with_people(|people| RefreshPlan::read(t, people))));
    let apply = move |_| {
        let plan = plan.get_untracked();
        match store.change_people(|people| people.apply_refresh(plan, &mut random::id_seed())) {
            Ok(saved) => {
                text.set(String::new());
                said.set(Some(Ok(format::links_saved(&saved))));
            }
            Err(e) => said.set(Some(Err(e.to_string()))),
        }
        request_animation_frame(|| {
            focus::focus(RESULT_ID);
        });
    };
    let items = move || {
        plan.with(|plan| {
            plan.items()
                .iter()
                .map(|item| {
                    let (class, words) = item_words(item);
                    view! {
                        <li class=class data-testid="refresh-item">
                            {words}
                        </li>
                    }
                })
                .chain(plan.problems().iter().map(|problem| {
                    let FoundProblem::Unreadable { line, error } = problem;
                    view! {
                        <li class="field-error" data-testid="refresh-item">
                            {format!("Line {line}: {error}")}
                        </li>
                    }
                }))
                .collect_view()
        })
    };
    let changes = move || plan.with(RefreshPlan::will_change);
    view! {
        <section class="card" aria-labelledby="team-refresh-title" data-testid="team-refresh">
            <h2 id="team-refresh-title">"Refresh from new links"</h2>
            <p class="muted">
                "Paste the new share links your colleagues sent: one per line, or a whole chat thread or email. Each one updates its person; you see what changes before anything does."
            </p>
            <div class="field">
                <LinksBox id="team-refresh-links" label="New share links" rows=4 text said />
            </div>
            <Show when=move || plan.with(|p| !p.is_empty() || !p.problems().is_empty())>
                <ul class="plain-list refresh-plan" aria-label="What the links would change">
                    {items}
                </ul>
            </Show>
            <Show when=move || {
                text.with(|t| !t.trim().is_empty()) && plan.with(RefreshPlan::is_empty)
                    && plan.with(|p| p.problems().is_empty())
            }>
                <p class="field-error">"No SSI Lens share link found in what you pasted."</p>
            </Show>
            <div class="actions">
                <Show when=move || { changes() > 0 }>
                    <button type="button" class="button primary" on:click=apply>
                        {move || format!("Apply {}", format::count(changes(), "change", "changes"))}
                    </button>
                </Show>
                <span id=RESULT_ID tabindex="-1">
                    <Said said />
                </span>
            </div>
        </section>
    }
}

/// How one link of the paste reads in the preview, and its class.
fn item_words(item: &RefreshItem) -> (&'static str, String) {
    match item {
        RefreshItem::Update { name, update, .. } => (
            "will-change",
            format!("{name}: will be updated ({}).", format::what_is_new(update)),
        ),
        RefreshItem::Same { name, .. } => ("muted", format!("{name}: nothing new.")),
        RefreshItem::Older { name, update, .. } => (
            "warn",
            format!(
                "{name}: this link is older than the copy you keep (made on {}, yours on {}), so it is not applied.",
                format::date(update.shared_on),
                format::date(update.shared_on_before)
            ),
        ),
        RefreshItem::New { name, snapshots } => (
            "will-change",
            format!(
                "{name}: not kept yet, will be saved ({}).",
                format::count(*snapshots, "snapshot", "snapshots")
            ),
        ),
        RefreshItem::NoRoom { name } => (
            "warn",
            format!("{name}: not saved, you already keep the most people SSI Lens keeps. Remove someone first."),
        ),
        RefreshItem::Repeated { name } => (
            "muted",
            format!("{name}: another link of theirs in this paste; the most recent one counts."),
        ),
    }
}
