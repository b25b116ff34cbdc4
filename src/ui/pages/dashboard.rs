//! The latest snapshot at a glance: score, pillars, peers, advice and the trend.

use leptos::prelude::*;

use crate::domain::number::{format_number, Precision};
use crate::domain::Pillar;
use crate::ui::components::{
    AdviceCard, ChangesCard, DropNotices, GoalsCard, LastSnapshot, PillarName, RangePicker,
    RankCard, ScoreBar, TrendChart,
};
use crate::ui::format::{self, change_class, Whose};
use crate::ui::state::HistoryStore;

/// Dashboard for the latest snapshot. Only shown when the history is not empty.
#[component]
pub fn DashboardPage() -> impl IntoView {
    let store = HistoryStore::expect();
    let latest = Memo::new(move |_| store.with(|h| h.latest().cloned()));
    let change = Memo::new(move |_| store.with(|h| h.change_since_previous()));
    let previous_date = Memo::new(move |_| store.with(|h| h.previous().map(|s| s.date)));

    let overall = move || {
        let s = latest.get()?;
        let delta = change.get().map(|c| {
            let since = previous_date.get().map(format::date).unwrap_or_default();
            view! {
                <p class=change_class(Precision::Whole, c.overall)>
                    <span class="delta-value">{Precision::Whole.format_change(c.overall)}</span>
                    " since " {since}
                </p>
            }
        });
        let whose = store.whose();
        let rank = |label: String, rank: Option<u8>| {
            rank.map(|r| view! { <li><strong>{format!("Top {r}%")}</strong>" " {label}</li> })
        };
        Some(view! {
            <section class="card overall" aria-labelledby="overall-title">
                <h2 id="overall-title">{match store.whose() {
                    Whose::Yours => "Social Selling Index".to_string(),
                    whose => format!("{} Social Selling Index", whose.possessive_title()),
                }}</h2>
                <p class="muted">{format!("On {}", format::date(s.date))}</p>
                <p class="big-score">
                    <span data-testid="overall-score">{format_number(s.overall.round())}</span>
                    <span class="out-of">" / 100"</span>
                </p>
                {delta}
                <ScoreBar
                    label="Overall SSI"
                    value=s.overall
                    max=100.0
                    industry=s.industry_avg
                    network=s.network_avg
                />
                <ul class="ranks">
                    {rank(format!("in {} industry", whose.possessive()), s.industry_rank)}
                    {rank(format!("in {} network", whose.possessive()), s.network_rank)}
                </ul>
                {s.industry.map(|i| view! { <p class="muted">"Industry: " {i}</p> })}
                {s.note.map(|n| view! { <p class="note">"Note: " {n}</p> })}
            </section>
        })
    };

    let pillars = move || {
        let s = latest.get()?;
        let weakest = s.pillars.weakest();
        let rows = Pillar::ALL
            .into_iter()
            .map(|p| {
                let delta = change.get().map(|c| c.pillars.get(p));
                view! {
                    <li class="pillar" class:weakest=p == weakest>
                        <div class="pillar-head">
                            <span class="pillar-name"><PillarName pillar=p /></span>
                            {(p == weakest).then(|| view! { <span class="badge">"Weakest"</span> })}
                            <span class="pillar-value">
                                {Precision::Tenth.format(s.pillars.get(p))}
                                <span class="out-of">" / 25"</span>
                            </span>
                            {delta.map(|d| view! { <span class=change_class(Precision::Tenth, d)>{Precision::Tenth.format_change(d)}</span> })}
                        </div>
                        <ScoreBar
                            label=p.short_label()
                            value=s.pillars.get(p)
                            max=Pillar::MAX
                            industry=s.industry_pillars.map(|peers| peers.get(p))
                            network=s.network_pillars.map(|peers| peers.get(p))
                        />
                    </li>
                }
            })
            .collect_view();
        Some(view! {
            <section class="card pillars" aria-labelledby="pillars-title">
                <h2 id="pillars-title">{format!("{} four pillars", store.whose().possessive_title())}</h2>
                <ul class="pillar-list">{rows}</ul>
            </section>
        })
    };

    // The trend chart is what a first visit waits for: the cards below it are built after the
    // frame that shows it (they are below the fold, so nothing above them moves).
    let below_the_chart = RwSignal::new(false);
    request_animation_frame(move || {
        // `try_set`: the screen may be gone by then.
        set_timeout(
            move || {
                let _ = below_the_chart.try_set(true);
            },
            std::time::Duration::ZERO,
        )
    });

    view! {
        <h1 class="page-title">{match store.whose() {
            Whose::Someones(Some(name)) => format!("{name}’s dashboard"),
            _ => "Dashboard".to_string(),
        }}</h1>
        {(!store.read_only()).then(|| view! { <LastSnapshot /> })}
        <div class="dashboard-grid">
            {overall}
            {pillars}
        </div>
        <DropNotices />
        // The trend is what LinkedIn's page lacks, so it comes first after today's numbers.
        <section class="card" aria-labelledby="trend-title">
            <div class="card-head">
                <h2 id="trend-title">"Trend"</h2>
                <RangePicker />
            </div>
            <TrendChart />
        </section>
        // Goals and advice are for the user to act on: a shared view leaves them out.
        <Show when=move || below_the_chart.get()>
            {if store.read_only() {
                view! { <ChangesCard /> }.into_any()
            } else {
                view! {
                    <div class="dashboard-grid even">
                        <ChangesCard />
                        <GoalsCard />
                    </div>
                    <AdviceCard />
                }
                .into_any()
            }}
            <RankCard />
        </Show>
    }
}
