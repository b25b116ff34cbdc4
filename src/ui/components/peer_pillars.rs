//! The industry's and network's pillar breakdowns carried by a snapshot form.

use leptos::prelude::*;

use crate::domain::number::Precision;
use crate::domain::{Pillar, SnapshotDraft};
use crate::i18n;
use crate::ui::components::{Column, DataTable, PillarName};
use crate::ui::state::use_lang;

/// A read-only table of the peer breakdowns found in a pasted page, with a way to leave them out.
#[component]
pub fn PeerPillars(draft: RwSignal<SnapshotDraft>) -> impl IntoView {
    let lang = use_lang();
    let peers = move || draft.with(|d| (d.industry_pillars, d.network_pillars));
    move || {
        let (industry, network) = peers();
        if industry.is_none() && network.is_none() {
            return None;
        }
        let cell = |scores: Option<crate::domain::PillarScores>, p: Pillar| {
            scores
                .map(|s| Precision::Hundredth.format(s.get(p)))
                .unwrap_or_else(|| "–".into())
        };
        let rows = Pillar::ALL.map(|p| {
            view! {
                <tr>
                    <th scope="row">
                        <PillarName pillar=p />
                    </th>
                    <td class="num">{cell(industry, p)}</td>
                    <td class="num">{cell(network, p)}</td>
                </tr>
            }
        });
        Some(view! {
            <fieldset data-testid="peer-pillars">
                <legend>{i18n::learn_peer_pillars_legend(lang)}</legend>
                <DataTable columns=vec![
                    Column::text(i18n::learn_column_pillar(lang)),
                    Column::number(i18n::learn_column_industry(lang)),
                    Column::number(i18n::learn_column_network(lang)),
                ]>{rows}</DataTable>
                <button
                    type="button"
                    class="button small"
                    on:click=move |_| {
                        draft
                            .update(|d| {
                                d.industry_pillars = None;
                                d.network_pillars = None;
                            })
                    }
                >
                    {i18n::learn_leave_out(lang)}
                </button>
            </fieldset>
        })
    }
}
