//! The user's own SSI beside the people they saved and any share links pasted here. Pasted
//! links are stored only if the user saves the comparison, and then only the links.

use leptos::prelude::*;

use crate::domain::address::Screen;
use crate::domain::charts::comparison_chart;
use crate::domain::goals::Metric;
use crate::domain::number::Precision;
use crate::domain::people::PersonId;
use crate::domain::share::links::{self, LinkProblem, MAX_COMPARED_LINKS};
use crate::domain::share::MAX_NAME_CHARS;
use crate::domain::stats::change_over;
use crate::domain::History;
use crate::edges::focus;
use crate::ui::components::{Column, DataTable, EChart, FieldError, RangePicker, TOAST_UNDO_ID};
use crate::ui::format;
use crate::ui::state::{Navigation, Notices, Preferences, Undo, YourData};

/// What the page says about a line that added nobody.
fn describe(problem: &LinkProblem) -> String {
    match problem {
        LinkProblem::Unreadable { line, error } => format!("Line {line}: {error}"),
        LinkProblem::TooMany { .. } => {
            format!("Only the first {MAX_COMPARED_LINKS} links are compared.")
        }
    }
}

/// The comparison page.
#[component]
pub fn ComparePage() -> impl IntoView {
    let preferences = Preferences::expect();
    let store = YourData::expect();
    let text = RwSignal::new(preferences.saved_comparison());
    let metric = RwSignal::new(Metric::Overall);
    let saved = RwSignal::new(None::<&'static str>);
    let parsed = Memo::new(move |_| text.with(|t| links::read(t)));
    // Everyone on the chart: the user first, then saved people, then pasted links.
    let lines = Memo::new(move |_| {
        let mut lines: Vec<(String, History)> = Vec::new();
        store.with(|own| {
            if !own.is_empty() {
                lines.push(("You".into(), own.clone()));
            }
        });
        store.with_people(|people| {
            lines.extend(
                people
                    .iter()
                    .map(|p| (p.name().to_string(), p.snapshots().clone())),
            );
        });
        parsed.with(|links| {
            let pasted = links.people.iter();
            lines.extend(pasted.map(|p| (p.name.clone(), p.shared.history.clone())));
        });
        lines
    });
    let options = Callback::new(move |style| {
        let range = preferences.range();
        lines.with(|lines| {
            let slices: Vec<(String, &[crate::domain::Snapshot])> = lines
                .iter()
                .map(|(name, history)| (name.clone(), range.of(history)))
                .collect();
            comparison_chart(&slices, metric.get(), &style)
        })
    });
    let save = move |_| {
        preferences.save_comparison(&text.get_untracked());
        saved.set(Some("Saved in this browser: only the links."));
    };
    let forget = move |_| {
        preferences.save_comparison("");
        text.set(String::new());
        saved.set(Some("Forgotten."));
    };
    let rows = move || {
        lines.with(|lines| {
            lines.iter().map(|(name, history)| {
                let latest = history.latest();
                let month = change_over(history, Metric::Overall, 30).map(|c| Precision::Whole.format_change(c.delta)).unwrap_or_else(|| "–".into());
                view! {
                    <tr>
                        <th scope="row">{name.clone()}</th>
                        <td>{latest.map(|s| format::date(s.date)).unwrap_or_default()}</td>
                        <td class="num strong">
                            {latest.map(|s| Precision::Whole.format(s.overall)).unwrap_or_default()}
                        </td>
                        <td class="num">{format::rank(latest.and_then(|s| s.industry_rank))}</td>
                        <td class="num">{format::rank(latest.and_then(|s| s.network_rank))}</td>
                        <td class="num">{month}</td>
                    </tr>
                }
            }).collect_view()
        })
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
                    {m.short_label()}
                </button>
            }
        })
    };

    view! {
        <h1 class="page-title">"Compare"</h1>
        <section class="card" aria-labelledby="links-title">
            <h2 id="links-title">"Shared links"</h2>
            <p class="muted">
                {format!(
                    "Paste up to {MAX_COMPARED_LINKS} SSI Lens share links, one per line. They are read here, in your browser; nothing is stored unless you save the comparison.",
                )}
            </p>
            <label for="compare-links" class="visually-hidden">
                "Share links, one per line"
            </label>
            <textarea
                id="compare-links"
                rows="4"
                placeholder="https://…#s=…"
                prop:value=move || text.get()
                on:input=move |ev| {
                    text.set(event_target_value(&ev));
                    saved.set(None);
                }
            ></textarea>
            {move || {
                parsed
                    .with(|links| {
                        links
                            .problems
                            .iter()
                            .map(|p| view! { <p class="field-error">{describe(p)}</p> })
                            .collect_view()
                    })
            }}
            <div class="actions">
                <Show when=move || text.with(|t| !t.trim().is_empty())>
                    <button type="button" class="button small" on:click=save>
                        "Save this comparison"
                    </button>
                    <button type="button" class="button small quiet" on:click=forget>
                        "Forget it"
                    </button>
                </Show>
                {move || {
                    saved
                        .get()
                        .map(|m| {
                            view! {
                                <span class="success" role="status">
                                    {m}
                                </span>
                            }
                        })
                }}
            </div>
        </section>
        <SavedPeople />
        <Show when=move || lines.with(|lines| !lines.is_empty())>
            <section class="card" aria-labelledby="compare-title">
                <div class="card-head">
                    <h2 id="compare-title">"Side by side"</h2>
                    <RangePicker />
                </div>
                <div class="segmented" role="group" aria-label="Score to compare">
                    {metric_buttons()}
                </div>
                <EChart
                    options
                    label="Line chart with one line per person; the latest numbers are in the table below."
                    testid="comparison-chart"
                />
                // A region, so a keyboard can scroll the table sideways on a narrow screen.
                <DataTable
                    region="Latest numbers per person"
                    testid="comparison-table"
                    columns=vec![
                        Column::text("Person"),
                        Column::text("Latest"),
                        Column::number("SSI"),
                        Column::number("Industry"),
                        Column::number("Network"),
                        Column::number("30 days"),
                    ]
                >
                    {rows}
                </DataTable>
            </section>
        </Show>
    }
}

/// The people saved from share links: renamed or removed here. Nothing shows while there are
/// none.
#[component]
fn SavedPeople() -> impl IntoView {
    let store = YourData::expect();
    let notices = Notices::expect();
    let navigation = Navigation::expect();
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
            Err(e) => problem.set(Some(e.to_string())),
        }
    };
    // Like deleting a snapshot: done at once, with an Undo in the toast.
    let remove = move |id: PersonId| match store.change_people(|people| people.remove(id)) {
        Ok(person) => {
            notices.show_toast(
                format!("Removed {} from this browser.", person.name()),
                Some(Undo::PersonRemoved { store, person }),
            );
            request_animation_frame(|| {
                focus::focus(TOAST_UNDO_ID);
            });
        }
        Err(e) => problem.set(Some(e.to_string())),
    };
    let rows = move || {
        store.with_people(|people| {
            people.iter().map(|p| {
                let (id, name) = (p.id(), p.name().to_string());
                let shared_on = format!("shared on {}", format::date(p.shared_on()));
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
                                    "New name"
                                </label>
                                <input
                                    id=format!("rename-{}", id.key())
                                    type="text"
                                    maxlength=MAX_NAME_CHARS
                                    prop:value=move || draft.get()
                                    on:input=move |ev| draft.set(event_target_value(&ev))
                                />
                                <button type="submit" class="button small">
                                    "Save name"
                                </button>
                                <button
                                    type="button"
                                    class="button small quiet"
                                    on:click=move |_| renaming.set(None)
                                >
                                    "Cancel"
                                </button>
                            </form>
                        </Show>
                        <span class="actions">
                            <button
                                type="button"
                                class="button small"
                                aria-label=format!("Rename {label}")
                                on:click={
                                    let label = label.clone();
                                    move |_| {
                                        draft.set(label.clone());
                                        renaming.set(Some(id));
                                    }
                                }
                            >
                                "Rename"
                            </button>
                            <button
                                type="button"
                                class="button small danger"
                                aria-label=format!("Remove {label}")
                                on:click=move |_| remove(id)
                            >
                                "Remove"
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
                <h2 id="people-title">"Saved people"</h2>
                <p class="muted">
                    "Kept in this browser beside your own history, never mixed into it."
                </p>
                <ul class="plain-list">{rows}</ul>
                <FieldError problem=problem />
            </section>
        </Show>
    }
}
