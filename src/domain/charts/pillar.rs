//! One pillar up close: its line over a range beside the industry's and the network's averages
//! for that pillar, as the snapshots recorded them (LinkedIn's page shows peers' pillars only
//! for today, so over time they are new information). Where a snapshot has no peer breakdown,
//! the peers' lines have a gap: nothing is drawn that was not recorded.

use charming::{
    datatype::{CompositeValue, DataPointItem},
    element::{ItemStyle, LineStyle, Symbol},
    series::Line,
    Chart,
};

use super::super::goals::Metric;
use super::super::number::Precision;
use super::super::pillar::{Pillar, PillarScores};
use super::super::snapshot::Snapshot;
use super::{
    metric_line, metric_scale, point, time_chart, value_axis, window_of, ChartStyle, Panels,
};
use crate::i18n::{self, Lang};

/// Whether any of `snapshots` recorded a peer breakdown of the pillars.
pub fn has_peer_pillars(snapshots: &[Snapshot]) -> bool {
    snapshots
        .iter()
        .any(|s| s.industry_pillars.is_some() || s.network_pillars.is_some())
}

/// Where a snapshot keeps one group of peers' pillars.
type Peers = fn(&Snapshot) -> Option<PillarScores>;

fn industry(s: &Snapshot) -> Option<PillarScores> {
    s.industry_pillars
}

fn network(s: &Snapshot) -> Option<PillarScores> {
    s.network_pillars
}

/// `pillar` over `snapshots`, with the industry's and network's averages of it where any
/// snapshot recorded them (each line broken where a snapshot did not), named in `lang`.
pub fn pillar_chart(
    snapshots: &[Snapshot],
    pillar: Pillar,
    style: &ChartStyle,
    lang: Lang,
) -> Chart {
    let metric = Metric::of(pillar);
    let palette = &style.palette;
    let name = i18n::ssi::pillar_name(lang, pillar);
    let peers: Vec<(&str, &'static str, Symbol, Peers)> = vec![
        (
            i18n::results_industry_average(lang),
            palette.industry,
            Symbol::Rect,
            industry as Peers,
        ),
        (
            i18n::results_network_average(lang),
            palette.network,
            Symbol::Triangle,
            network as Peers,
        ),
    ]
    .into_iter()
    .filter(|(_, _, _, of)| snapshots.iter().any(|s| of(s).is_some()))
    .collect();
    let mut legend = vec![name.to_string()];
    legend.extend(peers.iter().map(|(name, ..)| name.to_string()));
    let (max, interval) = metric_scale(metric);
    let own = metric_line(
        name,
        metric,
        0,
        palette.pillar(pillar),
        Symbol::Circle,
        snapshots,
    );
    let mut chart = time_chart(style, legend, Panels::ONE, window_of(snapshots))
        .y_axis(value_axis(style, 0, name, max, interval))
        .series(own.line_style(LineStyle::new().width(3).color(palette.pillar(pillar))));
    for (name, colour, symbol, of) in peers {
        chart = chart.series(peer_line(name, colour, symbol, snapshots, |s| {
            of(s).map(|scores| scores.get(pillar))
        }));
    }
    chart
}

/// A peer average's line: a point for every snapshot, empty (a gap) where it has no value.
fn peer_line(
    name: &str,
    colour: &str,
    symbol: Symbol,
    snapshots: &[Snapshot],
    value: impl Fn(&Snapshot) -> Option<f64>,
) -> Line {
    let data: Vec<DataPointItem> = snapshots
        .iter()
        .map(|s| match value(s) {
            Some(v) => point(s.date, v, Precision::Hundredth.format(v)),
            None => DataPointItem::new(vec![
                CompositeValue::from(s.date.to_string()),
                CompositeValue::OptionalNumber(None),
            ]),
        })
        .collect();
    // A value between two gaps is a lone point: only its symbol shows it.
    let values: Vec<bool> = snapshots.iter().map(|s| value(s).is_some()).collect();
    let lone = (0..values.len()).any(|i| {
        values[i] && (i == 0 || !values[i - 1]) && values.get(i + 1).is_none_or(|next| !next)
    });
    let shown = data.len() <= 26 || lone;
    Line::new()
        .name(name)
        .symbol(symbol)
        .symbol_size(7.0)
        .show_symbol(shown)
        .line_style(LineStyle::new().width(2).color(colour))
        .item_style(ItemStyle::new().color(colour))
        .data(data)
}
