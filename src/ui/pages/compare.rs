//! The user's own SSI beside the people they saved and any share links pasted here. Pasted
//! links are kept only as saved people (the one way to keep someone), when the user saves them.

use leptos::prelude::*;

use crate::domain::address::Screen;
use crate::domain::charts::comparison_chart;
use crate::domain::goals::Metric;
use crate::domain::number::Precision;
use crate::domain::people::refresh::RefreshPlan;
use crate::domain::people::{PersonId, MAX_PEOPLE};
use crate::domain::share::links::{self, LinkProblem};
use crate::domain::share::MAX_NAME_CHARS;
use crate::domain::stats::change_over;
use crate::domain::History;
use crate::edges::random;
use crate::i18n::{self, Lang};
use crate::ui::components::{Column, DataTable, EChart, FieldError, LinksBox, RangePicker, Said};
use crate::ui::format;
use crate::ui::state::{use_lang, Navigation, Notices, Preferences, YourData};

/// What the page says about a line that added nobody.
fn describe(lang: Lang, problem: &LinkProblem) -> String {
    match problem {
        LinkProblem::Unreadable { line, error } => i18n::team_line_problem(lang, line, error),
        LinkProblem::TooMany { .. } => i18n::team_compare_first(lang, MAX_PEOPLE as u64),
    }
}

/// The comparison page: the chart and table first once anyone is saved, the box for links
/// after them (before them while there is no one to compare with yet).
#[component]
pub fn ComparePage() -> impl IntoView {
    let preferences = Preferences::expect();
    let store = YourData::expect();
    let lang = use_lang();
    // Links a saved comparison kept (before saving people was the one way to keep them).
    let text = RwSignal::new(preferences.saved_comparison());
    let metric = RwSignal::new(Metric::Overall);
    let parsed = Memo::new(move |_| text.with(|t| links::read(t)));
    // What the links box last said: kept here, as the box moves below the chart once someone
    // is saved.
    let said = RwSignal::new(None::<Result<String, String>>);
    let yours = Memo::new(move |_| store.with(|own| (!own.is_empty()).then(|| own.clone())));
    // Everyone else on the chart: saved people, then pasted links.
    let others = Memo::new(move |_| {
        let mut lines: Vec<(String, History)> = store.with_people(|people| {
            people
                .iter()
                .map(|p| (p.name().to_string(), p.snapshots().clone()))
                .collect()
        });
        parsed.with(|links| {
            let pasted = links.people.iter();
            lines.extend(pasted.map(|p| (p.name.clone(), p.shared.history.clone())));
        });
        lines
    });
    let anyone = move || yours.with(Option::is_some) || others.with(|o| !o.is_empty());
    let has_people = move || store.with_people(|p| !p.is_empty());
    let options = Callback::new(move |style| {
        let range = preferences.range();
        yours.with(|yours| {
            others.with(|others| {
                let slices: Vec<(String, &[crate::domain::Snapshot])> = others
                    .iter()
                    .map(|(name, history)| (name.clone(), range.of(history)))
                    .collect();
                let yours = yours.as_ref().map(|h| range.of(h));
                comparison_chart(yours, &slices, metric.get(), &style, lang)
            })
        })
    });
    let row = move |name: String, history: &History| {
        let latest = history.latest();
        let month = change_over(history, Metric::Overall, 30)
            .map(|c| Precision::Whole.format_change(c.delta))
            .unwrap_or_else(|| "–".into());
        view! {
            <tr>
                <th scope="row">{name}</th>
                <td>{latest.map(|s| format::date(s.date)).unwrap_or_default()}</td>
                <td class="num strong">
                    {latest.map(|s| Precision::Whole.format(s.overall)).unwrap_or_default()}
                </td>
                <td class="num">{i18n::ssi::rank(lang, latest.and_then(|s| s.industry_rank))}</td>
                <td class="num">{i18n::ssi::rank(lang, latest.and_then(|s| s.network_rank))}</td>
                <td class="num">{month}</td>
            </tr>
        }
    };
    let rows = move || {
        let mut rows = Vec::new();
        yours.with(|h| {
            rows.extend(
                h.as_ref()
                    .map(|h| row(i18n::team::you(lang).to_string(), h)),
            )
        });
        others.with(|o| rows.extend(o.iter().map(|(name, h)| row(name.clone(), h))));
        rows.collect_view()
    };
    // Built each time the comparison appears: views are not copied.
    let metric_buttons = move || {
        Metric::ALL.map(|m| {
            view! {
                <button
                    type="button"
                    aria-pressed=move || (metric.get() == m).to_string()
                    on:click=move |_| metric.set(m)
                >
                    {i18n::results::metric_short_name(lang, m)}
                </button>
            }
        })
    };

    view! {
        <h1 class="page-title">{i18n::screen_compare(lang)}</h1>
        <Show when=move || !has_people()>
            <SharedLinks text parsed said />
        </Show>
        <SavedPeople />
        <Show when=anyone>
            <section class="card" aria-labelledby="compare-title">
                <div class="card-head">
                    <h2 id="compare-title">{i18n::team_side_by_side(lang)}</h2>
                    <RangePicker />
                </div>
                <div
                    class="segmented metric-switch"
                    role="group"
                    aria-label=i18n::team_score_to_compare(lang)
                >
                    {metric_buttons()}
                </div>
                // On a phone the five names don't fit one row: a list instead of buttons.
                <label class="metric-select">
                    {i18n::team_score_to_compare(lang)} " "
                    <select on:change=move |ev| {
                        let picked = event_target_value(&ev).parse::<usize>().ok();
                        if let Some(&m) = picked.and_then(|i| Metric::ALL.get(i)) {
                            metric.set(m);
                        }
                    }>
                        {Metric::ALL
                            .iter()
                            .enumerate()
                            .map(|(i, &m)| {
                                view! {
                                    <option value=i.to_string() selected=move || metric.get() == m>
                                        {i18n::results::metric_short_name(lang, m)}
                                    </option>
                                }
                            })
                            .collect_view()}
                    </select>
                </label>
                <EChart options label=i18n::team_compare_chart(lang) testid="comparison-chart" />
                // A region, so a keyboard can scroll the table sideways on a narrow screen; its
                // first column stays, and a shadow at the edge says there is more.
                <DataTable
                    region=i18n::team_compare_region(lang)
                    testid="comparison-table"
                    class="sticky-first"
                    columns=vec![
                        Column::text(i18n::team_column_person(lang)),
                        Column::text(i18n::team_column_latest(lang)),
                        Column::number(i18n::team_column_ssi(lang)),
                        Column::number(i18n::team_column_industry(lang)),
                        Column::number(i18n::team_column_network(lang)),
                        Column::number(i18n::team_column_30_days(lang)),
                    ]
                >
                    {rows}
                </DataTable>
            </section>
        </Show>
        <Show when=has_people>
            <SharedLinks text parsed said />
        </Show>
    }
}

/// The box to paste share links into. "Save these people" keeps them the one way people are
/// kept (as a share link's own "Save" does): beside the user's history, on Compare from then on.
#[component]
fn SharedLinks(
    text: RwSignal<String>,
    parsed: Memo<links::Links>,
    said: RwSignal<Option<Result<String, String>>>,
) -> impl IntoView {
    let preferences = Preferences::expect();
    let store = YourData::expect();
    let lang = use_lang();
    // Saved as the team's refresh saves them (one rule for many links): each link as its
    // person, an older one never applied, and those past the limit named.
    let save = move |_| {
        let saved = store.change_people(|people| {
            let plan = text.with_untracked(|t| RefreshPlan::read(t, people));
            people.apply_refresh(plan, &mut random::id_seed())
        });
        match saved {
            Ok(saved) => {
                // They are saved people now: the pasted links and any saved comparison go.
                text.set(String::new());
                if !preferences.saved_comparison().is_empty() {
                    preferences.save_comparison("");
                }
                said.set(Some(Ok(format::links_saved(lang, &saved))));
            }
            Err(e) => said.set(Some(Err(i18n::team::people_problem(lang, &e)))),
        }
    };
    let clear = move |_| {
        preferences.save_comparison("");
        text.set(String::new());
        said.set(None);
    };
    let can_save = move || parsed.with(|l| !l.people.is_empty());
    view! {
        <section class="card" aria-labelledby="links-title" data-testid="shared-links">
            <h2 id="links-title">{i18n::team_links_title(lang)}</h2>
            <p class="muted">{i18n::team_links_how(lang, MAX_PEOPLE as u64)}</p>
            <LinksBox
                id="compare-links"
                label=i18n::team_links_label(lang)
                label_hidden=true
                rows=3
                text
                said
            />
            {move || {
                parsed
                    .with(|links| {
                        links
                            .problems
                            .iter()
                            .map(|p| view! { <p class="field-error">{describe(lang, p)}</p> })
                            .collect_view()
                    })
            }}
            <div class="actions">
                <Show when=can_save>
                    <button type="button" class="button small" on:click=save>
                        {i18n::team_save_these(lang)}
                    </button>
                </Show>
                <Show when=move || text.with(|t| !t.trim().is_empty())>
                    <button type="button" class="button small quiet" on:click=clear>
                        {i18n::team_clear(lang)}
                    </button>
                </Show>
                <Said said />
            </div>
        </section>
    }
}

/// The people saved from share links: renamed or removed here. Nothing shows while there are
/// none.
#[component]
fn SavedPeople() -> impl IntoView {
    let store = YourData::expect();
    let notices = Notices::expect();
    let navigation = Navigation::expect();
    let lang = use_lang();
    let renaming = RwSignal::new(None::<PersonId>);
    let draft = RwSignal::new(String::new());
    let problem = RwSignal::new(None::<String>);
    let rename = move |id: PersonId| {
        let name = draft.get_untracked();
        match store.change_people(|people| people.rename(id, &name)) {
            Ok(()) => {
                renaming.set(None);
                problem.set(None);
            }
            Err(e) => problem.set(Some(i18n::team::people_problem(lang, &e))),
        }
    };
    // Like deleting a snapshot: done at once, with an Undo in the toast.
    let remove = move |id: PersonId| {
        if let Err(e) = store.remove_person(id, notices) {
            problem.set(Some(i18n::team::people_problem(lang, &e)));
        }
    };
    let rows = move || {
        store.with_people(|people| {
            people.iter().map(|p| {
                let (id, name) = (p.id(), p.name().to_string());
                let shared_on = i18n::team_shared_on(lang, format::date(p.shared_on()));
                let label = name.clone();
                view! {
                    <li class="person-row" data-testid="saved-person">
                        <Show
                            when=move || renaming.get() == Some(id)
                            fallback={
                                let name = name.clone();
                                let shared_on = shared_on.clone();
                                move || {
                                    view! {
                                        <span>
                                            <button
                                                type="button"
                                                class="link-button"
                                                on:click=move |_| navigation.go(Screen::Person(id))
                                            >
                                                <strong>{name.clone()}</strong>
                                            </button>
                                            {format!(" ({shared_on})")}
                                        </span>
                                    }
                                }
                            }
                        >
                            <form
                                class="inline-form"
                                on:submit=move |ev| {
                                    ev.prevent_default();
                                    rename(id);
                                }
                            >
                                <label class="visually-hidden" for=format!("rename-{}", id.key())>
                                    {i18n::team_new_name(lang)}
                                </label>
                                <input
                                    id=format!("rename-{}", id.key())
                                    type="text"
                                    maxlength=MAX_NAME_CHARS
                                    prop:value=move || draft.get()
                                    on:input=move |ev| draft.set(event_target_value(&ev))
                                />
                                <button type="submit" class="button small">
                                    {i18n::team_save_name(lang)}
                                </button>
                                <button
                                    type="button"
                                    class="button small quiet"
                                    on:click=move |_| renaming.set(None)
                                >
                                    {i18n::team_cancel(lang)}
                                </button>
                            </form>
                        </Show>
                        <span class="actions">
                            <button
                                type="button"
                                class="button small"
                                aria-label=i18n::team_rename_named(lang, &label)
                                on:click={
                                    let label = label.clone();
                                    move |_| {
                                        draft.set(label.clone());
                                        renaming.set(Some(id));
                                    }
                                }
                            >
                                {i18n::team_rename(lang)}
                            </button>
                            <button
                                type="button"
                                class="button small danger"
                                aria-label=i18n::team_remove_named(lang, &label)
                                on:click=move |_| remove(id)
                            >
                                {i18n::team_remove(lang)}
                            </button>
                        </span>
                    </li>
                }
            }).collect_view()
        })
    };
    view! {
        <Show when=move || store.with_people(|p| !p.is_empty())>
            <section class="card" aria-labelledby="people-title" data-testid="saved-people">
                <h2 id="people-title">{i18n::team_saved_people(lang)}</h2>
                <p class="muted">{i18n::team_saved_people_how(lang)}</p>
                <ul class="plain-list">{rows}</ul>
                <FieldError problem=problem />
            </section>
        </Show>
    }
}
