//! What the team's pillars say together: each pillar's median and spread, the weakest pillar
//! with what it measures and one thing to try as a team, and what the SSI can't tell.

use leptos::prelude::*;

use crate::domain::number::Precision;
use crate::domain::team::Team;
use crate::domain::Pillar;
use crate::i18n::learn::{team_advice, team_caveat};
use crate::ui::components::{Column, DataTable};
use crate::ui::format;
use crate::ui::state::use_lang;

#[component]
pub fn TeamSpread(team: Memo<Team>) -> impl IntoView {
    let lang = use_lang();
    let rows = move || {
        team.with(|team| {
            Pillar::ALL
                .into_iter()
                .filter_map(|pillar| team.spread(pillar))
                .map(|spread| {
                    let pillar = spread.pillar();
                    view! {
                        <tr>
                            <th scope="row" title=pillar.label()>
                                {pillar.short_label()}
                            </th>
                            <td class="num strong">
                                {Precision::Hundredth.format(spread.median())}
                            </td>
                            <td class="num">
                                {format!(
                                    "{} – {}",
                                    Precision::Hundredth.format(spread.lowest()),
                                    Precision::Hundredth.format(spread.highest()),
                                )}
                            </td>
                            <td class="num">{spread.count()}</td>
                        </tr>
                    }
                })
                .collect_view()
        })
    };
    let weakest = move || {
        team.with(|team| {
            team.weakest().map(|spread| {
                let advice = team_advice(lang, spread.pillar());
                view! {
                    <div class="team-advice" data-testid="team-weakest">
                        <p class="lead">
                            <strong>
                                {format!(
                                    "{} is the team’s weakest pillar: median {} of 25.",
                                    spread.pillar().short_label(),
                                    Precision::Hundredth.format(spread.median()),
                                )}
                            </strong>
                        </p>
                        <p>{advice.measures}</p>
                        <p>
                            <strong>"Try together: "</strong>
                            {advice.together}
                        </p>
                    </div>
                }
            })
        })
    };
    let who = move || {
        team.with(|team| {
            let n = team.rows().iter().filter(|r| r.latest().is_some()).count();
            format!(
                "Over the latest snapshot of {}.",
                format::count(n, "person", "people")
            )
        })
    };
    view! {
        <section class="card" aria-labelledby="team-spread-title" data-testid="team-spread">
            <h2 id="team-spread-title">"The team’s pillars"</h2>
            <p class="muted">{who}</p>
            <DataTable
                region="Each pillar’s median and spread"
                caption="Each pillar's median, lowest and highest score across the team"
                columns=vec![
                    Column::text("Pillar"),
                    Column::number("Median"),
                    Column::number("Lowest – highest"),
                    Column::number("People"),
                ]
            >
                {rows}
            </DataTable>
            {weakest}
            <p class="muted">{team_caveat(lang)}</p>
        </section>
    }
}
