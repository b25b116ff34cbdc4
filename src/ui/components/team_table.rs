//! The team's table: one row per person (and "You"), sorted and filtered as the user chooses,
//! with each pillar against the team's median and the flags a manager acts on.

use leptos::prelude::*;

use crate::domain::address::Screen;
use crate::domain::charts::sparkline::sparkline_points;
use crate::domain::number::Precision;
use crate::domain::people::PersonId;
use crate::domain::team::TeamView;
use crate::domain::team::{Member, Standing, Team, TeamFilter, TeamRow, TeamSort};
use crate::domain::Pillar;
use crate::edges::focus;
use crate::i18n::{self, Lang};
use crate::ui::components::{AskForLink, Column, DataTable, FieldError, RangePicker};
use crate::ui::format;
use crate::ui::state::{use_lang, Navigation, Notices, Preferences, YourData};

/// The sparkline's size in CSS pixels.
const SPARK_WIDTH: f64 = 72.0;
const SPARK_HEIGHT: f64 = 22.0;

#[component]
pub fn TeamTable(team: Memo<Team>) -> impl IntoView {
    let preferences = Preferences::expect();
    let store = YourData::expect();
    let notices = Notices::expect();
    let lang = use_lang();
    // Remembered, so Back from a person's screen finds the team as it was left.
    let view = move || preferences.team_view();
    let sort = move || view().sort;
    let descending = move || view().descending;
    let filter = move || view().filter;
    // The person a message asking for a fresh link is shown for.
    let asking = RwSignal::new(None::<(PersonId, String)>);
    let problem = RwSignal::new(None::<String>);
    let actions = RowActions {
        asking,
        remove: Callback::new(move |id: PersonId| {
            problem.set(
                store
                    .remove_person(id, notices)
                    .err()
                    .map(|e| i18n::team::people_problem(lang, &e)),
            );
        }),
    };
    // Who is shown, in order: the rows are drawn from it.
    let shown = Memo::new(move |_| {
        team.with(|team| {
            team.view(sort(), descending(), filter())
                .into_iter()
                .map(TeamRow::member)
                .collect::<Vec<_>>()
        })
    });
    // A screenful of rows in the first frame, the rest once it is painted: with a team of 50 a
    // phone shows the top of the table at once (bench/team.mjs).
    let everyone_drawn = RwSignal::new(false);
    request_animation_frame(move || {
        set_timeout(move || everyone_drawn.set(true), std::time::Duration::ZERO)
    });
    // The rows from `skip` on, at most `take` of them, as sorted and filtered.
    let rows_from = move |skip: usize, take: usize| {
        team.with(|team| {
            shown.with(|members| {
                members
                    .iter()
                    .skip(skip)
                    .take(take)
                    .filter_map(|&m| team.rows().iter().find(|r| r.member() == m))
                    .map(|row| row_view(lang, row, team, actions))
                    .collect_view()
            })
        })
    };
    // Drawing the rest adds rows, and never draws the first ones again.
    let rows = move || {
        view! {
            {move || rows_from(0, FIRST_ROWS)}
            {move || everyone_drawn.get().then(|| rows_from(FIRST_ROWS, usize::MAX))}
        }
    };
    let counts = move || {
        let total = team.with(|t| t.rows().len());
        let showing = shown.with(Vec::len);
        if showing == total {
            i18n::team_row_count(lang, total as u64)
        } else {
            i18n::team_rows_shown(lang, total as u64, showing)
        }
    };
    let direction_label = move || i18n::team::direction(lang, sort(), descending());
    // The range's name inside English's sentence ("over the 12 weeks chosen above"); the
    // other languages name it apart, as the picker writes it.
    let range_label = move || {
        let name = i18n::results::range_name(lang, preferences.range());
        match lang {
            Lang::En => name.to_lowercase(),
            _ => name.to_string(),
        }
    };
    view! {
        <section class="card team" aria-labelledby="team-title" data-testid="team">
            <div class="card-head">
                <h2 id=TEAM_TITLE_ID tabindex="-1">
                    {i18n::team_table_title(lang)}
                </h2>
                <RangePicker />
            </div>
            <div class="team-controls">
                <label>
                    {i18n::team_sort_by(lang)} " "
                    <select
                        data-testid="team-sort"
                        on:change=move |ev| {
                            if let Some(key) = TeamSort::from_key(&event_target_value(&ev)) {
                                preferences
                                    .set_team_view(TeamView {
                                        sort: key,
                                        descending: key.default_descending(),
                                        ..view()
                                    });
                            }
                        }
                    >
                        {TeamSort::ALL
                            .map(|key| {
                                view! {
                                    <option value=key.key() selected=move || sort() == key>
                                        {i18n::team::sort_name(lang, key)}
                                    </option>
                                }
                            })}
                    </select>
                </label>
                <button
                    type="button"
                    class="button small"
                    data-testid="team-direction"
                    on:click=move |_| {
                        preferences
                            .set_team_view(TeamView {
                                descending: !descending(),
                                ..view()
                            })
                    }
                >
                    {direction_label}
                </button>
                <label>
                    {i18n::team_show(lang)} " "
                    <select
                        data-testid="team-filter"
                        on:change=move |ev| {
                            if let Some(key) = TeamFilter::from_key(&event_target_value(&ev)) {
                                preferences.set_team_view(TeamView { filter: key, ..view() });
                            }
                        }
                    >
                        {TeamFilter::ALL
                            .map(|key| {
                                view! {
                                    <option value=key.key() selected=move || filter() == key>
                                        {i18n::team::filter_name(lang, key)}
                                    </option>
                                }
                            })}
                    </select>
                </label>
                <span class="muted" role="status" data-testid="team-count">
                    {counts}
                </span>
            </div>
            <DataTable
                region=i18n::team_table_region(lang)
                testid="team-table"
                class="sticky-first team-table"
                columns=team_columns(lang)
            >
                {rows}
            </DataTable>
            <p class="muted small-print">{move || i18n::team_shading(lang, range_label())}</p>
            <FieldError problem />
            <Show when=move || shown.with(Vec::is_empty)>
                <p class="muted" data-testid="team-none-shown">
                    {i18n::team_none_shown(lang)}
                </p>
            </Show>
        </section>
        {move || {
            asking
                .get()
                .map(|(id, name)| {
                    view! {
                        <AskForLink
                            id
                            name
                            on_close=move || {
                                asking.set(None);
                                request_animation_frame(move || {
                                    if !focus::focus(&ask_button_id(id)) {
                                        focus::focus(TEAM_TITLE_ID);
                                    }
                                });
                            }
                        />
                    }
                })
        }}
    }
}

fn team_columns(lang: Lang) -> Vec<Column> {
    let pillars = Pillar::ALL.map(|p| {
        Column::number(i18n::ssi::pillar_name(lang, p)).titled(i18n::ssi::pillar_label(lang, p))
    });
    [
        Column::text(i18n::team_column_person(lang)),
        Column::text(i18n::team_column_latest(lang)),
        Column::number(i18n::team_column_ssi(lang)),
        Column::number(i18n::team_column_change(lang)),
        Column::text(i18n::team_column_trend(lang)),
    ]
    .into_iter()
    .chain(pillars)
    .chain([Column::text(i18n::team_column_status(lang))])
    .collect()
}

const TEAM_TITLE_ID: &str = "team-title";

/// Rows drawn in the screen's first frame: more than a phone or a laptop shows at once.
const FIRST_ROWS: usize = 12;

/// The id of the button asking `id` for a fresh link, where focus returns.
fn ask_button_id(id: PersonId) -> String {
    format!("ask-{}", id.key())
}

/// What a row's buttons do.
#[derive(Clone, Copy)]
struct RowActions {
    asking: RwSignal<Option<(PersonId, String)>>,
    remove: Callback<PersonId>,
}

/// One person's row.
fn row_view(lang: Lang, row: &TeamRow, team: &Team, actions: RowActions) -> AnyView {
    let navigation = Navigation::expect();
    let name = row.name().to_string();
    let screen = match row.member() {
        Member::You => Screen::Dashboard,
        Member::Person(id) => Screen::Person(id),
    };
    let score = row.score().map(|s| Precision::Whole.format(s));
    let change = row.change().map(|c| {
        view! {
            <span class=format::change_class(
                Precision::Whole,
                c,
            )>{Precision::Whole.format_change(c)}</span>
        }
    });
    let sparkline = sparkline_points(row.sparkline(), SPARK_WIDTH, SPARK_HEIGHT).map(|points| {
        let label = sparkline_label(lang, row);
        view! {
            <svg
                class="sparkline"
                viewBox=format!("0 0 {SPARK_WIDTH} {SPARK_HEIGHT}")
                width=SPARK_WIDTH
                height=SPARK_HEIGHT
                role="img"
                aria-label=label
            >
                <polyline points=points />
            </svg>
        }
    });
    let pillars = Pillar::ALL
        .map(|pillar| pillar_cell(lang, row, team, pillar))
        .collect_view();
    let status = status_view(lang, row);
    let buttons = actions_view(lang, row, actions);
    view! {
        <tr data-testid="team-row" class:you=matches!(row.member(), Member::You)>
            <th scope="row">
                <a href=navigation.href(screen)>{name}</a>
            </th>
            <td data-label=i18n::team_column_latest(
                lang,
            )>
                {row
                    .latest_date()
                    .map(format::date)
                    .unwrap_or_else(|| i18n::team_no_snapshots(lang).into())}
            </td>
            <td class="num strong" data-label=i18n::team_column_ssi(lang)>
                {score.unwrap_or_else(|| "–".into())}
            </td>
            <td class="num" data-label=i18n::team_column_change(lang)>
                {change.map(IntoAny::into_any).unwrap_or_else(|| "–".into_any())}
            </td>
            <td class="spark" data-label=i18n::team_column_trend(lang)>
                {sparkline}
            </td>
            {pillars}
            <td class="status">{status} <span class="row-actions">{buttons}</span></td>
        </tr>
    }
    .into_any()
}

/// What the sparkline shows, for a screen reader: first and last score of the range.
fn sparkline_label(lang: Lang, row: &TeamRow) -> String {
    let points = row.sparkline();
    match (points.first(), points.last()) {
        (Some(first), Some(last)) => i18n::team_sparkline(
            lang,
            Precision::Whole.format(first.1),
            format::date(first.0),
            Precision::Whole.format(last.1),
            format::date(last.0),
        ),
        _ => String::new(),
    }
}

/// A pillar's value, shaded by how far it is from the team's median (said in words too).
fn pillar_cell(lang: Lang, row: &TeamRow, team: &Team, pillar: Pillar) -> AnyView {
    let name = i18n::ssi::pillar_name(lang, pillar);
    let Some(value) = row.pillar(pillar) else {
        return view! {
            <td class="num" data-label=name>
                "–"
            </td>
        }
        .into_any();
    };
    let versus = row.versus_median(pillar, team).unwrap_or(0.0);
    let standing = row.standing(pillar, team).unwrap_or(Standing::Even);
    let class = match standing {
        Standing::Even => "num heat even",
        Standing::Above { far: true } => "num heat above far",
        Standing::Above { far: false } => "num heat above",
        Standing::Below { far: true } => "num heat below far",
        Standing::Below { far: false } => "num heat below",
    };
    let words = i18n::team::standing(lang, standing, versus);
    view! {
        <td class=class data-label=name>
            {Precision::Hundredth.format(value)}
            <span class="visually-hidden">{format!(" ({words})")}</span>
        </td>
    }
    .into_any()
}

/// The "Fell" and "Update overdue" flags, or that the row is up to date.
fn status_view(lang: Lang, row: &TeamRow) -> AnyView {
    let fell = row.fell().then(|| {
        view! {
            <span class="badge warn" data-testid="flag-fell">
                {i18n::team_fell(lang)}
            </span>
        }
    });
    let stale = row.is_stale().then(|| {
        let age = i18n::team::overdue(lang, row.weeks_since_update());
        view! {
            <span class="badge" data-testid="flag-stale">
                {age}
            </span>
        }
    });
    let up_to_date = (!row.fell() && !row.is_stale())
        .then(|| view! { <span class="muted">{i18n::team_up_to_date(lang)}</span> });
    view! {
        {fell}
        {stale}
        {up_to_date}
    }
    .into_any()
}

/// Someone else's row: asking them for a fresh link when their update is overdue, and
/// forgetting them (with an Undo). The user's own row has none.
fn actions_view(lang: Lang, row: &TeamRow, actions: RowActions) -> Option<AnyView> {
    let Member::Person(id) = row.member() else {
        return None;
    };
    let name = row.name().to_string();
    let ask = row.is_stale().then(|| {
        let name = name.clone();
        view! {
            <button
                type="button"
                id=ask_button_id(id)
                class="button small"
                aria-label=i18n::team_ask_from(lang, &name)
                on:click=move |_| actions.asking.set(Some((id, name.clone())))
            >
                {i18n::team_ask(lang)}
            </button>
        }
    });
    Some(
        view! {
            {ask}
            <button
                type="button"
                class="button small danger"
                aria-label=i18n::team_remove_named(lang, &name)
                on:click=move |_| actions.remove.run(id)
            >
                {i18n::team_remove(lang)}
            </button>
        }
        .into_any(),
    )
}
