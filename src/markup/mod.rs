//! HTML of the dashboard's top, written once for both of its painters: the app (Leptos places
//! it with `inner_html`) and the first-paint binary, which draws it before the app has loaded
//! (`src/bin/first_paint.rs`). One writer, so the two paints cannot differ; pure, so it is
//! tested natively. Every text is escaped here: a name comes from someone else's share link.

pub mod dashboard;
pub mod frame;
pub mod week;

use chrono::NaiveDate;

pub use dashboard::{
    dashboard_title, last_snapshot_words, overall_card, pillar_title, pillars_card, range_picker,
    shared_banner_words, DashboardTop, LastSnapshotWords,
};

/// How a screen writes a date: the browser's language through `Intl`, passed in by the
/// painter (the domain cannot reach the browser).
pub type DateWords<'a> = &'a dyn Fn(NaiveDate) -> String;

/// Whose numbers are on screen, for the words around them: the user's ("your industry"), or
/// someone's from a share link ("Dana’s industry").
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Whose {
    Yours,
    Someones(Option<String>),
}

impl Whose {}

/// CSS class for a change shown at `precision`: flat when it rounds to nothing there.
pub fn change_class(precision: crate::domain::number::Precision, delta: f64) -> &'static str {
    if precision.is_flat(delta) {
        "delta flat"
    } else if delta > 0.0 {
        "delta up"
    } else {
        "delta down"
    }
}

/// `text` as HTML text.
fn text(text: &str) -> std::borrow::Cow<'_, str> {
    html_escape::encode_text(text)
}

/// `value` as a double-quoted attribute's value.
fn attr(value: &str) -> std::borrow::Cow<'_, str> {
    html_escape::encode_double_quoted_attribute(value)
}
