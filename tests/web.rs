//! The app in headless Chromium: mounting, the form, storage and the recovery screen.
#![cfg(target_arch = "wasm32")]

use leptos::task::tick;
use ssi_lens::domain::envelope;
use ssi_lens::domain::stored::Stored;
use ssi_lens::domain::stored::STORAGE_KEY;
use ssi_lens::edges::storage;
use ssi_lens::App;
use wasm_bindgen::JsCast;
use wasm_bindgen_test::*;
use web_sys::{HtmlElement, HtmlInputElement};

wasm_bindgen_test_configure!(run_in_browser);

fn document() -> web_sys::Document {
    web_sys::window().unwrap().document().unwrap()
}

fn local_storage() -> web_sys::Storage {
    web_sys::window().unwrap().local_storage().unwrap().unwrap()
}

/// How long a test waits for the app to reach the state it checks before failing.
const WAIT_MS: f64 = 3_000.0;

/// Checks `ready()` every few milliseconds until it holds (true) or `limit_ms` pass (false).
/// A fixed sleep is too short on a busy machine and too long everywhere else.
async fn eventually(limit_ms: f64, ready: impl Fn() -> bool) -> bool {
    let start = js_sys::Date::now();
    while !ready() {
        if js_sys::Date::now() - start > limit_ms {
            return false;
        }
        let pause = js_sys::Promise::new(&mut |resolve, _| {
            web_sys::window()
                .unwrap()
                .set_timeout_with_callback_and_timeout_and_arguments_0(&resolve, 4)
                .unwrap();
        });
        wasm_bindgen_futures::JsFuture::from(pause).await.unwrap();
    }
    true
}

/// Waits until `ready()` holds; fails naming `what` after `limit_ms`.
async fn wait_within(limit_ms: f64, what: &str, ready: impl Fn() -> bool) {
    assert!(
        eventually(limit_ms, ready).await,
        "waited {limit_ms} ms for {what}"
    );
}

async fn wait_for(what: &str, ready: impl Fn() -> bool) {
    wait_within(WAIT_MS, what, ready).await;
}

/// ECharts, as the app's index.html provides it, for tests that draw charts. It is loaded at
/// run time from the test runner's server, which serves the crate root: `vendor/` is built by
/// scripts/setup.sh and ignored by git, and `include_str!` of it would keep this file from
/// compiling on a fresh clone.
async fn load_echarts() {
    let window = web_sys::window().unwrap();
    let loaded = || {
        !js_sys::Reflect::get(&window, &"echarts".into())
            .unwrap()
            .is_undefined()
    };
    if loaded() {
        return;
    }
    if document().get_element_by_id("echarts-script").is_none() {
        let script = document().create_element("script").unwrap();
        script.set_id("echarts-script");
        script
            .set_attribute("src", "/vendor/echarts.min.js")
            .unwrap();
        document().body().unwrap().append_child(&script).unwrap();
    }
    wait_within(
        10_000.0,
        "/vendor/echarts.min.js to load (scripts/setup.sh builds it)",
        loaded,
    )
    .await;
}

/// Mounts the app in a fresh container over the given stored text (None: nothing stored).
struct Mounted {
    root: HtmlElement,
    _handle: leptos::mount::UnmountHandle<leptos::tachys::view::any_view::AnyViewState>,
}

thread_local! {
    /// The runner page's own address: every test starts from it, on the dashboard.
    static START: String = web_sys::window().unwrap().location().pathname().unwrap();
}

async fn mount(stored: Option<&str>) -> Mounted {
    load_echarts().await;
    // The app keeps its screen in the address; the previous test may have left another one.
    let start = START.with(Clone::clone);
    web_sys::window()
        .unwrap()
        .history()
        .unwrap()
        .replace_state_with_url(&wasm_bindgen::JsValue::NULL, "", Some(&start))
        .unwrap();
    local_storage().clear().unwrap();
    if let Some(text) = stored {
        local_storage().set_item(STORAGE_KEY, text).unwrap();
    }
    let root: HtmlElement = document().create_element("div").unwrap().unchecked_into();
    document().body().unwrap().append_child(&root).unwrap();
    let handle =
        leptos::mount::mount_to(root.clone(), || leptos::prelude::IntoAny::into_any(App()));
    settle().await;
    wait_for("the app to render", || root.child_element_count() > 0).await;
    Mounted {
        root,
        _handle: handle,
    }
}

/// Lets effects queued by the last change run; tests then wait for what they check.
async fn settle() {
    for _ in 0..4 {
        tick().await;
    }
}

impl Mounted {
    fn text(&self) -> String {
        self.root.text_content().unwrap_or_default()
    }

    fn find(&self, selector: &str) -> Option<HtmlElement> {
        self.root
            .query_selector(selector)
            .unwrap()
            .map(|e| e.unchecked_into())
    }

    /// The button or link (the tabs are links) whose text ends with `label`.
    fn button(&self, label: &str) -> Option<HtmlElement> {
        let buttons = self.root.query_selector_all("button, a[href]").unwrap();
        (0..buttons.length())
            .filter_map(|i| buttons.item(i))
            .map(|n| n.unchecked_into::<HtmlElement>())
            .find(|b| b.text_content().unwrap_or_default().trim().ends_with(label))
    }

    /// Clicks the button or link once it is on screen.
    async fn click(&self, label: &str) {
        wait_for(&format!("a button {label:?}"), || {
            self.button(label).is_some()
        })
        .await;
        self.button(label).unwrap().click();
        settle().await;
    }

    /// Waits until the page shows `text`.
    async fn wait_for_text(&self, text: &str) {
        wait_for(&format!("{text:?} on the page"), || {
            self.text().contains(text)
        })
        .await;
    }

    /// Waits until an element matching `selector` is on the page, and returns it.
    async fn wait_for_element(&self, selector: &str) -> HtmlElement {
        wait_for(&format!("an element {selector}"), || {
            self.find(selector).is_some()
        })
        .await;
        self.find(selector).unwrap()
    }

    async fn type_into(&self, key: &str, value: &str) {
        let input: HtmlInputElement = self
            .wait_for_element(&format!("#field-{key}"))
            .await
            .unchecked_into();
        input.set_value(value);
        let init = web_sys::EventInit::new();
        init.set_bubbles(true);
        input
            .dispatch_event(&web_sys::Event::new_with_event_init_dict("input", &init).unwrap())
            .unwrap();
    }

    async fn submit(&self) {
        self.click("Save snapshot").await;
    }
}

fn stored() -> Option<String> {
    local_storage().get_item(STORAGE_KEY).unwrap()
}

/// The history as stored now (the test fails if nothing readable is stored).
fn stored_history() -> ssi_lens::domain::History {
    envelope::decode(&stored().expect("something is stored"))
        .expect("the stored data reads")
        .into_parts()
        .0
}

/// The stored text of a history with nobody else's data.
fn encoded(history: &ssi_lens::domain::History) -> String {
    envelope::encode(&Stored::from(history.clone()))
}

/// The stored history, if any is stored and it reads.
fn stored_history_if_any() -> Option<ssi_lens::domain::History> {
    envelope::decode(&stored()?).ok().map(|s| s.into_parts().0)
}

#[wasm_bindgen_test]
async fn a_first_visit_shows_the_welcome_and_writes_nothing() {
    let app = mount(None).await;
    app.wait_for_text("Add your first snapshot").await;
    assert!(app.text().contains("Try with sample data"));
    assert_eq!(stored(), None);
}

#[wasm_bindgen_test]
async fn a_snapshot_added_through_the_form_is_saved_to_local_storage() {
    let app = mount(None).await;
    app.click("Add your first snapshot").await;
    app.type_into("date", "2026-01-15").await;
    for (key, value) in [
        ("brand", "12.05"),
        ("people", "4.76"),
        ("insights", "1"),
        ("relationships", "15"),
    ] {
        app.type_into(key, value).await;
    }
    app.type_into("industry_rank", "37").await;
    app.type_into("note", "started posting").await;
    app.submit().await;

    wait_for("the snapshot to be saved", || stored().is_some()).await;
    let history = envelope::decode(&stored().expect("saved"))
        .unwrap()
        .into_parts()
        .0;
    assert_eq!(history.len(), 1);
    let s = history.latest().unwrap();
    assert_eq!(s.date.to_string(), "2026-01-15");
    assert_eq!(s.pillars.brand, 12.05);
    assert_eq!(s.overall, 33.0);
    assert_eq!(s.industry_rank, Some(37));
    assert_eq!(s.note.as_deref(), Some("started posting"));
    // Back on the dashboard, showing it.
    let score = app.wait_for_element("[data-testid=overall-score]").await;
    assert_eq!(score.text_content().unwrap(), "33");
}

#[wasm_bindgen_test]
async fn invalid_input_shows_the_fields_message_and_saves_nothing() {
    let app = mount(None).await;
    app.click("Add your first snapshot").await;
    for (key, value) in [
        ("brand", "30"),
        ("people", "4"),
        ("insights", "1"),
        ("relationships", ""),
    ] {
        app.type_into(key, value).await;
    }
    app.submit().await;
    let brand_error = app.wait_for_element("[data-testid=error-brand]").await;
    assert_eq!(
        brand_error.text_content().unwrap(),
        "Brand must be between 0 and 25."
    );
    assert!(app.find("[data-testid=error-relationships]").is_some());
    // The message's name is the field's: "Brand", with LinkedIn's label under it.
    let label = app.find("label[for=field-brand]").unwrap();
    assert_eq!(
        label.text_content().unwrap(),
        "Brand Establish your professional brand"
    );
    assert_eq!(stored(), None);
    // The first bad field has focus.
    assert_eq!(document().active_element().unwrap().id(), "field-brand");
}

#[wasm_bindgen_test]
async fn a_large_gap_between_total_and_pillars_asks_before_saving() {
    let app = mount(None).await;
    app.click("Add your first snapshot").await;
    for (key, value) in [
        ("overall", "60"),
        ("brand", "10"),
        ("people", "10"),
        ("insights", "10"),
        ("relationships", "10"),
    ] {
        app.type_into(key, value).await;
    }
    app.submit().await;
    app.wait_for_text("20 points away from the sum of your pillars")
        .await;
    assert_eq!(stored(), None);
    app.click("Save anyway").await;
    wait_for("the snapshot to be saved", || stored().is_some()).await;
    assert_eq!(stored_history().latest().unwrap().overall, 60.0);
}

#[wasm_bindgen_test]
async fn corrupt_storage_opens_recovery_and_keeps_the_text_until_the_user_starts_fresh() {
    let corrupt = "{\"version\":1,\"snapshots\":[{\"date\":";
    let app = mount(Some(corrupt)).await;
    app.wait_for_element("[data-testid=recovery]").await;
    assert!(app.text().contains("not valid JSON"));
    assert_eq!(stored().as_deref(), Some(corrupt));
    let shown: web_sys::HtmlTextAreaElement = app.find("#raw-data").unwrap().unchecked_into();
    assert_eq!(shown.value(), corrupt);

    app.click("Start fresh…").await;
    assert_eq!(stored().as_deref(), Some(corrupt), "asking is not doing");
    app.click("Yes, start fresh").await;
    wait_for("the stored text to be set aside", || stored().is_none()).await;
    let backups: Vec<String> = (0..local_storage().length().unwrap())
        .filter_map(|i| local_storage().key(i).unwrap())
        .filter(|k| k.starts_with(storage::BACKUP_PREFIX))
        .collect();
    assert_eq!(backups.len(), 1);
    assert_eq!(
        local_storage().get_item(&backups[0]).unwrap().as_deref(),
        Some(corrupt)
    );
    app.wait_for_text("Add your first snapshot").await;
}

#[wasm_bindgen_test]
async fn data_from_a_newer_version_is_not_touched() {
    let future = "{\"version\":99,\"snapshots\":[]}";
    let app = mount(Some(future)).await;
    app.wait_for_text("newer version of SSI Lens").await;
    assert_eq!(stored().as_deref(), Some(future));
}

fn echarts_instance_of(element: &HtmlElement) -> wasm_bindgen::JsValue {
    let echarts = js_sys::Reflect::get(&web_sys::window().unwrap(), &"echarts".into()).unwrap();
    let get: js_sys::Function = js_sys::Reflect::get(&echarts, &"getInstanceByDom".into())
        .unwrap()
        .unchecked_into();
    get.call1(&echarts, element).unwrap()
}

#[wasm_bindgen_test]
async fn the_chart_is_created_once_updated_in_place_and_disposed_on_leaving() {
    let today = ssi_lens::edges::clock::today();
    let mut history = ssi_lens::domain::sample::sample_history(today);
    let mut own = ssi_lens::domain::SnapshotDraft::for_date(
        chrono::NaiveDate::from_ymd_opt(2020, 1, 6).unwrap(),
    );
    own.pillars = ["5", "5", "5", "5"].map(String::from);
    history.add(own.validate(today).unwrap()).unwrap();
    let app = mount(Some(&encoded(&history))).await;
    app.wait_for_element("[data-testid=sample-banner]").await;
    let chart = app.wait_for_element("[data-testid=trend-chart]").await;
    wait_for("an ECharts instance on the chart", || {
        echarts_instance_of(&chart).is_object()
    })
    .await;
    let first = echarts_instance_of(&chart);
    let points = |instance: &wasm_bindgen::JsValue| {
        let get_option: js_sys::Function = js_sys::Reflect::get(instance, &"getOption".into())
            .unwrap()
            .unchecked_into();
        let option = get_option.call0(instance).unwrap();
        let series = js_sys::Reflect::get(&option, &"series".into()).unwrap();
        let overall = js_sys::Reflect::get(&series, &0.into()).unwrap();
        js_sys::Array::from(&js_sys::Reflect::get(&overall, &"data".into()).unwrap()).length()
    };
    // The default range is a year: the 2020 snapshot is outside it.
    assert_eq!(points(&first), 52);

    // A data change updates the same element and instance.
    app.click("Remove sample data").await;
    wait_for("the chart to show the one snapshot left", || {
        points(&echarts_instance_of(&chart)) == 1
    })
    .await;
    let same_element = app.find("[data-testid=trend-chart]").unwrap();
    assert!(
        same_element.is_same_node(Some(&chart)),
        "the chart element is kept"
    );
    let after = echarts_instance_of(&chart);
    assert!(
        js_sys::Object::is(&first, &after),
        "the instance is reused, not recreated"
    );
    assert_eq!(points(&after), 1, "the update reached the instance");

    // Leaving the dashboard disposes it.
    app.click("History").await;
    app.wait_for_element("[data-testid=history-table]").await;
    wait_for("the chart to be disposed when it leaves the page", || {
        echarts_instance_of(&chart).is_undefined()
    })
    .await;
}

#[wasm_bindgen_test]
async fn deleting_a_snapshot_can_be_undone() {
    let mut d = ssi_lens::domain::SnapshotDraft::for_date(
        chrono::NaiveDate::from_ymd_opt(2026, 2, 1).unwrap(),
    );
    d.pillars = ["1", "2", "3", "4"].map(String::from);
    let mut history = ssi_lens::domain::History::default();
    history
        .add(d.validate(chrono::NaiveDate::MAX).unwrap())
        .unwrap();
    let app = mount(Some(&encoded(&history))).await;
    app.click("History").await;
    app.click("Delete").await;
    wait_for("the deletion to be saved", || {
        stored_history_if_any().is_some_and(|h| h.is_empty())
    })
    .await;
    // The feedback is a toast whose Undo has focus: never another Delete button.
    wait_for("focus on the toast's Undo", || {
        document()
            .active_element()
            .is_some_and(|e| e.id() == "toast-undo")
    })
    .await;
    // Dates follow the browser's locale, as every screen writes them.
    let day = ssi_lens::ui::format::date(chrono::NaiveDate::from_ymd_opt(2026, 2, 1).unwrap());
    assert!(app
        .text()
        .contains(&format!("Deleted the snapshot of {day}.")));
    app.click("Undo").await;
    wait_for("the undone deletion to be saved", || {
        stored_history_if_any().as_ref() == Some(&history)
    })
    .await;
}

#[wasm_bindgen_test]
fn storage_round_trips_a_history() {
    local_storage().clear().unwrap();
    let history = ssi_lens::domain::sample::sample_history(ssi_lens::edges::clock::today());
    let mut synced = ssi_lens::domain::sync::Synced::default();
    assert_eq!(
        storage::save(&mut synced, &Stored::from(history.clone())),
        ssi_lens::domain::sync::SaveReport::Saved
    );
    let storage::Loaded::Ready(synced) = storage::load() else {
        panic!("the saved history loads");
    };
    assert_eq!(synced.history(), &history);
    local_storage().clear().unwrap();
    assert_eq!(storage::load(), storage::Loaded::Fresh);
}

async fn add_through_form(app: &Mounted, date: &str, pillars: [&str; 4]) {
    app.click("Add snapshot").await;
    app.type_into("date", date).await;
    for (key, value) in ["brand", "people", "insights", "relationships"]
        .into_iter()
        .zip(pillars)
    {
        app.type_into(key, value).await;
    }
    app.submit().await;
}

fn one_snapshot_history(date: &str) -> ssi_lens::domain::History {
    let mut d = ssi_lens::domain::SnapshotDraft::for_date(date.parse().unwrap());
    d.pillars = ["1", "2", "3", "4"].map(String::from);
    let mut history = ssi_lens::domain::History::default();
    history
        .add(d.validate(chrono::NaiveDate::MAX).unwrap())
        .unwrap();
    history
}

#[wasm_bindgen_test]
async fn a_second_snapshot_on_the_same_day_replaces_the_first_only_when_confirmed() {
    let app = mount(Some(&encoded(&one_snapshot_history("2026-02-01")))).await;
    add_through_form(&app, "2026-02-01", ["20", "20", "20", "20"]).await;
    let day = ssi_lens::ui::format::date(chrono::NaiveDate::from_ymd_opt(2026, 2, 1).unwrap());
    app.wait_for_text(&format!("You already have a snapshot for {day} (SSI 10)"))
        .await;
    assert_eq!(stored_history().latest().unwrap().overall, 10.0);
    app.click("Keep the old one").await;
    assert_eq!(stored_history().latest().unwrap().overall, 10.0);
    app.submit().await;
    app.click("Replace it").await;
    wait_for("the replacement to be saved", || {
        stored_history_if_any().is_some_and(|h| h.latest().is_some_and(|s| s.overall == 80.0))
    })
    .await;
    assert_eq!(stored_history().len(), 1);
}

#[wasm_bindgen_test]
async fn editing_a_snapshot_changes_it_in_place() {
    let app = mount(Some(&encoded(&one_snapshot_history("2026-02-01")))).await;
    app.click("History").await;
    app.click("Edit").await;
    let brand: HtmlInputElement = app.wait_for_element("#field-brand").await.unchecked_into();
    assert_eq!(brand.value(), "1", "the form opens filled in");
    app.type_into("brand", "11").await;
    app.type_into("overall", "").await; // back to "the sum of the pillars"
    app.type_into("date", "2026-02-03").await;
    app.submit().await;
    wait_for("the edit to be saved", || {
        stored_history_if_any().is_some_and(|h| h.latest().is_some_and(|s| s.pillars.brand == 11.0))
    })
    .await;
    let history = stored_history();
    assert_eq!(history.len(), 1);
    let s = history.latest().unwrap();
    assert_eq!(
        (s.date.to_string().as_str(), s.pillars.brand, s.overall),
        ("2026-02-03", 11.0, 20.0)
    );
}

#[wasm_bindgen_test]
async fn a_refused_write_is_reported_and_the_data_stays_in_the_tab() {
    let app = mount(Some(&encoded(&one_snapshot_history("2026-02-01")))).await;
    // Fill storage to its quota so the next write fails.
    let chunk = "x".repeat(512 * 1024);
    let mut i = 0;
    while local_storage()
        .set_item(&format!("filler-{i}"), &chunk)
        .is_ok()
    {
        i += 1;
    }
    let mut small = "x".repeat(1024);
    while !small.is_empty() {
        if local_storage()
            .set_item(&format!("filler-{i}"), &small)
            .is_ok()
        {
            i += 1;
        } else {
            small.truncate(small.len() / 2);
        }
    }
    add_through_form(&app, "2026-02-08", ["5", "5", "5", "5"]).await;
    let reported = "could not be saved in this browser (storage is full)";
    let shown = eventually(WAIT_MS, || app.text().contains(reported)).await;
    // Free the storage before any assertion, so a failure here cannot break the next tests.
    local_storage().clear().unwrap();
    assert!(shown, "{}", app.text());
    // The new snapshot is on screen even though storage refused it.
    let score = app.wait_for_element("[data-testid=overall-score]").await;
    assert_eq!(score.text_content().unwrap(), "20");
}

#[wasm_bindgen_test]
async fn the_chart_follows_its_container_size() {
    let today = ssi_lens::edges::clock::today();
    let app = mount(Some(&encoded(&ssi_lens::domain::sample::sample_history(
        today,
    ))))
    .await;
    let chart = app.wait_for_element("[data-testid=trend-chart]").await;
    wait_for("an ECharts instance on the chart", || {
        echarts_instance_of(&chart).is_object()
    })
    .await;
    let width = |instance: &wasm_bindgen::JsValue| {
        let get: js_sys::Function = js_sys::Reflect::get(instance, &"getWidth".into())
            .unwrap()
            .unchecked_into();
        get.call0(instance).unwrap().as_f64().unwrap()
    };
    // How many dates the lowest panel labels: chosen for the width by the chart's options.
    let date_labels = |instance: &wasm_bindgen::JsValue| {
        let get =
            |v: &wasm_bindgen::JsValue, key: &str| js_sys::Reflect::get(v, &key.into()).unwrap();
        let get_option: js_sys::Function = get(instance, "getOption").unchecked_into();
        let axes: js_sys::Array =
            get(&get_option.call0(instance).unwrap(), "xAxis").unchecked_into();
        let labels = get(
            &get(&axes.get(axes.length() - 1), "axisLabel"),
            "customValues",
        );
        labels.unchecked_into::<js_sys::Array>().length()
    };
    let mut labels = Vec::new();
    for px in [700.0, 420.0] {
        app.root
            .style()
            .set_property("width", &format!("{px}px"))
            .unwrap();
        wait_for(&format!("the chart to be {px} px wide"), || {
            width(&echarts_instance_of(&chart)) == px
        })
        .await;
        settle().await;
        labels.push(date_labels(&echarts_instance_of(&chart)));
    }
    // The options are laid out again for the new size, not only stretched.
    assert!(
        labels[1] < labels[0],
        "date labels at 700 and 420 px: {labels:?}"
    );
}

#[wasm_bindgen_test]
async fn a_page_pasted_outside_any_field_fills_the_form_without_saving() {
    let app = mount(None).await;
    let page = include_str!("fixtures/ssi-page/pt-br.txt");
    let data = web_sys::DataTransfer::new().unwrap();
    data.set_data("text/plain", page).unwrap();
    let init = web_sys::ClipboardEventInit::new();
    init.set_bubbles(true);
    init.set_clipboard_data(Some(&data));
    let event = web_sys::ClipboardEvent::new_with_event_init_dict("paste", &init).unwrap();
    document().dispatch_event(&event).unwrap();
    settle().await;
    app.wait_for_element("[data-testid=paste-summary]").await;

    let value = |key: &str| {
        app.find(&format!("#field-{key}"))
            .unwrap()
            .unchecked_into::<HtmlInputElement>()
            .value()
    };
    assert_eq!(value("brand"), "20.998");
    assert_eq!(value("people"), "6.4");
    assert_eq!(value("overall"), "53");
    assert_eq!(value("industry_rank"), "9");
    assert_eq!(stored(), None, "nothing is saved before the user confirms");
    app.submit().await;
    wait_for("the pasted snapshot to be saved", || stored().is_some()).await;
    assert_eq!(stored_history().latest().unwrap().pillars.brand, 20.998);
}

/// The app speaks the page's language, which index.html's language script writes in `<html
/// lang>`: the tabs, the tab's title, the footer and its language switch in German; the
/// addresses stay the same.
#[wasm_bindgen_test]
async fn the_app_speaks_the_language_of_the_page() {
    let page = document().document_element().unwrap();
    let before = page.get_attribute("lang");
    page.set_attribute("lang", "de-DE").unwrap();
    let app = mount(Some(&encoded(&one_snapshot_history("2026-02-01")))).await;
    // The app has read it: other tests get the page's language back before anything can fail.
    match before {
        Some(lang) => page.set_attribute("lang", &lang).unwrap(),
        None => page.remove_attribute("lang").unwrap(),
    }
    let history = app.wait_for_element(r#".tabs a[href$="/history"]"#).await;
    assert_eq!(history.text_content().unwrap(), "Verlauf");
    let footer = app.find("footer").unwrap().text_content().unwrap();
    assert!(footer.starts_with("Ihre Momentaufnahmen"), "{footer}");
    // The switch in the footer offers every language, each in its own words, German chosen.
    let switch: web_sys::HtmlSelectElement =
        app.find("[data-testid=language]").unwrap().unchecked_into();
    assert_eq!(switch.value(), "de");
    let names: Vec<String> = (0..switch.length())
        .filter_map(|i| switch.item(i))
        .filter_map(|o| o.text_content())
        .collect();
    assert_eq!(
        names,
        [
            "English",
            "Deutsch",
            "Français",
            "Español",
            "Português (Brasil)"
        ]
    );
    wait_for("the German title", || {
        document().title() == "Übersicht · SSI Lens"
    })
    .await;
}

#[wasm_bindgen_test]
async fn a_backup_reminder_appears_with_real_data_and_can_be_dismissed() {
    let today = ssi_lens::edges::clock::today();
    let mut history = ssi_lens::domain::History::default();
    for week in 0..3u64 {
        let mut d = ssi_lens::domain::SnapshotDraft::for_date(today - chrono::Days::new(7 * week));
        d.pillars = ["5", "5", "5", "5"].map(String::from);
        history.add(d.validate(today).unwrap()).unwrap();
    }
    let app = mount(Some(&encoded(&history))).await;
    app.wait_for_element("[data-testid=backup-reminder]").await;
    app.click("Not now").await;
    wait_for("the reminder to go", || {
        app.find("[data-testid=backup-reminder]").is_none()
    })
    .await;
    assert_eq!(
        local_storage()
            .get_item(storage::REMINDER_DISMISSED_KEY)
            .unwrap(),
        Some(today.to_string())
    );
}

#[wasm_bindgen_test]
async fn a_charts_table_is_built_only_while_it_is_open() {
    let today = ssi_lens::edges::clock::today();
    let app = mount(Some(&encoded(&ssi_lens::domain::sample::sample_history(
        today,
    ))))
    .await;
    let details: web_sys::HtmlDetailsElement =
        app.wait_for_element(".chart-data").await.unchecked_into();
    let rows = || details.query_selector_all("tbody tr").unwrap().length();
    assert_eq!(rows(), 0);
    details.set_open(true);
    wait_for("52 rows once the table is open", || rows() == 52).await;
    details.set_open(false);
    wait_for("no rows once the table is closed", || rows() == 0).await;
}

#[wasm_bindgen_test]
async fn a_save_never_overwrites_data_another_tab_wrote_in_a_newer_schema() {
    let app = mount(Some(&encoded(&one_snapshot_history("2026-02-01")))).await;
    // Another tab, running a newer version, rewrites the data.
    let newer = r#"{"version": 99, "snapshots": []}"#;
    local_storage().set_item(STORAGE_KEY, newer).unwrap();
    add_through_form(&app, "2026-02-08", ["5", "5", "5", "5"]).await;
    app.wait_for_text("Nothing was overwritten").await;
    assert_eq!(stored().as_deref(), Some(newer));
}

/// A history of one snapshot on each of `dates`.
fn history_on(dates: &[&str]) -> ssi_lens::domain::History {
    let mut history = ssi_lens::domain::History::default();
    for date in dates {
        let mut d = ssi_lens::domain::SnapshotDraft::for_date(date.parse().unwrap());
        d.pillars = ["1", "2", "3", "4"].map(String::from);
        history
            .add(d.validate(chrono::NaiveDate::MAX).unwrap())
            .unwrap();
    }
    history
}

/// Runs a line of JavaScript in the test page (patching a browser API for one test).
fn run_js(code: &str) {
    js_sys::Function::new_no_args(code)
        .call0(&wasm_bindgen::JsValue::NULL)
        .unwrap();
}

#[wasm_bindgen_test]
async fn a_read_that_throws_during_a_save_writes_nothing_and_says_so() {
    let dates = [
        "2026-01-04",
        "2026-01-11",
        "2026-01-18",
        "2026-01-25",
        "2026-02-01",
    ];
    let original = encoded(&history_on(&dates));
    let app = mount(Some(&original)).await;
    // From now on, reading the history's key throws (a browser storage glitch).
    run_js(&format!(
        "const get = Storage.prototype.getItem; window.__realGetItem = get; \
         Storage.prototype.getItem = function (key) {{ \
           if (key === '{STORAGE_KEY}') throw new DOMException('read failed', 'UnknownError'); \
           return get.call(this, key); }};"
    ));
    add_through_form(&app, "2026-02-08", ["5", "5", "5", "5"]).await;
    let told = eventually(WAIT_MS, || {
        app.text().contains("could not read your saved data")
    })
    .await;
    run_js("Storage.prototype.getItem = window.__realGetItem;");
    assert!(told, "{}", app.text());
    assert_eq!(
        stored().as_deref(),
        Some(original.as_str()),
        "storage untouched"
    );
    // The change is still on screen.
    let score = app.wait_for_element("[data-testid=overall-score]").await;
    assert_eq!(score.text_content().unwrap(), "20");
}

#[wasm_bindgen_test]
async fn a_save_waiting_for_another_tabs_lock_is_reported_then_saved() {
    let app = mount(Some(&encoded(&one_snapshot_history("2026-02-01")))).await;
    // Another tab holds the storage lock for 5 seconds.
    run_js(&format!(
        "navigator.locks.request('{STORAGE_KEY}', () => new Promise((done) => setTimeout(done, 5000)));"
    ));
    add_through_form(&app, "2026-02-08", ["5", "5", "5", "5"]).await;
    wait_within(5_000.0, "the wait to be reported", || {
        app.text().contains("isn’t saved yet")
    })
    .await;
    assert_eq!(
        stored_history().len(),
        1,
        "not saved while the lock is held"
    );
    wait_within(8_000.0, "the save once the lock is free", || {
        stored_history().len() == 2
    })
    .await;
    wait_for("the report to go", || {
        !app.text().contains("isn’t saved yet")
    })
    .await;
}

#[wasm_bindgen_test]
async fn a_changed_form_asks_before_another_screen_and_keeps_what_was_typed() {
    let app = mount(Some(&encoded(&one_snapshot_history("2026-02-01")))).await;
    let asking = || {
        app.find("[data-testid=leave-dialog]")
            .is_some_and(|d| d.has_attribute("open"))
    };
    // An unchanged form is left without a question.
    app.click("Add snapshot").await;
    app.wait_for_element("#field-brand").await;
    app.click("History").await;
    app.wait_for_element("[data-testid=history-table]").await;
    assert!(!asking());

    app.click("Add snapshot").await;
    app.type_into("brand", "12").await;
    settle().await; // as between two events of a real user
    app.click("History").await;
    wait_for("the question", asking).await;
    assert!(app.text().contains("Discard this snapshot?"));
    app.click("Keep editing").await;
    wait_for("the question to close", || !asking()).await;
    let brand: HtmlInputElement = app.wait_for_element("#field-brand").await.unchecked_into();
    assert_eq!(brand.value(), "12");
    assert!(app.find("[data-testid=history-table]").is_none());

    app.click("History").await;
    wait_for("the question", asking).await;
    app.click("Discard").await;
    app.wait_for_element("[data-testid=history-table]").await;
    assert_eq!(stored_history().len(), 1, "nothing was saved");
}

/// Dates read in the user's language keep their year: `Date.UTC` read years 0 to 99 as 19xx, and
/// `Intl` drops the sign of a year before our era. Years not written in four digits read in ISO
/// form, with every digit and their sign.
#[wasm_bindgen_test]
fn dates_keep_years_before_1000_and_their_sign() {
    use chrono::NaiveDate;
    use ssi_lens::ui::format::date;
    let day = |y| NaiveDate::from_ymd_opt(y, 1, 2).unwrap();
    assert_eq!(date(day(50)), "0050-01-02");
    assert_eq!(date(day(0)), "0000-01-02");
    assert_eq!(date(day(-50)), "-0050-01-02");
    assert_eq!(date(day(10_000)), "+10000-01-02");
    for year in [1066, 1950, 2026, 9999] {
        let text = date(day(year));
        assert!(text.contains(&year.to_string()), "{year}: {text}");
        assert!(
            !text.contains('-'),
            "{year} reads in the user's language: {text}"
        );
    }
    // The browser's own writing of year 50 is of year 50, not 1950.
    let intl = ssi_lens::edges::locale::date(day(50)).unwrap();
    assert!(intl.contains("50") && !intl.contains("1950"), "{intl}");
}

/// A file's bytes reach the domain as they are: a Latin-1 "café" is read as Windows-1252 and
/// says so, where the browser's `File.text()` would have put "caf�" in silence.
#[wasm_bindgen_test]
async fn a_latin1_file_is_read_as_windows_1252_not_with_replacement_characters() {
    use ssi_lens::domain::transfer::Encoding;
    use ssi_lens::edges::files::ChosenFile;
    let read = |bytes: &[u8]| {
        let parts = js_sys::Array::of1(&js_sys::Uint8Array::from(bytes));
        let file = web_sys::File::new_with_u8_array_sequence(&parts, "ssi.csv").unwrap();
        ChosenFile::from(file)
    };
    let latin1 = read(b"note\ncaf\xe9").read_text(1000).await.unwrap();
    assert_eq!(latin1.text, "note\ncafé");
    assert_eq!(latin1.encoding, Encoding::Windows1252);
    let utf8 = read("note\ncafé".as_bytes()).read_text(1000).await.unwrap();
    assert_eq!(
        (utf8.text.as_str(), utf8.encoding),
        ("note\ncafé", Encoding::Utf8)
    );
}

/// A snapshot dated well ahead of the device's today (a clock set back, a link from 2090) is
/// named on the dashboard, never called "today".
#[wasm_bindgen_test]
async fn a_last_snapshot_dated_ahead_is_named_not_called_today() {
    let ahead = ssi_lens::edges::clock::today() + chrono::Days::new(30);
    let history = one_snapshot_history(&ahead.to_string());
    let app = mount(Some(&encoded(&history))).await;
    let line = app.wait_for_element("[data-testid=last-snapshot]").await;
    let text = line.text_content().unwrap_or_default();
    assert!(text.contains("after today"), "{text}");
    assert!(text.contains(&ssi_lens::ui::format::date(ahead)), "{text}");
    assert!(!text.contains("Last snapshot today"), "{text}");
}

/// A person named `name` from a share link of one snapshot.
fn shared_person(name: &str) -> ssi_lens::domain::share::SharedHistory {
    ssi_lens::domain::share::SharedHistory {
        own_data: false,
        name: Some(name.to_string()),
        shared_on: chrono::NaiveDate::from_ymd_opt(2026, 3, 1).unwrap(),
        history: one_snapshot_history("2026-02-01"),
    }
}

/// The banner's path: a person saved from a share link goes through the one writer, and when
/// another tab filled the last free place meanwhile, the result and the notices say that this
/// person did not fit, not "Saved".
#[wasm_bindgen_test]
async fn saving_a_person_reports_who_another_tabs_save_left_no_room_for() {
    use ssi_lens::domain::people::People;
    use ssi_lens::domain::sync::Synced;
    use ssi_lens::ui::state::{Notices, OwnData, PersonSaved, Problem};
    use std::{cell::RefCell, rc::Rc};

    local_storage().clear().unwrap();
    // Storage holds every person but one.
    let mut people = People::default();
    let mut seed = ssi_lens::edges::random::id_seed();
    let mut n = 0;
    while people
        .add_shared(shared_person(&format!("Person {n}")), &mut seed)
        .is_ok()
    {
        n += 1;
    }
    let full = people.clone();
    let mut room_for_one = people;
    let last = room_for_one.iter().last().unwrap().id();
    room_for_one.remove(last).unwrap();
    let mut synced = Synced::default();
    let stored = Stored::new(ssi_lens::domain::History::default(), room_for_one);
    assert!(storage::save(&mut synced, &stored).stored());

    let owner = leptos::prelude::Owner::new();
    let (own, notices) = owner.with(|| {
        let notices = Notices::new(None);
        (OwnData::new(Synced::default(), notices), notices)
    });
    // The banner reads the user's data when they choose to save ...
    own.read().unwrap();
    // ... another tab saves the last free place meanwhile ...
    let storage::Loaded::Ready(mut other_tab) = storage::load() else {
        panic!("stored data loads");
    };
    let theirs = Stored::new(ssi_lens::domain::History::default(), full);
    assert!(storage::save(&mut other_tab, &theirs).stored());
    // ... and then this save arrives.
    let result = Rc::new(RefCell::new(None));
    {
        let result = result.clone();
        owner.with(|| {
            own.save_person(shared_person("Zed"), None, move |saved| {
                *result.borrow_mut() = Some(saved)
            })
        });
    }
    wait_for("the save to end", || result.borrow().is_some()).await;
    let saved = result.borrow_mut().take().unwrap().unwrap();
    assert!(
        matches!(saved, PersonSaved { kept: false, .. }),
        "{saved:?}"
    );
    let told = owner.with(|| leptos::prelude::untrack(|| notices.problem()));
    assert_eq!(told, Some(Problem::NoLongerFit(vec!["Zed".to_string()])));
    // What is stored is the other tab's people, whole.
    let storage::Loaded::Ready(now) = storage::load() else {
        panic!("stored data loads");
    };
    assert_eq!(now.people(), theirs.people());
    local_storage().clear().unwrap();
}
