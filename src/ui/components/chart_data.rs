//! The numbers behind a chart, as a table the user can open: the chart's text alternative.

use leptos::prelude::*;

/// A `<details>` whose table is built only while it is open. Built eagerly, a long history
/// would add thousands of hidden rows to every page load (see docs/benchmarks.md).
#[component]
pub fn ChartData(
    /// The summary line the user clicks, e.g. "Show the ranks as a table".
    summary: &'static str,
    /// The table, rendered on opening and dropped on closing.
    children: ChildrenFn,
) -> impl IntoView {
    let open = RwSignal::new(false);
    let toggle = move |ev: leptos::ev::Event| {
        open.set(event_target::<web_sys::HtmlDetailsElement>(&ev).open());
    };
    view! {
        <details class="chart-data" on:toggle=toggle>
            <summary>{summary}</summary>
            {move || open.get().then(|| children())}
        </details>
    }
}
