//! The week line at the top of one's own dashboard: the score and its change, the pillar that
//! moved most and the streak, in one line of sentences. Markup, so the first paint draws it too
//! and the cards below it stay where they were drawn when the app takes over.

use std::fmt::Write;

use super::{change_class, text, DateWords};
use crate::domain::address::Screen;
use crate::domain::number::Precision;
use crate::domain::week::{Streak, WeekFacts};

/// The streak in words: "6 weeks in a row.", with the forgiven week named, and what keeps it
/// going while this week has no snapshot yet.
pub fn streak_words(streak: &Streak, date: DateWords) -> String {
    let mut words = match streak.weeks {
        0 => return "No weekly streak now: this week’s snapshot starts one.".into(),
        1 => "1 week so far".to_string(),
        n => format!("{n} weeks in a row"),
    };
    if let Some(monday) = streak.forgiven {
        let _ = write!(
            words,
            ", one missed week forgiven (the week of {})",
            date(monday)
        );
    }
    words.push('.');
    if !streak.this_week {
        words.push_str(" This week’s snapshot keeps it going.");
    }
    words
}

/// The line, as HTML: its numbers at the cards' precision, the pillar a link to its view.
pub fn week_line(facts: &WeekFacts, date: DateWords) -> String {
    let mut html = String::with_capacity(512);
    let _ = write!(
        html,
        r#"<p class="week-line" data-testid="week-line"><span>SSI <strong data-testid="week-score">{}</strong>"#,
        Precision::Whole.format(facts.score),
    );
    if let Some((change, since)) = facts.change {
        let shown = if Precision::Whole.is_flat(change) {
            "no change".to_string()
        } else {
            Precision::Whole.format_change(change)
        };
        let _ = write!(
            html,
            r#", <span class="{}" data-testid="week-change">{shown}</span> since {}"#,
            change_class(Precision::Whole, change),
            text(&date(since)),
        );
    }
    html.push_str(".</span> ");
    match (facts.moved_most, facts.change) {
        (Some((pillar, delta)), _) => {
            let _ = write!(
                html,
                r#"<span data-testid="week-pillar"><a href="{}">{}</a> moved most: <span class="{}">{}</span>.</span> "#,
                Screen::Pillar(pillar).path().trim_start_matches('/'),
                pillar.short_label(),
                change_class(Precision::Hundredth, delta),
                Precision::Hundredth.format_change(delta),
            );
        }
        (None, Some(_)) => html.push_str("<span>No pillar moved.</span> "),
        (None, None) => {}
    }
    let _ = write!(
        html,
        r#"<span data-testid="week-streak">{}</span></p>"#,
        text(&streak_words(&facts.streak, date)),
    );
    html
}
