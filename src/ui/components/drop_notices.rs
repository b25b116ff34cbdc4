//! Falls of three points or more, with their usual causes and an invitation to note why.
//! A drop is news for a few weeks, then fades to a line, then is left to the chart; the user
//! can dismiss it sooner.

use leptos::prelude::*;

use crate::domain::address::Screen;
use crate::domain::stats::{drop_alerts, DropAlert, ScoreDrop};
use crate::edges::clock;
use crate::i18n::{self, learn};
use crate::ui::format;
use crate::ui::state::{use_lang, HistoryView, Navigation, Preferences, YourData};

/// The drops worth telling within the chosen range (see [`drop_alerts`]). With `yours` (the
/// user's own history) a drop can be dismissed or noted; someone else's shows what its owner
/// would see, not what this browser dismissed.
#[component]
pub fn DropNotices(yours: Option<YourData>) -> impl IntoView {
    let lang = use_lang();
    let store = HistoryView::expect();
    let whose = store.whose();
    let navigation = Navigation::expect();
    let preferences = Preferences::expect();
    let found = move || {
        let range = preferences.range();
        let seen = yours.and_then(|_| preferences.drops_seen());
        store.with(|h| {
            drop_alerts(range.of(h), clock::today(), seen)
                .into_iter()
                .map(|(d, alert)| (d, alert, h.get(d.to).and_then(|s| s.note.clone())))
                .collect::<Vec<_>>()
        })
    };
    let title = move |drop: &ScoreDrop| {
        learn::drop_title(lang, &whose, drop.fall, (drop.from, drop.to), &format::date)
    };
    let dismiss = move |drop: ScoreDrop| {
        yours.map(|_| {
            view! {
                <button
                    class="button small quiet"
                    on:click=move |_| preferences.dismiss_drops_until(drop.to)
                >
                    {i18n::learn_dismiss(lang)}
                </button>
            }
        })
    };
    move || {
        found().into_iter().map(|(drop, alert, note)| match alert {
            DropAlert::Quiet => view! {
                <div class="notice drop-line" data-testid="drop-quiet">
                    <p>{title(&drop)}"."</p>
                    {dismiss(drop)}
                </div>
            }.into_any(),
            DropAlert::Loud => view! {
                <section class="card drop" data-testid="drop">
                    <h2>{title(&drop)}</h2>
                    <p>{i18n::learn_drop_causes(lang)}</p>
                    <ul class="plain-list">
                        {learn::drop_causes(lang).map(|cause| view! { <li>{cause}</li> })}
                    </ul>
                    <div class="actions">
                        {match note {
                            Some(n) => {
                                view! { <p class="note">{i18n::learn_note(lang, n)}</p> }.into_any()
                            }
                            None => {
                                yours
                                    .map(|_| {
                                        view! {
                                            <button
                                                class="button small"
                                                on:click=move |_| navigation.go(Screen::Edit(drop.to))
                                            >
                                                {i18n::learn_add_note(lang)}
                                            </button>
                                        }
                                    })
                                    .into_any()
                            }
                        }} {dismiss(drop)}
                    </div>
                </section>
            }.into_any(),
        }).collect_view()
    }
}
