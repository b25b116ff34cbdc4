//! What the team's pillars say together: each pillar's median and spread, the weakest pillar
//! with what it measures and one thing to try as a team, and what the SSI can't tell.

use leptos::prelude::*;

use crate::domain::number::Precision;
use crate::domain::team::Team;
use crate::domain::Pillar;
use crate::i18n;
use crate::i18n::learn::{team_advice, team_caveat};
use crate::ui::components::{Column, DataTable};
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
                            <th scope="row" title=i18n::ssi::pillar_label(lang, pillar)>
                                {i18n::ssi::pillar_name(lang, pillar)}
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
                                {i18n::team_weakest(
                                    lang,
                                    Precision::Hundredth.format(spread.median()),
                                    i18n::ssi::pillar_name(lang, spread.pillar()),
                                )}
                            </strong>
                        </p>
                        <p>{advice.measures}</p>
                        <p>
                            <strong>{i18n::team_try_together(lang)} " "</strong>
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
            i18n::team_spread_over(lang, n as u64)
        })
    };
    view! {
        <section class="card" aria-labelledby="team-spread-title" data-testid="team-spread">
            <h2 id="team-spread-title">{i18n::team_spread_title(lang)}</h2>
            <p class="muted">{who}</p>
            <DataTable
                region=i18n::team_spread_region(lang)
                caption=i18n::team_spread_caption(lang)
                columns=vec![
                    Column::text(i18n::team_column_pillar(lang)),
                    Column::number(i18n::team_column_median(lang)),
                    Column::number(i18n::team_column_lowest_highest(lang)),
                    Column::number(i18n::team_column_people(lang)),
                ]
            >
                {rows}
            </DataTable>
            {weakest}
            <p class="muted">{team_caveat(lang)}</p>
        </section>
    }
}
