//! Chart options are plain data built from a history; check the JSON ECharts will receive.

use chrono::NaiveDate;
use serde_json::Value;
use ssi_lens::domain::charts::palette::ChartPalette;
use ssi_lens::domain::charts::{
    comparison_chart, outcome_chart, rank_chart, trend_chart, ChartStyle,
};
use ssi_lens::domain::goals::{Goals, Metric};
use ssi_lens::domain::outcomes::IdSeed;
use ssi_lens::domain::sample::sample_history;
use ssi_lens::domain::History;

fn options(history: &History, palette: &ChartPalette) -> Value {
    let style = ChartStyle {
        palette: *palette,
        compact: false,
    };
    serde_json::to_value(trend_chart(history.snapshots(), &Goals::new(), &style)).unwrap()
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
            "Relationships",
            "Note: Started posting twice a week",
            "Note: Rewrote headline and About section"
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
    assert!(series[1..5].iter().all(|s| s["yAxisIndex"] == 1.0));

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
    let w = serde_json::to_value(trend_chart(h.snapshots(), &Goals::new(), &wide)).unwrap();
    let n = serde_json::to_value(trend_chart(h.snapshots(), &Goals::new(), &narrow)).unwrap();
    assert!(n["xAxis"]["splitNumber"].as_f64() < w["xAxis"]["splitNumber"].as_f64());
    assert!(n["grid"][0]["top"].as_f64() > w["grid"][0]["top"].as_f64());
}

#[test]
fn the_time_axis_never_labels_hours_and_points_are_visible() {
    let json = options(&History::default(), &ChartPalette::LIGHT);
    assert_eq!(json["xAxis"]["minInterval"].as_f64(), Some(86_400_000.0));
    assert_eq!(json["series"][0]["symbolSize"].as_f64(), Some(7.0));
}

fn style() -> ChartStyle {
    ChartStyle {
        palette: ChartPalette::LIGHT,
        compact: false,
    }
}

#[test]
fn notes_are_markers_at_their_dates_and_not_in_the_legend() {
    let history = sample_history(NaiveDate::from_ymd_opt(2026, 11, 25).unwrap());
    let json = options(&history, &ChartPalette::LIGHT);
    let note = json["series"]
        .as_array()
        .unwrap()
        .iter()
        .find(|s| s["type"] == "scatter")
        .unwrap();
    let noted = history
        .snapshots()
        .iter()
        .find(|s| s.note.is_some())
        .unwrap();
    assert_eq!(
        note["name"],
        format!("Note: {}", noted.note.as_deref().unwrap())
    );
    assert_eq!(note["data"][0][0], noted.date.to_string());
    assert_eq!(note["data"][0][1].as_f64(), Some(noted.overall));
    assert_eq!(note["symbol"], "pin");
    assert!(!legend_names(&json).iter().any(|l| l.starts_with("Note")));
}

#[test]
fn a_goal_adds_a_dashed_projection_to_the_projected_date() {
    let history = sample_history(NaiveDate::from_ymd_opt(2026, 11, 25).unwrap());
    let mut goals = Goals::new();
    goals.insert(Metric::Overall, 60.0);
    goals.insert(Metric::Brand, 10.0); // already reached: no projection
    let json = serde_json::to_value(trend_chart(history.snapshots(), &goals, &style())).unwrap();
    let projection = json["series"]
        .as_array()
        .unwrap()
        .iter()
        .find(|s| s["name"] == "Overall projection")
        .unwrap();
    assert_eq!(projection["lineStyle"]["type"], "dashed");
    assert_eq!(projection["yAxisIndex"], 0.0);
    let points = projection["data"].as_array().unwrap();
    assert_eq!(points[0][0], "2026-11-25");
    let end = NaiveDate::parse_from_str(points[1][0].as_str().unwrap(), "%Y-%m-%d").unwrap();
    match ssi_lens::domain::stats::project(history.snapshots(), Metric::Overall, 60.0) {
        ssi_lens::domain::stats::Projection::On(date) => assert_eq!(end, date),
        other => panic!("{other:?}"),
    }
    assert!(
        (points[1][1].as_f64().unwrap() - 60.0).abs() < 0.5,
        "the line ends at the goal"
    );
    assert!(json["series"]
        .as_array()
        .unwrap()
        .iter()
        .all(|s| s["name"] != "Brand projection"));
    assert!(legend_names(&json).contains(&"Overall projection".to_string()));
}

#[test]
fn ranks_are_drawn_with_up_meaning_better() {
    let history = sample_history(NaiveDate::from_ymd_opt(2026, 11, 25).unwrap());
    let json = serde_json::to_value(rank_chart(history.snapshots(), &style())).unwrap();
    assert_eq!(json["yAxis"]["inverse"], true);
    assert_eq!(
        (json["yAxis"]["min"].as_f64(), json["yAxis"]["max"].as_f64()),
        (Some(1.0), Some(100.0))
    );
    assert_eq!(json["series"][0]["name"], "Industry rank");
    assert_eq!(json["series"][0]["data"][51][1].as_f64(), Some(18.0));
}

#[test]
fn an_outcome_is_drawn_as_bars_beside_the_score() {
    let mut history = sample_history(NaiveDate::from_ymd_opt(2026, 11, 25).unwrap());
    let id = history
        .add_outcome("Meetings booked", &mut IdSeed::new(3))
        .unwrap();
    let latest = history.latest().unwrap().date;
    history.set_outcome_value(latest, id, Some(9.0)).unwrap();
    let json = serde_json::to_value(outcome_chart(
        history.snapshots(),
        id,
        "Meetings booked",
        &style(),
    ))
    .unwrap();
    assert_eq!(json["series"][1]["type"], "bar");
    assert_eq!(json["series"][1]["data"].as_array().unwrap().len(), 1);
    assert_eq!(json["yAxis"][1]["max"].as_f64(), Some(12.0));
    assert_eq!(json["yAxis"][1]["name"], "Meetings booked");
}

#[test]
fn comparison_has_one_line_per_person() {
    let a = sample_history(NaiveDate::from_ymd_opt(2026, 11, 25).unwrap());
    let b = sample_history(NaiveDate::from_ymd_opt(2026, 10, 1).unwrap());
    let people = vec![
        ("Ada".to_string(), a.snapshots()),
        ("Grace".to_string(), b.snapshots()),
    ];
    let json = serde_json::to_value(comparison_chart(&people, Metric::Insights, &style())).unwrap();
    assert_eq!(json["series"].as_array().unwrap().len(), 2);
    assert_eq!(json["series"][1]["name"], "Grace");
    assert_eq!(json["yAxis"]["max"].as_f64(), Some(25.0));
    assert_eq!(
        json["series"][0]["data"][0][1].as_f64(),
        Some(a.snapshots()[0].pillars.insights)
    );
}

fn legend_names(json: &Value) -> Vec<String> {
    json["legend"]["data"]
        .as_array()
        .unwrap()
        .iter()
        .map(|l| l.as_str().or(l["name"].as_str()).unwrap().to_string())
        .collect()
}
