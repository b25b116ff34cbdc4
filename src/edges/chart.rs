//! One ECharts instance per chart element: created once, updated in place, resized with its
//! container, disposed when the element leaves the page.

use std::cell::Cell;
use std::rc::Rc;

use charming::{Chart, WasmRenderer};
use thiserror::Error;
use wasm_bindgen::prelude::*;
use wasm_bindgen::JsCast;

#[derive(Clone, Debug, Error, PartialEq)]
pub enum ChartError {
    #[error("The chart library did not load, so the chart can't be drawn. The numbers are in the table below.")]
    LibraryMissing,
    #[error("The chart could not be drawn ({0}). The numbers are in the table below.")]
    Render(String),
}

#[wasm_bindgen]
extern "C" {
    /// The parts of an ECharts instance that charming does not bind.
    type Instance;

    /// `setOption` with settings (charming's `update` passes none), failing as a `Result`.
    #[wasm_bindgen(catch, method, js_name = setOption)]
    fn set_option(this: &Instance, option: &JsValue, settings: &JsValue) -> Result<(), JsValue>;

    #[wasm_bindgen(method)]
    fn resize(this: &Instance);

    #[wasm_bindgen(method)]
    fn dispose(this: &Instance);
}

/// A live ECharts instance bound to one element.
pub struct LiveChart {
    echarts: charming::Echarts,
    observer: Option<web_sys::ResizeObserver>,
    /// The element changed size since the last drawing: the next update resizes as it draws.
    resize_due: Rc<Cell<bool>>,
    // Kept alive as long as the observer may call it.
    _on_resize: Closure<dyn FnMut()>,
}

/// Where ECharts is. index.html loads it `async`, so the app can build the page while the
/// library is still parsed; charts wait for it.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Library {
    Ready,
    /// The page is still loading its scripts: look again after the window's `load` event.
    Loading,
    /// The page has loaded and ECharts is not there: its file failed.
    Missing,
}

impl Library {
    pub fn now() -> Library {
        let Some(window) = web_sys::window() else {
            return Library::Missing;
        };
        let present = js_sys::Reflect::get(&window, &"echarts".into())
            .map(|v| v.is_object())
            .unwrap_or(false);
        let page_loaded = window
            .document()
            .is_none_or(|d| d.ready_state() == "complete");
        match (present, page_loaded) {
            (true, _) => Library::Ready,
            (false, false) => Library::Loading,
            (false, true) => Library::Missing,
        }
    }
}

impl LiveChart {
    /// Draws `chart` into the element with id `element_id`. When the element changes size,
    /// `resized` is called: the caller lays its options out for the new size and calls
    /// [`LiveChart::update`], which resizes the instance in the same drawing.
    pub fn create(
        element_id: &str,
        chart: &Chart,
        resized: impl Fn() + 'static,
    ) -> Result<Self, ChartError> {
        if Library::now() != Library::Ready {
            return Err(ChartError::LibraryMissing);
        }
        let window = web_sys::window().ok_or(ChartError::LibraryMissing)?;
        let echarts = WasmRenderer::new_opt(None, None)
            .render(element_id, chart)
            .map_err(|e| ChartError::Render(format!("{e:?}")))?;

        let element = window
            .document()
            .and_then(|d| d.get_element_by_id(element_id))
            .ok_or_else(|| ChartError::Render(format!("no element `{element_id}`")))?;
        let size_of = |e: &web_sys::Element| (e.client_width(), e.client_height());
        let mut drawn_at = size_of(&element);
        let resize_due = Rc::new(Cell::new(false));
        let on_resize = Closure::<dyn FnMut()>::new({
            let element = element.clone();
            let resize_due = Rc::clone(&resize_due);
            move || {
                // The observer first reports the size the chart was just drawn at: redrawing
                // for it would render every chart twice on load.
                let now = size_of(&element);
                if now != drawn_at {
                    drawn_at = now;
                    resize_due.set(true);
                    resized();
                }
            }
        });
        let observer = web_sys::ResizeObserver::new(on_resize.as_ref().unchecked_ref()).ok();
        if let Some(observer) = &observer {
            observer.observe(&element);
        }
        Ok(LiveChart {
            echarts,
            observer,
            resize_due,
            _on_resize: on_resize,
        })
    }

    /// Replaces the chart's options, keeping the instance (and the user's legend choices).
    ///
    /// Series and axes are replaced, not merged: merged, a series the new chart no longer has
    /// (a note pin outside a shorter range) would stay drawn, and an axis would keep bounds
    /// the new chart leaves out. The legend merges, so what the user switched off stays off.
    pub fn update(&self, chart: &Chart) -> Result<(), ChartError> {
        // As charming's `WasmRenderer::update` serialises a chart.
        let option =
            serde_wasm_bindgen::to_value(chart).map_err(|e| ChartError::Render(e.to_string()))?;
        let settings = js_sys::Object::new();
        let replaced = js_sys::Array::of4(
            &"series".into(),
            &"xAxis".into(),
            &"yAxis".into(),
            &"grid".into(),
        );
        js_sys::Reflect::set(&settings, &"replaceMerge".into(), &replaced)
            .map_err(|e| ChartError::Render(describe(&e)))?;
        let instance = self.echarts.unchecked_ref::<Instance>();
        let resizing = self.resize_due.replace(false);
        if resizing {
            // Drawn once, by the resize, which takes the pending options with it: resizing
            // first and then setting the options would draw the chart twice.
            js_sys::Reflect::set(&settings, &"lazyUpdate".into(), &true.into())
                .map_err(|e| ChartError::Render(describe(&e)))?;
        }
        instance
            .set_option(&option, &settings)
            .map_err(|e| ChartError::Render(describe(&e)))?;
        if resizing {
            instance.resize();
        }
        Ok(())
    }
}

fn describe(error: &JsValue) -> String {
    error
        .dyn_ref::<js_sys::Error>()
        .map(|e| String::from(e.message()))
        .unwrap_or_else(|| format!("{error:?}"))
}

impl Drop for LiveChart {
    fn drop(&mut self) {
        if let Some(observer) = &self.observer {
            observer.disconnect();
        }
        self.echarts.unchecked_ref::<Instance>().dispose();
    }
}
