//! The latest snapshot at a glance: score, pillars, peers, advice and the trend.

use leptos::prelude::*;

use crate::domain::week::week_facts;
use crate::edges::{clock, location};
use crate::i18n;
use crate::markup::{self, DashboardTop};
use crate::ui::components::{
    AdviceCard, ChangesCard, DropNotices, GoalsCard, LastSnapshot, RangePicker, RankCard,
    TrendChart,
};
use crate::ui::format;
use crate::ui::state::{use_lang, HistoryView, YourData};

/// Dashboard for the latest snapshot. Only shown when the history is not empty. With `yours`
/// (the user's own history) it has the controls to act on it; anyone else's is only shown.
#[component]
pub fn DashboardPage(yours: Option<YourData>) -> impl IntoView {
    let store = HistoryView::expect();
    let lang = use_lang();
    let latest = Memo::new(move |_| store.with(|h| h.latest().cloned()));
    let change = Memo::new(move |_| store.with(|h| h.change_since_previous()));
    let previous_date = Memo::new(move |_| store.with(|h| h.previous().map(|s| s.date)));

    // The score and pillar cards are the first paint's own markup (src/markup), so the app
    // draws exactly what the first paint drew before it loaded.
    let cards = move || {
        let latest = latest.get()?;
        let change = change.get().zip(previous_date.get());
        let whose = store.whose();
        // A shared view's links keep its fragment (its data); one's own need nothing.
        let links = if yours.is_some() {
            String::new()
        } else {
            location::fragment()
        };
        let top = DashboardTop {
            whose: &whose,
            latest: &latest,
            change,
            links: &links,
        };
        Some(format!(
            "{}{}",
            markup::overall_card(lang, &top, &format::date),
            markup::pillars_card(lang, &top)
        ))
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

    // The week at a glance, one's own only: a check-in, and its streak counts to today, which
    // is not when someone's link was made. The first paint draws the same line.
    let week_line = move || {
        let facts = store.with(|h| week_facts(h, clock::today()))?;
        Some(view! { <div inner_html=markup::week::week_line(lang, &facts, &format::date)></div> })
    };

    view! {
        <h1 class="page-title">{markup::dashboard_title(lang, &store.whose())}</h1>
        {yours.map(|_| week_line)}
        {yours.map(|_| view! { <LastSnapshot /> })}
        <div class="dashboard-grid" inner_html=cards></div>
        <DropNotices yours />
        // The trend is what LinkedIn's page lacks, so it comes first after today's numbers.
        <section class="card" aria-labelledby="trend-title">
            <div class="card-head">
                <h2 id="trend-title">{i18n::start_trend(lang)}</h2>
                <RangePicker />
            </div>
            <TrendChart yours />
        </section>
        // Goals and advice are for the user to act on: a shared view leaves them out.
        <Show when=move || {
            below_the_chart.get()
        }>
            {match yours {
                None => view! { <ChangesCard /> }.into_any(),
                Some(yours) => {
                    view! {
                        <div class="dashboard-grid even">
                            <ChangesCard />
                            <GoalsCard yours />
                        </div>
                        <AdviceCard />
                    }
                        .into_any()
                }
            }} <RankCard />
        </Show>
    }
}
