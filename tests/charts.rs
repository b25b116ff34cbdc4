//! Chart options are charming charts built from a history; check the JSON ECharts will receive.

mod support;
use chrono::NaiveDate;
use serde_json::Value;
use ssi_lens::domain::charts::palette::{contrast_ratio, ChartPalette};
use ssi_lens::domain::charts::time_axis::DATE_LABELS;
use ssi_lens::domain::charts::{
    comparison_chart, outcome_chart, rank_chart, series_names, trend_chart, ChartStyle,
    PROSE_INDEX, TIP_INDEX, TOOLTIP_ROWS,
};
use ssi_lens::domain::goals::{Goals, Metric};
use ssi_lens::domain::outcomes::IdSeed;
use ssi_lens::domain::sample::sample_history;
use ssi_lens::domain::stats::Range;
use ssi_lens::domain::History;
use ssi_lens::i18n::Lang;
use support::charts::{to_json, WIDE};
use support::today;

fn trend(history: &History, range: Range, goals: &Goals, style: &ChartStyle) -> Value {
    to_json(trend_chart(range.of(history), goals, style, Lang::En))
}

/// Axis `i` of `key` ("xAxis", "yAxis"): charming writes a lone axis as an object.
fn axis<'a>(json: &'a Value, key: &str, i: usize) -> &'a Value {
    match &json[key] {
        Value::Array(axes) => &axes[i],
        lone => {
            assert_eq!(i, 0, "{key} has one axis");
            lone
        }
    }
}

fn legend(json: &Value) -> Vec<&str> {
    json["legend"]["data"]
        .as_array()
        .unwrap()
        .iter()
        .map(|l| l["name"].as_str().unwrap())
        .collect()
}

/// A point's tooltip row and whether it is prose (a note).
fn tip(point: &Value) -> (&str, bool) {
    let value = point["value"].as_array().unwrap();
    let prose = value.get(PROSE_INDEX).and_then(Value::as_i64) == Some(1);
    (value[TIP_INDEX].as_str().unwrap(), prose)
}

fn series<'a>(json: &'a Value, name: &str) -> &'a Value {
    json["series"]
        .as_array()
        .unwrap()
        .iter()
        .find(|s| s["name"] == name)
        .unwrap_or_else(|| panic!("no series {name}"))
}

fn names(json: &Value) -> Vec<&str> {
    json["series"]
        .as_array()
        .unwrap()
        .iter()
        .map(|s| s["name"].as_str().unwrap())
        .collect()
}

fn date_of(point: &Value) -> NaiveDate {
    let text = point["value"][0].as_str().or(point[0].as_str()).unwrap();
    NaiveDate::parse_from_str(text, "%Y-%m-%d").unwrap()
}

fn axis_date(axis: &Value, bound: &str) -> NaiveDate {
    NaiveDate::parse_from_str(axis[bound].as_str().unwrap(), "%Y-%m-%d").unwrap()
}

#[test]
fn the_overall_and_the_pillars_are_two_aligned_panels_with_round_ticks() {
    let history = sample_history(today());
    let json = trend(&history, Range::Year, &Goals::new(), &WIDE);

    assert_eq!(
        names(&json),
        [
            "Overall SSI",
            "Brand",
            "People",
            "Insights",
            "Relationships",
            "Note"
        ]
    );
    assert_eq!(json["legend"]["data"].as_array().unwrap().len(), 5);
    let grids = json["grid"].as_array().unwrap();
    assert_eq!(grids.len(), 2);
    let top_bottom = grids[0]["top"].as_f64().unwrap() + grids[0]["height"].as_f64().unwrap();
    assert!(
        grids[1]["top"].as_f64().unwrap() > top_bottom,
        "the pillars' panel is below the overall's"
    );

    let axes = json["yAxis"].as_array().unwrap();
    assert_eq!(axes[0]["name"], "Overall SSI");
    assert_eq!(axes[1]["name"], "Pillars");
    let scale = |a: &Value| {
        (
            a["gridIndex"].as_f64().unwrap(),
            a["min"].as_f64().unwrap(),
            a["max"].as_f64().unwrap(),
            a["interval"].as_f64().unwrap(),
        )
    };
    assert_eq!(scale(&axes[0]), (0.0, 0.0, 100.0, 25.0));
    assert_eq!(scale(&axes[1]), (1.0, 0.0, 25.0, 5.0));
    let panel = |name: &str| {
        let s = series(&json, name);
        (s["xAxisIndex"].as_f64(), s["yAxisIndex"].as_f64())
    };
    assert_eq!(panel("Overall SSI"), (Some(0.0), Some(0.0)));
    for pillar in ["Brand", "People", "Insights", "Relationships"] {
        assert_eq!(panel(pillar), (Some(1.0), Some(1.0)), "{pillar}");
    }
    // Both panels share the same dates.
    let x = json["xAxis"].as_array().unwrap();
    assert_eq!(x.len(), 2);
    assert_eq!((&x[0]["min"], &x[0]["max"]), (&x[1]["min"], &x[1]["max"]));
    assert_eq!(x[1]["gridIndex"].as_f64(), Some(1.0));

    // One point per snapshot, oldest first, with its ISO date and value; the tooltip writes the
    // date in the browser's language, so the point carries no other name.
    let overall = json["series"][0]["data"].as_array().unwrap();
    assert_eq!(overall.len(), 52);
    let last = history.latest().unwrap();
    assert_eq!(overall[51]["value"][0], last.date.to_string());
    assert_eq!(overall[51]["value"][1].as_f64(), Some(last.overall));
    assert!(overall[51].get("name").is_none());
    let brand = json["series"][1]["data"].as_array().unwrap();
    let first = history.snapshots()[0].pillars.brand;
    assert_eq!(brand[0]["value"][1].as_f64(), Some(first));
    // Each kind of score at the precision it is shown everywhere: pillars to a hundredth.
    let shown = ssi_lens::domain::number::Precision::Hundredth.format(first);
    assert_eq!(tip(&brand[0]), (shown.as_str(), false));
    // One pointer across both panels, so the tooltip lists them all.
    assert_eq!(json["axisPointer"][0]["link"][0]["xAxisIndex"], "all");
}

#[test]
fn a_short_range_spans_only_its_own_weeks_even_with_notes_earlier() {
    let history = sample_history(today());
    assert!(history.snapshots().iter().any(|s| s.note.is_some()));
    for range in [Range::Weeks4, Range::Weeks12] {
        let shown = range.of(&history);
        let json = trend(&history, range, &Goals::new(), &WIDE);
        let x = &json["xAxis"][1];
        assert_eq!(axis_date(x, "min"), shown[0].date, "{range:?}");
        assert_eq!(axis_date(x, "max"), today(), "{range:?}");
        // Nothing drawn lies outside the range: no earlier note pin stretches the axis.
        for s in json["series"].as_array().unwrap() {
            for point in s["data"].as_array().unwrap() {
                assert!(
                    date_of(point) >= shown[0].date,
                    "{} in {range:?}",
                    s["name"]
                );
            }
        }
        assert!(!names(&json).contains(&"Note"), "{range:?}");
    }
}

#[test]
fn a_projection_gets_a_little_room_and_is_cut_at_the_chart_end() {
    let history = sample_history(today());
    let mut goals = Goals::new();
    goals.insert(Metric::Overall, 60.0);
    goals.insert(Metric::Brand, 24.0);
    let json = trend(&history, Range::Weeks4, &goals, &WIDE);
    let max = axis_date(&json["xAxis"][0], "max");
    assert_eq!(
        max,
        NaiveDate::from_ymd_opt(2026, 12, 2).unwrap(),
        "a week ahead"
    );
    let projection = series(&json, "Overall projection");
    let points = projection["data"].as_array().unwrap();
    assert_eq!(date_of(&points[0]), today());
    assert_eq!(date_of(&points[1]), max);
    assert!(tip(&points[1]).0.ends_with("(projected)"));
    assert_eq!(
        points[0].as_array().unwrap().len(),
        2,
        "its start has no row"
    );
    // Two projections share the same room: it does not add up.
    let brand = series(&json, "Brand projection")["data"]
        .as_array()
        .unwrap();
    assert_eq!(date_of(&brand[1]), max);
}

#[test]
fn date_labels_carry_their_month_and_are_few_enough_not_to_collide() {
    let history = sample_history(today());
    let short = trend(&history, Range::Weeks4, &Goals::new(), &WIDE);
    let labels = &short["xAxis"][1]["axisLabel"];
    assert_eq!(
        labels["formatter"], DATE_LABELS,
        "\"19 Nov\" in the browser's language (entry.js), never a bare 19"
    );
    let ticks = labels["customValues"].as_array().unwrap();
    assert_eq!(ticks.len(), 5);
    assert_eq!(ticks[4], "2026-11-25");
    // Tick marks ran into the labels under the offset axis: none.
    assert_eq!(short["xAxis"][1]["axisTick"]["show"], false);
    // Dates are labelled under the lower panel only.
    assert_eq!(short["xAxis"][0]["axisLabel"]["show"], false);
    assert_eq!(labels["show"], true);

    let year = trend(&history, Range::Year, &Goals::new(), &WIDE);
    let labels = &year["xAxis"][1]["axisLabel"];
    assert_eq!(labels["formatter"], DATE_LABELS);
    assert!(labels["customValues"]
        .as_array()
        .unwrap()
        .iter()
        .all(|d| d.as_str().unwrap().ends_with("-01")));

    let phone = ChartStyle::new(false, 340, 440);
    let narrow = trend(&history, Range::Weeks12, &Goals::new(), &phone);
    let count = |j: &Value| {
        j["xAxis"][1]["axisLabel"]["customValues"]
            .as_array()
            .unwrap()
            .len()
    };
    let wide = trend(&history, Range::Weeks12, &Goals::new(), &WIDE);
    assert!(count(&narrow) <= 4 && count(&narrow) < count(&wide));
}

#[test]
fn axis_names_sit_above_their_panels_clear_of_the_labels() {
    let history = sample_history(today());
    for style in [WIDE, ChartStyle::new(true, 340, 440)] {
        let json = trend(&history, Range::Year, &Goals::new(), &style);
        let legend_rows_end = 24.0;
        for (i, axis) in json["yAxis"].as_array().unwrap().iter().enumerate() {
            assert_eq!(axis["nameLocation"], "end");
            let top = json["grid"][i]["top"].as_f64().unwrap();
            let above = if i == 0 {
                legend_rows_end
            } else {
                top - json["grid"][0]["height"].as_f64().unwrap()
            };
            assert!(top - above >= 20.0, "room for axis {i}'s name");
        }
    }
    // The rank axis says "Top 20%" on each label instead of a caption beside the dates.
    let ranks = to_json(rank_chart(history.snapshots(), &WIDE, Lang::En));
    let rank_axis = axis(&ranks, "yAxis", 0);
    assert!(rank_axis.get("name").is_none());
    assert_eq!(rank_axis["inverse"], true);
    assert_eq!(rank_axis["axisLabel"]["formatter"], "Top {value}%");
    // The sample's ranks run from Top 18% to Top 60%: the axis fits them in steps of 10.
    assert_eq!(
        rank_axis["axisLabel"]["customValues"],
        serde_json::json!([10, 20, 30, 40, 50, 60])
    );
    assert_eq!(
        (rank_axis["min"].as_i64(), rank_axis["max"].as_i64()),
        (Some(10), Some(60))
    );
}

#[test]
fn the_rank_axis_fits_the_ranks_in_even_steps_and_never_says_top_0() {
    use ssi_lens::domain::charts::RankScale;
    let scale = |ranks: &[u8]| RankScale::of(ranks.iter().copied());
    // Four weeks around Top 45%: the chart is not mostly empty.
    let near = scale(&[44, 45, 47, 52]);
    assert_eq!((near.top, near.bottom, near.step), (40, 55, 5));
    assert_eq!(near.labels(), vec![40, 45, 50, 55]);
    // The whole range: even steps of 20, "Top 100%" included, no "Top 0%" and no step of 19.
    let all = scale(&[1, 100]);
    assert_eq!((all.top, all.bottom, all.step), (0, 100, 20));
    assert_eq!(all.labels(), vec![20, 40, 60, 80, 100]);
    assert_eq!(all.lines(), vec![0, 20, 40, 60, 80, 100]);
    // One rank, or none, still gives an axis a step tall at least.
    assert_eq!(scale(&[30]).labels(), vec![25, 30]);
    assert_eq!(scale(&[]).labels(), vec![20, 40, 60, 80, 100]);
    // Every label is one step from the next.
    for ranks in [[3, 9], [12, 77], [1, 26], [60, 61]] {
        let s = scale(&ranks);
        assert!(
            s.labels().windows(2).all(|w| w[1] - w[0] == s.step),
            "{s:?}"
        );
        assert!(
            s.top < ranks[0] && s.bottom >= ranks[1],
            "{s:?} holds {ranks:?}"
        );
    }
}

#[test]
fn tooltips_read_dates_ranks_and_notes_as_people_say_them() {
    let history = sample_history(today());
    let json = trend(&history, Range::Year, &Goals::new(), &WIDE);
    assert_eq!(json["tooltip"]["trigger"], "axis");
    assert_eq!(json["tooltip"]["formatter"], TOOLTIP_ROWS);
    let overall = &json["series"][0]["data"][51];
    assert_eq!(overall["value"][0], "2026-11-25");
    assert_eq!(tip(overall), ("51", false));

    // A note's row is its text only: no value after it.
    let noted = history
        .snapshots()
        .iter()
        .find(|s| s.note.is_some())
        .unwrap();
    let pin = &series(&json, "Note")["data"][0];
    assert_eq!(tip(pin), (noted.note.as_deref().unwrap(), true));
    assert_eq!(date_of(pin), noted.date);
    assert_eq!(pin["value"][1].as_f64(), Some(noted.overall));
    assert_eq!(series(&json, "Note")["symbol"], "pin");
    assert!(!legend(&json).contains(&"Note"));

    let ranks = to_json(rank_chart(history.snapshots(), &WIDE, Lang::En));
    let latest = &ranks["series"][0]["data"][51];
    assert_eq!(ranks["series"][0]["name"], "Industry rank");
    assert_eq!(latest["value"][1].as_f64(), Some(18.0));
    assert_eq!(tip(latest), ("Top 18%", false));
}

#[test]
fn tooltip_and_axis_text_follow_the_scheme_at_4_5_to_1() {
    let history = sample_history(today());
    for dark in [false, true] {
        let style = ChartStyle::new(dark, 1000, 460);
        let json = trend(&history, Range::Year, &Goals::new(), &style);
        // The tooltip's words take the legend's colour (scripts/echarts/entry.js).
        let text = json["legend"]["textStyle"]["color"].as_str().unwrap();
        let background = json["tooltip"]["backgroundColor"].as_str().unwrap();
        assert!(contrast_ratio(text, background) >= 4.5, "dark: {dark}");
        assert_eq!(json["yAxis"][0]["axisLabel"]["color"], text);
        assert_eq!(json["color"][0], style.palette.series[0]);
    }
    assert_ne!(ChartPalette::LIGHT.text, ChartPalette::DARK.text);
}

#[test]
fn an_empty_history_gives_empty_series_not_an_error() {
    let json = trend(&History::default(), Range::Year, &Goals::new(), &WIDE);
    assert_eq!(json["series"].as_array().unwrap().len(), 5);
    assert!(json["series"][0].get("data").is_none());
    assert!(json["xAxis"][0].get("min").is_none());
}

#[test]
fn narrow_containers_give_the_wrapped_legend_more_room() {
    let h = sample_history(today());
    let mut goals = Goals::new();
    goals.insert(Metric::Overall, 60.0);
    goals.insert(Metric::People, 20.0);
    let wide = trend(&h, Range::Year, &goals, &WIDE);
    let narrow = trend(&h, Range::Year, &goals, &ChartStyle::new(false, 340, 440));
    assert!(narrow["grid"][0]["top"].as_f64() > wide["grid"][0]["top"].as_f64());
    assert!(narrow["legend"]["itemGap"].as_f64() < wide["legend"]["itemGap"].as_f64());
    // The panels end above the date labels, inside the chart's height.
    let bottom =
        narrow["grid"][1]["top"].as_f64().unwrap() + narrow["grid"][1]["height"].as_f64().unwrap();
    assert!(bottom <= 440.0 - 24.0, "{bottom}");
}

#[test]
fn pillar_lines_differ_by_marker_as_well_as_colour() {
    let json = trend(
        &sample_history(today()),
        Range::Weeks12,
        &Goals::new(),
        &WIDE,
    );
    let symbols: Vec<&Value> = json["series"].as_array().unwrap()[1..5]
        .iter()
        .map(|s| &s["symbol"])
        .collect();
    assert_eq!(symbols, ["circle", "rect", "triangle", "diamond"]);
    assert_eq!(json["series"][0]["symbolSize"].as_f64(), Some(7.0));
    assert_eq!(json["series"][0]["showSymbol"], true);
}

/// A point's value: the point itself, or an item's `value` (an item has a name too).
fn value(point: &Value) -> &Value {
    point.get("value").unwrap_or(point)
}

/// The series named `name` other than the first one so named: a metric's goal line.
fn goal<'a>(json: &'a Value, name: &str) -> Option<&'a Value> {
    let mut named = json["series"]
        .as_array()
        .unwrap()
        .iter()
        .filter(|s| s["name"] == name);
    named.next();
    named.next()
}

#[test]
fn a_goal_is_a_dashed_target_line_named_as_its_metric_on_its_panel() {
    let history = sample_history(today());
    let mut goals = Goals::new();
    goals.insert(Metric::Overall, 60.0);
    goals.insert(Metric::Brand, 10.0); // already reached: a target line, no projection
    let json = trend(&history, Range::Year, &goals, &WIDE);
    let x = axis(&json, "xAxis", 0);

    let overall = goal(&json, "Overall SSI").expect("the overall's goal line");
    // Named as its metric, so the legend shows and hides both; the legend gains no entry.
    assert_eq!(
        legend(&json),
        [
            "Overall SSI",
            "Brand",
            "People",
            "Insights",
            "Relationships",
            "Overall projection"
        ]
    );
    assert_eq!(overall["lineStyle"]["type"], "dashed");
    assert_eq!(
        (
            overall["xAxisIndex"].as_f64(),
            overall["yAxisIndex"].as_f64()
        ),
        (Some(0.0), Some(0.0))
    );
    // Across the chart's dates at the target, the two ends only.
    let points = overall["data"].as_array().unwrap();
    assert_eq!(points.len(), 2);
    assert_eq!(value(&points[0])[0], x["min"]);
    assert_eq!(value(&points[1])[0], x["max"]);
    for p in points {
        let value = value(p);
        assert_eq!(value[1].as_f64(), Some(60.0));
        // No tooltip row: no tip, and the axis tooltip leaves the series out.
        assert!(value.get(TIP_INDEX).is_none(), "{p}");
    }
    assert_eq!(overall["tooltip"]["trigger"], "none");
    assert_eq!(overall["silent"], true);
    // Labelled at its right end only: the label is the point's name.
    assert_eq!(overall["label"]["formatter"], "{b}");
    assert_eq!(overall["label"]["show"], true);
    assert!(points[0].get("name").is_none());
    assert_eq!(points[1]["name"], "Goal 60");
    // No visible symbols (a label needs one, so they have no size).
    assert_eq!(overall["symbolSize"].as_f64(), Some(0.0));
    assert_eq!(
        overall["lineStyle"]["color"],
        series(&json, "Overall SSI")["itemStyle"]["color"]
    );

    let brand = goal(&json, "Brand").expect("the brand goal line");
    assert_eq!(brand["yAxisIndex"].as_f64(), Some(1.0));
    assert_eq!(brand["data"][1]["value"][1].as_f64(), Some(10.0));
    assert_eq!(brand["data"][1]["name"], "Brand goal 10.00");
    assert!(goal(&json, "People").is_none());
    // Nothing in the chart asks for the components the ECharts bundle leaves out.
    for s in json["series"].as_array().unwrap() {
        assert_eq!(s["type"], "line", "{}", s["name"]);
        assert!(s.get("markLine").is_none());
    }

    let projection = series(&json, "Overall projection");
    assert_eq!(projection["lineStyle"]["type"], "dashed");
    assert_eq!(projection["yAxisIndex"].as_f64(), Some(0.0));
    assert!(!names(&json).contains(&"Brand projection"));
}

#[test]
fn notes_are_pins_without_a_line() {
    let json = trend(&sample_history(today()), Range::Year, &Goals::new(), &WIDE);
    let notes = series(&json, "Note");
    assert_eq!(notes["type"], "line");
    assert_eq!(notes["symbol"], "pin");
    assert_eq!(notes["symbolSize"].as_f64(), Some(22.0));
    assert_eq!(notes["showSymbol"], true);
    assert_eq!(notes["lineStyle"]["width"].as_f64(), Some(0.0));
    assert_eq!(notes["lineStyle"]["opacity"].as_f64(), Some(0.0));
    assert_eq!(notes["itemStyle"]["color"], ChartPalette::LIGHT.note);
    assert_eq!(
        (notes["xAxisIndex"].as_f64(), notes["yAxisIndex"].as_f64()),
        (Some(0.0), Some(0.0))
    );
    // Every pin has its tooltip row, the note's words.
    for pin in notes["data"].as_array().unwrap() {
        assert!(tip(pin).1, "{pin}");
    }
}

#[test]
fn a_projection_ends_at_the_goal_when_it_fits_the_chart() {
    let history = sample_history(today());
    let mut goals = Goals::new();
    goals.insert(Metric::Overall, 53.0);
    let json = trend(&history, Range::Year, &goals, &WIDE);
    let points = series(&json, "Overall projection")["data"]
        .as_array()
        .unwrap();
    match ssi_lens::domain::stats::project(Range::Year.of(&history), Metric::Overall, 53.0) {
        ssi_lens::domain::stats::Projection::On(date) => assert_eq!(date_of(&points[1]), date),
        other => panic!("{other:?}"),
    }
    assert!((points[1]["value"][1].as_f64().unwrap() - 53.0).abs() < 0.5);
}

/// The sample year with "Meetings booked" recorded (2, 3, 9, 2, …) on each snapshot's day from
/// the `first`-th on.
fn with_meetings_from(first: usize) -> (History, ssi_lens::domain::outcomes::OutcomeId) {
    let mut history = sample_history(today());
    let id = history
        .add_outcome("Meetings booked", &mut IdSeed::new(3))
        .unwrap();
    let recorded: Vec<NaiveDate> = history.snapshots()[first..]
        .iter()
        .map(|s| s.date)
        .collect();
    for (i, &date) in recorded.iter().enumerate() {
        let value = [2.0, 3.0, 9.0][i % 3];
        history.set_outcome_value(date, id, Some(value)).unwrap();
    }
    (history, id)
}

#[test]
fn an_outcome_has_its_own_panel_over_the_weeks_it_was_recorded() {
    let (mut history, id) = with_meetings_from(42);
    let recorded: Vec<NaiveDate> = history.snapshots()[42..].iter().map(|s| s.date).collect();
    // A week recorded on a day without a snapshot is a bar too.
    let between = recorded[4] + chrono::Days::new(3);
    history.set_outcome_value(between, id, Some(5.0)).unwrap();
    let json = to_json(outcome_chart(
        &history,
        Range::All,
        id,
        "Meetings booked",
        &WIDE,
        Lang::En,
    ));

    assert_eq!(json["grid"].as_array().unwrap().len(), 2);
    assert_eq!(json["series"][0]["name"], "Overall SSI");
    assert_eq!(json["series"][0]["yAxisIndex"].as_f64(), Some(0.0));
    let bars = &json["series"][1];
    assert_eq!(bars["type"], "bar");
    assert_eq!(
        (bars["xAxisIndex"].as_f64(), bars["yAxisIndex"].as_f64()),
        (Some(1.0), Some(1.0))
    );
    assert_eq!(bars["data"].as_array().unwrap().len(), 11);
    assert_eq!(tip(&bars["data"][2]), ("9", false));
    assert_eq!(tip(&bars["data"][5]), ("5", false));
    assert_eq!(date_of(&bars["data"][5]), between);
    let bar_width = bars["barWidth"].as_f64().unwrap();
    assert!((2.0..=28.0).contains(&bar_width), "{bar_width}");
    assert_eq!(json["yAxis"][1]["max"].as_f64(), Some(10.0));
    assert_eq!(json["yAxis"][1]["interval"].as_f64(), Some(2.0));
    assert_eq!(json["yAxis"][1]["name"], "Meetings booked");
    // Ten recorded weeks fill the width, not the last sliver of a year.
    // Half a week beyond them, so the edge bars are whole, on both panels alike.
    let four_days = chrono::Days::new(4);
    for x in json["xAxis"].as_array().unwrap() {
        assert_eq!(axis_date(x, "min"), recorded[0] - four_days);
        assert_eq!(axis_date(x, "max"), *recorded.last().unwrap() + four_days);
        assert_eq!(x["type"], "time");
    }
    assert_eq!(json["series"][0]["data"].as_array().unwrap().len(), 10);
}

#[test]
fn comparison_has_one_line_per_person() {
    let a = sample_history(today());
    let b = sample_history(NaiveDate::from_ymd_opt(2026, 10, 1).unwrap());
    let people = vec![
        ("Ada".to_string(), a.snapshots()),
        ("Grace".to_string(), b.snapshots()),
    ];
    let json = to_json(comparison_chart(
        None,
        &people,
        Metric::Insights,
        &WIDE,
        Lang::En,
    ));
    assert_eq!(json["series"].as_array().unwrap().len(), 2);
    assert_eq!(json["series"][1]["name"], "Grace");
    assert_eq!(axis(&json, "yAxis", 0)["max"].as_f64(), Some(25.0));
    assert_eq!(axis(&json, "yAxis", 0)["interval"].as_f64(), Some(5.0));
    assert_eq!(
        json["series"][0]["data"][0]["value"][1].as_f64(),
        Some(a.snapshots()[0].pillars.insights)
    );
    let first = axis_date(axis(&json, "xAxis", 0), "min");
    assert!(
        first <= b.snapshots()[0].date && (b.snapshots()[0].date - first).num_days() <= 7,
        "everyone's dates, from {first}"
    );
}

/// The colour a series' line is drawn in.
fn line_colour<'a>(json: &'a Value, name: &str) -> &'a str {
    series(json, name)["lineStyle"]["color"].as_str().unwrap()
}

#[test]
fn on_compare_your_line_has_the_brand_colour_and_everyone_else_another() {
    let (mine, ada, grace) = (
        sample_history(today()),
        sample_history(NaiveDate::from_ymd_opt(2026, 10, 1).unwrap()),
        sample_history(NaiveDate::from_ymd_opt(2026, 9, 1).unwrap()),
    );
    let others = vec![
        ("Ada".to_string(), ada.snapshots()),
        ("Grace".to_string(), grace.snapshots()),
    ];
    for palette in [ChartPalette::LIGHT, ChartPalette::DARK] {
        let style = ChartStyle { palette, ..WIDE };
        let json = to_json(comparison_chart(
            Some(mine.snapshots()),
            &others,
            Metric::Overall,
            &style,
            Lang::En,
        ));
        assert_eq!(names(&json), ["You", "Ada", "Grace"]);
        assert_eq!(line_colour(&json, "You"), palette.you);
        let (a, g) = (line_colour(&json, "Ada"), line_colour(&json, "Grace"));
        assert!(a != palette.you && g != palette.you && a != g, "{a}, {g}");
        // Without a history of one's own, the first colleague still isn't drawn as "you".
        let theirs = to_json(comparison_chart(
            None,
            &others,
            Metric::Overall,
            &style,
            Lang::En,
        ));
        assert_eq!(line_colour(&theirs, "Ada"), a);
    }
}

#[test]
fn on_compare_the_first_and_last_markers_sit_inside_the_plot() {
    let (mine, ada) = (
        sample_history(today()),
        sample_history(NaiveDate::from_ymd_opt(2026, 10, 1).unwrap()),
    );
    let others = vec![("Ada".to_string(), ada.snapshots())];
    let phone = ChartStyle::new(false, 340, 300);
    for style in [WIDE, phone] {
        let json = to_json(comparison_chart(
            Some(mine.snapshots()),
            &others,
            Metric::Overall,
            &style,
            Lang::En,
        ));
        let x = axis(&json, "xAxis", 0);
        let (min, max) = (axis_date(x, "min"), axis_date(x, "max"));
        let grid = &json["grid"][0];
        let plot = f64::from(style.width_px)
            - grid["left"].as_f64().unwrap()
            - grid["right"].as_f64().unwrap();
        let px_per_day = plot / (max - min).num_days() as f64;
        let (first, last) = (ada.snapshots()[0].date, mine.latest().unwrap().date);
        let inside = |a: NaiveDate, b: NaiveDate| (b - a).num_days() as f64 * px_per_day;
        assert!(
            inside(min, first) >= 8.0,
            "{}px before the first",
            inside(min, first)
        );
        assert!(
            inside(last, max) >= 8.0,
            "{}px after the last",
            inside(last, max)
        );
        assert!(inside(last, max) < 24.0, "and not much more");
    }
}

/// Legends name each series as everything else in the app names its metric.
#[test]
fn series_are_named_as_their_metrics() {
    assert_eq!(
        series_names(Lang::En),
        [
            "Overall SSI",
            "Brand",
            "People",
            "Insights",
            "Relationships"
        ]
    );
}

/// The chart types scripts/echarts/entry.js puts in the app's ECharts bundle: `LineChart` is
/// ECharts' `line` series, `BarChart` its `bar`.
fn bundled_series_types() -> Vec<String> {
    let entry = include_str!("../scripts/echarts/entry.js");
    let charts = entry
        .lines()
        .find(|l| l.starts_with("import") && l.contains("from 'echarts/charts'"))
        .expect("entry.js imports its charts from echarts/charts");
    let inner = &charts[charts.find('{').unwrap() + 1..charts.find('}').unwrap()];
    inner
        .split(',')
        .map(|c| c.trim().trim_end_matches("Chart").to_lowercase())
        .collect()
}

/// Every key of `json`, at any depth.
fn keys(json: &Value, out: &mut Vec<String>) {
    match json {
        Value::Object(map) => {
            for (k, v) in map {
                out.push(k.clone());
                keys(v, out);
            }
        }
        Value::Array(items) => items.iter().for_each(|v| keys(v, out)),
        _ => {}
    }
}

#[test]
fn every_chart_uses_only_what_the_echarts_bundle_has() {
    let (history, id) = with_meetings_from(40);
    let goals = Goals::from([(Metric::Overall, 60.0), (Metric::Brand, 20.0)]);
    let people = vec![
        ("Ada".to_string(), history.snapshots()),
        ("Grace".to_string(), history.snapshots()),
    ];
    let charts = [
        ("trend", trend(&history, Range::All, &goals, &WIDE)),
        (
            "ranks",
            to_json(rank_chart(history.snapshots(), &WIDE, Lang::En)),
        ),
        (
            "results",
            to_json(outcome_chart(
                &history,
                Range::All,
                id,
                "Meetings",
                &WIDE,
                Lang::En,
            )),
        ),
        (
            "compare",
            to_json(comparison_chart(
                None,
                &people,
                Metric::Brand,
                &WIDE,
                Lang::En,
            )),
        ),
    ];
    let bundled = bundled_series_types();

    for (name, json) in &charts {
        for series in json["series"].as_array().unwrap() {
            let kind = series["type"].as_str().unwrap();
            assert!(bundled.iter().any(|b| b == kind), "{name}: a {kind} series");
        }
        // Components the bundle leaves out: ECharts would ignore them without a word.
        let mut found = Vec::new();
        keys(json, &mut found);
        for missing in ["markLine", "markPoint", "markArea", "dataZoom", "visualMap"] {
            assert!(!found.iter().any(|k| k == missing), "{name}: {missing}");
        }
        assert_ne!(
            json["legend"]["type"], "scroll",
            "{name}: the plain legend only"
        );
    }
}

/// A pillar up close: its line beside the peers' averages of it, broken where a snapshot
/// recorded no peer breakdown, and no peer line at all where none did.
#[test]
fn a_pillar_chart_draws_recorded_peer_averages_with_gaps() {
    const INDUSTRY_AVERAGE: &str = "Industry average";
    const NETWORK_AVERAGE: &str = "Network average";
    use ssi_lens::domain::charts::pillar_chart;
    use ssi_lens::domain::Pillar;
    let history = support::weekly(6);
    let mut snapshots = history.snapshots().to_vec();
    for s in &mut snapshots {
        s.industry_pillars = None;
        s.network_pillars = None;
    }
    let none = to_json(pillar_chart(&snapshots, Pillar::Insights, &WIDE, Lang::En));
    assert_eq!(
        names(&none),
        ["Insights"],
        "no peer line where none was recorded"
    );
    assert_eq!(legend(&none), ["Insights"]);
    assert_eq!(axis(&none, "yAxis", 0)["max"], 25.0);
    assert_eq!(
        series(&none, "Insights")["lineStyle"]["color"],
        ChartPalette::LIGHT.pillar(Pillar::Insights)
    );

    // The industry's breakdown in weeks 0, 1, 3 and 5; the network's never.
    for i in [0, 1, 3, 5] {
        let mut peers = snapshots[i].pillars;
        peers.insights = 7.0 + i as f64;
        snapshots[i].industry_pillars = Some(peers);
    }
    let json = to_json(pillar_chart(&snapshots, Pillar::Insights, &WIDE, Lang::En));
    assert_eq!(names(&json), ["Insights", INDUSTRY_AVERAGE]);
    assert!(!names(&json).contains(&NETWORK_AVERAGE));
    let industry = series(&json, INDUSTRY_AVERAGE)["data"].as_array().unwrap();
    assert_eq!(industry.len(), 6, "a point for every snapshot");
    let heights: Vec<Value> = industry.iter().map(|p| p["value"][1].clone()).collect();
    assert_eq!(
        heights,
        [
            Value::from(7.0),
            Value::from(8.0),
            Value::Null,
            Value::from(10.0),
            Value::Null,
            Value::from(12.0)
        ],
        "gaps where not recorded"
    );
    assert_eq!(tip(&industry[3]).0, "10.00", "at the pillars' precision");
    assert_eq!(
        series(&json, INDUSTRY_AVERAGE)["lineStyle"]["color"],
        ChartPalette::LIGHT.industry
    );
    // The own line's tooltips are the cards' numbers.
    let own = series(&json, "Insights")["data"].as_array().unwrap();
    let latest = snapshots.last().unwrap().pillars.insights;
    assert_eq!(
        tip(own.last().unwrap()).0,
        ssi_lens::domain::number::Precision::Hundredth.format(latest)
    );
}

#[test]
fn a_lone_peer_value_between_gaps_is_drawn_as_a_symbol() {
    const NETWORK_AVERAGE: &str = "Network average";
    use ssi_lens::domain::charts::pillar_chart;
    use ssi_lens::domain::Pillar;
    let history = support::weekly(40);
    let mut snapshots = history.snapshots().to_vec();
    for s in &mut snapshots {
        s.industry_pillars = None;
        s.network_pillars = None;
    }
    snapshots[20].network_pillars = Some(snapshots[20].pillars);
    let json = to_json(pillar_chart(&snapshots, Pillar::Brand, &WIDE, Lang::En));
    assert_eq!(series(&json, NETWORK_AVERAGE)["showSymbol"], true);
    // Forty weeks of the own line: a line, no symbols.
    assert_eq!(series(&json, "Brand")["showSymbol"], false);
}

/// In German, every word the trend and rank charts carry is German: legend, series, axes,
/// goal labels, projections, tooltips and the rank axis' template.
#[test]
fn charts_speak_the_pages_language() {
    let history = sample_history(today());
    let mut goals = Goals::new();
    goals.insert(Metric::Overall, 60.0);
    goals.insert(Metric::Brand, 24.0);
    let json = to_json(trend_chart(
        Range::Weeks4.of(&history),
        &goals,
        &WIDE,
        Lang::De,
    ));
    assert_eq!(
        &legend(&json)[..5],
        [
            "SSI gesamt",
            "Marke",
            "Personen",
            "Einblicke",
            "Beziehungen"
        ]
    );
    assert!(legend(&json).contains(&"Prognose Gesamt"));
    assert!(legend(&json).contains(&"Prognose Marke"));
    assert_eq!(axis(&json, "yAxis", 0)["name"], "SSI gesamt");
    assert_eq!(axis(&json, "yAxis", 1)["name"], "Säulen");
    let projection = series(&json, "Prognose Gesamt")["data"].as_array().unwrap();
    assert!(tip(&projection[1]).0.ends_with("(Prognose)"));
    let labels: Vec<&str> = json["series"]
        .as_array()
        .unwrap()
        .iter()
        .filter_map(|s| s["data"].as_array()?.last()?["name"].as_str())
        .collect();
    assert!(labels.contains(&"Ziel 60"), "{labels:?}");
    assert!(labels.contains(&"Ziel Marke 24.00"), "{labels:?}");
    let year = to_json(trend_chart(
        Range::Year.of(&history),
        &goals,
        &WIDE,
        Lang::De,
    ));
    assert!(names(&year).contains(&"Notiz"), "the notes' pins");

    let ranks = to_json(rank_chart(history.snapshots(), &WIDE, Lang::De));
    assert_eq!(legend(&ranks), ["Branchenrang", "Netzwerkrang"]);
    assert_eq!(
        axis(&ranks, "yAxis", 0)["axisLabel"]["formatter"],
        "Top {value} %"
    );
    assert_eq!(tip(&ranks["series"][0]["data"][51]), ("Top 18 %", false));
}
