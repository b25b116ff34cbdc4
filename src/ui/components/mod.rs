//! Widgets shared by the pages.

mod advice_card;
mod data_card;
mod form_field;
mod header;
mod import_card;
mod import_preview;
mod notices;
mod paste_box;
mod peer_pillars;
mod score_bar;
mod shared_banner;
mod trend_chart;

pub use advice_card::AdviceCard;
pub use data_card::DataCard;
pub use form_field::{field_id, FormField};
pub use header::Header;
pub use import_card::ImportCard;
pub use import_preview::ImportPreview;
pub use notices::Notices;
pub use paste_box::PasteBox;
pub use peer_pillars::PeerPillars;
pub use score_bar::ScoreBar;
pub use shared_banner::SharedBanner;
pub use trend_chart::TrendChart;
