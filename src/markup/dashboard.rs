//! The dashboard's top: its title, the overall card and the pillars card (a grid of the two),
//! and the trend card's head. What a phone shows before any scrolling, and what the first
//! paint draws around the trend chart.

use std::fmt::Write;

use chrono::NaiveDate;

use super::{attr, change_class, text, DateWords, Whose};
use crate::domain::address::Screen;
use crate::domain::history::Change;
use crate::domain::number::{fixed, plain_number, Precision};
use crate::domain::reminder::snapshot_due;
use crate::domain::snapshot::{is_ahead, Snapshot};
use crate::domain::stats::Range;
use crate::domain::Pillar;
use crate::i18n::{self, ssi, Lang};

/// The words for `whose` numbers: the user's own, a named person's, or someone unnamed's.
fn by_whose<R>(
    whose: &Whose,
    yours: impl FnOnce() -> R,
    named: impl FnOnce(&str) -> R,
    theirs: impl FnOnce() -> R,
) -> R {
    match whose {
        Whose::Yours => yours(),
        Whose::Someones(Some(name)) => named(name),
        Whose::Someones(None) => theirs(),
    }
}

/// What the dashboard's top is drawn from.
pub struct DashboardTop<'a> {
    pub whose: &'a Whose,
    pub latest: &'a Snapshot,
    /// The change since the snapshot before, and that snapshot's date.
    pub change: Option<(Change, NaiveDate)>,
    /// What the view's in-app links end with: a shared view's `#s=…` fragment, or nothing.
    pub links: &'a str,
}

/// The screen's heading: "Dashboard", "Dana’s dashboard".
pub fn dashboard_title(lang: Lang, whose: &Whose) -> String {
    match whose {
        Whose::Someones(Some(name)) => i18n::start_dashboard_of(lang, name),
        _ => i18n::screen_dashboard(lang).to_string(),
    }
}

/// The overall score card: score, change, peers, ranks, industry, note.
pub fn overall_card(lang: Lang, top: &DashboardTop, date: DateWords) -> String {
    let s = top.latest;
    let whose = top.whose;
    let mut html = String::with_capacity(1024);
    let heading = by_whose(
        whose,
        || i18n::ssi_score(lang).to_string(),
        |name| i18n::start_score_of(lang, name),
        || i18n::start_score_theirs(lang).to_string(),
    );
    let _ = write!(
        html,
        r#"<section class="card overall" aria-labelledby="overall-title"><h2 id="overall-title">{}</h2><p class="muted">{}</p><p class="big-score"><span data-testid="overall-score">{}</span><span class="out-of"> / 100</span></p>"#,
        text(&heading),
        text(&i18n::start_on_date(lang, date(s.date))),
        Precision::Whole.format(s.overall),
    );
    if let Some((change, since)) = &top.change {
        // "No change", not "0": the words say it once.
        let shown = if Precision::Whole.is_flat(change.overall) {
            i18n::start_no_change(lang).to_string()
        } else {
            Precision::Whole.format_change(change.overall)
        };
        // The catalog's own text holds no markup; the change is wrapped, the date escaped.
        let _ = write!(
            html,
            r#"<p class="{}">{}</p>"#,
            change_class(Precision::Whole, change.overall),
            i18n::start_change_since(
                lang,
                format_args!(r#"<span class="delta-value">{}</span>"#, text(&shown)),
                text(&date(*since)),
            ),
        );
    }
    score_bar(
        &mut html,
        lang,
        whose,
        Precision::Whole,
        i18n::start_overall_ssi(lang),
        s.overall,
        100.0,
        s.industry_avg,
        s.network_avg,
    );
    html.push_str(r#"<ul class="ranks">"#);
    for (rank, industry) in [(s.industry_rank, true), (s.network_rank, false)] {
        if let Some(rank) = rank {
            let strong = format!("<strong>{}</strong>", text(&ssi::rank(lang, Some(rank))));
            let words = match industry {
                true => by_whose(
                    whose,
                    || i18n::start_rank_industry_yours(lang, &strong),
                    |name| i18n::start_rank_industry_of(lang, text(name), &strong),
                    || i18n::start_rank_industry_theirs(lang, &strong),
                ),
                false => by_whose(
                    whose,
                    || i18n::start_rank_network_yours(lang, &strong),
                    |name| i18n::start_rank_network_of(lang, text(name), &strong),
                    || i18n::start_rank_network_theirs(lang, &strong),
                ),
            };
            let _ = write!(html, "<li>{words}</li>");
        }
    }
    html.push_str("</ul>");
    if let Some(industry) = &s.industry {
        let _ = write!(
            html,
            r#"<p class="muted">{}</p>"#,
            text(&i18n::start_industry(lang, industry))
        );
    }
    if let Some(note) = &s.note {
        let _ = write!(
            html,
            r#"<p class="note">{}</p>"#,
            text(&i18n::start_note(lang, note))
        );
    }
    html.push_str("</section>");
    html
}

/// The four pillars, the weakest marked, each with its change and its bar against peers.
pub fn pillars_card(lang: Lang, top: &DashboardTop) -> String {
    let s = top.latest;
    let weakest = s.pillars.weakest();
    let mut html = String::with_capacity(2048);
    let _ = write!(
        html,
        r#"<section class="card pillars" aria-labelledby="pillars-title"><h2 id="pillars-title">{}</h2><ul class="pillar-list">"#,
        text(&by_whose(
            top.whose,
            || i18n::start_pillars_yours(lang).to_string(),
            |name| i18n::start_pillars_of(lang, name),
            || i18n::start_pillars_theirs(lang).to_string(),
        )),
    );
    for p in Pillar::ALL {
        let _ = write!(
            html,
            r#"<li class="{}"><div class="pillar-head"><a class="pillar-name" href="{}{}" data-testid="pillar-link"><span class="pillar-title">{}</span></a>"#,
            if p == weakest {
                "pillar weakest"
            } else {
                "pillar"
            },
            // Relative to the app's folder (index.html's base), as every in-app address.
            Screen::Pillar(p).path().trim_start_matches('/'),
            attr(top.links),
            // The badge beside the name, so the weakest row keeps its score and change on the
            // line as the others do.
            titled(
                lang,
                p,
                &if p == weakest {
                    format!(
                        r#"<span class="badge">{}</span> "#,
                        text(i18n::start_weakest(lang))
                    )
                } else {
                    String::new()
                }
            ),
        );
        let _ = write!(
            html,
            r#"<span class="pillar-value">{}<span class="out-of"> / 25</span></span>"#,
            Precision::Hundredth.format(s.pillars.get(p)),
        );
        if let Some((change, _)) = &top.change {
            let d = change.pillars.get(p);
            let _ = write!(
                html,
                r#"<span class="{}">{}</span>"#,
                change_class(Precision::Hundredth, d),
                Precision::Hundredth.format_change(d),
            );
        }
        html.push_str("</div>");
        score_bar(
            &mut html,
            lang,
            top.whose,
            Precision::Hundredth,
            ssi::pillar_name(lang, p),
            s.pillars.get(p),
            Pillar::MAX,
            s.industry_pillars.map(|peers| peers.get(p)),
            s.network_pillars.map(|peers| peers.get(p)),
        );
        html.push_str("</li>");
    }
    html.push_str("</ul></section>");
    html
}

/// A pillar's name and LinkedIn's label beside it, the inside of its `pillar-title` span.
pub fn pillar_title(lang: Lang, p: Pillar) -> String {
    titled(lang, p, "")
}

/// A pillar's title with `beside` (markup) after its short name.
fn titled(lang: Lang, p: Pillar, beside: &str) -> String {
    format!(
        r#"<span class="pillar-short">{}</span> {beside}<span class="pillar-long">{}</span>"#,
        text(ssi::pillar_name(lang, p)),
        text(ssi::pillar_label(lang, p))
    )
}

/// A score as a filled bar out of `max`, with the peers' averages as markers and a legend, every
/// number at `precision`: the legend's "You 12.05" reads as the card above it.
#[allow(clippy::too_many_arguments)]
fn score_bar(
    html: &mut String,
    lang: Lang,
    whose: &Whose,
    precision: Precision,
    label: &str,
    value: f64,
    max: f64,
    industry: Option<f64>,
    network: Option<f64>,
) {
    let percent = |v: f64| format!("{}%", fixed((v / max * 100.0).clamp(0.0, 100.0), 2));
    let _ = write!(
        html,
        r#"<div class="bar" role="meter" aria-label="{}" aria-valuemin="0" aria-valuemax="{}" aria-valuenow="{}"><span class="fill" style="width: {};"></span>"#,
        attr(label),
        // Machine values: always with a point.
        plain_number(max),
        plain_number(value),
        percent(value),
    );
    type Words = fn(Lang, String) -> String;
    let peers: [(Words, Words, &str, Option<f64>); 2] = [
        (
            |l, v| i18n::start_industry_average(l, v),
            |l, v| i18n::start_industry_avg(l, v),
            "industry",
            industry,
        ),
        (
            |l, v| i18n::start_network_average(l, v),
            |l, v| i18n::start_network_avg(l, v),
            "network",
            network,
        ),
    ];
    for (name, _, class, v) in peers {
        if let Some(v) = v {
            let _ = write!(
                html,
                r#"<span class="marker {class}" style="left: {};" title="{}"></span>"#,
                percent(v),
                attr(&name(lang, precision.format(v))),
            );
        }
    }
    html.push_str("</div>");
    if industry.is_none() && network.is_none() {
        return;
    }
    let _ = write!(
        html,
        r#"<ul class="bar-legend"><li><span class="key you"></span>{}</li>"#,
        text(&by_whose(
            whose,
            || i18n::start_legend_you(lang, precision.format(value)),
            |name| i18n::start_legend_named(lang, name, precision.format(value)),
            || i18n::start_legend_them(lang, precision.format(value)),
        )),
    );
    for (_, short, class, v) in peers {
        if let Some(v) = v {
            let _ = write!(
                html,
                r#"<li><span class="key {class}"></span>{}</li>"#,
                text(&short(lang, precision.format(v))),
            );
        }
    }
    html.push_str("</ul>");
}

/// The time range buttons as drawn before the app runs (the app's `RangePicker` has the same
/// markup, with its handlers).
pub fn range_picker(lang: Lang, chosen: Range) -> String {
    let mut html = format!(
        r#"<div class="segmented" role="group" aria-label="{}">"#,
        attr(i18n::start_time_range(lang))
    );
    for range in Range::ALL {
        let _ = write!(
            html,
            r#"<button type="button" aria-pressed="{}">{}</button>"#,
            range == chosen,
            i18n::results::range_name(lang, range),
        );
    }
    html.push_str("</div>");
    html
}

/// The line above the dashboard about the user's last snapshot.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct LastSnapshotWords {
    /// In bold: "Last snapshot 3 days ago".
    pub words: String,
    /// What follows it: ": time for this week’s."
    pub after: &'static str,
    /// A snapshot is due this week.
    pub due: bool,
}

/// The words of the line about the last snapshot, dated `last`, on `today`.
pub fn last_snapshot_words(
    lang: Lang,
    last: NaiveDate,
    today: NaiveDate,
    date: DateWords,
) -> LastSnapshotWords {
    let due = snapshot_due(last, today);
    if is_ahead(last, today) {
        return LastSnapshotWords {
            words: i18n::start_last_ahead(lang, date(last)),
            after: i18n::start_last_ahead_after(lang),
            due,
        };
    }
    // As `domain::reminder::last_snapshot_words` counts: today, yesterday, then days.
    let words = match (today - last).num_days() {
        ..=0 => i18n::start_last_today(lang).to_string(),
        1 => i18n::start_last_yesterday(lang).to_string(),
        days => i18n::start_last_days_ago(lang, days.unsigned_abs()),
    };
    let after = if due {
        i18n::start_last_due_after(lang)
    } else {
        i18n::start_last_after(lang)
    };
    LastSnapshotWords { words, after, due }
}

/// The line about the last snapshot as drawn before the app runs.
pub fn last_snapshot(lang: Lang, last: NaiveDate, today: NaiveDate, date: DateWords) -> String {
    let line = last_snapshot_words(lang, last, today, date);
    format!(
        r#"<div class="{}" data-testid="last-snapshot"><p><strong>{}</strong>{}</p><a class="button small primary" href=".{}" data-testid="quick-add">{}</a><button type="button" class="button small" data-testid="weekly-reminder">{}</button></div>"#,
        if line.due {
            "last-snapshot due"
        } else {
            "last-snapshot"
        },
        text(&line.words),
        text(line.after),
        Screen::QuickAdd.path(),
        text(i18n::start_quick_add_week(lang)),
        text(i18n::start_weekly_reminder(lang)),
    )
}

/// The shared view's banner: its bold part, what follows, and the save button's words.
pub fn shared_banner_words(
    lang: Lang,
    name: Option<&str>,
    shared_on: NaiveDate,
    date: DateWords,
) -> (String, String, String) {
    let (whose, save) = match name {
        Some(n) => (
            i18n::start_shared_history_of(lang, n),
            i18n::start_save_person(lang, n),
        ),
        None => (
            i18n::start_shared_history(lang).to_string(),
            i18n::start_save_this_person(lang).to_string(),
        ),
    };
    (whose, i18n::start_shared_after(lang, date(shared_on)), save)
}

/// The shared view's banner as drawn before the app runs.
pub fn shared_banner(
    lang: Lang,
    name: Option<&str>,
    shared_on: NaiveDate,
    date: DateWords,
) -> String {
    let (whose, after, save) = shared_banner_words(lang, name, shared_on, date);
    format!(
        r#"<div class="notice shared" role="note" data-testid="shared-banner"><p><strong>{}</strong>{}</p><button class="button small">{}</button><button class="button small quiet">{}</button><a class="button small quiet" rel="external">{}</a></div>"#,
        text(&whose),
        text(&after),
        text(&save),
        text(i18n::start_move_into_own(lang)),
        text(i18n::start_open_my_app(lang)),
    )
}
