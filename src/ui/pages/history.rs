//! Every snapshot, newest first, with edit and delete (delete can be undone).

use leptos::prelude::*;

use crate::domain::address::Screen;

use crate::domain::number::format_number;
use crate::domain::Pillar;
use crate::edges::focus;
use crate::ui::components::{DataCard, TOAST_UNDO_ID};
use crate::ui::format;
use crate::ui::state::{HistoryStore, Navigation, Notices, Toast, Undo};

/// The id of the Edit button of the snapshot of `date`: where focus goes back to after a
/// deletion or its undo, never onto a Delete button.
pub fn edit_button_id(date: chrono::NaiveDate) -> String {
    format!("edit-{date}")
}

/// The history table.
#[component]
pub fn HistoryPage() -> impl IntoView {
    let store = HistoryStore::expect();
    let navigation = Navigation::expect();
    let notices = Notices::expect();
    // The feedback and its Undo come in a toast where the user is, and focus goes to that
    // Undo: a second Enter must not delete a second snapshot.
    let delete = move |date| {
        // The row that takes the deleted one's place (the next older one, else the newer).
        let neighbour = store.with_untracked(|h| {
            let all = h.snapshots();
            let i = all.iter().position(|s| s.date == date)?;
            i.checked_sub(1)
                .or(Some(i + 1))
                .and_then(|n| all.get(n))
                .map(|s| s.date)
        });
        if let Ok(removed) = store.change(|h| h.delete(date)) {
            notices.show(Toast {
                id: 0,
                message: format!("Deleted the snapshot of {}.", format::date(date)),
                undo: Some(Undo::Deleted {
                    store,
                    snapshot: removed,
                }),
                return_focus: neighbour.map(edit_button_id),
                focus_after_undo: Some(edit_button_id(date)),
            });
            request_animation_frame(|| {
                let _ = focus::focus(TOAST_UNDO_ID);
            });
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
                                    id=edit_button_id(date)
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
