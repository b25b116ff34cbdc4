//! How the domain's work grows with the number of snapshots: each operation timed at 10×
//! steps of history length. Linear work grows about 10× per step, n·log n a little more, and
//! quadratic work 100×. Then the Team screen's work at 10, 25 and 50 people (the most one
//! keeps) of a year each, and what 50 such people take of the storage budget. Run by `./scripts/bench.sh` (`cargo bench --bench scaling`), which
//! copies the table into docs/benchmarks.md; it is a measurement, not a test.

use std::hint::black_box;
use std::time::{Duration, Instant};

use chrono::{Days, NaiveDate};
use ssi_lens::domain::charts::{sparkline_points, trend_chart, ChartStyle};
use ssi_lens::domain::goals::Metric;
use ssi_lens::domain::outcomes::IdSeed;
use ssi_lens::domain::people::{People, Person, PersonId, MAX_PEOPLE};
use ssi_lens::domain::share::{self, ShareOptions};
use ssi_lens::domain::stats::{self, Range};
use ssi_lens::domain::stored::Stored;
use ssi_lens::domain::team::Team;
use ssi_lens::domain::transfer::{plan_import, to_csv, ConflictChoice};
use ssi_lens::domain::{envelope, explain, sample, History};
use ssi_lens::i18n::Lang;

const SIZES: [u64; 3] = [100, 1_000, 10_000];

/// Team sizes for the Team screen, each person with a year of weekly snapshots.
const TEAM_SIZES: [usize; 3] = [10, 25, MAX_PEOPLE];
const TEAM_WEEKS: u64 = 52;
/// The people whose stored size is measured.
const STORED_PEOPLE: usize = MAX_PEOPLE;
/// What browsers give a site in local storage (about 5 MB), as the import limit assumes.
const STORAGE_BUDGET: usize = 5_000_000;

/// Median time of one call, over enough calls to fill about 300 ms.
fn time(mut op: impl FnMut()) -> Duration {
    let start = Instant::now();
    op();
    let once = start.elapsed().max(Duration::from_micros(1));
    let runs = (Duration::from_millis(300).as_nanos() / once.as_nanos()).clamp(3, 1_000) as usize;
    let mut times: Vec<Duration> = (0..runs)
        .map(|_| {
            let start = Instant::now();
            op();
            start.elapsed()
        })
        .collect();
    times.sort();
    times[runs / 2]
}

type Operation = (&'static str, fn(&History, NaiveDate));

fn operations() -> Vec<Operation> {
    vec![
        ("load (decode + check)", |h, _| {
            let text = envelope::encode(&Stored::from(h.clone()));
            black_box(envelope::decode(&text).ok());
        }),
        ("save (encode)", |h, _| {
            black_box(envelope::encode(&Stored::from(h.clone())));
        }),
        ("add a snapshot (oldest day)", |h, _| {
            let mut copy = h.clone();
            let mut first = h.snapshots()[0].clone();
            first.date = first.date - Days::new(1);
            black_box(copy.add(first).ok());
        }),
        ("merge two tabs' changes", |h, _| {
            let mut ours = h.clone();
            let _ = ours.delete(h.snapshots()[0].date);
            black_box(History::merge(h, &ours, h).ok());
        }),
        ("dashboard statistics", |h, _| {
            let all = Range::All.of(h);
            black_box(stats::drops(all));
            black_box(stats::trend(all, Metric::Overall));
            black_box(stats::project(all, Metric::Overall, 90.0));
            black_box(stats::fastest_growing(h, 30));
            black_box(explain::advice(h));
        }),
        ("trend chart options (as JSON)", |h, _| {
            let style = ChartStyle::new(false, 1000, 460);
            let chart = trend_chart(h.snapshots(), h.goals(), &style, Lang::En);
            black_box(chart.to_string());
        }),
        ("share link (encode + decode)", |h, today| {
            let options = ShareOptions {
                own_data: false,
                range: Range::All,
                name: None,
                include_notes: true,
                include_goals: false,
            };
            if let Ok(link) = share::encode(&share::select(h, &options, today)) {
                black_box(share::decode(&link).ok());
            }
        }),
        ("CSV export + import into an empty history", |h, today| {
            let csv = to_csv(h);
            if let Ok(plan) = plan_import(&csv, &History::default(), today, &mut IdSeed::new(1)) {
                black_box(
                    plan.apply(&History::default(), ConflictChoice::TakeTheirs)
                        .ok(),
                );
            }
        }),
    ]
}

fn main() {
    let today = NaiveDate::from_ymd_opt(2026, 11, 25).expect("a valid date");
    let histories: Vec<History> = SIZES
        .iter()
        .map(|&n| sample::sample_weeks(today, n))
        .collect();
    let header: Vec<String> = SIZES.iter().map(|n| format!("{n} snapshots")).collect();
    println!("| operation | {} | growth per 10× |", header.join(" | "));
    println!("| --- |{} ---: |", " ---: |".repeat(SIZES.len()));
    for (name, op) in operations() {
        let times: Vec<Duration> = histories.iter().map(|h| time(|| op(h, today))).collect();
        let growth: Vec<String> = times
            .windows(2)
            .map(|w| format!("{:.1}×", w[1].as_secs_f64() / w[0].as_secs_f64()))
            .collect();
        let cells: Vec<String> = times
            .iter()
            .map(|t| format!("{:.3} ms", t.as_secs_f64() * 1e3))
            .collect();
        println!("| {name} | {} | {} |", cells.join(" | "), growth.join(", "));
    }
    teams(today);
}

/// `count` people, each with a year of weekly snapshots as a share link carries them (notes
/// included), not marked as sample data.
fn colleagues(today: NaiveDate, count: usize) -> Vec<Person> {
    let year: Vec<_> = sample::sample_weeks(today, TEAM_WEEKS)
        .snapshots()
        .iter()
        .cloned()
        .map(|mut s| {
            s.sample = false;
            s
        })
        .collect();
    (0..count)
        .filter_map(|i| {
            let name = format!("Colleague {i}");
            Person::from_parts(PersonId::from(i as u32 + 1), &name, today, year.clone()).ok()
        })
        .collect()
}

/// The Team screen: building the team (rows, spreads) and every row's sparkline, per size.
fn teams(today: NaiveDate) {
    let own = sample::sample_weeks(today, TEAM_WEEKS);
    println!();
    println!("| Team screen ({TEAM_WEEKS} weekly snapshots each) | build | build + sparklines | per person |");
    println!("| --- | ---: | ---: | ---: |");
    for size in TEAM_SIZES {
        let Ok(people) = People::from_parts(colleagues(today, size)) else {
            return;
        };
        let build = time(|| {
            black_box(Team::build(&own, &people, Range::Year, today, "You"));
        });
        let with_lines = time(|| {
            let team = Team::build(&own, &people, Range::Year, today, "You");
            for row in team.rows() {
                black_box(sparkline_points(row.sparkline(), 120.0, 24.0));
            }
        });
        println!(
            "| {size} people + you | {:.3} ms | {:.3} ms | {:.1} µs |",
            build.as_secs_f64() * 1e3,
            with_lines.as_secs_f64() * 1e3,
            with_lines.as_secs_f64() * 1e6 / (size + 1) as f64
        );
    }
    stored_size(today, &own);
}

/// The bytes stored for the user's year and [`STORED_PEOPLE`] people of a year each.
fn stored_size(today: NaiveDate, own: &History) {
    let bytes = |count: usize| {
        People::from_parts(colleagues(today, count))
            .ok()
            .map(|people| envelope::encode(&Stored::new(own.clone(), people)).len())
    };
    let (Some(none), Some(total)) = (bytes(0), bytes(STORED_PEOPLE)) else {
        return;
    };
    let per_person = (total - none) / STORED_PEOPLE;
    let how = "measured";
    println!();
    println!(
        "Stored (`envelope::encode`): your {TEAM_WEEKS} weeks and {STORED_PEOPLE} people of {TEAM_WEEKS} weeks each take {total} bytes ({how}; {per_person} bytes a person), {:.1}% of localStorage's {} MB.",
        total as f64 * 100.0 / STORAGE_BUDGET as f64,
        STORAGE_BUDGET / 1_000_000
    );
}
