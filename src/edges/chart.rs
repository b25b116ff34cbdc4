//! One ECharts instance per chart element: created once, updated in place, resized with its
//! container, disposed when the element leaves the page.

use std::cell::Cell;
use std::rc::Rc;

use charming::{Chart, WasmRenderer};
use wasm_bindgen::prelude::*;
use wasm_bindgen::JsCast;

// Declared with the charts, so its words (`i18n::results::chart_problem`) are tested natively.
pub use crate::domain::charts::ChartError;

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
    /// The element the chart is drawn in.
    element: web_sys::Element,
    /// The chart was the first paint's, moved into the app's place: the app's own element
    /// left the page then, so this one goes with the chart.
    adopted: bool,
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
    /// Where ECharts is now. index.html loads it only when a chart is about to be drawn (a new
    /// visitor's welcome needs none): [`Library::request`] starts the download, and the window
    /// hears [`LIBRARY_EVENT`] when it has loaded or failed. A page without index.html's loader
    /// (the wasm tests) loads it with its scripts: look again after the window's `load` event.
    pub fn now() -> Library {
        let Some(window) = web_sys::window() else {
            return Library::Missing;
        };
        let get = |name: &str| js_sys::Reflect::get(&window, &name.into()).unwrap_or_default();
        if get("echarts").is_object() {
            return Library::Ready;
        }
        if get("ssiCharts").is_function() {
            return if get("ssiChartsFailed").is_truthy() {
                Library::Missing
            } else {
                Library::Loading
            };
        }
        let page_loaded = window
            .document()
            .is_none_or(|d| d.ready_state() == "complete");
        if page_loaded {
            Library::Missing
        } else {
            Library::Loading
        }
    }

    /// Asks index.html's loader for ECharts, once a chart is about to be drawn (it loads it
    /// once; its promise never rejects, a failure is heard as the event too).
    pub fn request() {
        let Some(window) = web_sys::window() else {
            return;
        };
        let load = js_sys::Reflect::get(&window, &"ssiCharts".into()).unwrap_or_default();
        if let Some(load) = load.dyn_ref::<js_sys::Function>() {
            let _ = load.call0(&JsValue::NULL);
        }
    }
}

/// The window event index.html's loader sends when ECharts has loaded or failed.
pub const LIBRARY_EVENT: &str = "ssi-charts";

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
        let echarts = WasmRenderer::new_opt(None, None)
            .render(element_id, chart)
            .map_err(|e| ChartError::Render(format!("{e:?}")))?;
        let element = web_sys::window()
            .and_then(|w| w.document())
            .and_then(|d| d.get_element_by_id(element_id))
            .ok_or_else(|| ChartError::Render(format!("no element `{element_id}`")))?;
        Ok(Self::watch(echarts, element, false, resized))
    }

    /// Takes over the first paint's chart (`first`, with its live ECharts instance) in place of
    /// the app's element `place`, which it replaces, keeping `place`'s attributes. Nothing is
    /// blank in between. Drawn for the same size and colour scheme (`drawn_for`), it is not
    /// drawn again: the first paint drew the options the app sets for the same data, size and
    /// scheme (tests/e2e/first-paint.test.mjs), and redrawing them would only block the page
    /// (ECharts redraws a chart whole). Drawn for another (the window changed meanwhile),
    /// `chart` is drawn at once. The next change of data or size updates it as any chart.
    pub fn adopt(
        first: web_sys::Element,
        place: &web_sys::Element,
        chart: &Chart,
        drawn_for: &str,
        resized: impl Fn() + 'static,
    ) -> Result<Self, ChartError> {
        let instance = instance_of(&first)
            .ok_or_else(|| ChartError::Render("the first paint's chart is gone".into()))?;
        let as_drawn = first
            .get_attribute(crate::first_paint::DRAWN_FOR)
            .as_deref()
            == Some(drawn_for);
        for name in place
            .get_attribute_names()
            .iter()
            .filter_map(|n| n.as_string())
        {
            let value = place.get_attribute(&name).unwrap_or_default();
            first
                .set_attribute(&name, &value)
                .map_err(|e| ChartError::Render(describe(&e)))?;
        }
        place
            .replace_with_with_node_1(&first)
            .map_err(|e| ChartError::Render(describe(&e)))?;
        let live = Self::watch(instance, first, true, resized);
        if !as_drawn {
            live.resize_due.set(true);
            live.update(chart)?;
        }
        Ok(live)
    }

    /// The element the chart is drawn in (after [`LiveChart::adopt`], no longer the app's).
    pub fn element(&self) -> &web_sys::Element {
        &self.element
    }

    /// Watches `element`'s size for a chart drawn in it.
    fn watch(
        echarts: charming::Echarts,
        element: web_sys::Element,
        adopted: bool,
        resized: impl Fn() + 'static,
    ) -> Self {
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
        LiveChart {
            echarts,
            element,
            adopted,
            observer,
            resize_due,
            _on_resize: on_resize,
        }
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
        if self.adopted {
            self.element.remove();
        }
    }
}

/// The ECharts instance drawn in `element`, if any.
pub fn instance_of(element: &web_sys::Element) -> Option<charming::Echarts> {
    let echarts = js_sys::Reflect::get(&web_sys::window()?.into(), &"echarts".into()).ok()?;
    let get: js_sys::Function = js_sys::Reflect::get(&echarts, &"getInstanceByDom".into())
        .ok()?
        .dyn_into()
        .ok()?;
    let instance = get.call1(&echarts, element).ok()?;
    instance.is_object().then(|| instance.unchecked_into())
}

/// Lets go of a chart no screen took over.
pub fn dispose(element: &web_sys::Element) {
    if let Some(instance) = instance_of(element) {
        instance.unchecked_ref::<Instance>().dispose();
    }
}
