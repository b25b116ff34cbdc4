//! One of the user's outcomes beside the score: the SSI line in a panel above the outcome's
//! bars, over the weeks that hold the outcome, so neither is drawn over the other and ten
//! recorded weeks fill the width rather than a sliver of a year.

use charming::{
    element::{ItemStyle, LineStyle, Symbol},
    series::Bar,
    Chart,
};
use chrono::NaiveDate;

use super::super::goals::Metric;
use super::super::ids::OutcomeId;
use super::super::number::format_number;
use super::super::stats::Range;
use super::super::History;
use super::time_axis::TimeWindow;
use super::{
    metric_line, metric_scale, point, time_chart, value_axis, ChartStyle, Panels, VALUE_LABEL_ROOM,
};
use crate::i18n::{results::metric_name, Lang};

/// Half a week each side, so the first and last weeks' bars are whole.
const BAR_MARGIN_DAYS: u64 = 4;
/// A bar's share of a week's width, and its widest in pixels (a few weeks would give slabs).
const BAR_SHARE_OF_WEEK: f64 = 0.5;
const BAR_MAX_PX: f64 = 28.0;

/// The overall score (line, upper panel) and one outcome (bars, lower panel) within `range`,
/// named in `lang`:
/// every day the Results screen lists in it ([`Range::result_days`]), with a snapshot or not,
/// from the first with a value of the outcome (all of the range's snapshots while none has one).
pub fn outcome_chart(
    history: &History,
    range: Range,
    outcome_id: OutcomeId,
    outcome_name: &str,
    style: &ChartStyle,
    lang: Lang,
) -> Chart {
    let snapshots = range.of(history);
    let recorded: Vec<(NaiveDate, f64)> = range
        .result_days(history)
        .into_iter()
        .rev()
        .filter_map(|day| Some((day, history.outcome_value(day, outcome_id)?)))
        .collect();
    let shown = match recorded.first() {
        Some(&(first, _)) => &snapshots[snapshots.partition_point(|s| s.date < first)..],
        None => snapshots,
    };
    let peak = recorded.iter().map(|&(_, v)| v).fold(0.0, f64::max);
    let (max, step) = count_scale(peak);
    let (ssi_max, ssi_step) = metric_scale(Metric::Overall);

    let overall = metric_name(lang, Metric::Overall);
    let legend = vec![overall.to_string(), outcome_name.to_string()];
    let days_shown = shown.iter().map(|s| s.date);
    let window = TimeWindow::of(days_shown.chain(recorded.iter().map(|&(day, _)| day)))
        .map(|w| w.with_margin(BAR_MARGIN_DAYS));
    let panels = Panels {
        shares: &[1, 1],
        label_room: VALUE_LABEL_ROOM,
    };
    let palette = &style.palette;
    let ssi = metric_line(
        overall,
        Metric::Overall,
        0,
        palette.overall(),
        Symbol::Circle,
        shown,
    )
    .line_style(LineStyle::new().width(3).color(palette.overall()));
    let colour = palette.series[1];
    let bars: Vec<_> = recorded
        .iter()
        .map(|&(date, v)| point(date, v, format_number(v)))
        .collect();
    let days = window.map_or(7, |w| {
        let (first, last) = w.axis_bounds();
        (last - first).num_days().max(7)
    });
    let plot_px = f64::from(style.plot_width(VALUE_LABEL_ROOM));
    let bar_px = (plot_px * 7.0 / days as f64 * BAR_SHARE_OF_WEEK).clamp(2.0, BAR_MAX_PX);
    time_chart(style, legend, panels, window)
        // "SSI" is LinkedIn's name in every language.
        .y_axis(value_axis(style, 0, "SSI", ssi_max, ssi_step))
        .y_axis(value_axis(style, 1, outcome_name, max, step))
        .series(ssi)
        .series(
            Bar::new()
                .name(outcome_name)
                .x_axis_index(1)
                .y_axis_index(1)
                .bar_width(bar_px.round())
                .item_style(ItemStyle::new().color(colour))
                .data(bars),
        )
}

/// An axis for counts up to `peak`: 0 to a round maximum in at most five round steps
/// (1, 2 or 5 times a power of ten, never below 1).
fn count_scale(peak: f64) -> (f64, f64) {
    let mut magnitude = 1.0;
    loop {
        for factor in [1.0, 2.0, 5.0] {
            let step = factor * magnitude;
            let steps = (peak / step).ceil().max(1.0);
            if steps <= 5.0 {
                return (steps * step, step);
            }
        }
        magnitude *= 10.0;
    }
}

#[cfg(test)]
mod tests {
    use super::count_scale;

    #[test]
    fn count_axes_end_on_a_round_number() {
        assert_eq!(count_scale(0.0), (1.0, 1.0));
        assert_eq!(count_scale(4.0), (4.0, 1.0));
        assert_eq!(count_scale(9.0), (10.0, 2.0));
        assert_eq!(count_scale(23.0), (25.0, 5.0));
        assert_eq!(count_scale(1e9), (1e9, 2e8));
    }
}
