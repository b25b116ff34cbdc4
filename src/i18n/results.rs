//! Results and goals in the user's language: the outcomes the user tracks and how they move
//! with the score, goals and their projections, the weekly reminder, and the charts' names.
//! The domain decides (a [`Relationship`], a [`ByDate`], an error variant); the words are here.

use chrono::NaiveDate;

use super::*;
use crate::domain::charts::ChartError;
use crate::domain::goals::{GoalError, Metric};
use crate::domain::number::{decimal_mark, fixed, format_number, shown, DecimalMark};
use crate::domain::outcomes::{OutcomeError, MAX_OUTCOMES, MAX_OUTCOME_NAME, MAX_OUTCOME_VALUE};
use crate::domain::reminder::{snapshot_age, SnapshotAge};
use crate::domain::stats::{
    ByDate, Projection, Range, Relationship, MIN_CORRELATION_POINTS, MIN_TREND_POINTS,
};

/// A metric's name in full: "Overall SSI", or its pillar's name ("Brand", "Marke").
pub fn metric_name(lang: Lang, metric: Metric) -> &'static str {
    match metric.pillar() {
        Some(pillar) => ssi::pillar_name(lang, pillar),
        None => results_overall_ssi(lang),
    }
}

/// A metric's name where the SSI is understood (a goal line, a projection): "Overall".
pub fn metric_short_name(lang: Lang, metric: Metric) -> &'static str {
    match metric.pillar() {
        Some(pillar) => ssi::pillar_name(lang, pillar),
        None => results_overall(lang),
    }
}

/// A time range as its button says it ("4 weeks", "1 Jahr").
pub fn range_name(lang: Lang, range: Range) -> &'static str {
    match range {
        Range::Weeks4 => results_range_4_weeks(lang),
        Range::Weeks12 => results_range_12_weeks(lang),
        Range::Year => results_range_year(lang),
        Range::All => results_range_all(lang),
    }
}

/// The outcomes offered to a user who tracks none of them yet, in their language (once added,
/// the name is the user's own and stays as it was written).
pub fn suggested_outcomes(lang: Lang) -> [&'static str; 4] {
    [
        results_suggested_conversations(lang),
        results_suggested_meetings(lang),
        results_suggested_leads(lang),
        results_suggested_views(lang),
    ]
}

/// The largest count, as the language writes it ("1,000,000,000", "1.000.000.000").
fn max_count(lang: Lang) -> String {
    format_count(lang, MAX_OUTCOME_VALUE as u64)
}

/// Why a change to the tracked outcomes, or a count, was refused.
pub fn outcome_problem(lang: Lang, error: &OutcomeError) -> String {
    match error {
        OutcomeError::NameEmpty => results_error_name_empty(lang).into(),
        OutcomeError::NameTooLong => results_error_name_too_long(lang, MAX_OUTCOME_NAME),
        OutcomeError::NameTaken(name) => results_error_name_taken(lang, name),
        OutcomeError::TooMany => results_error_too_many(lang, MAX_OUTCOMES),
        OutcomeError::NotFound => results_error_not_found(lang).into(),
        OutcomeError::DuplicateId => results_error_duplicate_id(lang).into(),
        OutcomeError::InvalidValue => results_error_invalid_value(lang, max_count(lang)),
        OutcomeError::NotACount => results_error_not_a_count(lang).into(),
        OutcomeError::NegativeCount => results_error_negative_count(lang).into(),
        OutcomeError::FractionalCount { below, above } => {
            results_error_fractional_count(lang, above, below)
        }
        OutcomeError::CountTooLarge => results_error_count_too_large(lang, max_count(lang)),
    }
}
crate::english_display!(OutcomeError, outcome_problem);

/// Why a goal was refused. An ambiguous number is told the decimal mark the page reads.
pub fn goal_problem(lang: Lang, error: &GoalError) -> String {
    let name = |metric: &Metric| metric_name(lang, *metric);
    match error {
        GoalError::OutOfRange(m) => {
            results_goal_out_of_range(lang, format_number(m.ceiling()), name(m))
        }
        GoalError::Ambiguous(m) => match decimal_mark() {
            DecimalMark::Point => results_goal_ambiguous_point(lang, name(m)),
            DecimalMark::Comma => results_goal_ambiguous_comma(lang, name(m)),
        },
        GoalError::DatePassed(m) => results_goal_date_passed(lang, name(m)),
        GoalError::DateOutOfRange(m) => results_goal_date_out_of_range(lang, name(m)),
        GoalError::DateWithoutTarget(m) => results_goal_date_without_target(lang, name(m)),
    }
}
crate::english_display!(GoalError, goal_problem);

/// Why a chart could not be drawn (the numbers stay in the table beside it).
pub fn chart_problem(lang: Lang, error: &ChartError) -> String {
    match error {
        ChartError::LibraryMissing => results_chart_library_missing(lang).into(),
        ChartError::Render(detail) => results_chart_render(lang, detail),
    }
}
crate::english_display!(ChartError, chart_problem);

/// An outcome's name inside a sentence: lowercase ("meetings booked"), as a common noun is
/// written mid-sentence, but German, which capitalises its nouns, keeps the name as typed.
pub fn name_in_sentence(lang: Lang, name: &str) -> String {
    match lang {
        Lang::De => name.to_string(),
        _ => name.to_lowercase(),
    }
}

/// How outcome `name` moves with the SSI, as a sentence.
pub fn relationship_words(lang: Lang, found: Relationship, name: &str) -> String {
    let name = name_in_sentence(lang, name);
    match found {
        Relationship::NotEnoughData { points } => {
            results_relationship_not_enough(lang, name, MIN_CORRELATION_POINTS, points)
        }
        Relationship::Correlation { r, points } => results_relationship_correlation(
            lang,
            name,
            points,
            shown(&fixed(r, 2)),
            strength(lang, r),
        ),
        Relationship::ScoreUpOutcomeFlat { rise, points, .. } => {
            results_relationship_score_up_outcome_flat(lang, name, points, fixed(rise, 0))
        }
    }
}

/// How strong a correlation `r` is, in words.
fn strength(lang: Lang, r: f64) -> &'static str {
    match (r.abs(), r > 0.0) {
        (a, true) if a >= 0.7 => results_strength_strong(lang),
        (a, false) if a >= 0.7 => results_strength_strong_inverse(lang),
        (a, true) if a >= 0.4 => results_strength_moderate(lang),
        (a, false) if a >= 0.4 => results_strength_moderate_inverse(lang),
        _ => results_strength_little(lang),
    }
}

/// A goal as set: "Brand: 12.50", with its date when it has one ("… by 31 Mar 2027").
/// `date` writes a date as the user reads it.
pub fn goal_words(
    lang: Lang,
    metric: Metric,
    target: f64,
    by: Option<NaiveDate>,
    date: &dyn Fn(NaiveDate) -> String,
) -> String {
    let target = metric.precision().format(target);
    let name = metric_name(lang, metric);
    match by {
        Some(by) => results_goal_target_by(lang, date(by), name, target),
        None => results_goal_target(lang, name, target),
    }
}

/// Where the score stands against a goal, in the numbers the cards show, spaced to sit between
/// the goal and its projection: " (now 8.65, 3.85 to go). " or " (now 46, met). ". The
/// distance is the difference of the two values as shown ([`Metric::gap`]).
pub fn progress_words(lang: Lang, metric: Metric, target: f64, now: f64) -> String {
    let precision = metric.precision();
    let gap = metric.gap(target, now);
    let words = if gap > 0.0 {
        results_progress_to_go(lang, precision.format(gap), precision.format(now))
    } else {
        results_progress_met(lang, precision.format(now))
    };
    format!(" {words} ")
}

/// What a projection without a date means.
pub fn projection_words(
    lang: Lang,
    projection: Projection,
    date: &dyn Fn(NaiveDate) -> String,
) -> String {
    match projection {
        Projection::Reached => results_projection_reached(lang).into(),
        Projection::On(on) => results_projection_on(lang, date(on)),
        Projection::NotOnTrend => results_projection_not_on_trend(lang).into(),
        Projection::NotEnoughData => results_projection_not_enough_data(lang, MIN_TREND_POINTS),
    }
}

/// What [`ByDate`] means for `metric`'s goal dated `by`, in one or two sentences.
pub fn by_date_words(
    lang: Lang,
    found: ByDate,
    metric: Metric,
    by: NaiveDate,
    date: &dyn Fn(NaiveDate) -> String,
) -> String {
    let by_day = date(by);
    let pace = |per_week: f64| results_pace(lang, metric.weekly_change_words(per_week));
    match found {
        ByDate::Reached => results_projection_reached(lang).into(),
        ByDate::Passed => results_by_passed(lang, by_day),
        ByDate::DueToday => results_by_due_today(lang, by_day),
        ByDate::InTime { on } => results_by_in_time(lang, by_day, date(on)),
        ByDate::Behind { per_week: None, .. } => results_by_due(lang, by_day),
        ByDate::Behind {
            trend: Projection::On(on),
            per_week: Some(w),
        } => results_by_behind_on(lang, by_day, date(on), pace(w)),
        ByDate::Behind {
            trend: Projection::NotEnoughData,
            per_week: Some(w),
        } => results_by_behind_no_trend(lang, by_day, MIN_TREND_POINTS, pace(w)),
        ByDate::Behind {
            per_week: Some(w), ..
        } => results_by_behind(lang, by_day, pace(w)),
    }
}

/// How long ago the last snapshot was: "today", "yesterday", "9 days ago", or "after today"
/// for a day further ahead than another time zone's today (a clock set back, a wrong date).
pub fn last_snapshot_words(lang: Lang, last: NaiveDate, today: NaiveDate) -> String {
    match snapshot_age(last, today) {
        SnapshotAge::AfterToday => results_after_today(lang).into(),
        SnapshotAge::Today => results_today(lang).into(),
        SnapshotAge::Yesterday => results_yesterday(lang).into(),
        SnapshotAge::DaysAgo(days) => results_days_ago(lang, days),
    }
}
