//! ECharts options built from domain data. Pure functions, so the JSON is testable natively.

use charming::{
    component::{Axis, Grid, Legend},
    element::{
        AxisLabel, AxisType, Color, LineStyle, SplitLine, Symbol, TextStyle, Tooltip, Trigger,
    },
    series::Line,
    Chart,
};

use super::history::History;
use super::pillar::Pillar;
use super::snapshot::Snapshot;

/// Colours that follow the page's light or dark scheme.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct ChartPalette {
    pub text: &'static str,
    pub grid: &'static str,
    pub tooltip_background: &'static str,
    /// Overall first, then the pillars in LinkedIn's order.
    pub series: [&'static str; 5],
}

impl ChartPalette {
    pub const LIGHT: ChartPalette = ChartPalette {
        text: "#3d4451",
        grid: "#e3e6eb",
        tooltip_background: "#ffffff",
        series: ["#0a66c2", "#c2410c", "#15803d", "#7c3aed", "#b91c1c"],
    };
    pub const DARK: ChartPalette = ChartPalette {
        text: "#c9d1dc",
        grid: "#2f3542",
        tooltip_background: "#1d222b",
        series: ["#5aa9f5", "#fb923c", "#4ade80", "#a78bfa", "#f87171"],
    };

    pub fn for_scheme(dark: bool) -> Self {
        if dark {
            Self::DARK
        } else {
            Self::LIGHT
        }
    }
}

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
}

const DAY_MS: f64 = 86_400_000.0;

/// The legend name of the overall series.
pub const OVERALL_SERIES: &str = "Overall SSI";

/// The overall score (left axis, 0–100) and each pillar (right axis, 0–25) over time.
/// Both axes split into four equal steps so their grid lines coincide.
pub fn trend_chart(history: &History, style: &ChartStyle) -> Chart {
    let palette = &style.palette;
    let text = || TextStyle::new().color(palette.text);
    let label = || AxisLabel::new().color(palette.text);
    let grid_line = || SplitLine::new().line_style(LineStyle::new().color(palette.grid));
    let value_axis = |name: &str, max: f64| {
        Axis::new()
            .type_(AxisType::Value)
            .name(name)
            .name_text_style(text())
            .min(0)
            .max(max)
            .interval(max / 4.0)
            .axis_label(label())
            .split_line(grid_line())
    };

    let mut chart = Chart::new()
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
                .text_style(text())
                .data(series_names()),
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
                .axis_label(label())
                .split_line(SplitLine::new().show(false)),
        )
        .y_axis(value_axis("Overall", 100.0))
        .y_axis(value_axis("Pillars", Pillar::MAX))
        .series(
            line(OVERALL_SERIES, 0.0, history, |s| s.overall).line_style(LineStyle::new().width(3)),
        );
    for pillar in Pillar::ALL {
        chart = chart.series(line(pillar.short_label(), 1.0, history, move |s| {
            s.pillars.get(pillar)
        }));
    }
    chart
}

/// Legend entries in drawing order.
pub fn series_names() -> Vec<&'static str> {
    std::iter::once(OVERALL_SERIES)
        .chain(Pillar::ALL.iter().map(|p| p.short_label()))
        .collect()
}

fn line(name: &str, y_axis: f64, history: &History, value: impl Fn(&Snapshot) -> f64) -> Line {
    let data: Vec<Vec<charming::datatype::CompositeValue>> = history
        .snapshots()
        .iter()
        .map(|s| vec![s.date.to_string().into(), round3(value(s)).into()])
        .collect();
    Line::new()
        .name(name)
        .y_axis_index(y_axis)
        .symbol(Symbol::Circle)
        .symbol_size(7.0)
        .show_symbol(history.len() <= 26)
        .data(data)
}

fn round3(value: f64) -> f64 {
    (value * 1000.0).round() / 1000.0
}
