//! Every snapshot, newest first, a page at a time, with edit and delete (delete can be
//! undone). While the pointer is over the table its rows stay in place (see
//! `domain::history_rows`).

use std::collections::BTreeSet;

use leptos::prelude::*;

use crate::domain::address::Screen;
use crate::domain::history_rows::{self, Row, Rows, PAGE_ROWS};
use crate::domain::number::Precision;
use crate::domain::Pillar;
use crate::edges::focus;
use crate::i18n::{self, ssi};
use crate::ui::components::{DataCard, TOAST_UNDO_ID};
use crate::ui::format;
use crate::ui::state::{use_lang, HistoryView, Navigation, Notices, Toast, Undo, YourData};

/// The id of the Edit button of the snapshot of `date`: where focus goes back to after a
/// deletion or its undo, never onto a Delete button.
pub fn edit_button_id(date: chrono::NaiveDate) -> String {
    format!("edit-{date}")
}

/// The history table. With `yours` (the user's own history) each row can be edited or deleted.
#[component]
pub fn HistoryPage(yours: Option<YourData>) -> impl IntoView {
    let store = HistoryView::expect();
    let navigation = Navigation::expect();
    let notices = Notices::expect();
    let lang = use_lang();
    // Days this page deleted: their rows go at once, even under the pointer, and come back
    // at once with their Undo.
    let deleted_here = StoredValue::new(BTreeSet::new());
    // The feedback and its Undo come in a toast where the user is, and focus goes to that
    // Undo: a second Enter must not delete a second snapshot.
    let delete = move |yours: YourData, date| {
        // The row that takes the deleted one's place (the next older one, else the newer).
        let neighbour = store.with_untracked(|h| {
            let all = h.snapshots();
            let i = all.iter().position(|s| s.date == date)?;
            i.checked_sub(1)
                .or(Some(i + 1))
                .and_then(|n| all.get(n))
                .map(|s| s.date)
        });
        deleted_here.update_value(|d| {
            d.insert(date);
        });
        if let Ok(removed) = yours.change(|h| h.delete(date)) {
            notices.show(Toast {
                id: 0,
                message: i18n::history_deleted(lang, format::date(date)),
                undo: Some(Undo::Deleted {
                    store: yours,
                    snapshot: removed,
                }),
                return_focus: neighbour.map(edit_button_id),
                focus_after_undo: Some(edit_button_id(date)),
                about: None,
            });
            request_animation_frame(|| {
                focus::focus(TOAST_UNDO_ID);
            });
        }
    };
    // How many of the newest rows are shown; "Show more" adds a page.
    let limit = RwSignal::new(PAGE_ROWS);
    let pointer_over = RwSignal::new(false);
    let shown = Memo::new(move |before: Option<&Rows>| {
        let limit = limit.get();
        let hold = pointer_over.get();
        store.with(|h| match before {
            Some(before) if hold => deleted_here.with_value(|d| {
                history_rows::held_in_place(before, h, limit, |date| d.contains(&date))
            }),
            _ => history_rows::newest(h, limit),
        })
    });
    let row = move |row: Row| {
        let (s, removed) = (row.snapshot, row.removed);
        let date = s.date;
        view! {
            <tr class:removed=removed inert=removed.then_some("")>
                <th scope="row">
                    {format::date(date)}
                    {removed
                        .then(|| {
                            view! {
                                <span class="visually-hidden">
                                    " "{i18n::history_deleted_elsewhere(lang)}
                                </span>
                            }
                        })}
                </th>
                <td class="num strong" data-label=i18n::history_ssi(lang)>
                    {Precision::Whole.format(s.overall)}
                </td>
                {Pillar::ALL
                    .map(|p| {
                        view! {
                            <td class="num" data-label=ssi::pillar_name(lang, p)>
                                {Precision::Hundredth.format(s.pillars.get(p))}
                            </td>
                        }
                    })}
                <td class="num" data-label=i18n::history_industry_rank(lang)>
                    {ssi::rank(lang, s.industry_rank)}
                </td>
                <td class="num" data-label=i18n::history_network_rank(lang)>
                    {ssi::rank(lang, s.network_rank)}
                </td>
                <td class="note-cell" data-label=i18n::history_note(lang)>
                    {s.note.clone()}
                </td>
                {yours
                    .map(|yours| {
                        view! {
                            <td class="row-actions">
                                <button
                                    class="button small"
                                    id=(!removed).then(|| edit_button_id(date))
                                    aria-label=i18n::history_edit_label(lang, format::date(date))
                                    on:click=move |_| navigation.go(Screen::Edit(date))
                                >
                                    {i18n::history_edit(lang)}
                                </button>
                                <button
                                    class="button small danger"
                                    aria-label=i18n::history_delete_label(lang, format::date(date))
                                    on:click=move |_| delete(yours, date)
                                >
                                    {i18n::history_delete(lang)}
                                </button>
                            </td>
                        }
                    })}
            </tr>
        }
    };
    let rows = move || shown.get().rows.into_iter().map(row).collect_view();
    let waiting = move || {
        let waiting = shown.with(|r| r.waiting);
        (waiting > 0).then(|| format!(" {}", i18n::history_waiting(lang, waiting as u64)))
    };
    let more = move || {
        let left = store.with(|h| h.len()).saturating_sub(limit.get());
        (left > 0).then(|| {
            let next = left.min(PAGE_ROWS);
            view! {
                <p class="more-rows" data-testid="history-more">
                    <span class="muted">{i18n::history_showing_newest(lang, limit.get())}" "</span>
                    <button
                        class="button small"
                        on:click=move |_| limit.update(|l| *l += PAGE_ROWS)
                    >
                        {i18n::history_show_more(lang, next as u64)}
                    </button>
                </p>
            }
        })
    };
    let count = move || store.with(|h| h.len());

    view! {
        <h1 class="page-title">{i18n::screen_history(lang)}</h1>
        <section class="card" aria-labelledby="history-title">
            <h2 id="history-title" class="visually-hidden">
                {i18n::history_all_snapshots(lang)}
            </h2>
            <p class="muted">
                {move || i18n::history_count_newest_first(lang, count() as u64)} {waiting}
            </p>
            <div
                class="table-scroll"
                tabindex="0"
                role="region"
                aria-label=i18n::history_table_label(lang)
                on:pointerenter=move |_| pointer_over.set(true)
                on:pointerleave=move |_| pointer_over.set(false)
            >
                <table class="data-table history-table" data-testid="history-table">
                    <thead>
                        <tr>
                            <th scope="col">{i18n::entry_field_date(lang)}</th>
                            <th scope="col" class="num">
                                {i18n::history_ssi(lang)}
                            </th>
                            {Pillar::ALL
                                .map(|p| {
                                    view! {
                                        <th
                                            scope="col"
                                            class="num"
                                            title=ssi::pillar_label(lang, p)
                                        >
                                            {ssi::pillar_name(lang, p)}
                                        </th>
                                    }
                                })}
                            <th scope="col" class="num">
                                {i18n::history_industry(lang)}
                            </th>
                            <th scope="col" class="num">
                                {i18n::history_network(lang)}
                            </th>
                            <th scope="col">{i18n::history_note(lang)}</th>
                            {yours
                                .map(|_| {
                                    view! {
                                        <th scope="col">
                                            <span class="visually-hidden">
                                                {i18n::history_actions(lang)}
                                            </span>
                                        </th>
                                    }
                                })}
                        </tr>
                    </thead>
                    <tbody>{rows}</tbody>
                </table>
            </div>
            {more}
        </section>
        {yours.map(|_| view! { <DataCard /> })}
    }
}
