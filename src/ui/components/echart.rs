//! One ECharts chart in the page: created once when its element first comes into view (a chart
//! below the fold waits until the user scrolls near it), updated when the data it reads
//! changes, resized with its container, disposed when it unmounts.

use std::sync::atomic::{AtomicUsize, Ordering};

use charming::Chart;
use leptos::prelude::*;

use crate::domain::charts::ChartStyle;
use crate::edges::chart::{ChartError, Library, LiveChart, LIBRARY_EVENT};
use crate::edges::color_scheme::{prefers_dark, SchemeWatcher};
use crate::edges::first_paint;
use crate::edges::visibility::ComesIntoView;
use crate::first_paint::drawn_for;
use crate::i18n::results::chart_problem;
use crate::ui::state::use_lang;

/// Gives each chart element its own id: charming's renderer finds the element by id.
fn next_chart_id() -> String {
    static NEXT: AtomicUsize = AtomicUsize::new(0);
    format!("chart-{}", NEXT.fetch_add(1, Ordering::Relaxed))
}

/// A chart whose options come from `options`, a pure function of the style and of the signals
/// it reads. `label` describes the chart for screen readers (its numbers belong in a table
/// next to it). A `tall` chart stacks panels and gets more height. The screen's `main` chart is
/// drawn at once wherever it is (a first visit waits for it); the others when they come into
/// view.
#[component]
pub fn EChart(
    options: Callback<ChartStyle, Chart>,
    label: &'static str,
    #[prop(optional)] testid: &'static str,
    #[prop(optional)] tall: bool,
    #[prop(optional)] main: bool,
) -> impl IntoView {
    let lang = use_lang();
    let id = next_chart_id();
    let element = NodeRef::<leptos::html::Div>::new();
    let live = StoredValue::new_local(None::<LiveChart>);
    let error = RwSignal::new(None::<String>);
    let dark = RwSignal::new(prefers_dark());
    let watcher = StoredValue::new_local(SchemeWatcher::new(move |d| dark.set(d)));
    let library = RwSignal::new(Library::now());
    if library.get_untracked() == Library::Loading {
        // index.html's loader tells when ECharts has loaded or failed; without it, every
        // script of the page has run (or failed) by the window's `load` event.
        let look_again = move |_| library.set(Library::now());
        let loaded = window_event_listener(leptos::ev::load, look_again);
        let heard = window_event_listener(leptos::ev::Custom::new(LIBRARY_EVENT), look_again);
        on_cleanup(move || {
            loaded.remove();
            heard.remove();
        });
    }

    // Bumped when the element changes size: the options' layout is in pixels.
    let resized = RwSignal::new(0_u32);
    // Whether the element has come near the viewport, and the watch until it has.
    let in_view = RwSignal::new(main);
    let watch = StoredValue::new_local(None::<ComesIntoView>);

    Effect::new({
        let id = id.clone();
        move |_| {
            let Some(el) = element.get() else { return };
            if !in_view.get() {
                if watch.with_value(Option::is_none) {
                    match ComesIntoView::watch(&el, move || {
                        let _ = in_view.try_set(true);
                    }) {
                        Ok(watching) => return watch.set_value(Some(watching)),
                        // A browser that can't tell gets every chart at once.
                        Err(_) => in_view.set(true),
                    }
                }
                return;
            }
            watch.update_value(|w| drop(w.take()));
            match library.get() {
                Library::Ready => {}
                // The chart is about to be drawn: now is when ECharts is needed.
                Library::Loading => return Library::request(),
                Library::Missing => {
                    return error.set(Some(chart_problem(lang, &ChartError::LibraryMissing)))
                }
            }
            resized.track();
            let size = |px: i32| px.max(0) as u32;
            // An adopted chart is drawn in the first paint's element, which took this one's place.
            let drawn_in = live
                .with_value(|l| l.as_ref().map(|l| l.element().clone()))
                .unwrap_or_else(|| el.clone().into());
            let (dark, width, height) = (
                dark.get(),
                size(drawn_in.client_width()),
                size(drawn_in.client_height()),
            );
            let chart = options.run(ChartStyle::new(dark, width, height));
            let on_resize = move || {
                let _ = resized.try_update(|n| *n = n.wrapping_add(1));
            };
            live.update_value(|slot| {
                let drawn = match slot {
                    Some(existing) => existing.update(&chart),
                    None => match main.then(first_paint::take_chart).flatten() {
                        Some(first) => {
                            let drawn_for = drawn_for(dark, width, height);
                            LiveChart::adopt(first.clone(), &el, &chart, &drawn_for, on_resize)
                                .or_else(|_| {
                                    // Drawn anew rather than not at all.
                                    crate::edges::chart::dispose(&first);
                                    first.remove();
                                    LiveChart::create(&id, &chart, on_resize)
                                })
                        }
                        None => LiveChart::create(&id, &chart, on_resize),
                    }
                    .map(|created| *slot = Some(created)),
                };
                let message = drawn.err().map(|e| chart_problem(lang, &e));
                if error.get_untracked() != message {
                    error.set(message);
                }
            });
        }
    });
    on_cleanup(move || {
        live.update_value(|slot| drop(slot.take()));
        watcher.update_value(|w| drop(w.take()));
        watch.update_value(|w| drop(w.take()));
    });

    view! {
        <div
            id=id
            node_ref=element
            class=if tall { "chart tall" } else { "chart" }
            role="img"
            aria-label=label
            data-testid=testid
        ></div>
        {move || error.get().map(|e| view! { <p class="error">{e}</p> })}
    }
}
