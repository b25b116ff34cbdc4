//! ECharts options built from domain data with charming. Pure functions, so the JSON ECharts
//! receives is testable natively.
//!
//! Every time chart shares one frame ([`time_chart`]): a legend on top, one or more panels
//! stacked on a shared date axis (each panel with its own value axis, named above it), and an
//! axis tooltip whose words are written here. A point's value is `[date, y, tip, prose]`: its
//! date, its height, its tooltip row as text and, for a note, a prose flag. The app's ECharts
//! bundle lays them out ([`TOOLTIP_ROWS`]) and writes the date in the page's language.

use charming::{
    component::{Axis, Grid, Legend},
    datatype::{CompositeValue, DataPointItem},
    element::{
        font_settings::FontWeight, AxisLabel, AxisLine, AxisPointer, AxisPointerLink,
        AxisPointerType, AxisTick, AxisType, ItemStyle, LineStyle, LineStyleType, NameLocation,
        SplitLine, Symbol, TextStyle, Tooltip, Trigger,
    },
    series::Line,
    Chart,
};
use chrono::NaiveDate;

use super::goals::Metric;
use super::number::to_stored_precision;
use super::snapshot::Snapshot;
use crate::i18n::{self, results::metric_name, Lang};

pub mod outcome;
pub mod palette;
pub mod pillar;
pub mod sparkline;
pub mod time_axis;
pub mod trend;

pub use outcome::outcome_chart;
pub use pillar::pillar_chart;
pub use sparkline::sparkline_points;
pub use trend::{projection_name, series_names, trend_chart};

use palette::{ChartPalette, ComparedLine};
use time_axis::TimeWindow;

/// The tooltip formatter the app's ECharts bundle provides (scripts/echarts/entry.js): a
/// header with the points' `name` and one row per point that has a tip, all as text.
pub const TOOLTIP_ROWS: &str = "ssi-lens:tooltip-rows";

/// Where a point's tooltip row sits in its value array, and where a note's prose flag does.
pub const TIP_INDEX: usize = 2;
pub const PROSE_INDEX: usize = 3;

/// Why a chart could not be drawn (worded by `i18n::results::chart_problem`): the browser draws
/// it (`edges::chart`), but what went wrong is a fact the words and their tests need natively.
#[derive(Clone, Debug, PartialEq)]
pub enum ChartError {
    /// The chart library did not load.
    LibraryMissing,
    /// ECharts refused the options or the element was gone, with what it said.
    Render(String),
}

/// How a chart should look where it is drawn.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct ChartStyle {
    pub palette: ChartPalette,
    /// A narrow container (a phone): fewer axis labels, a tighter legend.
    pub compact: bool,
    /// The container's size, to lay out the legend and panels (0 when not known).
    pub width_px: u32,
    pub height_px: u32,
}

/// Room for a value axis' name above its panel.
const NAME_ROOM: u32 = 26;
/// Space between one panel's lowest value label and the next panel's name.
const PANEL_GAP: u32 = 10;
/// How far the date labels sit below the last panel's lowest value label ("0"), which is
/// centred on the panel's bottom line.
const DATE_OFFSET: u32 = 5;
/// Room for the date labels below the last panel.
const DATE_ROOM: u32 = 28 + DATE_OFFSET;
/// Width of one date label's slot: "Jan 2027" and space around it.
const DATE_LABEL_SLOT: u32 = 64;
/// Room left of a panel for its value labels ("100"); ranks ("Top 20%") need more.
const VALUE_LABEL_ROOM: u32 = 40;
const RANK_LABEL_ROOM: u32 = 62;

impl ChartStyle {
    /// Containers narrower than this many pixels get the compact layout.
    pub const COMPACT_BELOW: u32 = 560;

    pub fn new(dark: bool, width_px: u32, height_px: u32) -> Self {
        ChartStyle {
            palette: ChartPalette::for_scheme(dark),
            compact: width_px < Self::COMPACT_BELOW,
            width_px,
            height_px,
        }
    }

    fn width(&self) -> u32 {
        if self.width_px == 0 {
            900
        } else {
            self.width_px
        }
    }

    fn height(&self) -> u32 {
        if self.height_px == 0 {
            400
        } else {
            self.height_px
        }
    }

    fn text(&self) -> TextStyle {
        TextStyle::new().color(self.palette.text)
    }

    fn right(&self) -> u32 {
        if self.compact {
            14
        } else {
            24
        }
    }

    /// A panel's width with `left` pixels of room for its value labels.
    fn plot_width(&self, left: u32) -> u32 {
        self.width().saturating_sub(left + self.right())
    }

    /// As many date labels as fit side by side without touching.
    fn max_date_labels(&self, left: u32) -> usize {
        (self.plot_width(left) / DATE_LABEL_SLOT).clamp(2, 8) as usize
    }

    fn legend_gap(&self) -> u32 {
        if self.compact {
            8
        } else {
            16
        }
    }

    /// The legend's height: its entries laid out in rows as ECharts does, by estimated width.
    fn legend_height(&self, names: &[String]) -> u32 {
        let available = self.width().saturating_sub(10);
        let mut rows = 1;
        let mut x = 0;
        for name in names {
            // Icon (25), its gap (5) and about 7 px a character at 12 px.
            let width = 30 + 7 * name.chars().count() as u32;
            if x > 0 && x + width > available {
                rows += 1;
                x = 0;
            }
            x += width + self.legend_gap();
        }
        rows * 24
    }

    /// One grid per panel, top to bottom, sharing the height by `shares` below the legend.
    fn grids(&self, legend: &[String], shares: &[u32], left: u32) -> Vec<Grid> {
        let top = self.legend_height(legend) + 6;
        let panels = shares.len() as u32;
        let room = NAME_ROOM * panels + PANEL_GAP * panels.saturating_sub(1) + DATE_ROOM;
        let plots = self.height().saturating_sub(top + room).max(60 * panels);
        let total: u32 = shares.iter().sum::<u32>().max(1);
        let mut y = top;
        shares
            .iter()
            .map(|share| {
                let height = plots * share / total;
                let px = |v: u32| f64::from(v);
                let grid = Grid::new()
                    .left(px(left))
                    .right(px(self.right()))
                    .top(px(y + NAME_ROOM))
                    .height(px(height));
                y += NAME_ROOM + height + PANEL_GAP;
                grid
            })
            .collect()
    }
}

/// The panels of a time chart: how they share the height, and the room left of them for
/// their value labels.
struct Panels<'a> {
    shares: &'a [u32],
    label_room: u32,
}

impl Panels<'_> {
    const ONE: Panels<'static> = Panels {
        shares: &[1],
        label_room: VALUE_LABEL_ROOM,
    };
}

/// The frame every time chart shares: legend, tooltip and a panel per share, each with a date
/// axis spanning `window` (labelled under the last panel only). Value axes and series follow.
fn time_chart(
    style: &ChartStyle,
    legend: Vec<String>,
    panels: Panels,
    window: Option<TimeWindow>,
) -> Chart {
    let palette = &style.palette;
    let grids = style.grids(&legend, panels.shares, panels.label_room);
    let last = grids.len().saturating_sub(1);
    let mut chart = Chart::new()
        .animation_duration(400)
        .color(palette.series.to_vec())
        .tooltip(
            Tooltip::new()
                .trigger(Trigger::Axis)
                .formatter(TOOLTIP_ROWS)
                .background_color(palette.tooltip_background)
                .border_color(palette.grid)
                .axis_pointer(
                    AxisPointer::new().type_(AxisPointerType::Line).line_style(
                        LineStyle::new()
                            .color(palette.text)
                            .type_(LineStyleType::Dashed),
                    ),
                ),
        )
        // One pointer across the panels, so the tooltip lists them all.
        .axis_pointer(AxisPointer::new().link(vec![AxisPointerLink::new().x_axis_index("all")]))
        .legend(
            Legend::new()
                .top(0)
                .item_gap(style.legend_gap())
                .text_style(style.text())
                .data(legend),
        );
    let labels = window.map(|w| w.labels(style.max_date_labels(panels.label_room)));
    for (i, grid) in grids.into_iter().enumerate() {
        chart = chart
            .grid(grid)
            .x_axis(time_axis(style, window, labels.as_ref(), i, i == last));
    }
    chart
}

/// A date axis on panel `grid` over `window`, labelled (when `labelled`) at the dates chosen
/// in [`TimeWindow::labels`] so they never collide.
fn time_axis(
    style: &ChartStyle,
    window: Option<TimeWindow>,
    labels: Option<&(Vec<NaiveDate>, &'static str)>,
    grid: usize,
    labelled: bool,
) -> Axis {
    let mut label = AxisLabel::new().show(labelled).color(style.palette.text);
    if let Some((dates, formatter)) = labels {
        label = dates.iter().fold(label.formatter(*formatter), |l, d| {
            l.custom_values(d.to_string().as_str())
        });
    }
    // No tick marks: below the offset axis they ran into their labels ("4 N|ov"), and the
    // points already stand on their dates.
    let tick = AxisTick::new().show(false);
    let axis = Axis::new()
        .type_(AxisType::Time)
        .grid_index(grid as f64)
        .axis_label(label)
        .axis_tick(tick)
        // The value axis' own line at 0 borders the panel, in the grid's colour.
        .axis_line(AxisLine::new().show(false))
        .offset(f64::from(DATE_OFFSET))
        .split_line(SplitLine::new().show(false));
    match window.map(|w| w.axis_bounds()) {
        Some((min, max)) => axis.min(min.to_string()).max(max.to_string()),
        None => axis,
    }
}

/// A value axis on panel `grid` from 0 to `max` in steps of `interval`, named above it.
fn value_axis(style: &ChartStyle, grid: usize, name: &str, max: f64, interval: f64) -> Axis {
    Axis::new()
        .type_(AxisType::Value)
        .grid_index(grid as f64)
        .name(name)
        .name_location(NameLocation::End)
        .name_gap(10)
        .name_text_style(style.text().align("left").font_weight(FontWeight::Bold))
        .min(0)
        .max(max)
        .interval(interval)
        .axis_label(AxisLabel::new().color(style.palette.text))
        .split_line(SplitLine::new().line_style(LineStyle::new().color(style.palette.grid)))
}

/// One point: its date and value, with the words its tooltip row shows.
fn point(date: NaiveDate, value: f64, tip: String) -> DataPointItem {
    DataPointItem::new(point_values(date, value, tip))
}

/// A note's point: its tooltip row is its words alone, flagged as prose.
fn prose_point(date: NaiveDate, value: f64, text: &str) -> DataPointItem {
    let mut values = point_values(date, value, text.to_string());
    values.push(1.into());
    DataPointItem::new(values)
}

/// `[date, value, tip]`, as scripts/echarts/entry.js reads a point. The tooltip writes the date
/// in the page's language from the ISO date, so points carry no other name.
fn point_values(date: NaiveDate, value: f64, tip: String) -> Vec<CompositeValue> {
    vec![
        date.to_string().into(),
        to_stored_precision(value).into(),
        tip.into(),
    ]
}

/// A line on panel `panel` of the points `value` gives (snapshots without one are skipped),
/// in `colour`, marked with `symbol` so lines differ by more than colour.
fn line(
    name: &str,
    panel: usize,
    colour: &str,
    symbol: Symbol,
    snapshots: &[Snapshot],
    value: impl Fn(&Snapshot) -> Option<(f64, String)>,
) -> Line {
    let data: Vec<DataPointItem> = snapshots
        .iter()
        .filter_map(|s| value(s).map(|(v, tip)| point(s.date, v, tip)))
        .collect();
    Line::new()
        .name(name)
        .x_axis_index(panel as f64)
        .y_axis_index(panel as f64)
        .symbol(symbol)
        .symbol_size(7.0)
        .show_symbol(data.len() <= 26)
        .line_style(LineStyle::new().width(2).color(colour))
        .item_style(ItemStyle::new().color(colour))
        .data(data)
}

/// A metric's line: its value at the precision that metric is shown everywhere.
fn metric_line(
    name: &str,
    metric: Metric,
    panel: usize,
    colour: &str,
    symbol: Symbol,
    snapshots: &[Snapshot],
) -> Line {
    line(name, panel, colour, symbol, snapshots, |s| {
        let v = metric.value(s);
        Some((v, metric.precision().format(v)))
    })
}

/// The window of `snapshots`' dates.
fn window_of(snapshots: &[Snapshot]) -> Option<TimeWindow> {
    TimeWindow::of(snapshots.iter().map(|s| s.date))
}

/// The rank axis for some ranks: from a round number at or above the best to one at or below
/// the worst, in even steps (5, 10, 20 or 25 points, at most five), so a few weeks fill the
/// chart and every label is a step from the next. "Top 0%" is never a label.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct RankScale {
    /// The axis' top (the best end) and bottom, in "Top N%".
    pub top: u8,
    pub bottom: u8,
    pub step: u8,
}

impl RankScale {
    pub fn of(ranks: impl Iterator<Item = u8>) -> RankScale {
        let (best, worst) = ranks.fold((100, 1), |(b, w), r| (b.min(r), w.max(r)));
        let (best, worst) = if best > worst {
            (1, 100)
        } else {
            (best, worst)
        };
        let fit = |step: u8| {
            let top = (best - 1) / step * step;
            let bottom = worst
                .div_ceil(step)
                .saturating_mul(step)
                .min(100)
                .max(top + step);
            RankScale { top, bottom, step }
        };
        [5, 10, 20, 25]
            .into_iter()
            .map(fit)
            .find(|s| (s.bottom - s.top) / s.step <= 5)
            .unwrap_or(RankScale {
                top: 0,
                bottom: 100,
                step: 20,
            })
    }

    /// The grid lines: every step from top to bottom.
    pub fn lines(&self) -> Vec<u8> {
        (self.top..=self.bottom)
            .step_by(usize::from(self.step))
            .collect()
    }

    /// The labelled values: the lines but "Top 0%".
    pub fn labels(&self) -> Vec<u8> {
        self.lines().into_iter().filter(|&v| v > 0).collect()
    }
}

/// Industry and network ranks over time on an axis where up means better (Top 1% at the top),
/// labelled as LinkedIn words them in `lang` ("Top 20%", "Top 20 %").
pub fn rank_chart(snapshots: &[Snapshot], style: &ChartStyle, lang: Lang) -> Chart {
    let (industry, network) = (
        i18n::results_industry_rank(lang),
        i18n::results_network_rank(lang),
    );
    let names = vec![industry.to_string(), network.to_string()];
    let palette = &style.palette;
    let panels = Panels {
        shares: &[1],
        label_room: RANK_LABEL_ROOM,
    };
    let scale = RankScale::of(
        snapshots
            .iter()
            .flat_map(|s| [s.industry_rank, s.network_rank])
            .flatten(),
    );
    let (labels, lines) = (scale.labels(), scale.lines());
    let axis = Axis::new()
        .type_(AxisType::Value)
        .inverse(true)
        .min(i32::from(scale.top))
        .max(i32::from(scale.bottom))
        .interval(i32::from(scale.step))
        .axis_label(
            labels.into_iter().fold(
                AxisLabel::new()
                    .color(palette.text)
                    // ECharts' template: its `{value}` in the place of LinkedIn's number.
                    .formatter(i18n::ssi_rank_top(lang, "{value}").as_str()),
                |l, v| l.custom_values(i32::from(v)),
            ),
        )
        .axis_tick(AxisTick::new().custom_values(lines.into_iter().map(i32::from).collect()))
        .split_line(SplitLine::new().line_style(LineStyle::new().color(palette.grid)));
    let rank = |r: Option<u8>| r.map(|r| (f64::from(r), i18n::ssi::rank(lang, Some(r))));
    time_chart(style, names, panels, window_of(snapshots))
        .y_axis(axis)
        .series(line(
            industry,
            0,
            palette.industry,
            Symbol::Circle,
            snapshots,
            |s| rank(s.industry_rank),
        ))
        .series(line(
            network,
            0,
            palette.network,
            Symbol::Rect,
            snapshots,
            |s| rank(s.network_rank),
        ))
}

/// Room kept inside Compare's plot at each end, in pixels, so a marker on the first or last
/// day is drawn whole (a 7 px marker and its 2 px line, with air) rather than cut at the edge.
pub const END_MARKER_ROOM_PX: u32 = 8;

/// One line per person for `metric`: the user's own first (`yours`, in the brand colour, named
/// "You" in `lang`) when they have a history, then everyone else's (`others`), each in a colour
/// of its own.
pub fn comparison_chart(
    yours: Option<&[Snapshot]>,
    others: &[(String, &[Snapshot])],
    metric: Metric,
    style: &ChartStyle,
    lang: Lang,
) -> Chart {
    let lines: Vec<(String, &[Snapshot], ComparedLine)> = yours
        .map(|s| (i18n::team::you(lang).to_string(), s, ComparedLine::Yours))
        .into_iter()
        .chain(
            others
                .iter()
                .enumerate()
                .map(|(i, (name, s))| (name.clone(), *s, ComparedLine::Other(i))),
        )
        .collect();
    let names: Vec<String> = lines.iter().map(|(n, _, _)| n.clone()).collect();
    let window = TimeWindow::of(lines.iter().flat_map(|(_, s, _)| s.iter().map(|s| s.date)))
        .map(|w| with_marker_room(w, style, VALUE_LABEL_ROOM));
    let (max, interval) = metric_scale(metric);
    let mut chart = time_chart(style, names, Panels::ONE, window).y_axis(value_axis(
        style,
        0,
        metric_name(lang, metric),
        max,
        interval,
    ));
    let symbols = [
        Symbol::Circle,
        Symbol::Rect,
        Symbol::Triangle,
        Symbol::Diamond,
        Symbol::RoundRect,
    ];
    for (i, (name, snapshots, whose)) in lines.iter().enumerate() {
        chart = chart.series(metric_line(
            name,
            metric,
            0,
            style.palette.compared(*whose),
            symbols[i % symbols.len()].clone(),
            snapshots,
        ));
    }
    chart
}

/// `window` with days added at each end worth [`END_MARKER_ROOM_PX`] of a plot `left` pixels
/// in from the chart's left edge: with `m` days each side of a `span`, an end point sits
/// `m / (span + 2m)` of the plot's width inside it.
fn with_marker_room(window: TimeWindow, style: &ChartStyle, left: u32) -> TimeWindow {
    let span = (window.last() - window.first())
        .num_days()
        .max(1)
        .unsigned_abs();
    let room = u64::from(END_MARKER_ROOM_PX);
    let usable = u64::from(style.plot_width(left))
        .saturating_sub(2 * room)
        .max(1);
    window.with_margin((room * span).div_ceil(usable))
}

/// A metric's axis: 0 to 100 by 25 for the overall score, 0 to 25 by 5 for a pillar.
fn metric_scale(metric: Metric) -> (f64, f64) {
    if metric == Metric::Overall {
        (100.0, 25.0)
    } else {
        (metric.ceiling(), 5.0)
    }
}
