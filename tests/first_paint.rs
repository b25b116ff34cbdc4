//! The first paint: what it draws where (only the dashboard the app would show), from its
//! copy of the stored history (exact, and ignored once stale), with the app's own chart
//! options and markup, every text escaped, and without the app's UI layer.

mod support;
use chrono::NaiveDate;
use ssi_lens::domain::charts::{trend_chart, ChartStyle};
use ssi_lens::domain::goals::Metric;
use ssi_lens::domain::sample::sample_weeks;
use ssi_lens::domain::share::{encode, SharedHistory};
use ssi_lens::domain::stats::Range;
use ssi_lens::domain::stored::Stored;
use ssi_lens::domain::{envelope, History};
use ssi_lens::first_paint::record;
use ssi_lens::first_paint::{Arrival, FirstScreen};
use ssi_lens::i18n::Lang;
use support::{today, weekly};

/// A year of weekly snapshots with notes, peers and two goals, as a real user stores it.
fn year() -> History {
    let mut history = weekly(52);
    history.set_goal(Metric::Overall, Some(70.0)).unwrap();
    history.set_goal(Metric::ALL[3], Some(12.25)).unwrap();
    history
}

fn stored_text(history: &History) -> String {
    envelope::encode(&Stored::new(history.clone(), Default::default()))
}

fn arrival<'a>(
    path: &'a str,
    fragment: &'a str,
    stored: Option<&'a str>,
    record: Option<&'a str>,
) -> Arrival<'a> {
    Arrival {
        path,
        fragment,
        stored,
        record,
        range: None,
        last_export: None,
        reminder_dismissed: None,
        drops_seen: None,
    }
}

fn date(d: NaiveDate) -> String {
    d.to_string()
}

fn style() -> ChartStyle {
    ChartStyle::new(false, 1026, 460)
}

#[test]
fn the_copy_of_the_stored_history_reads_back_exactly_with_its_goals() {
    let history = year();
    let text = stored_text(&history);
    let copy = record::write(&text, &history, 0).expect("a year fits a copy");
    let read = record::read(&copy, &text).expect("a current copy reads");
    assert_eq!(read.history.snapshots(), history.snapshots());
    assert_eq!(read.history.goals(), history.goals());
    assert_eq!(read.sample_snapshots, 0);
}

#[test]
fn a_copy_made_from_other_stored_text_is_ignored() {
    let history = year();
    let text = stored_text(&history);
    let copy = record::write(&text, &history, 0).unwrap();
    let mut changed = history.clone();
    changed.set_goal(Metric::Overall, Some(80.0)).unwrap();
    let now = stored_text(&changed);
    assert!(record::is_current(&copy, &text));
    assert!(!record::is_current(&copy, &now));
    assert!(record::read(&copy, &now).is_none());
    // Nor a damaged copy or one of an unknown format.
    assert!(record::read(&copy.replacen("3|", "2|", 1), &text).is_none());
    assert!(record::read(&copy[..copy.len() - 5], &text).is_none());
    assert!(record::read("", &text).is_none());
}

#[test]
fn sample_data_is_told_by_the_copy_and_needs_no_backup() {
    let history = sample_weeks(today(), 10);
    let text = stored_text(&history);
    let copy = record::write(&text, &history, 0).unwrap();
    assert_eq!(record::read(&copy, &text).unwrap().sample_snapshots, 10);
    let screen = FirstScreen::at(&arrival("/", "", Some(&text), Some(&copy)), today()).unwrap();
    let top = screen.top(Lang::En, today(), &date);
    assert!(top.contains(r#"data-testid="sample-banner""#));
    // As the app: sample snapshots are not worth a backup.
    assert!(!top.contains("backup-reminder"), "{top}");
}

#[test]
fn an_empty_history_has_no_copy() {
    let history = History::default();
    assert_eq!(record::write(&stored_text(&history), &history, 0), None);
}

#[test]
fn the_first_paint_draws_the_stored_dashboard_with_the_apps_own_chart() {
    let history = year();
    let text = stored_text(&history);
    let copy = record::write(&text, &history, 0).unwrap();
    for path in ["/", "/index.html"] {
        let screen = FirstScreen::at(&arrival(path, "", Some(&text), Some(&copy)), today())
            .expect("a stored history's dashboard");
        // The app's options for the same data, range and style (Range::Year is the default).
        let app = trend_chart(
            Range::Year.of(&history),
            history.goals(),
            &style(),
            Lang::De,
        );
        assert_eq!(
            screen.chart(&style(), Lang::De).to_string(),
            app.to_string()
        );
        assert_eq!(screen.title(Lang::En), "Dashboard");
    }
}

#[test]
fn the_chosen_range_is_the_first_paints_too() {
    let history = year();
    let text = stored_text(&history);
    let copy = record::write(&text, &history, 0).unwrap();
    let mut at = arrival("/", "", Some(&text), Some(&copy));
    at.range = Some(Range::Weeks4.key());
    let screen = FirstScreen::at(&at, today()).unwrap();
    let app = trend_chart(
        Range::Weeks4.of(&history),
        history.goals(),
        &style(),
        Lang::En,
    );
    assert_eq!(
        screen.chart(&style(), Lang::En).to_string(),
        app.to_string()
    );
    assert!(screen
        .trend_head(Lang::En)
        .contains(r#"<button type="button" aria-pressed="true">4 weeks</button>"#));
}

#[test]
fn a_share_link_is_drawn_as_the_shared_view_with_its_name_escaped() {
    let shared = SharedHistory {
        own_data: false,
        name: Some("<img src=x onerror=alert(1)> & Co".into()),
        shared_on: today(),
        history: year(),
    };
    let fragment = encode(&SharedHistory {
        own_data: false,
        history: History::from_snapshots(shared.history.snapshots().to_vec()).unwrap(),
        ..shared.clone()
    })
    .unwrap();
    let screen = FirstScreen::at(&arrival("/", &format!("#{fragment}"), None, None), today())
        .expect("a share link's dashboard");
    let top = screen.top(Lang::En, today(), &date);
    assert!(!top.contains("<img"), "{top}");
    assert!(top.contains("&lt;img src=x onerror=alert(1)&gt; &amp; Co’s dashboard"));
    assert!(top.contains(r#"data-testid="shared-banner""#));
    assert!(
        !top.contains("last-snapshot"),
        "one's own line is not a shared view's"
    );
    let (tabs, action) = screen.app_bar(Lang::En);
    assert!(!tabs.contains("Share") && tabs.contains("Learn"));
    assert_eq!(action, "");
}

/// A link of one's own data opens on "Move into my history", which only the app draws: the
/// first paint leaves it to the app rather than draw a banner the app would replace.
#[test]
fn an_own_data_link_is_left_to_the_app() {
    let shared = SharedHistory {
        own_data: true,
        name: None,
        shared_on: today(),
        history: History::from_snapshots(year().snapshots().to_vec()).unwrap(),
    };
    let fragment = encode(&shared).unwrap();
    let at = |own_data| {
        let fragment = encode(&SharedHistory {
            own_data,
            ..shared.clone()
        })
        .unwrap();
        FirstScreen::at(&arrival("/", &format!("#{fragment}"), None, None), today())
    };
    assert!(
        at(false).is_some(),
        "the same link for someone else is drawn"
    );
    assert!(at(true).is_none(), "{fragment}");
}

#[test]
fn nothing_is_drawn_where_the_app_shows_something_else_first() {
    let history = year();
    let text = stored_text(&history);
    let copy = record::write(&text, &history, 0).unwrap();
    let none = |at: Arrival| FirstScreen::at(&at, today()).is_none();
    // Other screens and addresses the app doesn't have.
    assert!(none(arrival("/history", "", Some(&text), Some(&copy))));
    assert!(none(arrival(
        "/nowhere/at/all",
        "",
        Some(&text),
        Some(&copy)
    )));
    // A capture opens the form; a broken link says so.
    assert!(none(arrival("/", "#capture=2", Some(&text), Some(&copy))));
    assert!(none(arrival("/", "#s=broken", Some(&text), Some(&copy))));
    // Nothing stored, nothing copied, a stale copy, an empty history.
    assert!(none(arrival("/", "", None, None)));
    assert!(none(arrival("/", "", Some(&text), None)));
    assert!(none(arrival("/", "", Some("{}"), Some(&copy))));
    let empty = History::default();
    assert!(none(arrival("/", "", Some(&stored_text(&empty)), None)));
}

#[test]
fn ones_own_dashboard_has_the_last_snapshot_line_and_the_backup_reminder_when_due() {
    let history = year();
    let text = stored_text(&history);
    let copy = record::write(&text, &history, 0).unwrap();
    let screen = FirstScreen::at(&arrival("/", "", Some(&text), Some(&copy)), today()).unwrap();
    let top = screen.top(Lang::En, today(), &date);
    assert!(top.contains(r#"data-testid="last-snapshot""#));
    assert!(
        top.contains(r#"data-testid="backup-reminder""#),
        "never exported"
    );
    let mut exported = arrival("/", "", Some(&text), Some(&copy));
    exported.last_export = Some(today());
    let screen = FirstScreen::at(&exported, today()).unwrap();
    assert!(!screen
        .top(Lang::En, today(), &date)
        .contains("backup-reminder"));
    assert!(screen.app_bar(Lang::En).1.contains("Add snapshot"));
}

/// The Team tab shows once someone is kept: the first paint knows it from its copy, so its tabs
/// are the app's (which the e2e first-paint test compares).
#[test]
fn the_team_tab_is_drawn_when_people_are_kept() {
    let history = year();
    let text = stored_text(&history);
    let tabs_with = |people| {
        let copy = record::write(&text, &history, people).unwrap();
        assert_eq!(record::read(&copy, &text).unwrap().people, people);
        let screen = FirstScreen::at(&arrival("/", "", Some(&text), Some(&copy)), today());
        screen.unwrap().app_bar(Lang::En).0
    };
    assert!(!tabs_with(0).contains(">Team<"));
    let tabs = tabs_with(3);
    assert!(tabs.contains(r#"href="./team">Team<"#), "{tabs}");
    // In the app bar's order: after Results, before Compare.
    assert!(tabs.find(">Results<") < tabs.find(">Team<"));
    assert!(tabs.find(">Team<") < tabs.find(">Compare<"));
}

/// The first paint names the tabs in the page's language, as the app will; their addresses are
/// the same in every language.
#[test]
fn the_tabs_are_drawn_in_the_pages_language() {
    let history = year();
    let text = stored_text(&history);
    let copy = record::write(&text, &history, 3).unwrap();
    let screen = FirstScreen::at(&arrival("/", "", Some(&text), Some(&copy)), today()).unwrap();
    let (tabs, _) = screen.app_bar(Lang::De);
    assert!(
        tabs.contains(r#"href="./" aria-current="page">Übersicht<"#),
        "{tabs}"
    );
    assert!(tabs.contains(r#"href="./history">Verlauf<"#), "{tabs}");
    assert!(!tabs.contains(">History<"), "{tabs}");
    let (tabs, _) = screen.app_bar(Lang::PtBr);
    assert!(tabs.contains(r#"href="./team">Equipe<"#), "{tabs}");
}

/// The first paint is built without the `app` feature (index.html), which is what leaves Leptos
/// out of it; the code it runs may not reach for the UI either.
#[test]
fn the_first_paint_does_not_link_the_ui() {
    let root = env!("CARGO_MANIFEST_DIR");
    let read = |path: &str| std::fs::read_to_string(format!("{root}/{path}")).unwrap();
    let index = read("index.html");
    let link = index
        .lines()
        .find(|l| l.contains(r#"data-bin="first-paint""#))
        .expect("index.html builds the first paint");
    assert!(link.contains("data-cargo-no-default-features"), "{link}");
    let manifest = read("Cargo.toml");
    assert!(manifest.contains(r#"app = ["dep:leptos", "dep:leptos_router"]"#));
    assert!(
        manifest.contains(r#"leptos = { version = "0.8", features = ["csr"], optional = true }"#)
    );
    let lib = read("src/lib.rs");
    for module in ["mod app;", "pub mod ui;"] {
        let at = lib.find(module).unwrap();
        assert!(
            lib[..at]
                .trim_end()
                .ends_with(r#"#[cfg(all(target_arch = "wasm32", feature = "app"))]"#),
            "{module}"
        );
    }
    let mut sources = vec!["src/bin/first_paint.rs".to_string()];
    for folder in ["src/first_paint", "src/markup", "src/domain", "src/edges"] {
        let mut stack = vec![format!("{root}/{folder}")];
        while let Some(dir) = stack.pop() {
            for entry in std::fs::read_dir(&dir).unwrap() {
                let path = entry.unwrap().path();
                if path.is_dir() {
                    stack.push(path.display().to_string());
                } else if path.extension().is_some_and(|e| e == "rs") {
                    sources.push(path.display().to_string().replace(&format!("{root}/"), ""));
                }
            }
        }
    }
    for source in sources {
        let code = read(&source);
        for ui in ["leptos", "crate::ui", "ssi_lens::ui", "crate::app"] {
            let used = code
                .lines()
                .any(|l| !l.trim_start().starts_with("//") && l.contains(ui));
            assert!(!used, "{source} uses {ui}");
        }
    }
}

#[test]
fn a_fall_the_app_tells_about_leaves_the_page_to_the_app() {
    let mut history = year();
    let mut fallen = history.latest().unwrap().clone();
    fallen.date = today() + chrono::Days::new(7);
    fallen.overall -= 10.0;
    history.add(fallen.clone()).unwrap();
    let text = stored_text(&history);
    let copy = record::write(&text, &history, 0).unwrap();
    let later = fallen.date;
    let at = arrival("/", "", Some(&text), Some(&copy));
    assert!(
        FirstScreen::at(&at, later).is_none(),
        "the drop notice is the app's to draw"
    );
    // Once the user dismissed it, there is nothing between the cards and the trend.
    let mut seen = arrival("/", "", Some(&text), Some(&copy));
    seen.drops_seen = Some(later);
    assert!(FirstScreen::at(&seen, later).is_some());
}

#[test]
fn every_text_of_the_cards_is_escaped() {
    let history = year();
    let mut latest = history.latest().unwrap().clone();
    latest.note = Some("<img src=x onerror=alert(1)> \"quoted\" & more".into());
    latest.industry = Some("<script>alert(1)</script>".into());
    let whose = ssi_lens::markup::Whose::Someones(Some("<b>Dana</b>".into()));
    let top = ssi_lens::markup::DashboardTop {
        whose: &whose,
        latest: &latest,
        change: None,
        // A fragment is the address' text: quoted as an attribute in the pillars' links.
        links: "#s=\"><b>",
    };
    let html = ssi_lens::markup::overall_card(Lang::En, &top, &date)
        + &ssi_lens::markup::pillars_card(Lang::En, &top);
    for raw in ["<img", "<script", "<b>"] {
        assert!(!html.contains(raw), "{raw} in {html}");
    }
    assert!(html.contains("Note: &lt;img src=x onerror=alert(1)&gt; \"quoted\" &amp; more"));
    assert!(html.contains("Industry: &lt;script&gt;alert(1)&lt;/script&gt;"));
    assert!(html.contains("&lt;b&gt;Dana&lt;/b&gt;’s Social Selling Index"));
}

#[test]
fn an_unchanged_score_says_no_change_and_the_weakest_badge_sits_beside_its_name() {
    let (before, after) = (support::date(2026, 11, 18), support::date(2026, 11, 25));
    let history = History::from_snapshots(vec![
        support::snapshot(before, [12.0, 8.0, 4.0, 14.0]),
        support::snapshot(after, [12.0, 8.0, 4.0, 14.0]),
    ])
    .unwrap();
    let whose = ssi_lens::markup::Whose::Yours;
    let top = ssi_lens::markup::DashboardTop {
        whose: &whose,
        latest: history.latest().unwrap(),
        change: history.change_since_previous().map(|c| (c, before)),
        links: "",
    };
    let overall = ssi_lens::markup::overall_card(Lang::En, &top, &date);
    assert!(
        overall.contains(r#"<span class="delta-value">No change</span> since"#),
        "{overall}"
    );
    // Inside the name: the row keeps the name, score and change as the other rows do.
    let pillars = ssi_lens::markup::pillars_card(Lang::En, &top);
    assert!(
        pillars.contains(
            r#"<span class="pillar-short">Insights</span> <span class="badge">Weakest</span>"#
        ),
        "{pillars}"
    );
}

/// The dashboard's top for a history of `snapshots`, with the peers' pillars on the latest.
fn cards_of(before: [f64; 4], after: [f64; 4]) -> String {
    let (then, now) = (support::date(2026, 11, 18), support::date(2026, 11, 25));
    let history = History::from_snapshots(vec![
        support::snapshot(then, before),
        support::snapshot(now, after),
    ])
    .unwrap();
    let mut latest = history.latest().unwrap().clone();
    latest.industry_pillars = Some(support::scores([10.5, 9.0, 11.125, 12.0]));
    let whose = ssi_lens::markup::Whose::Yours;
    let top = ssi_lens::markup::DashboardTop {
        whose: &whose,
        latest: &latest,
        change: history.change_since_previous().map(|c| (c, then)),
        links: "",
    };
    ssi_lens::markup::pillars_card(Lang::En, &top)
}

#[test]
fn a_pillar_reads_the_same_on_its_card_in_its_legend_and_in_its_change() {
    let html = cards_of([11.65, 8.0, 3.0, 14.0], [12.05, 8.0, 3.745, 14.0]);
    // Two decimals as LinkedIn shows them, the score above its bar and "You" below it alike.
    assert!(
        html.contains(r#"<span class="pillar-value">12.05<span class="out-of">"#),
        "{html}"
    );
    assert!(html.contains("You 12.05</li>"), "{html}");
    assert!(
        html.contains(r#"<span class="pillar-value">3.75<span class="out-of">"#),
        "{html}"
    );
    assert!(html.contains("You 3.75</li>"), "{html}");
    assert!(html.contains("Industry avg 11.13</li>"), "{html}");
    // Each change is the difference of the two values shown: 3.00 to 3.75.
    assert!(
        html.contains(r#"<span class="delta up">+0.40</span>"#),
        "{html}"
    );
    assert!(
        html.contains(r#"<span class="delta up">+0.75</span>"#),
        "{html}"
    );
    assert!(
        html.contains(r#"<span class="delta flat">0.00</span>"#),
        "{html}"
    );
    // The bar's machine values keep what is recorded.
    assert!(html.contains(r#"aria-valuenow="3.745""#), "{html}");
}

#[test]
fn the_cards_write_decimals_with_the_languages_mark() {
    use ssi_lens::domain::number::{use_decimal_mark, DecimalMark};
    use_decimal_mark(DecimalMark::Comma);
    let html = cards_of([11.65, 8.0, 3.0, 14.0], [12.25, 8.0, 3.745, 14.0]);
    use_decimal_mark(DecimalMark::Point);
    assert!(
        html.contains(r#"<span class="pillar-value">12,25<span class="out-of">"#),
        "{html}"
    );
    assert!(html.contains("You 12,25</li>"), "{html}");
    assert!(
        html.contains(r#"<span class="delta up">+0,60</span>"#),
        "{html}"
    );
    // Attributes and styles a machine reads keep the point.
    assert!(html.contains(r#"aria-valuenow="12.25""#), "{html}");
    assert!(html.contains("width: 49.00%"), "{html}");
}

/// The first paint draws in the page's language, with the app's words for it: the heading,
/// the cards, the week line and the trend card's head.
#[test]
fn the_first_paint_draws_in_the_pages_language() {
    let history = year();
    let text = stored_text(&history);
    let copy = record::write(&text, &history, 0).unwrap();
    let screen = FirstScreen::at(&arrival("/", "", Some(&text), Some(&copy)), today()).unwrap();
    let top = screen.top(Lang::De, today(), &date);
    for words in [
        "Übersicht",
        "Ihre vier Säulen",
        "Letzte Momentaufnahme",
        "Wochen in Folge",
    ] {
        assert!(top.contains(words), "“{words}” in {top}");
    }
    for english in ["Dashboard", "four pillars", "Last snapshot", "in a row"] {
        assert!(!top.contains(english), "“{english}” in {top}");
    }
    assert_eq!(screen.title(Lang::Fr), "Tableau de bord");
    let head = screen.trend_head(Lang::Es);
    assert!(head.contains(">Tendencia</h2>"), "{head}");
    assert!(head.contains(r#"aria-label="Periodo""#), "{head}");
}
