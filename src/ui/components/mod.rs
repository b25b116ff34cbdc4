//! Widgets shared by the pages.

mod advice_card;
mod form_field;
mod header;
mod notices;
mod score_bar;
mod trend_chart;

pub use advice_card::AdviceCard;
pub use form_field::{field_id, FormField};
pub use header::Header;
pub use notices::Notices;
pub use score_bar::ScoreBar;
pub use trend_chart::TrendChart;
