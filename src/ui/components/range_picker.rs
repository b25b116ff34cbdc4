//! The time span of every time chart: 4 weeks, 12 weeks, a year, or everything.

use leptos::prelude::*;

use crate::domain::stats::Range;
use crate::ui::state::Preferences;

/// Segmented buttons; the choice applies to all charts and is remembered between visits.
#[component]
pub fn RangePicker() -> impl IntoView {
    let preferences = Preferences::expect();
    view! {
        <div class="segmented" role="group" aria-label="Time range">
            {Range::ALL
                .map(|range| {
                    view! {
                        <button
                            type="button"
                            aria-pressed=move || (preferences.range() == range).to_string()
                            on:click=move |_| preferences.set_range(range)
                        >
                            {range.label()}
                        </button>
                    }
                })}
        </div>
    }
}
