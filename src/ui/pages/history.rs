//! Every snapshot, newest first, with edit and delete (delete can be undone).

use leptos::prelude::*;

use crate::domain::address::Screen;

use crate::domain::number::format_number;
use crate::domain::Pillar;
use crate::ui::components::DataCard;
use crate::ui::format;
use crate::ui::state::{HistoryStore, Navigation, Notices};

/// The history table.
#[component]
pub fn HistoryPage() -> impl IntoView {
    let store = HistoryStore::expect();
    let navigation = Navigation::expect();
    let notices = Notices::expect();
    let delete = move |date| {
        if let Ok(removed) = store.change(|h| h.delete(date)) {
            notices.offer_undo(removed);
        }
    };
    let rows = move || {
        store.with(|h| {
            h.snapshots()
                .iter()
                .rev()
                .map(|s| {
                    let date = s.date;
                    view! {
                        <tr>
                            <th scope="row">{format::date(date)}</th>
                            <td class="num strong" data-label="SSI">{format_number(s.overall)}</td>
                            {Pillar::ALL.map(|p| view! {
                                <td class="num" data-label=p.short_label()>{format_number(s.pillars.get(p))}</td>
                            })}
                            <td class="num" data-label="Industry rank">{format::rank(s.industry_rank)}</td>
                            <td class="num" data-label="Network rank">{format::rank(s.network_rank)}</td>
                            <td class="note-cell" data-label="Note">{s.note.clone()}</td>
                            <td class="row-actions" class:hidden=store.read_only()>
                                <button
                                    class="button small"
                                    aria-label=format!("Edit snapshot of {}", format::date(date))
                                    on:click=move |_| navigation.go(Screen::Edit(date))
                                >
                                    "Edit"
                                </button>
                                <button
                                    class="button small danger"
                                    aria-label=format!("Delete snapshot of {}", format::date(date))
                                    on:click=move |_| delete(date)
                                >
                                    "Delete"
                                </button>
                            </td>
                        </tr>
                    }
                })
                .collect_view()
        })
    };
    let count = move || store.with(|h| h.len());

    view! {
        <h1 class="page-title">"History"</h1>
        <section class="card" aria-labelledby="history-title">
            <h2 id="history-title" class="visually-hidden">"All snapshots"</h2>
            <p class="muted">
                {move || format!("{}, newest first.", format::count(count(), "snapshot", "snapshots"))}
            </p>
            <div class="table-scroll" tabindex="0" role="region" aria-label="Snapshot history table">
                <table class="data-table history-table" data-testid="history-table">
                    <thead>
                        <tr>
                            <th scope="col">"Date"</th>
                            <th scope="col" class="num">"SSI"</th>
                            {Pillar::ALL
                                .map(|p| view! { <th scope="col" class="num" title=p.label()>{p.short_label()}</th> })}
                            <th scope="col" class="num">"Industry"</th>
                            <th scope="col" class="num">"Network"</th>
                            <th scope="col">"Note"</th>
                            <th scope="col"><span class="visually-hidden">"Actions"</span></th>
                        </tr>
                    </thead>
                    <tbody>{rows}</tbody>
                </table>
            </div>
        </section>
        {(!store.read_only()).then(|| view! { <DataCard /> })}
    }
}
