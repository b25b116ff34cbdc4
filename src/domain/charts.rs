//! ECharts options built from domain data. Pure functions, so the JSON is testable natively.
//! Every time chart shares one frame (`time_chart`): tooltip, legend, grid and a day-level axis.

use charming::{
    component::{Axis, Grid, Legend},
    datatype::CompositeValue,
    element::{
        AxisLabel, AxisType, Color, LineStyle, LineStyleType, SplitLine, Symbol, TextStyle,
        Tooltip, Trigger,
    },
    series::{Bar, Line, Scatter},
    Chart,
};
use chrono::{Days, NaiveDate};

use super::goals::{Goals, Metric};
use super::pillar::Pillar;
use super::snapshot::Snapshot;
use super::stats::{self, Projection};

pub mod palette;

use palette::ChartPalette;

/// How a chart should look where it is drawn.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct ChartStyle {
    pub palette: ChartPalette,
    /// A narrow container (a phone): fewer axis labels, smaller legend.
    pub compact: bool,
}

impl ChartStyle {
    /// Containers narrower than this many pixels get the compact layout.
    pub const COMPACT_BELOW: u32 = 560;

    pub fn new(dark: bool, width_px: u32) -> Self {
        ChartStyle {
            palette: ChartPalette::for_scheme(dark),
            compact: width_px < Self::COMPACT_BELOW,
        }
    }

    fn text(&self) -> TextStyle {
        TextStyle::new().color(self.palette.text)
    }

    /// A value axis from 0 to `max` in four steps, so two axes' grid lines coincide.
    fn value_axis(&self, name: &str, max: f64) -> Axis {
        Axis::new()
            .type_(AxisType::Value)
            .name(name)
            .name_text_style(self.text())
            .min(0)
            .max(max)
            .interval(max / 4.0)
            .axis_label(AxisLabel::new().color(self.palette.text))
            .split_line(SplitLine::new().line_style(LineStyle::new().color(self.palette.grid)))
    }
}

const DAY_MS: f64 = 86_400_000.0;

/// The legend name of the overall series.
pub const OVERALL_SERIES: &str = "Overall SSI";

/// The frame every time chart shares; `legend` lists the series the user can toggle.
fn time_chart(style: &ChartStyle, legend: Vec<String>) -> Chart {
    let palette = &style.palette;
    Chart::new()
        .color(palette.series.iter().map(|&c| Color::from(c)).collect())
        .tooltip(
            Tooltip::new()
                .trigger(Trigger::Axis)
                .background_color(palette.tooltip_background)
                .border_color(palette.grid),
        )
        .legend(
            Legend::new()
                .top(0)
                .item_gap(if style.compact { 8 } else { 16 })
                .text_style(style.text())
                .data(legend),
        )
        .grid(
            Grid::new()
                .left(44)
                .right(44)
                .top(if style.compact { 84 } else { 64 })
                .bottom(32),
        )
        .x_axis(
            Axis::new()
                .type_(AxisType::Time)
                // Snapshots are days: never label hours, even around a single point.
                .min_interval(DAY_MS)
                .split_number(if style.compact { 3 } else { 8 })
                .axis_label(AxisLabel::new().color(palette.text))
                .split_line(SplitLine::new().show(false)),
        )
}

fn round3(value: f64) -> f64 {
    (value * 1000.0).round() / 1000.0
}

fn point(date: NaiveDate, value: f64) -> Vec<CompositeValue> {
    vec![date.to_string().into(), round3(value).into()]
}

/// A line of `value` over `snapshots`, skipping snapshots without one.
fn line(
    name: &str,
    y_axis: f64,
    snapshots: &[Snapshot],
    value: impl Fn(&Snapshot) -> Option<f64>,
) -> Line {
    let data: Vec<Vec<CompositeValue>> = snapshots
        .iter()
        .filter_map(|s| value(s).map(|v| point(s.date, v)))
        .collect();
    Line::new()
        .name(name)
        .y_axis_index(y_axis)
        .symbol(Symbol::Circle)
        .symbol_size(7.0)
        .show_symbol(data.len() <= 26)
        .data(data)
}

/// Legend entries of the trend chart, in drawing order.
pub fn series_names() -> Vec<String> {
    std::iter::once(OVERALL_SERIES)
        .chain(Pillar::ALL.iter().map(|p| p.short_label()))
        .map(String::from)
        .collect()
}

/// The legend name of a goal's projection.
pub fn projection_name(metric: Metric) -> String {
    format!("{} projection", metric.short_label())
}

/// The overall score (left axis, 0–100) and each pillar (right axis, 0–25) over `snapshots`,
/// with a dashed projection towards each goal and a marker for each note.
pub fn trend_chart(snapshots: &[Snapshot], goals: &Goals, style: &ChartStyle) -> Chart {
    let mut legend = series_names();
    let projections: Vec<(Metric, Line)> = goals
        .iter()
        .filter_map(|(&metric, &target)| {
            projection_line(snapshots, metric, target).map(|l| (metric, l))
        })
        .collect();
    legend.extend(projections.iter().map(|(m, _)| projection_name(*m)));

    let mut chart = time_chart(style, legend)
        .y_axis(style.value_axis("Overall", 100.0))
        .y_axis(style.value_axis("Pillars", Pillar::MAX))
        .series(
            line(OVERALL_SERIES, 0.0, snapshots, |s| Some(s.overall))
                .line_style(LineStyle::new().width(3)),
        );
    for pillar in Pillar::ALL {
        chart = chart.series(line(pillar.short_label(), 1.0, snapshots, move |s| {
            Some(s.pillars.get(pillar))
        }));
    }
    for (metric, projection) in projections {
        let colour =
            style.palette.series[Metric::ALL.iter().position(|&m| m == metric).unwrap_or(0)];
        chart = chart.series(
            projection.line_style(
                LineStyle::new()
                    .type_(LineStyleType::Dashed)
                    .color(colour)
                    .width(2),
            ),
        );
    }
    // Each note is its own one-point series, so the axis tooltip shows its text as the row
    // label (ECharts escapes series names: notes are never read as HTML).
    for s in snapshots.iter().filter(|s| s.note.is_some()) {
        let note = s.note.clone().unwrap_or_default();
        chart = chart.series(
            Scatter::new()
                .name(format!("Note: {note}"))
                .symbol(Symbol::Pin)
                .symbol_size(22.0)
                .item_style(charming::element::ItemStyle::new().color(style.palette.note))
                .data(vec![point(s.date, s.overall)]),
        );
    }
    chart
}

/// The fitted trend of `metric`, from the latest snapshot to the day the goal is projected to
/// be met (or twelve weeks ahead when it is not on the current trend).
fn projection_line(snapshots: &[Snapshot], metric: Metric, target: f64) -> Option<Line> {
    let latest = snapshots.last()?;
    let trend = stats::trend(snapshots, metric)?;
    let end = match stats::project(snapshots, metric, target) {
        Projection::Reached | Projection::NotEnoughData => return None,
        Projection::On(date) => date,
        Projection::NotOnTrend => latest.date.checked_add_days(Days::new(84))?,
    };
    let clamp = |v: f64| v.clamp(0.0, metric.ceiling());
    let y_axis = if metric == Metric::Overall { 0.0 } else { 1.0 };
    Some(
        Line::new()
            .name(projection_name(metric))
            .y_axis_index(y_axis)
            .show_symbol(false)
            .data(vec![
                point(latest.date, clamp(trend.at(latest.date))),
                point(end, clamp(trend.at(end))),
            ]),
    )
}

/// Industry and network ranks over time on an axis where up means better (Top 1% at the top).
pub fn rank_chart(snapshots: &[Snapshot], style: &ChartStyle) -> Chart {
    let names = vec!["Industry rank".to_string(), "Network rank".to_string()];
    time_chart(style, names)
        .y_axis(
            Axis::new()
                .type_(AxisType::Value)
                .name("Top %")
                .name_text_style(style.text())
                .inverse(true)
                .min(1)
                .max(100)
                .axis_label(AxisLabel::new().color(style.palette.text))
                .split_line(
                    SplitLine::new().line_style(LineStyle::new().color(style.palette.grid)),
                ),
        )
        .series(line("Industry rank", 0.0, snapshots, |s| {
            s.industry_rank.map(f64::from)
        }))
        .series(line("Network rank", 0.0, snapshots, |s| {
            s.network_rank.map(f64::from)
        }))
}

/// The overall score (line, left axis) beside one outcome (bars, right axis).
pub fn outcome_chart(
    snapshots: &[Snapshot],
    outcome_id: crate::domain::outcomes::OutcomeId,
    outcome_name: &str,
    style: &ChartStyle,
) -> Chart {
    let peak = snapshots
        .iter()
        .filter_map(|s| s.outcomes.get(&outcome_id))
        .fold(0.0f64, |a, &b| a.max(b));
    // A round maximum in four steps keeps the grid lines shared with the score axis.
    let step = (peak / 4.0).ceil().max(1.0);
    let bars: Vec<Vec<CompositeValue>> = snapshots
        .iter()
        .filter_map(|s| s.outcomes.get(&outcome_id).map(|&v| point(s.date, v)))
        .collect();
    time_chart(
        style,
        vec![OVERALL_SERIES.to_string(), outcome_name.to_string()],
    )
    .y_axis(style.value_axis("SSI", 100.0))
    .y_axis(style.value_axis(outcome_name, step * 4.0))
    .series(
        line(OVERALL_SERIES, 0.0, snapshots, |s| Some(s.overall))
            .line_style(LineStyle::new().width(3)),
    )
    .series(
        Bar::new()
            .name(outcome_name)
            .y_axis_index(1.0)
            .bar_width("40%")
            .data(bars),
    )
}

/// One line per person for `metric`, for comparing shared histories.
pub fn comparison_chart(
    people: &[(String, &[Snapshot])],
    metric: Metric,
    style: &ChartStyle,
) -> Chart {
    let names: Vec<String> = people.iter().map(|(n, _)| n.clone()).collect();
    let mut chart =
        time_chart(style, names).y_axis(style.value_axis(metric.short_label(), metric.ceiling()));
    for (name, snapshots) in people {
        chart = chart.series(line(name, 0.0, snapshots, |s| Some(metric.value(s))));
    }
    chart
}
