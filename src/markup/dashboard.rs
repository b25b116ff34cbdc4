//! The dashboard's top: its title, the overall card and the pillars card (a grid of the two),
//! and the trend card's head. What a phone shows before any scrolling, and what the first
//! paint draws around the trend chart.

use std::fmt::Write;

use chrono::NaiveDate;

use super::{attr, change_class, text, DateWords, Whose};
use crate::domain::address::Screen;
use crate::domain::history::Change;
use crate::domain::number::{fixed, format_rank, plain_number, Precision};
use crate::domain::reminder::snapshot_due;
use crate::domain::snapshot::{is_ahead, Snapshot};
use crate::domain::stats::Range;
use crate::domain::Pillar;

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
pub fn dashboard_title(whose: &Whose) -> String {
    match whose {
        Whose::Someones(Some(name)) => format!("{name}’s dashboard"),
        _ => "Dashboard".to_string(),
    }
}

/// The overall score card: score, change, peers, ranks, industry, note.
pub fn overall_card(top: &DashboardTop, date: DateWords) -> String {
    let s = top.latest;
    let whose = top.whose;
    let mut html = String::with_capacity(1024);
    let heading = match whose {
        Whose::Yours => "Social Selling Index".to_string(),
        whose => format!("{} Social Selling Index", whose.possessive_title()),
    };
    let _ = write!(
        html,
        r#"<section class="card overall" aria-labelledby="overall-title"><h2 id="overall-title">{}</h2><p class="muted">{}</p><p class="big-score"><span data-testid="overall-score">{}</span><span class="out-of"> / 100</span></p>"#,
        text(&heading),
        text(&format!("On {}", date(s.date))),
        Precision::Whole.format(s.overall),
    );
    if let Some((change, since)) = &top.change {
        let _ = write!(
            html,
            r#"<p class="{}"><span class="delta-value">{}</span> since {}</p>"#,
            change_class(Precision::Whole, change.overall),
            // "No change", not "0": the words say it once.
            if Precision::Whole.is_flat(change.overall) {
                "No change".to_string()
            } else {
                Precision::Whole.format_change(change.overall)
            },
            text(&date(*since)),
        );
    }
    score_bar(
        &mut html,
        whose,
        Precision::Whole,
        "Overall SSI",
        s.overall,
        100.0,
        s.industry_avg,
        s.network_avg,
    );
    html.push_str(r#"<ul class="ranks">"#);
    for (rank, group) in [(s.industry_rank, "industry"), (s.network_rank, "network")] {
        if let Some(rank) = rank {
            let _ = write!(
                html,
                "<li><strong>{}</strong> {}</li>",
                format_rank(rank),
                text(&format!("in {} {group}", whose.possessive())),
            );
        }
    }
    html.push_str("</ul>");
    if let Some(industry) = &s.industry {
        let _ = write!(html, r#"<p class="muted">Industry: {}</p>"#, text(industry));
    }
    if let Some(note) = &s.note {
        let _ = write!(html, r#"<p class="note">Note: {}</p>"#, text(note));
    }
    html.push_str("</section>");
    html
}

/// The four pillars, the weakest marked, each with its change and its bar against peers.
pub fn pillars_card(top: &DashboardTop) -> String {
    let s = top.latest;
    let weakest = s.pillars.weakest();
    let mut html = String::with_capacity(2048);
    let _ = write!(
        html,
        r#"<section class="card pillars" aria-labelledby="pillars-title"><h2 id="pillars-title">{}</h2><ul class="pillar-list">"#,
        text(&format!("{} four pillars", top.whose.possessive_title())),
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
                p,
                if p == weakest {
                    r#"<span class="badge">Weakest</span> "#
                } else {
                    ""
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
            top.whose,
            Precision::Hundredth,
            p.short_label(),
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
pub fn pillar_title(p: Pillar) -> String {
    titled(p, "")
}

/// A pillar's title with `beside` (markup) after its short name.
fn titled(p: Pillar, beside: &str) -> String {
    format!(
        r#"<span class="pillar-short">{}</span> {beside}<span class="pillar-long">{}</span>"#,
        p.short_label(),
        p.label()
    )
}

/// A score as a filled bar out of `max`, with the peers' averages as markers and a legend, every
/// number at `precision`: the legend's "You 12.05" reads as the card above it.
#[allow(clippy::too_many_arguments)]
fn score_bar(
    html: &mut String,
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
    let peers = [
        ("Industry average", "Industry avg", "industry", industry),
        ("Network average", "Network avg", "network", network),
    ];
    for (name, _, class, v) in peers {
        if let Some(v) = v {
            let _ = write!(
                html,
                r#"<span class="marker {class}" style="left: {};" title="{}"></span>"#,
                percent(v),
                attr(&format!("{name}: {}", precision.format(v))),
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
        text(&format!("{} {}", whose.who(), precision.format(value))),
    );
    for (_, short, class, v) in peers {
        if let Some(v) = v {
            let _ = write!(
                html,
                r#"<li><span class="key {class}"></span>{short} {}</li>"#,
                precision.format(v),
            );
        }
    }
    html.push_str("</ul>");
}

/// The time range buttons as drawn before the app runs (the app's `RangePicker` has the same
/// markup, with its handlers).
pub fn range_picker(chosen: Range) -> String {
    let mut html = String::from(r#"<div class="segmented" role="group" aria-label="Time range">"#);
    for range in Range::ALL {
        let _ = write!(
            html,
            r#"<button type="button" aria-pressed="{}">{}</button>"#,
            range == chosen,
            range.label(),
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
    last: NaiveDate,
    today: NaiveDate,
    date: DateWords,
) -> LastSnapshotWords {
    let due = snapshot_due(last, today);
    // In English, as the sentence around it is, until the dashboard's words are in the catalog.
    let last_words =
        |last, today| crate::i18n::results::last_snapshot_words(crate::i18n::Lang::En, last, today);
    let (words, after) = if is_ahead(last, today) {
        (
            format!("Last snapshot dated {}, after today", date(last)),
            ": check its date, or this device’s clock.",
        )
    } else if due {
        (
            format!("Last snapshot {}", last_words(last, today)),
            ": time for this week’s.",
        )
    } else {
        (format!("Last snapshot {}", last_words(last, today)), ".")
    };
    LastSnapshotWords { words, after, due }
}

/// The line about the last snapshot as drawn before the app runs.
pub fn last_snapshot(last: NaiveDate, today: NaiveDate, date: DateWords) -> String {
    let line = last_snapshot_words(last, today, date);
    format!(
        r#"<div class="{}" data-testid="last-snapshot"><p><strong>{}</strong>{}</p><a class="button small primary" href=".{}" data-testid="quick-add">Quick add this week’s SSI</a><button type="button" class="button small" data-testid="weekly-reminder">Add a weekly reminder to your calendar</button></div>"#,
        if line.due {
            "last-snapshot due"
        } else {
            "last-snapshot"
        },
        text(&line.words),
        text(line.after),
        Screen::QuickAdd.path(),
    )
}

/// The shared view's banner: its bold part, what follows, and the save button's words.
pub fn shared_banner_words(
    name: Option<&str>,
    shared_on: NaiveDate,
    date: DateWords,
) -> (String, String, String) {
    let whose = match name {
        Some(n) => format!("{n}’s SSI history"),
        None => "A shared SSI history".to_string(),
    };
    let after = format!(
        ", shared on {}. A self-reported copy, read-only: nothing here is saved in your browser unless you save it.",
        date(shared_on)
    );
    (
        whose,
        after,
        format!("Save {}", name.unwrap_or("this person")),
    )
}

/// The shared view's banner as drawn before the app runs.
pub fn shared_banner(name: Option<&str>, shared_on: NaiveDate, date: DateWords) -> String {
    let (whose, after, save) = shared_banner_words(name, shared_on, date);
    format!(
        r#"<div class="notice shared" role="note" data-testid="shared-banner"><p><strong>{}</strong>{}</p><button class="button small">{}</button><button class="button small quiet">Move into my own history…</button><a class="button small quiet" rel="external">Open my SSI Lens</a></div>"#,
        text(&whose),
        text(&after),
        text(&save),
    )
}
