//! Chart options as the chart tests read them: a computer-sized light chart, and its JSON.

use serde_json::Value;
use ssi_lens::domain::charts::palette::ChartPalette;
use ssi_lens::domain::charts::ChartStyle;

/// A computer's chart: light, not compact, 1000 × 460 px.
pub const WIDE: ChartStyle = ChartStyle {
    palette: ChartPalette::LIGHT,
    compact: false,
    width_px: 1000,
    height_px: 460,
};

/// The options as ECharts receives them.
pub fn to_json(chart: charming::Chart) -> Value {
    serde_json::to_value(&chart).unwrap()
}
