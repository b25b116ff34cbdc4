//! The app in headless Chromium: mounting, the form, storage and the recovery screen.
#![cfg(target_arch = "wasm32")]

use leptos::task::tick;
use ssi_lens::domain::envelope;
use ssi_lens::edges::storage::{self, HISTORY_KEY};
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

/// ECharts, as the app's index.html provides it, for tests that draw charts.
fn load_echarts() {
    let loaded = js_sys::Reflect::get(&web_sys::window().unwrap(), &"echarts".into()).unwrap();
    if loaded.is_undefined() {
        js_sys::eval(include_str!("../vendor/echarts.min.js")).unwrap();
    }
}

/// Mounts the app in a fresh container over the given stored text (None: nothing stored).
struct Mounted {
    root: HtmlElement,
    _handle: leptos::mount::UnmountHandle<leptos::tachys::view::any_view::AnyViewState>,
}

async fn mount(stored: Option<&str>) -> Mounted {
    load_echarts();
    local_storage().clear().unwrap();
    if let Some(text) = stored {
        local_storage().set_item(HISTORY_KEY, text).unwrap();
    }
    let root: HtmlElement = document().create_element("div").unwrap().unchecked_into();
    document().body().unwrap().append_child(&root).unwrap();
    let handle =
        leptos::mount::mount_to(root.clone(), || leptos::prelude::IntoAny::into_any(App()));
    settle().await;
    Mounted {
        root,
        _handle: handle,
    }
}

/// Lets effects and the scheduled work after them run.
async fn settle() {
    for _ in 0..4 {
        tick().await;
    }
    let timeout = js_sys::Promise::new(&mut |resolve, _| {
        web_sys::window()
            .unwrap()
            .set_timeout_with_callback_and_timeout_and_arguments_0(&resolve, 20)
            .unwrap();
    });
    wasm_bindgen_futures::JsFuture::from(timeout).await.unwrap();
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

    fn button(&self, label: &str) -> HtmlElement {
        let buttons = self.root.query_selector_all("button").unwrap();
        (0..buttons.length())
            .filter_map(|i| buttons.item(i))
            .map(|n| n.unchecked_into::<HtmlElement>())
            .find(|b| b.text_content().unwrap_or_default().trim().ends_with(label))
            .unwrap_or_else(|| panic!("no button {label:?} in {:?}", self.text()))
    }

    async fn click(&self, label: &str) {
        self.button(label).click();
        settle().await;
    }

    fn type_into(&self, key: &str, value: &str) {
        let input: HtmlInputElement = self
            .find(&format!("#field-{key}"))
            .unwrap_or_else(|| panic!("no field {key}"))
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
    local_storage().get_item(HISTORY_KEY).unwrap()
}

/// The history as stored now (the test fails if nothing readable is stored).
fn stored_history() -> ssi_lens::domain::History {
    envelope::decode(&stored().expect("something is stored")).expect("the stored data reads")
}

#[wasm_bindgen_test]
async fn a_first_visit_shows_the_welcome_and_writes_nothing() {
    let app = mount(None).await;
    assert!(
        app.text().contains("Add your first snapshot"),
        "{}",
        app.text()
    );
    assert!(app.text().contains("Try with sample data"));
    assert_eq!(stored(), None);
}

#[wasm_bindgen_test]
async fn a_snapshot_added_through_the_form_is_saved_to_local_storage() {
    let app = mount(None).await;
    app.click("Add your first snapshot").await;
    app.type_into("date", "2026-01-15");
    for (key, value) in [
        ("brand", "12.05"),
        ("people", "4.76"),
        ("insights", "1"),
        ("relationships", "15"),
    ] {
        app.type_into(key, value);
    }
    app.type_into("industry_rank", "37");
    app.type_into("note", "started posting");
    app.submit().await;

    let history = envelope::decode(&stored().expect("saved")).unwrap();
    assert_eq!(history.len(), 1);
    let s = history.latest().unwrap();
    assert_eq!(s.date.to_string(), "2026-01-15");
    assert_eq!(s.pillars.brand, 12.05);
    assert_eq!(s.overall, 33.0);
    assert_eq!(s.industry_rank, Some(37));
    assert_eq!(s.note.as_deref(), Some("started posting"));
    // Back on the dashboard, showing it.
    assert_eq!(
        app.find("[data-testid=overall-score]")
            .unwrap()
            .text_content()
            .unwrap(),
        "33"
    );
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
        app.type_into(key, value);
    }
    app.submit().await;
    let brand_error = app
        .find("[data-testid=error-brand]")
        .expect("brand error shown");
    assert_eq!(
        brand_error.text_content().unwrap(),
        "Establish your professional brand must be between 0 and 25."
    );
    assert!(app.find("[data-testid=error-relationships]").is_some());
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
        app.type_into(key, value);
    }
    app.submit().await;
    assert!(
        app.text()
            .contains("20 points away from the sum of your pillars"),
        "{}",
        app.text()
    );
    assert_eq!(stored(), None);
    app.click("Save anyway").await;
    assert_eq!(stored_history().latest().unwrap().overall, 60.0);
}

#[wasm_bindgen_test]
async fn corrupt_storage_opens_recovery_and_keeps_the_text_until_the_user_starts_fresh() {
    let corrupt = "{\"version\":1,\"snapshots\":[{\"date\":";
    let app = mount(Some(corrupt)).await;
    assert!(
        app.find("[data-testid=recovery]").is_some(),
        "{}",
        app.text()
    );
    assert!(app.text().contains("not valid JSON"));
    assert_eq!(stored().as_deref(), Some(corrupt));
    let shown: web_sys::HtmlTextAreaElement = app.find("#raw-data").unwrap().unchecked_into();
    assert_eq!(shown.value(), corrupt);

    app.click("Start fresh…").await;
    assert_eq!(stored().as_deref(), Some(corrupt), "asking is not doing");
    app.click("Yes, start fresh").await;
    assert_eq!(stored(), None);
    let backups: Vec<String> = (0..local_storage().length().unwrap())
        .filter_map(|i| local_storage().key(i).unwrap())
        .filter(|k| k.starts_with(storage::BACKUP_PREFIX))
        .collect();
    assert_eq!(backups.len(), 1);
    assert_eq!(
        local_storage().get_item(&backups[0]).unwrap().as_deref(),
        Some(corrupt)
    );
    assert!(app.text().contains("Add your first snapshot"));
}

#[wasm_bindgen_test]
async fn data_from_a_newer_version_is_not_touched() {
    let future = "{\"version\":99,\"snapshots\":[]}";
    let app = mount(Some(future)).await;
    assert!(
        app.text().contains("newer version of SSI Lens"),
        "{}",
        app.text()
    );
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
    history.add(own.validate(today).unwrap());
    let app = mount(Some(&envelope::encode(&history))).await;
    assert!(app.find("[data-testid=sample-banner]").is_some());
    let chart = app
        .find("[data-testid=trend-chart]")
        .expect("chart element");
    let first = echarts_instance_of(&chart);
    assert!(first.is_object(), "an ECharts instance is attached");
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
    assert!(
        echarts_instance_of(&chart).is_undefined(),
        "disposed when it leaves the page"
    );
    assert!(app.find("[data-testid=history-table]").is_some());
}

#[wasm_bindgen_test]
async fn deleting_a_snapshot_can_be_undone() {
    let mut d = ssi_lens::domain::SnapshotDraft::for_date(
        chrono::NaiveDate::from_ymd_opt(2026, 2, 1).unwrap(),
    );
    d.pillars = ["1", "2", "3", "4"].map(String::from);
    let mut history = ssi_lens::domain::History::default();
    history.add(d.validate(chrono::NaiveDate::MAX).unwrap());
    let app = mount(Some(&envelope::encode(&history))).await;
    app.click("History").await;
    app.click("Delete").await;
    assert_eq!(stored_history().len(), 0);
    app.click("Undo").await;
    assert_eq!(stored_history(), history);
}

#[wasm_bindgen_test]
fn storage_round_trips_a_history() {
    local_storage().clear().unwrap();
    let history = ssi_lens::domain::sample::sample_history(ssi_lens::edges::clock::today());
    storage::save(&history).unwrap();
    let storage::Loaded::Ready(synced) = storage::load() else {
        panic!("the saved history loads");
    };
    assert_eq!(synced.history(), &history);
    local_storage().clear().unwrap();
    assert_eq!(storage::load(), storage::Loaded::Fresh);
}

async fn add_through_form(app: &Mounted, date: &str, pillars: [&str; 4]) {
    app.click("Add snapshot").await;
    app.type_into("date", date);
    for (key, value) in ["brand", "people", "insights", "relationships"]
        .into_iter()
        .zip(pillars)
    {
        app.type_into(key, value);
    }
    app.submit().await;
}

fn one_snapshot_history(date: &str) -> ssi_lens::domain::History {
    let mut d = ssi_lens::domain::SnapshotDraft::for_date(date.parse().unwrap());
    d.pillars = ["1", "2", "3", "4"].map(String::from);
    let mut history = ssi_lens::domain::History::default();
    history.add(d.validate(chrono::NaiveDate::MAX).unwrap());
    history
}

#[wasm_bindgen_test]
async fn a_second_snapshot_on_the_same_day_replaces_the_first_only_when_confirmed() {
    let app = mount(Some(&envelope::encode(&one_snapshot_history("2026-02-01")))).await;
    add_through_form(&app, "2026-02-01", ["20", "20", "20", "20"]).await;
    assert!(
        app.text()
            .contains("You already have a snapshot for 1 Feb 2026 (SSI 10)"),
        "{}",
        app.text()
    );
    assert_eq!(stored_history().latest().unwrap().overall, 10.0);
    app.click("Keep the old one").await;
    assert_eq!(stored_history().latest().unwrap().overall, 10.0);
    app.submit().await;
    app.click("Replace it").await;
    let history = stored_history();
    assert_eq!(history.len(), 1);
    assert_eq!(history.latest().unwrap().overall, 80.0);
}

#[wasm_bindgen_test]
async fn editing_a_snapshot_changes_it_in_place() {
    let app = mount(Some(&envelope::encode(&one_snapshot_history("2026-02-01")))).await;
    app.click("History").await;
    app.click("Edit").await;
    let brand: HtmlInputElement = app.find("#field-brand").unwrap().unchecked_into();
    assert_eq!(brand.value(), "1", "the form opens filled in");
    app.type_into("brand", "11");
    app.type_into("overall", ""); // back to "the sum of the pillars"
    app.type_into("date", "2026-02-03");
    app.submit().await;
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
    let app = mount(Some(&envelope::encode(&one_snapshot_history("2026-02-01")))).await;
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
    let text = app.text();
    local_storage().clear().unwrap();
    assert!(
        text.contains("could not be saved in this browser (storage is full)"),
        "{text}"
    );
    // The new snapshot is on screen even though storage refused it.
    assert_eq!(
        app.find("[data-testid=overall-score]")
            .unwrap()
            .text_content()
            .unwrap(),
        "20"
    );
}

#[wasm_bindgen_test]
async fn the_chart_follows_its_container_size() {
    let today = ssi_lens::edges::clock::today();
    let app = mount(Some(&envelope::encode(
        &ssi_lens::domain::sample::sample_history(today),
    )))
    .await;
    let chart = app.find("[data-testid=trend-chart]").unwrap();
    let width = |instance: &wasm_bindgen::JsValue| {
        let get: js_sys::Function = js_sys::Reflect::get(instance, &"getWidth".into())
            .unwrap()
            .unchecked_into();
        get.call0(instance).unwrap().as_f64().unwrap()
    };
    app.root.style().set_property("width", "700px").unwrap();
    settle().await;
    settle().await;
    assert_eq!(width(&echarts_instance_of(&chart)), 700.0);
    app.root.style().set_property("width", "420px").unwrap();
    settle().await;
    settle().await;
    assert_eq!(width(&echarts_instance_of(&chart)), 420.0);
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
    assert!(app.find("[data-testid=paste-summary]").is_some());
    assert_eq!(stored(), None, "nothing is saved before the user confirms");
    app.submit().await;
    assert_eq!(stored_history().latest().unwrap().pillars.brand, 20.998);
}

#[wasm_bindgen_test]
async fn a_backup_reminder_appears_with_real_data_and_can_be_dismissed() {
    let today = ssi_lens::edges::clock::today();
    let mut history = ssi_lens::domain::History::default();
    for week in 0..3u64 {
        let mut d = ssi_lens::domain::SnapshotDraft::for_date(today - chrono::Days::new(7 * week));
        d.pillars = ["5", "5", "5", "5"].map(String::from);
        history.add(d.validate(today).unwrap());
    }
    let app = mount(Some(&envelope::encode(&history))).await;
    assert!(
        app.find("[data-testid=backup-reminder]").is_some(),
        "{}",
        app.text()
    );
    app.click("Not now").await;
    assert!(app.find("[data-testid=backup-reminder]").is_none());
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
    let app = mount(Some(&envelope::encode(
        &ssi_lens::domain::sample::sample_history(today),
    )))
    .await;
    let details: web_sys::HtmlDetailsElement = app.find(".chart-data").unwrap().unchecked_into();
    let rows = || details.query_selector_all("tbody tr").unwrap().length();
    assert_eq!(rows(), 0);
    details.set_open(true);
    settle().await;
    assert_eq!(rows(), 52);
    details.set_open(false);
    settle().await;
    assert_eq!(rows(), 0);
}

#[wasm_bindgen_test]
async fn a_save_never_overwrites_data_another_tab_wrote_in_a_newer_schema() {
    let app = mount(Some(&envelope::encode(&one_snapshot_history("2026-02-01")))).await;
    // Another tab, running a newer version, rewrites the data.
    let newer = r#"{"version": 99, "snapshots": []}"#;
    local_storage().set_item(HISTORY_KEY, newer).unwrap();
    add_through_form(&app, "2026-02-08", ["5", "5", "5", "5"]).await;
    assert!(
        app.text().contains("Nothing was overwritten"),
        "{}",
        app.text()
    );
    assert_eq!(stored().as_deref(), Some(newer));
}
