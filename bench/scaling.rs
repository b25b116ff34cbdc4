//! How the domain's work grows with the number of snapshots: each operation timed at 10×
//! steps of history length. Linear work grows about 10× per step, n·log n a little more, and
//! quadratic work 100×. Run by `./scripts/bench.sh` (`cargo bench --bench scaling`), which
//! copies the table into docs/benchmarks.md; it is a measurement, not a test.

use std::hint::black_box;
use std::time::{Duration, Instant};

use chrono::{Days, NaiveDate};
use ssi_lens::domain::charts::{trend_chart, ChartStyle};
use ssi_lens::domain::goals::Metric;
use ssi_lens::domain::outcomes::IdSeed;
use ssi_lens::domain::share::{self, ShareOptions};
use ssi_lens::domain::stats::{self, Range};
use ssi_lens::domain::stored::Stored;
use ssi_lens::domain::transfer::{plan_import, to_csv, ConflictChoice};
use ssi_lens::domain::{envelope, explain, sample, History};

const SIZES: [u64; 3] = [100, 1_000, 10_000];

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
            let chart = trend_chart(h.snapshots(), h.goals(), &ChartStyle::new(false, 1000, 460));
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
}
