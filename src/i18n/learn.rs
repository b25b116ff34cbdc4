//! Learn and the advice: what each pillar measures, what to do next, what moved and why,
//! worded in the user's language (the app's voice: the meaning translated, the honesty about
//! activity versus results kept). The domain says which pillar and how it moved
//! ([`Advice`], [`Trend`]); the sentences are here.

use chrono::NaiveDate;

use super::*;
use crate::domain::explain::{Advice, Trend};
use crate::domain::goals::Metric;
use crate::domain::number::Precision;
use crate::domain::pillar::Pillar;
use crate::markup::{DateWords, Whose};

/// What LinkedIn says the pillar reflects, in our own words.
pub fn measures(lang: Lang, pillar: Pillar) -> &'static str {
    match pillar {
        Pillar::Brand => advice_brand_measures(lang),
        Pillar::People => advice_people_measures(lang),
        Pillar::Insights => advice_insights_measures(lang),
        Pillar::Relationships => advice_relationships_measures(lang),
    }
}

/// Three everyday habits that move the pillar.
pub fn habits(lang: Lang, pillar: Pillar) -> [&'static str; 3] {
    match pillar {
        Pillar::Brand => [
            advice_brand_habit_1(lang),
            advice_brand_habit_2(lang),
            advice_brand_habit_3(lang),
        ],
        Pillar::People => [
            advice_people_habit_1(lang),
            advice_people_habit_2(lang),
            advice_people_habit_3(lang),
        ],
        Pillar::Insights => [
            advice_insights_habit_1(lang),
            advice_insights_habit_2(lang),
            advice_insights_habit_3(lang),
        ],
        Pillar::Relationships => [
            advice_relationships_habit_1(lang),
            advice_relationships_habit_2(lang),
            advice_relationships_habit_3(lang),
        ],
    }
}

/// One concrete thing to do for the pillar this week.
pub fn this_week(lang: Lang, pillar: Pillar) -> &'static str {
    match pillar {
        Pillar::Brand => advice_brand_this_week(lang),
        Pillar::People => advice_people_this_week(lang),
        Pillar::Insights => advice_insights_this_week(lang),
        Pillar::Relationships => advice_relationships_this_week(lang),
    }
}

/// Why the number is a mirror, not a goal: what the SSI leaves out.
pub fn what_ssi_misses(lang: Lang) -> [&'static str; 4] {
    [
        learn_misses_activity(lang),
        learn_misses_results(lang),
        learn_misses_relative(lang),
        learn_misses_mirror(lang),
    ]
}

/// The advice's headline: the pillar, its score and its room to 25 ("Brand: 12.40 of 25, with
/// 12.60 points of room.").
pub fn headline(lang: Lang, advice: &Advice) -> String {
    let (pillar, score, room) = headline_parts(lang, advice);
    advice_headline(lang, pillar, room, score)
}

/// The dashboard's headline, on the weakest pillar: "Focus on Insights: …".
pub fn focus_headline(lang: Lang, advice: &Advice) -> String {
    let (pillar, score, room) = headline_parts(lang, advice);
    advice_focus_headline(lang, pillar, room, score)
}

fn headline_parts(lang: Lang, advice: &Advice) -> (&'static str, String, String) {
    (
        ssi::pillar_name(lang, advice.focus),
        Precision::Hundredth.format(advice.score),
        Precision::Hundredth.format(advice.headroom),
    )
}

/// This week's step for the pillar, then how it moved since the snapshot before.
pub fn detail(lang: Lang, advice: &Advice) -> String {
    let step = this_week(lang, advice.focus);
    match advice.trend {
        Some(trend) => format!("{step} {}", trend_words(lang, trend)),
        None => step.to_string(),
    }
}

/// How the pillar moved, in a sentence, with the figure the change table shows.
pub fn trend_words(lang: Lang, trend: Trend) -> String {
    match trend {
        Trend::Flat => advice_trend_flat(lang).to_string(),
        Trend::Rose(d) => advice_trend_rose(lang, Precision::Hundredth.format(d)),
        Trend::Fell(d) => advice_trend_fell(lang, Precision::Hundredth.format(d)),
    }
}

/// One pillar seen across a team: what it measures, and one thing to try together.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct TeamAdvice {
    pub pillar: Pillar,
    /// What the pillar measures, said of a team.
    pub measures: &'static str,
    /// One thing the team can try together, honest that it moves activity, not results.
    pub together: &'static str,
}

/// The Team screen's advice for `pillar` (usually the team's weakest).
pub fn team_advice(lang: Lang, pillar: Pillar) -> TeamAdvice {
    let (measures, together) = match pillar {
        Pillar::Brand => (
            advice_team_brand_measures(lang),
            advice_team_brand_together(lang),
        ),
        Pillar::People => (
            advice_team_people_measures(lang),
            advice_team_people_together(lang),
        ),
        Pillar::Insights => (
            advice_team_insights_measures(lang),
            advice_team_insights_together(lang),
        ),
        Pillar::Relationships => (
            advice_team_relationships_measures(lang),
            advice_team_relationships_together(lang),
        ),
    };
    TeamAdvice {
        pillar,
        measures,
        together,
    }
}

/// What a team's SSI can and cannot tell, for the Team screen.
pub fn team_caveat(lang: Lang) -> &'static str {
    advice_team_caveat(lang)
}

/// A score's name as the change table and its sentence say it: "Overall SSI", or the pillar.
pub fn metric_name(lang: Lang, metric: Metric) -> &'static str {
    metric
        .pillar()
        .map_or_else(|| learn_overall_ssi(lang), |p| ssi::pillar_name(lang, p))
}

/// The pillar screen's trend title: "Brand against your peers".
pub fn against_peers(lang: Lang, pillar: Pillar, whose: &Whose) -> String {
    let pillar = ssi::pillar_name(lang, pillar);
    match whose {
        Whose::Yours => learn_peers_yours(lang, pillar),
        Whose::Someones(Some(name)) => learn_peers_named(lang, name, pillar),
        Whose::Someones(None) => learn_peers_theirs(lang, pillar),
    }
}

/// The peers' averages of a pillar in the latest snapshot ("Industry average 12.30, Network
/// average 11.00."), each already written at the pillar's precision.
pub fn peer_averages(lang: Lang, industry: Option<String>, network: Option<String>) -> String {
    match (industry, network) {
        (Some(industry), Some(network)) => learn_averages_both(lang, industry, network),
        (Some(score), None) => learn_average_industry(lang, score),
        (None, Some(score)) => learn_average_network(lang, score),
        (None, None) => learn_no_averages(lang).to_string(),
    }
}

/// The change card's sentence: the fastest-growing pillar over 30 days, or that none grew
/// (`None`).
pub fn fastest_growing(lang: Lang, whose: &Whose, grew: Option<(Metric, f64)>) -> String {
    match grew {
        Some((metric, delta)) => {
            let score = metric_name(lang, metric);
            let change = metric.precision().format_change(delta);
            match whose {
                Whose::Yours => learn_fastest_yours(lang, change, score),
                Whose::Someones(Some(name)) => learn_fastest_named(lang, change, name, score),
                Whose::Someones(None) => learn_fastest_theirs(lang, change, score),
            }
        }
        None => match whose {
            Whose::Yours => learn_none_grew_yours(lang).to_string(),
            Whose::Someones(Some(name)) => learn_none_grew_named(lang, name),
            Whose::Someones(None) => learn_none_grew_theirs(lang).to_string(),
        },
    }
}

/// A drop notice's title: "Your SSI fell 4 points between 1 May 2026 and 8 May 2026".
pub fn drop_title(
    lang: Lang,
    whose: &Whose,
    fall: f64,
    (from, to): (NaiveDate, NaiveDate),
    date: DateWords,
) -> String {
    let fall = Metric::Overall.precision().format(fall);
    let (from, to) = (date(from), date(to));
    match whose {
        Whose::Yours => learn_drop_yours(lang, fall, from, to),
        Whose::Someones(Some(name)) => learn_drop_named(lang, fall, from, name, to),
        Whose::Someones(None) => learn_drop_theirs(lang, fall, from, to),
    }
}

/// The usual causes of a drop, for its notice.
pub fn drop_causes(lang: Lang) -> [&'static str; 3] {
    [
        learn_drop_cause_activity(lang),
        learn_drop_cause_recalculation(lang),
        learn_drop_cause_peers(lang),
    ]
}
