//! The trend chart: the overall score in its own panel (0 to 100) above the four pillars
//! (0 to 25 each), on one date axis. Two aligned panels rather than two scales on one plot, so
//! a pillar is never drawn above the overall it is a quarter of. Goals are target lines,
//! projections run towards them, and notes are pins on the overall line.
//!
//! Every series is a line: the app's ECharts bundle has no scatter chart or mark lines
//! (scripts/echarts/entry.js), which keeps it within its size budget.

use charming::{
    datatype::{CompositeValue, DataPoint, DataPointItem},
    element::{
        font_settings::FontWeight, ItemStyle, Label, LabelAlign, LabelPosition, LineStyle,
        LineStyleType, Symbol, Tooltip, Trigger,
    },
    series::Line,
    Chart,
};
use chrono::{Days, NaiveDate};

use super::super::goals::{Goals, Metric};
use super::super::number::to_stored_precision;
use super::super::snapshot::Snapshot;
use super::super::stats::{self, Projection, Trend};
use super::time_axis::TimeWindow;
use super::{
    metric_line, metric_scale, point, prose_point, time_chart, value_axis, window_of, ChartStyle,
    Panels, VALUE_LABEL_ROOM,
};
use crate::i18n::{
    self,
    results::{metric_name, metric_short_name},
    Lang,
};

/// Each pillar's marker, so the lines differ by shape as well as colour.
const PILLAR_SYMBOLS: [Symbol; 4] = [
    Symbol::Circle,
    Symbol::Rect,
    Symbol::Triangle,
    Symbol::Diamond,
];

/// How the panels share the height: the overall (one line) a little less than the pillars.
const PANELS: Panels<'static> = Panels {
    shares: &[4, 5],
    label_room: VALUE_LABEL_ROOM,
};

/// How far a goal's projection runs when the goal is not met on the current trend.
const NOT_ON_TREND_DAYS: u64 = 84;

/// Legend entries of the trend chart, in drawing order.
pub fn series_names(lang: Lang) -> Vec<String> {
    Metric::ALL
        .map(|m| metric_name(lang, m).to_string())
        .to_vec()
}

/// The legend name of a goal's projection ("Overall projection").
pub fn projection_name(lang: Lang, metric: Metric) -> String {
    i18n::results_projection(lang, metric_short_name(lang, metric))
}

/// The panel a metric is drawn on: 0 for the overall score, 1 for the pillars.
fn panel(metric: Metric) -> usize {
    usize::from(metric != Metric::Overall)
}

/// A metric's colour: the overall's, or its pillar's.
fn colour(style: &ChartStyle, metric: Metric) -> &'static str {
    metric
        .pillar()
        .map_or(style.palette.overall(), |p| style.palette.pillar(p))
}

/// The overall score above the four pillars over `snapshots`, with each goal as a dashed
/// target line, a dashed projection towards it, and a pin for each note, named in `lang`.
pub fn trend_chart(snapshots: &[Snapshot], goals: &Goals, style: &ChartStyle, lang: Lang) -> Chart {
    let projections: Vec<Projected> = goals
        .iter()
        .filter_map(|(&metric, &target)| Projected::of(snapshots, metric, target))
        .collect();
    // Only the range's snapshots shape the dates; a projection gets a little room after them.
    let furthest = projections.iter().map(|p| p.end).max();
    let window = window_of(snapshots).map(|w| furthest.map_or(w, |end| w.looking_ahead_to(end)));
    let mut legend = series_names(lang);
    legend.extend(projections.iter().map(|p| projection_name(lang, p.metric)));

    let (overall_max, overall_step) = metric_scale(Metric::Overall);
    let (pillar_max, pillar_step) = metric_scale(Metric::Brand);
    let mut chart = time_chart(style, legend, PANELS, window)
        .y_axis(value_axis(
            style,
            0,
            metric_name(lang, Metric::Overall),
            overall_max,
            overall_step,
        ))
        .y_axis(value_axis(
            style,
            1,
            i18n::results_pillars(lang),
            pillar_max,
            pillar_step,
        ));

    let symbols = std::iter::once(Symbol::Circle).chain(PILLAR_SYMBOLS);
    for (metric, symbol) in Metric::ALL.into_iter().zip(symbols) {
        let mut line = metric_line(
            metric_name(lang, metric),
            metric,
            panel(metric),
            colour(style, metric),
            symbol,
            snapshots,
        );
        if metric == Metric::Overall {
            line = line.line_style(LineStyle::new().width(3).color(colour(style, metric)));
        }
        chart = chart.series(line);
    }
    if let Some(window) = window {
        for (&metric, &target) in goals.iter() {
            chart = chart.series(goal_line(style, metric, target, window, lang));
        }
        for projection in &projections {
            chart = chart.series(projection.series(style, window, lang));
        }
    }
    match notes(snapshots, style, lang) {
        Some(pins) => chart.series(pins),
        None => chart,
    }
}

/// "Goal 60" for the overall score, "Brand goal 20" for a pillar (four share a panel).
fn goal_label(lang: Lang, metric: Metric, target: f64) -> String {
    let target = metric.precision().format(target);
    match metric.pillar() {
        None => i18n::results_goal_line_overall(lang, target),
        Some(pillar) => {
            i18n::results_goal_line_pillar(lang, i18n::ssi::pillar_name(lang, pillar), target)
        }
    }
}

/// A dashed line named `name` on `metric`'s panel, in its colour: a goal or a projection.
fn dashed(style: &ChartStyle, metric: Metric, name: &str, width: f64) -> Line {
    let colour = colour(style, metric);
    Line::new()
        .name(name)
        .x_axis_index(panel(metric) as f64)
        .y_axis_index(panel(metric) as f64)
        .line_style(
            LineStyle::new()
                .type_(LineStyleType::Dashed)
                .width(width)
                .color(colour),
        )
        .item_style(ItemStyle::new().color(colour))
}

/// A dashed horizontal line at `target` across the chart's dates, on its metric's panel,
/// labelled at its right end. It is named as its metric's series, so the legend (which lists
/// only the metrics) shows and hides the two together. It has no tooltip row: its label says it.
fn goal_line(
    style: &ChartStyle,
    metric: Metric,
    target: f64,
    window: TimeWindow,
    lang: Lang,
) -> Line {
    let (first, last) = window.axis_bounds();
    let at =
        |date: NaiveDate| -> Vec<CompositeValue> { vec![date.to_string().into(), target.into()] };
    dashed(style, metric, metric_name(lang, metric), 1.5)
        .silent(true)
        // Out of the axis tooltip, so its ends never draw the pointer away from the scores.
        .tooltip(Tooltip::new().trigger(Trigger::None))
        // Symbols of no size: ECharts draws a line's labels on its symbols, and drops both
        // for the symbol "none".
        .symbol(Symbol::Circle)
        .symbol_size(0.0)
        // Each point's label is its name, and only the right end has one: above the line,
        // ending a little before it does.
        .label(
            Label::new()
                .show(true)
                .formatter("{b}")
                .position(LabelPosition::Top)
                .align(LabelAlign::Right)
                .offset((-5, 0))
                .color(style.palette.text)
                .font_weight(FontWeight::Bold),
        )
        .data(vec![
            DataPoint::Value(at(first).into()),
            DataPointItem::new(at(last))
                .name(goal_label(lang, metric, target))
                .into(),
        ])
}

/// A goal's fitted trend from the latest snapshot to the day the goal is projected to be met
/// (or twelve weeks ahead when it is not on the current trend).
struct Projected {
    metric: Metric,
    latest: NaiveDate,
    end: NaiveDate,
    trend: Trend,
}

impl Projected {
    fn of(snapshots: &[Snapshot], metric: Metric, target: f64) -> Option<Self> {
        let latest = snapshots.last()?.date;
        let trend = stats::trend(snapshots, metric)?;
        let end = match stats::project(snapshots, metric, target) {
            Projection::Reached | Projection::NotEnoughData => return None,
            Projection::On(date) => date,
            Projection::NotOnTrend => latest.checked_add_days(Days::new(NOT_ON_TREND_DAYS))?,
        };
        Some(Projected {
            metric,
            latest,
            end,
            trend,
        })
    }

    /// The dashed line, cut where the chart's dates end. Only its far end has a tooltip row:
    /// at the latest date the snapshot's own row says it.
    fn series(&self, style: &ChartStyle, window: TimeWindow, lang: Lang) -> Line {
        let value =
            |date| to_stored_precision(self.trend.at(date).clamp(0.0, self.metric.ceiling()));
        let end = self.end.min(window.last());
        let start: Vec<CompositeValue> =
            vec![self.latest.to_string().into(), value(self.latest).into()];
        let tip = i18n::results_projected(lang, self.metric.precision().format(value(end)));
        dashed(style, self.metric, &projection_name(lang, self.metric), 2.0)
            .show_symbol(false)
            .data(vec![
                DataPoint::Value(start.into()),
                point(end, value(end), tip).into(),
            ])
    }
}

/// A pin on the overall line for each note; its tooltip row is the note's text, nothing else.
/// A line series with no line, pins only, named "Note" in `lang` (not in the legend: a pin is
/// explained by its tooltip).
fn notes(snapshots: &[Snapshot], style: &ChartStyle, lang: Lang) -> Option<Line> {
    let pins: Vec<_> = snapshots
        .iter()
        .filter_map(|s| {
            s.note
                .as_deref()
                .map(|note| prose_point(s.date, s.overall, note))
        })
        .collect();
    (!pins.is_empty()).then(|| {
        Line::new()
            .name(i18n::results_note(lang))
            .x_axis_index(0)
            .y_axis_index(0)
            .symbol(Symbol::Pin)
            .symbol_size(22)
            .show_symbol(true)
            // No line between the pins, not even when the series is highlighted (wider).
            .line_style(LineStyle::new().width(0).opacity(0))
            // As ECharts draws scatter points, which pins were: a little translucent, and
            // under the lines.
            .item_style(ItemStyle::new().color(style.palette.note).opacity(0.8))
            .z(2)
            .data(pins)
    })
}
