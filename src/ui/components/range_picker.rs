//! The time span of every time chart: 4 weeks, 12 weeks, a year, or everything.

use leptos::prelude::*;

use crate::domain::stats::Range;
use crate::i18n::{self, results::range_name};
use crate::ui::state::{use_lang, Preferences};

/// Segmented buttons; the choice applies to all charts and is remembered between visits.
#[component]
pub fn RangePicker() -> impl IntoView {
    let preferences = Preferences::expect();
    let lang = use_lang();
    view! {
        <div class="segmented" role="group" aria-label=i18n::results_range_group(lang)>
            {Range::ALL
                .map(|range| {
                    view! {
                        <button
                            type="button"
                            aria-pressed=move || (preferences.range() == range).to_string()
                            on:click=move |_| preferences.set_range(range)
                        >
                            {range_name(lang, range)}
                        </button>
                    }
                })}
        </div>
    }
}
