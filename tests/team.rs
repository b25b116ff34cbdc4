//! The Team screen's rules: rows, the team's medians and spreads, the "fell" and "update
//! overdue" flags, sorting and filtering, sparklines, and the message that asks for a link.

mod support;
use chrono::{Days, NaiveDate};
use ssi_lens::domain::charts::sparkline_points;
use ssi_lens::domain::explain::{team_advice, TEAM_CAVEAT};
use ssi_lens::domain::history::History;
use ssi_lens::domain::people::{People, Person, PersonId};
use ssi_lens::domain::stats::Range;
use ssi_lens::domain::team::{
    ask_for_link_message, median, Member, Team, TeamFilter, TeamRow, TeamSort, STALE_AFTER_WEEKS,
};
use ssi_lens::domain::{Pillar, Snapshot};
use support::{people, snapshot, today};

/// The day `days` before today.
fn ago(days: u64) -> NaiveDate {
    today() - Days::new(days)
}

/// A snapshot `days` before today with `pillars`; the overall is their sum.
fn reading(days: u64, pillars: [f64; 4]) -> Snapshot {
    snapshot(ago(days), pillars)
}

/// A snapshot `days` before today with the overall `overall` (pillars split evenly).
fn overall(days: u64, overall: f64) -> Snapshot {
    let mut s = snapshot(ago(days), [overall / 4.0; 4]);
    s.overall = overall;
    s
}

fn history(snapshots: Vec<Snapshot>) -> History {
    History::from_snapshots(snapshots).unwrap()
}

fn person(id: u32, name: &str, snapshots: Vec<Snapshot>) -> Person {
    Person::from_parts(PersonId::from(id), name, ago(1), snapshots).unwrap()
}

/// The one row of a team of just `snapshots` (the user's own).
fn own_row(snapshots: Vec<Snapshot>, range: Range) -> TeamRow {
    let team = Team::build(&history(snapshots), &People::new(), range, today());
    team.rows()[0].clone()
}

/// A team whose every sort key gives a different order. Saved order: You, bea, Ada, Cy, dan.
///
/// | row | score | change | brand | people | insights | relationships | updated |
/// | You | 44 | +4 | 11 | 11 | 11 | 11 | 7 days ago |
/// | bea | 47 | −1 (fell) | 12 | 12 | 12 | 11 | 3 days ago |
/// | Ada | 30 | none (one snapshot) | 8 | 9 | 6 | 7 | 40 days ago (overdue) |
/// | Cy | no snapshots (overdue) |
/// | dan | 45 | +1 | 9 | 15 | 8 | 13 | 2 days ago |
fn team() -> Team {
    let own = history(vec![reading(14, [10.0; 4]), reading(7, [11.0; 4])]);
    let saved = people(vec![
        person(
            1,
            "bea",
            vec![reading(21, [12.0; 4]), reading(3, [12.0, 12.0, 12.0, 11.0])],
        ),
        person(2, "Ada", vec![reading(40, [8.0, 9.0, 6.0, 7.0])]),
        person(3, "Cy", vec![]),
        person(
            4,
            "dan",
            vec![
                reading(10, [9.0, 14.0, 8.0, 13.0]),
                reading(2, [9.0, 15.0, 8.0, 13.0]),
            ],
        ),
    ]);
    Team::build(&own, &saved, Range::Weeks12, today())
}

fn names(rows: &[&TeamRow]) -> Vec<String> {
    rows.iter().map(|r| r.name().to_string()).collect()
}

#[test]
fn the_median_is_the_middle_value_or_the_mean_of_the_middle_two() {
    assert_eq!(median(&[3.0, 1.0, 2.0]), Some(2.0));
    assert_eq!(median(&[4.0, 1.0, 3.0, 2.0]), Some(2.5));
    assert_eq!(median(&[7.5]), Some(7.5));
    assert_eq!(median(&[]), None);
}

#[test]
fn you_come_first_only_when_you_have_snapshots() {
    let saved = people(vec![person(1, "Zoe", vec![]), person(2, "Al", vec![])]);
    let with_you = Team::build(
        &history(vec![reading(1, [5.0; 4])]),
        &saved,
        Range::All,
        today(),
    );
    let members: Vec<Member> = with_you.rows().iter().map(TeamRow::member).collect();
    assert_eq!(
        members,
        [
            Member::You,
            Member::Person(PersonId::from(1)),
            Member::Person(PersonId::from(2))
        ]
    );
    assert_eq!(with_you.rows()[0].name(), "You");

    let without = Team::build(&History::default(), &saved, Range::All, today());
    let names: Vec<&str> = without.rows().iter().map(TeamRow::name).collect();
    assert_eq!(names, ["Zoe", "Al"]);

    let nobody = Team::build(&History::default(), &People::new(), Range::All, today());
    assert!(nobody.is_empty() && !with_you.is_empty());
}

#[test]
fn a_row_shows_the_latest_reading() {
    let team = team();
    let bea = &team.rows()[1];
    assert_eq!(bea.member(), Member::Person(PersonId::from(1)));
    assert_eq!(bea.latest_date(), Some(ago(3)));
    assert_eq!(bea.latest().map(|s| s.date), Some(ago(3)));
    assert_eq!(bea.score(), Some(47.0));
    assert_eq!(bea.pillar(Pillar::Relationships), Some(11.0));
    let cy = &team.rows()[3];
    assert_eq!(cy.latest(), None);
    assert_eq!((cy.score(), cy.pillar(Pillar::Brand)), (None, None));
    assert_eq!((cy.change(), cy.latest_date()), (None, None));
    assert!(cy.sparkline().is_empty() && !cy.fell());
}

#[test]
fn each_pillar_spreads_over_the_rows_with_a_snapshot() {
    let team = team();
    let brand = team.spread(Pillar::Brand).unwrap();
    assert_eq!(brand.pillar(), Pillar::Brand);
    // You 11, bea 12, Ada 8, dan 9; Cy has no snapshot and does not count.
    assert_eq!(brand.count(), 4);
    assert_eq!(brand.median(), 10.0);
    assert_eq!((brand.lowest(), brand.highest()), (8.0, 12.0));
    assert_eq!(team.spread(Pillar::People).unwrap().median(), 11.5);
    assert_eq!(team.median_score(), Some(44.5));

    let nobody_measured = Team::build(
        &History::default(),
        &people(vec![person(1, "Cy", vec![])]),
        Range::All,
        today(),
    );
    assert_eq!(nobody_measured.spread(Pillar::Brand), None);
    assert_eq!(nobody_measured.weakest(), None);
    assert_eq!(nobody_measured.median_score(), None);
}

#[test]
fn the_weakest_pillar_has_the_lowest_median_and_ties_go_in_linkedins_order() {
    // Medians: brand 10, people 11.5, insights 9.5, relationships 11.
    assert_eq!(team().weakest().map(|s| s.pillar()), Some(Pillar::Insights));
    // People and insights tie at 7: people comes first on LinkedIn's page.
    let own = history(vec![reading(1, [9.0, 7.0, 7.0, 8.0])]);
    let team = Team::build(&own, &People::new(), Range::All, today());
    assert_eq!(team.weakest().map(|s| s.pillar()), Some(Pillar::People));
}

#[test]
fn versus_median_is_the_difference_as_shown() {
    let team = team();
    let ada = &team.rows()[2];
    assert_eq!(ada.versus_median(Pillar::Brand, &team), Some(-2.0));
    assert_eq!(
        team.rows()[0].versus_median(Pillar::People, &team),
        Some(-0.5)
    );
    assert_eq!(team.rows()[3].versus_median(Pillar::Brand, &team), None);
}

#[test]
fn an_update_is_overdue_after_more_than_four_weeks_or_without_snapshots() {
    assert_eq!(STALE_AFTER_WEEKS, 4);
    let exactly = own_row(vec![overall(28, 40.0)], Range::All);
    assert_eq!(exactly.weeks_since_update(), Some(4));
    assert!(!exactly.is_stale());
    let one_more = own_row(vec![overall(29, 40.0)], Range::All);
    assert_eq!(one_more.weeks_since_update(), Some(4));
    assert!(one_more.is_stale());
    let fresh = own_row(vec![overall(13, 40.0)], Range::All);
    assert_eq!(fresh.weeks_since_update(), Some(1));
    assert!(!fresh.is_stale());
    let team = team();
    let none = &team.rows()[3];
    assert_eq!(none.weeks_since_update(), None);
    assert!(none.is_stale());
}

#[test]
fn a_snapshot_dated_tomorrow_is_zero_weeks_old() {
    let mut ahead = overall(0, 40.0);
    ahead.date = today() + Days::new(1);
    let row = own_row(vec![overall(7, 38.0), ahead], Range::Weeks4);
    assert_eq!(row.weeks_since_update(), Some(0));
    assert!(!row.is_stale());
    // It still counts in the range.
    assert_eq!(row.change(), Some(2.0));
}

#[test]
fn fell_compares_the_last_two_snapshots_as_shown() {
    let fell = |before: f64, after: f64| {
        own_row(vec![overall(14, before), overall(7, after)], Range::All).fell()
    };
    assert!(fell(45.0, 44.0));
    // 45.4 → 44.4 shows 45 → 44.
    assert!(fell(45.4, 44.4));
    // 44.8 → 44.6 both show 45: no fall the user could see.
    assert!(!fell(44.8, 44.6));
    assert!(!fell(44.0, 45.0));
    assert!(!fell(44.0, 44.0));
    // Only the last step counts, not the whole range.
    let recovered = own_row(
        vec![overall(21, 50.0), overall(14, 40.0), overall(7, 41.0)],
        Range::All,
    );
    assert!(!recovered.fell());
    assert!(!own_row(vec![overall(7, 40.0)], Range::All).fell());
}

#[test]
fn change_is_over_the_range_at_whole_points() {
    let snaps = vec![
        overall(100, 30.0),
        overall(21, 40.4),
        overall(14, 41.0),
        overall(7, 42.6),
    ];
    // 4 weeks: 40.4 (shown 40) → 42.6 (shown 43).
    let four = own_row(snaps.clone(), Range::Weeks4);
    assert_eq!(four.change(), Some(3.0));
    let sparkline: Vec<NaiveDate> = four.sparkline().iter().map(|p| p.0).collect();
    assert_eq!(sparkline, [ago(21), ago(14), ago(7)]);
    assert_eq!(four.sparkline()[2].1, 42.6);
    // All: 30 → 43.
    let all = own_row(snaps, Range::All);
    assert_eq!(all.change(), Some(13.0));
    assert_eq!(all.sparkline().len(), 4);
    // One snapshot in the range: no change to show.
    let one = own_row(vec![overall(100, 30.0), overall(7, 40.0)], Range::Weeks4);
    assert_eq!(one.change(), None);
    assert_eq!(one.sparkline().len(), 1);
}

#[test]
fn every_sort_orders_both_ways_with_missing_values_last() {
    let team = team();
    let expect = |sort: TeamSort, descending: &[&str], ascending: &[&str]| {
        let down = team.view(sort, true, TeamFilter::Everyone);
        let up = team.view(sort, false, TeamFilter::Everyone);
        assert_eq!(names(&down), descending, "{sort:?} descending");
        assert_eq!(names(&up), ascending, "{sort:?} ascending");
    };
    // By lowercase name: "You" between "dan" and nothing, not before "bea".
    expect(
        TeamSort::Name,
        &["You", "dan", "Cy", "bea", "Ada"],
        &["Ada", "bea", "Cy", "dan", "You"],
    );
    expect(
        TeamSort::Score,
        &["bea", "dan", "You", "Ada", "Cy"],
        &["Ada", "You", "dan", "bea", "Cy"],
    );
    expect(
        TeamSort::Change,
        &["You", "dan", "bea", "Ada", "Cy"],
        &["bea", "dan", "You", "Ada", "Cy"],
    );
    expect(
        TeamSort::Pillar(Pillar::Brand),
        &["bea", "You", "dan", "Ada", "Cy"],
        &["Ada", "dan", "You", "bea", "Cy"],
    );
    expect(
        TeamSort::Pillar(Pillar::People),
        &["dan", "bea", "You", "Ada", "Cy"],
        &["Ada", "You", "bea", "dan", "Cy"],
    );
    expect(
        TeamSort::Pillar(Pillar::Insights),
        &["bea", "You", "dan", "Ada", "Cy"],
        &["Ada", "dan", "You", "bea", "Cy"],
    );
    // You and bea tie at 11: they keep their order either way.
    expect(
        TeamSort::Pillar(Pillar::Relationships),
        &["dan", "You", "bea", "Ada", "Cy"],
        &["Ada", "You", "bea", "dan", "Cy"],
    );
    expect(
        TeamSort::LastUpdate,
        &["dan", "bea", "You", "Ada", "Cy"],
        &["Ada", "You", "bea", "dan", "Cy"],
    );
}

#[test]
fn scores_that_show_the_same_keep_their_order() {
    let own = history(vec![overall(7, 44.4)]);
    let saved = people(vec![person(1, "Bo", vec![overall(7, 44.2)])]);
    let team = Team::build(&own, &saved, Range::All, today());
    for descending in [true, false] {
        let rows = team.view(TeamSort::Score, descending, TeamFilter::Everyone);
        assert_eq!(names(&rows), ["You", "Bo"]);
    }
}

#[test]
fn sorts_have_stable_keys_and_the_users_words() {
    for sort in TeamSort::ALL {
        assert_eq!(TeamSort::from_key(sort.key()), Some(sort));
    }
    assert_eq!(TeamSort::from_key("nope"), None);
    let labels: Vec<&str> = TeamSort::ALL.iter().map(|s| s.label()).collect();
    assert_eq!(
        labels,
        [
            "Name",
            "Score",
            "Change",
            "Brand",
            "People",
            "Insights",
            "Relationships",
            "Last update"
        ]
    );
    assert!(!TeamSort::Name.default_descending());
    assert!(TeamSort::ALL[1..].iter().all(|s| s.default_descending()));
}

#[test]
fn every_filter_keeps_its_rows() {
    let team = team();
    let kept = |filter: TeamFilter| names(&team.view(TeamSort::Name, false, filter));
    assert_eq!(
        kept(TeamFilter::Everyone),
        ["Ada", "bea", "Cy", "dan", "You"]
    );
    assert_eq!(kept(TeamFilter::Fell), ["bea"]);
    assert_eq!(kept(TeamFilter::Stale), ["Ada", "Cy"]);
    // Medians: brand 10, people 11.5, insights 9.5, relationships 11 (at the median is not
    // below it; no snapshot is below nothing).
    assert_eq!(kept(TeamFilter::BelowMedian(Pillar::Brand)), ["Ada", "dan"]);
    assert_eq!(
        kept(TeamFilter::BelowMedian(Pillar::People)),
        ["Ada", "You"]
    );
    assert_eq!(
        kept(TeamFilter::BelowMedian(Pillar::Insights)),
        ["Ada", "dan"]
    );
    assert_eq!(
        kept(TeamFilter::BelowMedian(Pillar::Relationships)),
        ["Ada"]
    );
    // A filter and a sort together.
    let overdue_by_update = team.view(TeamSort::LastUpdate, true, TeamFilter::Stale);
    assert_eq!(names(&overdue_by_update), ["Ada", "Cy"]);
}

#[test]
fn filters_have_stable_keys_and_the_users_words() {
    for filter in TeamFilter::ALL {
        assert_eq!(TeamFilter::from_key(filter.key()), Some(filter));
    }
    assert_eq!(TeamFilter::from_key(""), None);
    assert_eq!(TeamFilter::Everyone.label(), "Everyone");
    assert_eq!(TeamFilter::Fell.label(), "Fell since last time");
    assert_eq!(TeamFilter::Stale.label(), "Update overdue");
    for p in Pillar::ALL {
        assert_eq!(
            TeamFilter::BelowMedian(p).label(),
            format!("Below the team median in {}", p.short_label())
        );
    }
}

#[test]
fn a_sparkline_spans_its_box_by_date_and_value() {
    let two = [(ago(10), 40.0), (ago(0), 50.0)];
    assert_eq!(
        sparkline_points(&two, 100.0, 20.0).as_deref(),
        Some("0,19 100,1")
    );
    // x follows the days between, not the count.
    let uneven = [(ago(9), 40.0), (ago(6), 45.0), (ago(0), 50.0)];
    assert_eq!(
        sparkline_points(&uneven, 10.0, 20.0).as_deref(),
        Some("0,19 3.3,10 10,1")
    );
}

#[test]
fn an_unchanged_score_is_a_flat_line_in_the_middle() {
    let flat = [(ago(10), 42.0), (ago(5), 42.0), (ago(0), 42.0)];
    assert_eq!(
        sparkline_points(&flat, 100.0, 20.0).as_deref(),
        Some("0,10 50,10 100,10")
    );
}

#[test]
fn a_sparkline_needs_two_points() {
    assert_eq!(sparkline_points(&[(ago(0), 42.0)], 100.0, 20.0), None);
    assert_eq!(sparkline_points(&[], 100.0, 20.0), None);
    let bad = [(ago(1), f64::NAN), (ago(0), 42.0)];
    assert_eq!(sparkline_points(&bad, 100.0, 20.0), None);
}

#[test]
fn a_years_sparkline_keeps_one_decimal() {
    let year: Vec<(NaiveDate, f64)> = (0..52)
        .map(|w| (ago(7 * (51 - w)), 30.0 + (w as f64 * 0.37) % 7.0))
        .collect();
    let points = sparkline_points(&year, 120.0, 24.0).unwrap();
    let numbers: Vec<&str> = points.split([' ', ',']).collect();
    assert_eq!(numbers.len(), 104);
    for n in numbers {
        let value: f64 = n.parse().unwrap();
        assert!((0.0..=120.0).contains(&value), "{n}");
        assert!(n.split('.').nth(1).is_none_or(|d| d.len() == 1), "{n}");
    }
}

#[test]
fn the_ask_for_a_link_message_is_written_to_the_person() {
    let message = ask_for_link_message("Dana", "https://example.org/ssi-lens/share");
    assert_eq!(
        message,
        "Hi Dana, could you record this week’s SSI in SSI Lens and send me a fresh link? Open https://example.org/ssi-lens/share, choose “Copy link”, and send it to me. Thanks!"
    );
    // The Share screen's button is called that (in its page, or in the catalog once the
    // Share screen is worded by it).
    let read = |path: &str| {
        std::fs::read_to_string(format!("{}/{path}", env!("CARGO_MANIFEST_DIR")))
            .unwrap_or_default()
    };
    assert!(
        read("src/ui/pages/share.rs").contains("\"Copy link\"")
            || read("locales/en/share.json").contains("\"Copy link\"")
    );
    assert_eq!(
        ask_for_link_message("  ", "u"),
        "Hi, could you record this week’s SSI in SSI Lens and send me a fresh link? Open u, choose “Copy link”, and send it to me. Thanks!"
    );
}

#[test]
fn team_advice_speaks_of_the_team_and_of_activity_not_results() {
    let mut seen = Vec::new();
    for p in Pillar::ALL {
        let advice = team_advice(p);
        assert_eq!(advice.pillar, p);
        assert!(!advice.measures.is_empty() && !advice.together.is_empty());
        assert!(advice.measures.contains("team"), "{p:?}");
        assert!(!seen.contains(&advice.together));
        seen.push(advice.together);
    }
    assert!(TEAM_CAVEAT.contains("pipeline") && TEAM_CAVEAT.contains("results"));
}

/// A pillar's cell is shaded by where it stands against the median: about it within half a
/// point, well above or below it from three points.
#[test]
fn a_pillar_stands_about_above_or_below_the_median() {
    use ssi_lens::domain::team::Standing;
    assert_eq!(Standing::of(0.0), Standing::Even);
    assert_eq!(Standing::of(0.49), Standing::Even);
    assert_eq!(Standing::of(-0.49), Standing::Even);
    assert_eq!(Standing::of(0.5), Standing::Above { far: false });
    assert_eq!(Standing::of(-0.5), Standing::Below { far: false });
    assert_eq!(Standing::of(2.99), Standing::Above { far: false });
    assert_eq!(Standing::of(3.0), Standing::Above { far: true });
    assert_eq!(Standing::of(-7.25), Standing::Below { far: true });
}

/// The team's order and filter are remembered as text; anything unreadable is the default.
#[test]
fn the_team_view_is_remembered_and_read_back() {
    use ssi_lens::domain::team::{TeamFilter, TeamSort, TeamView};
    for sort in TeamSort::ALL {
        for filter in TeamFilter::ALL {
            for descending in [true, false] {
                let view = TeamView {
                    sort,
                    descending,
                    filter,
                };
                assert_eq!(TeamView::from_key_or_default(Some(&view.key())), view);
            }
        }
    }
    let default = TeamView::default();
    assert_eq!(default.sort, TeamSort::Score);
    assert!(default.descending);
    for damaged in [
        "",
        "score",
        "score up everyone",
        "nonsense desc everyone",
        "score desc everyone extra",
    ] {
        assert_eq!(
            TeamView::from_key_or_default(Some(damaged)),
            default,
            "{damaged}"
        );
    }
    assert_eq!(TeamView::from_key_or_default(None), default);
}
