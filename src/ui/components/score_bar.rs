//! A horizontal bar for a score out of its maximum, with optional peer-average markers.

use leptos::prelude::*;

use crate::domain::number::{fixed, format_number};
use crate::ui::state::HistoryStore;

/// `value` out of `max` as a meter, with industry and network averages marked where known.
#[component]
pub fn ScoreBar(
    label: &'static str,
    value: f64,
    max: f64,
    #[prop(optional_no_strip)] industry: Option<f64>,
    #[prop(optional_no_strip)] network: Option<f64>,
) -> impl IntoView {
    let whose = HistoryStore::expect().whose();
    let percent = |v: f64| format!("{}%", fixed((v / max * 100.0).clamp(0.0, 100.0), 2));
    let marker = |name: &'static str, class: &'static str, v: Option<f64>| {
        v.map(|v| {
            view! {
                <span class=format!("marker {class}") style:left=percent(v) title=format!("{name}: {}", format_number(v))></span>
            }
        })
    };
    let legend = |name: &'static str, class: &'static str, v: Option<f64>| {
        v.map(|v| view! { <li><span class=format!("key {class}")></span>{format!("{name} {}", format_number(v))}</li> })
    };
    view! {
        <div
            class="bar"
            role="meter"
            aria-label=label
            aria-valuemin="0"
            aria-valuemax=format_number(max)
            aria-valuenow=format_number(value)
        >
            <span class="fill" style:width=percent(value)></span>
            {marker("Industry average", "industry", industry)}
            {marker("Network average", "network", network)}
        </div>
        {(industry.is_some() || network.is_some()).then(|| view! {
            <ul class="bar-legend">
                <li><span class="key you"></span>{format!("{} {}", whose.who(), format_number(value))}</li>
                {legend("Industry avg", "industry", industry)}
                {legend("Network avg", "network", network)}
            </ul>
        })}
    }
}
