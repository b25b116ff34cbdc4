//! The scaffold the app's tables share: a box that scrolls sideways on a narrow screen, the
//! table, and its head row, whose number columns are right-aligned like their cells.

use leptos::prelude::*;

use crate::domain::Pillar;
use crate::i18n::{ssi, Lang};

/// A column's heading.
#[derive(Clone, Debug)]
pub struct Column {
    label: String,
    numeric: bool,
    title: Option<&'static str>,
}

impl Column {
    /// A column of words or dates.
    pub fn text(label: impl Into<String>) -> Self {
        Column {
            label: label.into(),
            numeric: false,
            title: None,
        }
    }

    /// A column of numbers, right-aligned.
    pub fn number(label: impl Into<String>) -> Self {
        Column {
            numeric: true,
            ..Column::text(label)
        }
    }

    /// The whole name of a column headed by a short one.
    pub fn titled(self, title: &'static str) -> Self {
        Column {
            title: Some(title),
            ..self
        }
    }
}

/// The columns of a table of snapshots: a date, the overall score and the four pillars (short
/// names, their whole names on hover, in `lang`), then `rest`.
pub fn pillar_columns(
    lang: Lang,
    date: &str,
    overall: &str,
    rest: impl IntoIterator<Item = Column>,
) -> Vec<Column> {
    let pillars = Pillar::ALL
        .map(|p| Column::number(ssi::pillar_name(lang, p)).titled(ssi::pillar_label(lang, p)));
    [Column::text(date), Column::number(overall)]
        .into_iter()
        .chain(pillars)
        .chain(rest)
        .collect()
}

/// A table of `columns` whose body rows are the children. `region` names a table wide enough
/// to scroll: its box becomes a region that keyboard users can focus and scroll.
#[component]
pub fn DataTable(
    columns: Vec<Column>,
    /// Classes beside `data-table` ("compact").
    #[prop(optional)]
    class: &'static str,
    #[prop(optional)] region: Option<&'static str>,
    /// Read by screen readers only.
    #[prop(optional)]
    caption: Option<&'static str>,
    #[prop(optional)] testid: Option<&'static str>,
    children: Children,
) -> impl IntoView {
    let heads = columns
        .into_iter()
        .map(|c| {
            view! {
                <th scope="col" class:num=c.numeric title=c.title>
                    {c.label}
                </th>
            }
        })
        .collect_view();
    view! {
        <div
            class="table-scroll"
            tabindex=region.map(|_| "0")
            role=region.map(|_| "region")
            aria-label=region
        >
            <table class=format!("data-table {class}").trim_end().to_string() data-testid=testid>
                {caption.map(|c| view! { <caption class="visually-hidden">{c}</caption> })}
                <thead>
                    <tr>{heads}</tr>
                </thead>
                <tbody>{children()}</tbody>
            </table>
        </div>
    }
}
