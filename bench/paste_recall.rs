//! How much of each sample SSI page the paste parser recovers, and how much it gets wrong:
//! the shared samples, pages in further languages and scripts, and both again with every
//! word replaced (a language no word list knows). Run by `./scripts/bench.sh`.

use std::path::Path;

use serde_json::Value;
use ssi_lens::domain::paste::{parse, ParsedPage};
use ssi_lens::domain::{Pillar, PillarScores};

#[path = "../tests/support/unknown_language.rs"]
mod unknown_language;

/// Right, wrong (a value that is not the page's), and expected counts.
#[derive(Default)]
struct Tally {
    right: usize,
    wrong: usize,
    expected: usize,
}

fn pillars(p: &PillarScores) -> Vec<f64> {
    Pillar::ALL.iter().map(|&q| p.get(q)).collect()
}

fn score(page: Option<&ParsedPage>, expected: &Value, tally: &mut Tally) {
    let pillar_keys = ["brand", "people", "insights", "relationships"];
    let mut fields: Vec<(Value, Option<Value>)> = Vec::new();
    let num = |v: Option<f64>| v.map(Value::from);
    let overall = page.map(|p| {
        let date = chrono::NaiveDate::from_ymd_opt(2026, 1, 1).unwrap();
        p.to_draft(date).validate(date).ok().map(|s| s.overall)
    });
    fields.push((
        expected["overall_shown"].clone(),
        overall.flatten().map(Value::from),
    ));
    for (i, key) in pillar_keys.iter().enumerate() {
        fields.push((
            expected[*key].clone(),
            page.map(|p| Value::from(pillars(&p.pillars)[i])),
        ));
    }
    fields.push((
        expected["industry_rank"].clone(),
        num(page.and_then(|p| p.industry_rank.map(f64::from))),
    ));
    fields.push((
        expected["network_rank"].clone(),
        num(page.and_then(|p| p.network_rank.map(f64::from))),
    ));
    fields.push((
        expected["industry_avg"].clone(),
        num(page.and_then(|p| p.industry_avg)),
    ));
    fields.push((
        expected["network_avg"].clone(),
        num(page.and_then(|p| p.network_avg)),
    ));
    for (key, got) in [
        ("industry_pillars", page.and_then(|p| p.industry_pillars)),
        ("network_pillars", page.and_then(|p| p.network_pillars)),
    ] {
        fields.push((expected[key].clone(), got.map(|g| Value::from(pillars(&g)))));
    }
    for (want, got) in fields {
        let numbers = |v: &Value| -> Vec<f64> {
            match v {
                Value::Array(items) => items.iter().filter_map(Value::as_f64).collect(),
                other => other.as_f64().into_iter().collect(),
            }
        };
        let same = |a: &Value, b: &Value| {
            let (x, y) = (numbers(a), numbers(b));
            x.len() == y.len() && x.iter().zip(&y).all(|(p, q)| (p - q).abs() < 1e-9)
        };
        match (want.is_null(), got) {
            (true, Some(g)) => tally.wrong += usize::from(!g.is_null()),
            (true, None) => {}
            (false, Some(g)) if same(&want, &g) => {
                tally.right += 1;
                tally.expected += 1;
            }
            (false, Some(_)) => {
                tally.wrong += 1;
                tally.expected += 1;
            }
            (false, None) => tally.expected += 1,
        }
    }
}

fn main() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures");
    println!("| Pages | Fields recovered | Wrong values | Pages refused |");
    println!("|---|---|---|---|");
    for folder in ["ssi-page", "ssi-page-more", "ssi-page-unseen"] {
        for unknown in [false, true] {
            let dir = root.join(folder);
            let expected: Value =
                serde_json::from_str(&std::fs::read_to_string(dir.join("expected.json")).unwrap())
                    .unwrap();
            let mut tally = Tally::default();
            let mut refused = 0;
            let mut pages = 0;
            for (name, want) in expected.as_object().unwrap() {
                if name.starts_with('_') || name.ends_with(".json") && unknown {
                    continue;
                }
                pages += 1;
                let mut text = std::fs::read_to_string(dir.join(name)).unwrap();
                if unknown {
                    text = unknown_language::unknown_language(&text);
                }
                let page = parse(&text).ok();
                refused += usize::from(page.is_none());
                score(page.as_ref(), want, &mut tally);
            }
            let label = if unknown {
                format!("{folder}, every word unknown")
            } else {
                folder.to_string()
            };
            println!(
                "| {label} ({pages}) | {}/{} ({:.0}%) | {} | {refused} |",
                tally.right,
                tally.expected,
                100.0 * tally.right as f64 / tally.expected.max(1) as f64,
                tally.wrong
            );
        }
    }
}
