//! Every screen's address, both ways, and the deep-link script in index.html that must know
//! the same addresses.

use chrono::NaiveDate;
use ssi_lens::domain::address::{Screen, FIRST_SEGMENTS};
use ssi_lens::i18n::{screens, Lang};

/// The tabs' screens (the app bar's list), then those that are no tab.
fn all() -> Vec<Screen> {
    ssi_lens::markup::frame::TABS
        .into_iter()
        .chain([
            Screen::Add,
            Screen::QuickAdd,
            Screen::Edit(NaiveDate::from_ymd_opt(2026, 1, 5).unwrap()),
            Screen::Person(ssi_lens::domain::people::PersonId::from(2718281828)),
        ])
        .chain(ssi_lens::domain::Pillar::ALL.map(Screen::Pillar))
        .collect()
}

#[test]
fn every_screen_reads_back_from_its_address() {
    for screen in all() {
        assert_eq!(Screen::parse(&screen.path()), Some(screen), "{screen:?}");
        assert_eq!(Screen::parse(&format!("{}/", screen.path())), Some(screen));
    }
    assert_eq!(Screen::History.path(), "/history");
    assert_eq!(
        Screen::Edit(NaiveDate::from_ymd_opt(2026, 1, 5).unwrap()).path(),
        "/edit/2026-01-05"
    );
}

#[test]
fn unknown_addresses_are_not_screens() {
    for path in [
        "/nope",
        "/edit",
        "/edit/2026-13-01",
        "/edit/2026-01-05/more",
        "/history/x",
        "/people/ada",
        "/pillar",
        "/pillar/Brand",
        "/pillar/reach",
        "/pillar/brand/more",
    ] {
        assert_eq!(Screen::parse(path), None, "{path}");
    }
    assert_eq!(Screen::parse(""), Some(Screen::Dashboard));
    assert_eq!(Screen::parse("/index.html"), Some(Screen::Dashboard));
}

#[test]
fn titles_name_the_screen() {
    assert_eq!(
        screens::title(Lang::En, Screen::History),
        "History · SSI Lens"
    );
    assert!(!Screen::Add.in_shared_view() && Screen::Learn.in_shared_view());
    let brand = Screen::Pillar(ssi_lens::domain::Pillar::Brand);
    assert_eq!(brand.path(), "/pillar/brand");
    assert_eq!(screens::title(Lang::En, brand), "Brand · SSI Lens");
    // Read-only, so a shared view has it; about the history, so the welcome stands in while empty.
    assert!(brand.in_shared_view() && brand.shows_history());
    assert_eq!(
        screens::title(Lang::En, Screen::QuickAdd),
        "Quick add · SSI Lens"
    );
    assert_eq!(Screen::QuickAdd.path(), "/quick");
    // A form of one's own: no shared view has it, and it needs no history (with none, its
    // fields are simply empty).
    assert!(!Screen::QuickAdd.in_shared_view() && !Screen::QuickAdd.shows_history());
    // Everyone one keeps: never in a shared view, and usable with no history of one's own (a
    // manager who only collects colleagues' links).
    assert_eq!(Screen::Team.path(), "/team");
    assert_eq!(screens::title(Lang::En, Screen::Team), "Team · SSI Lens");
    assert!(!Screen::Team.in_shared_view() && !Screen::Team.shows_history());
}

#[test]
fn the_team_tab_shows_once_someone_is_kept() {
    use ssi_lens::markup::frame::{tab_screens, tab_screens_without_history};
    let own: Vec<Screen> = tab_screens(false, false).collect();
    assert!(!own.contains(&Screen::Team));
    assert!(tab_screens(false, true).any(|s| s == Screen::Team));
    // A shared view is someone's own data: no team there.
    assert!(!tab_screens(true, true).any(|s| s == Screen::Team));
    assert!(tab_screens_without_history(true).contains(&Screen::Team));
    assert!(tab_screens_without_history(false).is_empty());
}

/// index.html finds the app's folder from a deep link by stripping a known first segment; a
/// screen it doesn't know would load without styles or code.
#[test]
fn the_deep_link_script_knows_every_first_segment() {
    let index = include_str!("../index.html");
    let line = index
        .lines()
        .find(|l| l.contains("const SCREENS"))
        .expect("index.html lists the screens' first segments");
    for screen in all() {
        let first = screen
            .path()
            .split('/')
            .nth(1)
            .unwrap_or_default()
            .to_string();
        assert!(
            first.is_empty() || line.contains(&format!("'{first}'")),
            "index.html misses {first}"
        );
    }
    let listed = line.matches('\'').count() / 2;
    assert_eq!(
        listed,
        FIRST_SEGMENTS.len(),
        "index.html lists exactly the screens: {line}"
    );
}
