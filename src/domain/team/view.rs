//! How the Team screen orders and narrows its rows: the sort keys and filters the user picks,
//! with stable names for the address (`i18n::team` words them).

use chrono::NaiveDate;

use super::{Standing, Team, TeamRow};
use crate::domain::number::Precision;
use crate::domain::pillar::Pillar;

/// What the rows are ordered by.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum TeamSort {
    Name,
    Score,
    Change,
    Pillar(Pillar),
    LastUpdate,
}

impl TeamSort {
    pub const ALL: [TeamSort; 8] = [
        TeamSort::Name,
        TeamSort::Score,
        TeamSort::Change,
        TeamSort::Pillar(Pillar::Brand),
        TeamSort::Pillar(Pillar::People),
        TeamSort::Pillar(Pillar::Insights),
        TeamSort::Pillar(Pillar::Relationships),
        TeamSort::LastUpdate,
    ];

    /// A stable name for the address and storage.
    pub fn key(self) -> &'static str {
        match self {
            TeamSort::Name => "name",
            TeamSort::Score => "score",
            TeamSort::Change => "change",
            TeamSort::Pillar(p) => p.key(),
            TeamSort::LastUpdate => "last-update",
        }
    }

    pub fn from_key(key: &str) -> Option<Self> {
        TeamSort::ALL.into_iter().find(|s| s.key() == key)
    }

    /// Names read A to Z; every number reads highest (or most recent) first.
    pub fn default_descending(self) -> bool {
        self != TeamSort::Name
    }

    /// What `row` is ordered by under this key; `None` when it lacks the value. Numbers are
    /// taken as shown, so rows that show the same keep their order.
    fn value(self, row: &TeamRow) -> Option<SortValue> {
        let shown = |precision: Precision, value: Option<f64>| {
            value.map(|v| SortValue::Number(precision.units(v)))
        };
        match self {
            TeamSort::Name => Some(SortValue::Text(row.name().to_lowercase())),
            TeamSort::Score => shown(Precision::Whole, row.score()),
            TeamSort::Change => shown(Precision::Whole, row.change()),
            TeamSort::Pillar(p) => shown(Precision::Hundredth, row.pillar(p)),
            TeamSort::LastUpdate => row.latest_date().map(SortValue::Date),
        }
    }
}

/// A row's value under one sort key (every row of a sort has the same kind).
#[derive(PartialEq, Eq, PartialOrd, Ord)]
enum SortValue {
    Text(String),
    Number(i64),
    Date(NaiveDate),
}

/// Which rows are shown.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum TeamFilter {
    Everyone,
    Fell,
    Stale,
    BelowMedian(Pillar),
}

impl TeamFilter {
    pub const ALL: [TeamFilter; 7] = [
        TeamFilter::Everyone,
        TeamFilter::Fell,
        TeamFilter::Stale,
        TeamFilter::BelowMedian(Pillar::Brand),
        TeamFilter::BelowMedian(Pillar::People),
        TeamFilter::BelowMedian(Pillar::Insights),
        TeamFilter::BelowMedian(Pillar::Relationships),
    ];

    /// A stable name for the address and storage.
    pub fn key(self) -> &'static str {
        match self {
            TeamFilter::Everyone => "everyone",
            TeamFilter::Fell => "fell",
            TeamFilter::Stale => "overdue",
            TeamFilter::BelowMedian(Pillar::Brand) => "below-brand",
            TeamFilter::BelowMedian(Pillar::People) => "below-people",
            TeamFilter::BelowMedian(Pillar::Insights) => "below-insights",
            TeamFilter::BelowMedian(Pillar::Relationships) => "below-relationships",
        }
    }

    pub fn from_key(key: &str) -> Option<Self> {
        TeamFilter::ALL.into_iter().find(|f| f.key() == key)
    }

    /// True when `row` of `team` is shown under this filter. A row without snapshots is
    /// overdue, and below no median; "below" is what its shaded cell says
    /// ([`TeamRow::standing`]), so a row about at the median is not listed.
    pub fn keeps(self, row: &TeamRow, team: &Team) -> bool {
        match self {
            TeamFilter::Everyone => true,
            TeamFilter::Fell => row.fell(),
            TeamFilter::Stale => row.is_stale(),
            TeamFilter::BelowMedian(p) => {
                matches!(row.standing(p, team), Some(Standing::Below { .. }))
            }
        }
    }
}

impl Team {
    /// The rows `filter` keeps, ordered by `sort` (stable: equal rows keep their order). Rows
    /// without the value sorted by (no snapshots, no change in range) come last either way.
    pub fn view(&self, sort: TeamSort, descending: bool, filter: TeamFilter) -> Vec<&TeamRow> {
        let mut rows: Vec<(Option<SortValue>, &TeamRow)> = self
            .rows()
            .iter()
            .filter(|row| filter.keeps(row, self))
            .map(|row| (sort.value(row), row))
            .collect();
        rows.sort_by(|(a, _), (b, _)| match (a, b) {
            (Some(a), Some(b)) if descending => b.cmp(a),
            (Some(a), Some(b)) => a.cmp(b),
            // Missing values last, whichever the direction.
            (a, b) => b.is_some().cmp(&a.is_some()),
        });
        rows.into_iter().map(|(_, row)| row).collect()
    }
}

/// How the user last looked at the team: kept between visits, so coming back from a person's
/// screen finds the same order and filter.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct TeamView {
    pub sort: TeamSort,
    pub descending: bool,
    pub filter: TeamFilter,
}

impl Default for TeamView {
    /// Highest score first, everyone.
    fn default() -> Self {
        TeamView {
            sort: TeamSort::Score,
            descending: TeamSort::Score.default_descending(),
            filter: TeamFilter::Everyone,
        }
    }
}

impl TeamView {
    /// A stable text for storage: "score desc everyone".
    pub fn key(self) -> String {
        let direction = if self.descending { "desc" } else { "asc" };
        format!("{} {direction} {}", self.sort.key(), self.filter.key())
    }

    /// The view `key` names; the default for anything else (an older or damaged value).
    pub fn from_key_or_default(key: Option<&str>) -> TeamView {
        let read = |key: &str| {
            let mut parts = key.split(' ');
            let sort = TeamSort::from_key(parts.next()?)?;
            let descending = match parts.next()? {
                "desc" => true,
                "asc" => false,
                _ => return None,
            };
            let filter = TeamFilter::from_key(parts.next()?)?;
            parts.next().is_none().then_some(TeamView {
                sort,
                descending,
                filter,
            })
        };
        key.and_then(read).unwrap_or_default()
    }
}
