//! The dates a time chart spans and where its date labels go.
//!
//! The span comes only from the data drawn (so a range of 4 weeks shows 4 weeks), and the
//! labels are chosen here rather than by ECharts: few enough never to collide, each naming its
//! month ("19 Nov", "Dec", "Jan 2027").

use chrono::{Datelike, Days, Months, NaiveDate};

/// The day and month labels' format, which the app's ECharts bundle (scripts/echarts/entry.js)
/// writes in the page's language by date level: "Jan 2027" on the first of a year, "Dec" on
/// the first of a month, "19 Nov" on any other day. charming's label formatter is a single
/// template, which can say neither the levels nor the language.
pub const DATE_LABELS: &str = "ssi-lens:date-labels";

/// The first and last day a time chart shows.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct TimeWindow {
    first: NaiveDate,
    last: NaiveDate,
    /// The latest day with data: day labels count from it, so weekly snapshots keep their
    /// own dates even when a look ahead extends the window.
    anchor: NaiveDate,
    /// Days drawn beyond each end, so a bar on the first or last day is not cut in half.
    margin: u64,
}

/// Days added on each side of a single day, so its point sits mid-chart with labels around it.
const LONE_DAY_PADDING: u64 = 3;

impl TimeWindow {
    /// The days from the earliest to the latest of `dates`; `None` without any.
    pub fn of(dates: impl IntoIterator<Item = NaiveDate>) -> Option<Self> {
        let mut dates = dates.into_iter();
        let first = dates.next()?;
        let (first, last) = dates.fold((first, first), |(lo, hi), d| (lo.min(d), hi.max(d)));
        Some(if first == last {
            let pad = Days::new(LONE_DAY_PADDING);
            TimeWindow {
                first: first.checked_sub_days(pad).unwrap_or(first),
                last: last.checked_add_days(pad).unwrap_or(last),
                anchor: first,
                margin: 0,
            }
        } else {
            TimeWindow {
                first,
                last,
                anchor: last,
                margin: 0,
            }
        })
    }

    pub fn first(&self) -> NaiveDate {
        self.first
    }

    pub fn last(&self) -> NaiveDate {
        self.last
    }

    /// The same window drawn with `days` more on each side (labels stay where they were).
    pub fn with_margin(self, days: u64) -> Self {
        TimeWindow {
            margin: days,
            ..self
        }
    }

    /// Where the axis starts and ends: the window and its margin.
    pub fn axis_bounds(&self) -> (NaiveDate, NaiveDate) {
        let margin = Days::new(self.margin);
        (
            self.first.checked_sub_days(margin).unwrap_or(self.first),
            self.last.checked_add_days(margin).unwrap_or(self.last),
        )
    }

    pub fn contains(&self, date: NaiveDate) -> bool {
        (self.first..=self.last).contains(&date)
    }

    fn days(&self) -> u64 {
        (self.last - self.first).num_days().max(0) as u64
    }

    /// Room after the data for a look ahead (a goal's projection) reaching `until`: at most a
    /// quarter of the span (a week at least), so the data keeps most of the width.
    pub fn looking_ahead_to(self, until: NaiveDate) -> Self {
        let room = Days::new((self.days() / 4).max(7));
        let cap = self.last.checked_add_days(room).unwrap_or(self.last);
        TimeWindow {
            last: until.clamp(self.last, cap),
            ..self
        }
    }

    /// The dates to label, at most `max_labels`, and the ECharts label formatter for them.
    pub fn labels(&self, max_labels: usize) -> (Vec<NaiveDate>, &'static str) {
        let max_labels = max_labels.max(1);
        for step in STEPS {
            let ticks = step.ticks(self);
            if ticks.len() <= max_labels && !ticks.is_empty() {
                return (ticks, step.formatter());
            }
        }
        // Only a span of centuries gets here: its two ends.
        (vec![self.first, self.last], Step::Years(1).formatter())
    }
}

/// How far apart labels are: whole days counted from the latest date with data (so weekly
/// snapshots get their own dates), or the starts of months or years.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Step {
    Days(u64),
    Months(u32),
    Years(i32),
}

const STEPS: [Step; 12] = [
    Step::Days(1),
    Step::Days(2),
    Step::Days(7),
    Step::Days(14),
    Step::Months(1),
    Step::Months(2),
    Step::Months(3),
    Step::Months(6),
    Step::Years(1),
    Step::Years(2),
    Step::Years(5),
    Step::Years(10),
];

impl Step {
    fn ticks(self, window: &TimeWindow) -> Vec<NaiveDate> {
        match self {
            Step::Days(n) => {
                let step = Days::new(n);
                let earlier =
                    std::iter::successors(Some(window.anchor), |d| d.checked_sub_days(step))
                        .take_while(|&d| d >= window.first);
                let later = std::iter::successors(window.anchor.checked_add_days(step), |d| {
                    d.checked_add_days(step)
                })
                .take_while(|&d| d <= window.last);
                let mut ticks: Vec<NaiveDate> = earlier.collect();
                ticks.reverse();
                ticks.extend(later);
                ticks
            }
            Step::Months(n) => {
                let start = NaiveDate::from_ymd_opt(window.first.year(), 1, 1);
                std::iter::successors(start, |d| d.checked_add_months(Months::new(n)))
                    .skip_while(|&d| d < window.first)
                    .take_while(|&d| d <= window.last)
                    .collect()
            }
            Step::Years(n) => (window.first.year()..=window.last.year())
                .filter(|y| y.rem_euclid(n) == 0)
                .filter_map(|y| NaiveDate::from_ymd_opt(y, 1, 1))
                .filter(|d| window.contains(*d))
                .collect(),
        }
    }

    /// The labels' format: days and months in the page's language, naming their month, with
    /// the year in January ([`DATE_LABELS`]), so the year is never lost; years as numbers.
    fn formatter(self) -> &'static str {
        match self {
            Step::Days(_) | Step::Months(_) => DATE_LABELS,
            Step::Years(_) => "{yyyy}",
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn day(y: i32, m: u32, d: u32) -> NaiveDate {
        NaiveDate::from_ymd_opt(y, m, d).unwrap()
    }

    fn weekly(last: NaiveDate, weeks: u64) -> TimeWindow {
        TimeWindow::of((0..weeks).map(|w| last - Days::new(7 * w))).unwrap()
    }

    #[test]
    fn four_weeks_are_labelled_on_the_snapshots_days_with_their_month() {
        let window = weekly(day(2026, 11, 25), 5);
        let (ticks, formatter) = window.labels(7);
        assert_eq!(ticks.first(), Some(&day(2026, 10, 28)));
        assert_eq!(ticks.last(), Some(&day(2026, 11, 25)));
        assert_eq!(ticks.len(), 5);
        // "19 Nov" in the page's language (entry.js), never a bare 19.
        assert_eq!(formatter, DATE_LABELS);
    }

    #[test]
    fn a_phone_gets_fewer_labels() {
        let window = weekly(day(2026, 11, 25), 13);
        let (wide, _) = window.labels(7);
        let (narrow, _) = window.labels(4);
        assert!(wide.len() <= 7 && narrow.len() <= 4 && narrow.len() < wide.len());
        assert!(narrow.windows(2).all(|w| (w[1] - w[0]).num_days() >= 14));
    }

    #[test]
    fn a_year_is_labelled_at_month_starts_with_the_year_in_january() {
        let window = weekly(day(2026, 11, 25), 52);
        let (ticks, formatter) = window.labels(7);
        assert!(ticks.len() <= 7);
        assert!(ticks.iter().all(|d| d.day() == 1));
        assert!(ticks.contains(&day(2026, 1, 1)));
        assert_eq!(formatter, DATE_LABELS);
    }

    #[test]
    fn a_lone_day_sits_mid_chart() {
        let window = TimeWindow::of([day(2026, 3, 2)]).unwrap();
        assert_eq!(
            (window.first(), window.last()),
            (day(2026, 2, 27), day(2026, 3, 5))
        );
        assert!(
            window.labels(4).0.contains(&day(2026, 3, 2)),
            "its own day is labelled"
        );
        assert_eq!(TimeWindow::of([]), None);
    }

    #[test]
    fn long_histories_are_labelled_by_year() {
        let window = TimeWindow::of([day(2001, 5, 1), day(2026, 11, 25)]).unwrap();
        let (ticks, formatter) = window.labels(7);
        assert!(ticks.len() <= 7 && ticks.iter().all(|d| d.month() == 1 && d.day() == 1));
        assert_eq!(formatter, "{yyyy}");
    }

    #[test]
    fn a_look_ahead_takes_at_most_a_quarter_of_the_width() {
        let window = weekly(day(2026, 11, 25), 5); // 28 days
        assert_eq!(
            window.looking_ahead_to(day(2027, 6, 1)).last(),
            day(2026, 12, 2),
            "a week at least"
        );
        let year = weekly(day(2026, 11, 25), 53); // 364 days
        assert_eq!(
            year.looking_ahead_to(day(2030, 1, 1)).last(),
            day(2027, 2, 24)
        );
        assert_eq!(
            year.looking_ahead_to(day(2026, 12, 20)).last(),
            day(2026, 12, 20)
        );
        assert_eq!(
            year.looking_ahead_to(day(2026, 1, 1)),
            year,
            "never shrinks"
        );
    }

    #[test]
    fn a_margin_widens_the_axis_but_not_the_labels() {
        let window = weekly(day(2026, 11, 25), 5);
        let wider = window.with_margin(4);
        assert_eq!(wider.axis_bounds(), (day(2026, 10, 24), day(2026, 11, 29)));
        assert_eq!(wider.labels(7), window.labels(7));
        assert_eq!(window.axis_bounds(), (window.first(), window.last()));
    }

    #[test]
    fn days_ahead_are_labelled_in_step_with_the_latest_snapshot() {
        let window = weekly(day(2026, 11, 25), 13).looking_ahead_to(day(2027, 3, 1));
        let (ticks, _) = window.labels(8);
        assert!(ticks.contains(&day(2026, 11, 25)), "{ticks:?}");
        assert!(ticks
            .iter()
            .all(|d| (*d - day(2026, 11, 25)).num_days() % 14 == 0));
        assert!(
            ticks.last().unwrap() > &day(2026, 11, 25),
            "the look ahead is labelled too"
        );
    }
}
