//! One pillar up close: where it stands, its trend over the chosen range against the industry's
//! and network's averages recorded in the same snapshots, what it measures, the advice for it
//! and its goal. Read-only, so a shared view has it too (without the advice and goal, which
//! are the user's own to act on).

use leptos::prelude::*;

use crate::domain::address::Screen;
use crate::domain::charts::pillar::has_peer_pillars;
use crate::domain::charts::pillar_chart;
use crate::domain::explain::pillar_advice;
use crate::domain::goals::Metric;
use crate::domain::number::Precision;
use crate::domain::{Pillar, PillarScores};
use crate::edges::clock;
use crate::i18n::{self, learn, ssi};
use crate::markup::change_class;
use crate::ui::components::{
    goal_sentence, ChartData, Column, DataTable, EChart, PillarName, RangePicker,
};
use crate::ui::format;
use crate::ui::state::{use_lang, HistoryView, Navigation, Preferences, YourData};

/// The screen of `pillar`, for the history on show.
#[component]
pub fn PillarPage(pillar: Pillar, yours: Option<YourData>) -> impl IntoView {
    let store = HistoryView::expect();
    let navigation = Navigation::expect();
    let lang = use_lang();
    let whose = store.whose();
    view! {
        <p class="back-link">
            <a href=navigation
                .href(Screen::Dashboard)>{format!("← {}", i18n::screen_dashboard(lang))}</a>
        </p>
        <h1 class="page-title pillar-page-title">
            <PillarName pillar />
        </h1>
        <Now pillar />
        <section class="card" aria-labelledby="pillar-trend-title">
            <div class="card-head">
                <h2 id="pillar-trend-title">{learn::against_peers(lang, pillar, &whose)}</h2>
                <RangePicker />
            </div>
            <PillarTrend pillar />
        </section>
        <div class="dashboard-grid even">
            <section class="card" aria-labelledby="measures-title">
                <h2 id="measures-title">{i18n::learn_measures_title(lang)}</h2>
                <p>{learn::measures(lang, pillar)}</p>
                <ul>{learn::habits(lang, pillar).map(|b| view! { <li>{b}</li> })}</ul>
            </section>
            {yours.map(|_| view! { <AdviceAndGoal pillar /> })}
        </div>
    }
}

/// The latest score, its change (as the dashboard's card has it) and the peers' averages.
#[component]
fn Now(pillar: Pillar) -> impl IntoView {
    let lang = use_lang();
    let store = HistoryView::expect();
    move || {
        store.with(|h| {
            let latest = h.latest()?;
            let value = latest.pillars.get(pillar);
            let change = h
                .change_since_previous()
                .map(|c| c.pillars.get(pillar))
                .zip(h.previous().map(|s| s.date));
            let average = |scores: Option<PillarScores>| {
                scores.map(|s| Precision::Hundredth.format(s.get(pillar)))
            };
            let peers = learn::peer_averages(
                lang,
                average(latest.industry_pillars),
                average(latest.network_pillars),
            );
            Some(view! {
                <section class="card" aria-labelledby="pillar-now-title" data-testid="pillar-now">
                    <h2 id="pillar-now-title">
                        {i18n::learn_on_date(lang, format::date(latest.date))}
                    </h2>
                    <p class="big-score">
                        <span data-testid="pillar-score">{Precision::Hundredth.format(value)}</span>
                        <span class="out-of">" / 25"</span>
                    </p>
                    {change
                        .map(|(d, since)| {
                            view! {
                                <p class=change_class(Precision::Hundredth, d)>
                                    <span class="delta-value">
                                        {Precision::Hundredth.format_change(d)}
                                    </span>
                                    {format!(
                                        " {}",
                                        i18n::learn_since_date(lang, format::date(since)),
                                    )}
                                </p>
                            }
                        })}
                    <p class="muted">{peers}</p>
                </section>
            })
        })
    }
}

/// The pillar over the chosen range beside its peers, with the same numbers as a table.
#[component]
fn PillarTrend(pillar: Pillar) -> impl IntoView {
    let lang = use_lang();
    let store = HistoryView::expect();
    let preferences = Preferences::expect();
    let options = Callback::new(move |style| {
        let range = preferences.range();
        store.with(|h| pillar_chart(range.of(h), pillar, &style, lang))
    });
    let no_peers = move || {
        let range = preferences.range();
        (!store.with(|h| has_peer_pillars(range.of(h)))).then(|| {
            view! { <p class="muted chart-hint">{i18n::learn_no_peer_pillars(lang)}</p> }
        })
    };
    let cell = move |scores: Option<PillarScores>| {
        scores.map_or_else(
            || "–".to_string(),
            |s| Precision::Hundredth.format(s.get(pillar)),
        )
    };
    let rows = move || {
        let range = preferences.range();
        store.newest_first(range, |s| {
            Some(view! {
                <tr>
                    <th scope="row">{format::date(s.date)}</th>
                    <td class="num">{Precision::Hundredth.format(s.pillars.get(pillar))}</td>
                    <td class="num">{cell(s.industry_pillars)}</td>
                    <td class="num">{cell(s.network_pillars)}</td>
                </tr>
            })
        })
    };
    view! {
        <EChart
            options
            label=i18n::learn_pillar_chart_label(lang)
            testid="pillar-chart"
            main=true
        />
        {no_peers}
        <ChartData summary=i18n::learn_chart_as_table(lang)>
            <DataTable
                class="compact"
                caption=i18n::learn_pillar_table_caption(lang)
                columns=vec![
                    Column::text(i18n::learn_column_date(lang)),
                    Column::number(ssi::pillar_name(lang, pillar)),
                    Column::number(i18n::learn_column_industry_average(lang)),
                    Column::number(i18n::learn_column_network_average(lang)),
                ]
            >
                {rows}
            </DataTable>
        </ChartData>
    }
}

/// What to do about the pillar this week, and its goal: the user's own only.
#[component]
fn AdviceAndGoal(pillar: Pillar) -> impl IntoView {
    let lang = use_lang();
    let store = HistoryView::expect();
    let preferences = Preferences::expect();
    let metric = Metric::of(pillar);
    let advice = move || store.with(|h| pillar_advice(h, pillar));
    let goal = move || {
        let range = preferences.range();
        store.with(|h| {
            let target = *h.goals().get(&metric)?;
            let latest = h.latest()?;
            Some(
                goal_sentence(lang, h, range.of(h), latest, metric, target, clock::today())
                    .concat(),
            )
        })
    };
    view! {
        <section
            class="card advice"
            aria-labelledby="pillar-advice-title"
            data-testid="pillar-advice"
        >
            <h2 id="pillar-advice-title">{i18n::advice_what_to_do(lang)}</h2>
            {move || {
                advice()
                    .map(|a| {
                        view! {
                            <p class="advice-headline">{learn::headline(lang, &a)}</p>
                            <p>{learn::detail(lang, &a)}</p>
                        }
                    })
            }}
            <h3>{i18n::advice_goal(lang)}</h3>
            <p data-testid="pillar-goal">
                {move || {
                    goal()
                        .unwrap_or_else(|| {
                            i18n::advice_no_goal(lang, ssi::pillar_name(lang, pillar))
                        })
                }}
            </p>
        </section>
    }
}
