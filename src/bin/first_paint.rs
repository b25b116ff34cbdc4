//! The first paint: a small binary without Leptos that draws the dashboard's top and its trend
//! chart before the app's own wasm has arrived (docs/performance.md, "The two-stage start").
//! index.html's start script runs it first, then loads the app, which takes the drawn chart
//! over. What to draw is decided by `ssi_lens::first_paint` (pure, tested natively); this
//! file only reads the browser and places the result.

#[cfg(target_arch = "wasm32")]
mod paint {
    use std::cell::RefCell;

    use charming::WasmRenderer;
    use ssi_lens::domain::address::Screen;
    use ssi_lens::domain::charts::ChartStyle;
    use ssi_lens::domain::stored::STORAGE_KEY;
    use ssi_lens::edges::{clock, color_scheme, language, locale, location, storage};
    use ssi_lens::first_paint::record::RECORD_KEY;
    use ssi_lens::first_paint::{drawn_for, Arrival, FirstScreen, CHART_ID, DRAWN_FOR};
    use ssi_lens::i18n::{self, screens};
    use wasm_bindgen::prelude::*;

    thread_local! {
        /// The screen [`paint_page`] drew, for [`paint_chart`] once ECharts has loaded.
        static SCREEN: RefCell<Option<FirstScreen>> = const { RefCell::new(None) };
    }

    /// Draws the top of the screen the app would show first, where that is a dashboard with a
    /// trend, and returns true: the start script then loads ECharts and calls [`paint_chart`].
    /// Draws nothing and returns false anywhere else.
    #[wasm_bindgen]
    pub fn paint_page() -> Result<bool, JsValue> {
        // Numbers as the app will show them, with the language's decimal mark.
        locale::use_language_decimal_mark();
        let window = web_sys::window().ok_or("no window")?;
        let document = window.document().ok_or("no document")?;
        let pathname = window.location().pathname()?;
        let path = pathname
            .strip_prefix(&location::app_path())
            .unwrap_or(&pathname);
        // Best-effort reads: a storage that can't be read draws nothing first.
        let (stored, record, range) = (
            storage::read_text(STORAGE_KEY),
            storage::read_text(RECORD_KEY),
            storage::read_text(storage::RANGE_KEY),
        );
        let fragment = location::fragment();
        let today = clock::today();
        let arrival = Arrival {
            path,
            fragment: &fragment,
            stored: stored.as_deref(),
            record: record.as_deref(),
            range: range.as_deref(),
            last_export: storage::read_date(storage::LAST_EXPORT_KEY),
            reminder_dismissed: storage::read_date(storage::REMINDER_DISMISSED_KEY),
            drops_seen: storage::read_date(storage::DROPS_SEEN_KEY),
        };
        let Some(screen) = FirstScreen::at(&arrival, today) else {
            return Ok(false);
        };

        // The language index.html's language script chose, as the app will read it.
        let lang = language::current();
        // The words first: they are the screen's largest paint.
        let main = document
            .query_selector("#boot main")?
            .ok_or("no #boot main")?;
        let drawn = document.create_element("div")?;
        drawn.set_class_name("first-paint");
        // A drawing, as the rest of the loading frame: a tap on it waits for the app.
        drawn.set_attribute("aria-hidden", "true")?;
        drawn.set_attribute("inert", "")?;
        drawn.set_inner_html(&format!(
            r#"{}<section class="card" aria-labelledby="trend-title">{}<div id="{CHART_ID}" class="chart tall" role="img" aria-label="{}" data-testid="trend-chart"></div></section>"#,
            screen.top(lang, today, &locale::readable_date),
            screen.trend_head(lang),
            html_escape::encode_double_quoted_attribute(i18n::start_trend_chart_label(lang)),
        ));
        main.append_child(&drawn)?;
        let (tabs, action) = screen.app_bar(lang);
        if let Some(placeholder) = document.query_selector("#boot .boot-tabs")? {
            placeholder.set_outer_html(&tabs);
        }
        if let Some(actions) = document.query_selector("#boot .bar-actions")? {
            actions.set_inner_html(&action);
        }
        if let Some(root) = document.document_element() {
            root.set_attribute("data-first-painted", "")?;
        }
        document.set_title(&screens::title(lang, Screen::Dashboard));
        SCREEN.with(|s| *s.borrow_mut() = Some(screen));
        Ok(true)
    }

    /// Draws the trend chart of the screen [`paint_page`] drew, with ECharts loaded, with the
    /// options the app would set for its element's width and the colour scheme.
    #[wasm_bindgen]
    pub fn paint_chart() -> Result<(), JsValue> {
        let Some(screen) = SCREEN.with(|s| s.borrow_mut().take()) else {
            return Ok(());
        };
        let element = web_sys::window()
            .and_then(|w| w.document())
            .and_then(|d| d.get_element_by_id(CHART_ID))
            .ok_or("no chart element")?;
        let size = |px: i32| px.max(0) as u32;
        let (dark, width, height) = (
            color_scheme::prefers_dark(),
            size(element.client_width()),
            size(element.client_height()),
        );
        WasmRenderer::new_opt(None, None)
            .render(
                CHART_ID,
                &screen.chart(&ChartStyle::new(dark, width, height), language::current()),
            )
            .map_err(|_| JsValue::from_str("ECharts refused the chart"))?;
        // Only once drawn: the app takes over a chart that says what it was drawn for.
        element.set_attribute(DRAWN_FOR, &drawn_for(dark, width, height))?;
        Ok(())
    }
}

fn main() {
    #[cfg(not(target_arch = "wasm32"))]
    eprintln!("The first paint runs in the browser: `trunk build` builds it (see README.md).");
}
