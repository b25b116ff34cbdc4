//! Refreshing many people at once: paste new share links (one per line, or a whole chat
//! thread), see what each would change, then apply. The plan is the domain's
//! (`RefreshPlan`): an older link is flagged and never applied.

use leptos::prelude::*;

use crate::domain::people::refresh::{FoundProblem, RefreshItem, RefreshPlan};
use crate::edges::{focus, random};
use crate::i18n::{self, Lang};
use crate::ui::components::{LinksBox, Said};
use crate::ui::format;
use crate::ui::state::{use_lang, YourData};

const RESULT_ID: &str = "team-refresh-result";

#[component]
pub fn TeamRefresh() -> impl IntoView {
    let store = YourData::expect();
    let lang = use_lang();
    let text = RwSignal::new(String::new());
    let said = RwSignal::new(None::<Result<String, String>>);
    let plan =
        Memo::new(move |_| text.with(|t| store.with_people(|people| RefreshPlan::read(t, people))));
    let apply = move |_| {
        let plan = plan.get_untracked();
        match store.change_people(|people| people.apply_refresh(plan, &mut random::id_seed())) {
            Ok(saved) => {
                text.set(String::new());
                said.set(Some(Ok(format::links_saved(lang, &saved))));
            }
            Err(e) => said.set(Some(Err(i18n::team::people_problem(lang, &e)))),
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
                    let (class, words) = item_words(lang, item);
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
                            {i18n::team_line_problem(lang, line, error)}
                        </li>
                    }
                }))
                .collect_view()
        })
    };
    let changes = move || plan.with(RefreshPlan::will_change);
    view! {
        <section class="card" aria-labelledby="team-refresh-title" data-testid="team-refresh">
            <h2 id="team-refresh-title">{i18n::team_refresh_title(lang)}</h2>
            <p class="muted">{i18n::team_refresh_how(lang)}</p>
            <div class="field">
                <LinksBox
                    id="team-refresh-links"
                    label=i18n::team_refresh_label(lang)
                    rows=4
                    text
                    said
                />
            </div>
            <Show when=move || plan.with(|p| !p.is_empty() || !p.problems().is_empty())>
                <ul class="plain-list refresh-plan" aria-label=i18n::team_refresh_plan(lang)>
                    {items}
                </ul>
            </Show>
            <Show when=move || {
                text.with(|t| !t.trim().is_empty()) && plan.with(RefreshPlan::is_empty)
                    && plan.with(|p| p.problems().is_empty())
            }>
                <p class="field-error">{i18n::team_no_link_found(lang)}</p>
            </Show>
            <div class="actions">
                <Show when=move || { changes() > 0 }>
                    <button type="button" class="button primary" on:click=apply>
                        {move || i18n::team_apply(lang, changes() as u64)}
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
fn item_words(lang: Lang, item: &RefreshItem) -> (&'static str, String) {
    match item {
        RefreshItem::Update { name, update, .. } => (
            "will-change",
            i18n::team_item_update(lang, name, format::what_is_new(lang, update)),
        ),
        RefreshItem::Same { name, .. } => ("muted", i18n::team_item_same(lang, name)),
        RefreshItem::Older { name, update, .. } => (
            "warn",
            i18n::team_item_older(
                lang,
                format::date(update.shared_on),
                name,
                format::date(update.shared_on_before),
            ),
        ),
        RefreshItem::New { name, snapshots } => (
            "will-change",
            i18n::team_item_new(lang, *snapshots as u64, name),
        ),
        RefreshItem::NoRoom { name } => ("warn", i18n::team_item_no_room(lang, name)),
        RefreshItem::Repeated { name } => ("muted", i18n::team_item_repeated(lang, name)),
    }
}
