//! What the test crates share: the dates they play out on, snapshots, histories and people
//! made of a few numbers, the fixtures' text, and the paste tests' pages.
//!
//! A crate takes it in with `mod support;`. Every test crate compiles this module again and
//! uses only some of it; what one crate leaves unused another uses, so dead code is allowed
//! here (and only here) instead of warning in every crate.
#![allow(dead_code)]

pub mod charts;
pub mod pages;
pub mod unknown_language;

use chrono::NaiveDate;
use ssi_lens::domain::people::{People, Person, PersonId};
use ssi_lens::domain::sample::sample_weeks;
use ssi_lens::domain::{History, PillarScores, Snapshot};
use std::path::PathBuf;

/// The date `year`-`month`-`day`.
pub fn date(year: i32, month: u32, day: u32) -> NaiveDate {
    NaiveDate::from_ymd_opt(year, month, day).unwrap()
}

/// The day the tests take for today: 25 November 2026.
pub fn today() -> NaiveDate {
    date(2026, 11, 25)
}

/// Day `d` of March 2026, the month the history, people and two-tab tests play out in.
pub fn day(d: u32) -> NaiveDate {
    date(2026, 3, d)
}

/// Pillar scores in page order: brand, people, insights, relationships.
pub fn scores(v: [f64; 4]) -> PillarScores {
    PillarScores {
        brand: v[0],
        people: v[1],
        insights: v[2],
        relationships: v[3],
    }
}

/// A snapshot on `date` with `pillars` (brand, people, insights, relationships).
pub fn snapshot(date: NaiveDate, pillars: [f64; 4]) -> Snapshot {
    Snapshot::new(date, scores(pillars))
}

/// A snapshot on `day(d)` with `brand` and 1 for the other pillars.
pub fn snap(d: u32, brand: f64) -> Snapshot {
    snapshot(day(d), [brand, 1.0, 1.0, 1.0])
}

/// A history of `snap(d, brand)` for each `(d, brand)`.
pub fn history(snaps: &[(u32, f64)]) -> History {
    History::from_snapshots(snaps.iter().map(|&(d, b)| snap(d, b)).collect()).unwrap()
}

/// Real-looking data: `weeks` weekly snapshots up to today with pillars at LinkedIn's two
/// decimals, ranks, averages, the industry's name and a few notes (the sample data's values,
/// but the user's own: not marked as sample data).
pub fn weekly(weeks: u64) -> History {
    let sample = sample_weeks(today(), weeks);
    let all = sample.snapshots().iter().cloned().map(|mut s| {
        s.sample = false;
        s
    });
    History::from_snapshots(all.collect()).unwrap()
}

/// Person `id` named `name`, saved on day 1 with that day's snapshot (brand 2).
pub fn person(id: u32, name: &str) -> Person {
    Person::from_parts(PersonId::from(id), name, day(1), vec![snap(1, 2.0)]).unwrap()
}

/// The people in `list`, which must be valid together.
pub fn people(list: Vec<Person>) -> People {
    People::from_parts(list).unwrap()
}

/// The path of `path` in tests/fixtures.
pub fn fixture_path(path: &str) -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
        .join("tests/fixtures")
        .join(path)
}

/// The text of `path` in tests/fixtures.
pub fn read_fixture(path: &str) -> String {
    std::fs::read_to_string(fixture_path(path)).unwrap()
}

/// Weekly snapshots from Monday 5 Jan 2026 with the given overall scores (pillars split
/// evenly): the projections' and trends' tests.
pub fn weekly_overalls(overalls: &[f64]) -> History {
    let snapshots = overalls
        .iter()
        .enumerate()
        .map(|(i, &o)| {
            let day = date(2026, 1, 5) + chrono::Days::new(7 * i as u64);
            let mut s = snapshot(day, [o / 4.0; 4]);
            s.overall = o;
            s
        })
        .collect();
    History::from_snapshots(snapshots).unwrap()
}
