//! Chart options are plain data built from a history; check the JSON ECharts will receive.

use chrono::NaiveDate;
use serde_json::Value;
use ssi_lens::domain::charts::{trend_chart, ChartPalette, ChartStyle};
use ssi_lens::domain::sample::sample_history;
use ssi_lens::domain::History;

fn options(history: &History, palette: &ChartPalette) -> Value {
    let style = ChartStyle {
        palette: *palette,
        compact: false,
    };
    serde_json::to_value(trend_chart(history, &style)).unwrap()
}

#[test]
fn the_trend_chart_has_the_overall_and_four_pillar_series_on_two_aligned_axes() {
    let today = NaiveDate::from_ymd_opt(2026, 11, 25).unwrap();
    let history = sample_history(today);
    let json = options(&history, &ChartPalette::LIGHT);

    let series = json["series"].as_array().unwrap();
    let names: Vec<&str> = series.iter().map(|s| s["name"].as_str().unwrap()).collect();
    assert_eq!(
        names,
        [
            "Overall SSI",
            "Brand",
            "People",
            "Insights",
            "Relationships"
        ]
    );
    assert_eq!(json["legend"]["data"].as_array().unwrap().len(), 5);
    assert_eq!(json["tooltip"]["trigger"], "axis");
    assert_eq!(json["xAxis"]["type"], "time");

    let axes = json["yAxis"].as_array().unwrap();
    assert_eq!(
        (axes[0]["max"].as_f64(), axes[0]["interval"].as_f64()),
        (Some(100.0), Some(25.0))
    );
    assert_eq!(
        (axes[1]["max"].as_f64(), axes[1]["interval"].as_f64()),
        (Some(25.0), Some(6.25))
    );
    assert_eq!(series[0]["yAxisIndex"], 0.0);
    assert!(series[1..].iter().all(|s| s["yAxisIndex"] == 1.0));

    // One point per snapshot, [date, value], oldest first.
    let overall = series[0]["data"].as_array().unwrap();
    assert_eq!(overall.len(), 52);
    let last = history.latest().unwrap();
    assert_eq!(overall[51][0], last.date.to_string());
    assert_eq!(overall[51][1].as_f64(), Some(last.overall));
    let brand = series[1]["data"].as_array().unwrap();
    assert_eq!(
        brand[0][1].as_f64(),
        Some(history.snapshots()[0].pillars.brand)
    );
}

#[test]
fn the_palette_follows_the_colour_scheme() {
    let light = options(&History::default(), &ChartPalette::for_scheme(false));
    let dark = options(&History::default(), &ChartPalette::for_scheme(true));
    assert_eq!(light["color"][0], ChartPalette::LIGHT.series[0]);
    assert_eq!(dark["color"][0], ChartPalette::DARK.series[0]);
    assert_ne!(
        light["legend"]["textStyle"]["color"],
        dark["legend"]["textStyle"]["color"]
    );
}

#[test]
fn an_empty_history_gives_empty_series_not_an_error() {
    let json = options(&History::default(), &ChartPalette::LIGHT);
    assert_eq!(json["series"].as_array().unwrap().len(), 5);
    assert!(json["series"][0].get("data").is_none());
}

#[test]
fn narrow_containers_get_fewer_time_labels_and_more_room_for_the_legend() {
    let wide = ChartStyle::new(false, 900);
    let narrow = ChartStyle::new(true, 350);
    assert!(!wide.compact && narrow.compact);
    assert_eq!(narrow.palette, ChartPalette::DARK);
    let h = History::default();
    let w = serde_json::to_value(trend_chart(&h, &wide)).unwrap();
    let n = serde_json::to_value(trend_chart(&h, &narrow)).unwrap();
    assert!(n["xAxis"]["splitNumber"].as_f64() < w["xAxis"]["splitNumber"].as_f64());
    assert!(n["grid"][0]["top"].as_f64() > w["grid"][0]["top"].as_f64());
}

#[test]
fn the_time_axis_never_labels_hours_and_points_are_visible() {
    let json = options(&History::default(), &ChartPalette::LIGHT);
    assert_eq!(json["xAxis"]["minInterval"].as_f64(), Some(86_400_000.0));
    assert_eq!(json["series"][0]["symbolSize"].as_f64(), Some(7.0));
}
