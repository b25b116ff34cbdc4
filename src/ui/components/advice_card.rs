//! The weakest pillar, called out with what to do about it this week.

use leptos::prelude::*;

use crate::domain::explain::advice;
use crate::i18n::{self, learn, ssi};
use crate::ui::state::{use_lang, HistoryView};

/// Advice fitted to the latest snapshot; nothing when there is no data.
#[component]
pub fn AdviceCard() -> impl IntoView {
    let lang = use_lang();
    let store = HistoryView::expect();
    let advice = Memo::new(move |_| store.with(advice));
    move || {
        advice.get().map(|a| {
            view! {
                <section class="card advice" aria-labelledby="advice-title" data-testid="advice">
                    <h2 id="advice-title">{i18n::advice_where_to_focus(lang)}</h2>
                    <p class="advice-headline">{learn::focus_headline(lang, &a)}</p>
                    <p>{learn::detail(lang, &a)}</p>
                    <details>
                        <summary>
                            {i18n::advice_what_it_measures(
                                lang,
                                ssi::pillar_label(lang, a.focus),
                                ssi::pillar_name(lang, a.focus),
                            )}
                        </summary>
                        <p>{learn::measures(lang, a.focus)}</p>
                        <ul>{learn::habits(lang, a.focus).map(|b| view! { <li>{b}</li> })}</ul>
                    </details>
                    <p class="fine-print">{i18n::advice_fine_print(lang)}</p>
                </section>
            }
        })
    }
}
