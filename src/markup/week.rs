//! The week line at the top of one's own dashboard: the score and its change, the pillar that
//! moved most and the streak, in one line of sentences. Markup, so the first paint draws it too
//! and the cards below it stay where they were drawn when the app takes over.

use std::fmt::Write;

use super::{change_class, text, DateWords};
use crate::domain::address::Screen;
use crate::domain::number::Precision;
use crate::domain::week::{Streak, WeekFacts};
use crate::i18n::{self, ssi, Lang};

/// The streak in words: "6 weeks in a row.", with the forgiven week named, and what keeps it
/// going while this week has no snapshot yet.
pub fn streak_words(lang: Lang, streak: &Streak, date: DateWords) -> String {
    let weeks = u64::from(streak.weeks);
    let mut words = match (streak.weeks, streak.forgiven) {
        (0, _) => return i18n::start_streak_none(lang).into(),
        (_, Some(monday)) => i18n::start_streak_forgiven(lang, weeks, date(monday)),
        (_, None) => i18n::start_streak(lang, weeks),
    };
    if !streak.this_week {
        words.push(' ');
        words.push_str(i18n::start_streak_keep_going(lang));
    }
    words
}

/// The line, as HTML: its numbers at the cards' precision, the pillar a link to its view.
/// The catalog's texts hold no markup: each placeholder gets its own, escaped where it is text.
pub fn week_line(lang: Lang, facts: &WeekFacts, date: DateWords) -> String {
    let mut html = String::with_capacity(512);
    let score = format!(
        r#"<strong data-testid="week-score">{}</strong>"#,
        Precision::Whole.format(facts.score)
    );
    let sentence = match facts.change {
        Some((change, since)) => {
            let shown = if Precision::Whole.is_flat(change) {
                i18n::start_week_no_change(lang).to_string()
            } else {
                Precision::Whole.format_change(change)
            };
            let change = format!(
                r#"<span class="{}" data-testid="week-change">{}</span>"#,
                change_class(Precision::Whole, change),
                text(&shown),
            );
            i18n::start_week_score_change(lang, change, text(&date(since)), score)
        }
        None => i18n::start_week_score(lang, score),
    };
    let _ = write!(
        html,
        r#"<p class="week-line" data-testid="week-line"><span>{sentence}</span> "#
    );
    match (facts.moved_most, facts.change) {
        (Some((pillar, delta)), _) => {
            let name = format!(
                r#"<a href="{}">{}</a>"#,
                Screen::Pillar(pillar).path().trim_start_matches('/'),
                text(ssi::pillar_name(lang, pillar)),
            );
            let delta = format!(
                r#"<span class="{}">{}</span>"#,
                change_class(Precision::Hundredth, delta),
                Precision::Hundredth.format_change(delta),
            );
            let _ = write!(
                html,
                r#"<span data-testid="week-pillar">{}</span> "#,
                i18n::start_week_moved_most(lang, delta, name)
            );
        }
        (None, Some(_)) => {
            let _ = write!(
                html,
                "<span>{}</span> ",
                text(i18n::start_week_no_pillar(lang))
            );
        }
        (None, None) => {}
    }
    let _ = write!(
        html,
        r#"<span data-testid="week-streak">{}</span></p>"#,
        text(&streak_words(lang, &facts.streak, date)),
    );
    html
}
