//! The first paint's own copy of the user's history: derived, compact, and never a source of
//! truth. Reading the stored history itself would put its JSON decoder, the schema upgrades
//! and the people in the first paint's download (about 37 KB of its 154, docs/performance.md);
//! this copy reuses the share link's encoding, which the first paint reads anyway. The app
//! writes it with every save (`edges::storage`), stamped with a hash of the exact stored text:
//! a copy that does not match what is stored now (another version wrote, storage was edited)
//! is ignored, and the app draws as it would without it.

use crate::domain::decimal::read_decimal;
use crate::domain::goals::Metric;
use crate::domain::history::History;
use crate::domain::share::{self, SharedHistory};
use crate::domain::snapshot::Snapshot;

/// Where the copy is kept, beside the history's own key.
pub const RECORD_KEY: &str = "ssi-lens.first-paint";

/// The format of the copy: `3|<hash>|<sample snapshots>|<people kept>|<goals>|<share
/// fragment>`, goals as `<metric key>:<target>` (the keys CSV columns use, stable across
/// versions).
const FORMAT: &str = "3";

/// What the first paint needs of the stored history: its snapshots, goals, how many of the
/// snapshots are sample data (the notices above the dashboard: sample data, and the backup
/// reminder, which counts only real snapshots), and how many people are kept (the Team tab).
#[derive(Debug, PartialEq)]
pub struct Copy {
    pub history: History,
    pub sample_snapshots: usize,
    pub people: usize,
}

/// A 64-bit FNV-1a hash of the stored text: cheap, and enough to tell a stale copy.
fn stamp(stored_text: &str) -> String {
    let hash = stored_text.bytes().fold(0xcbf2_9ce4_8422_2325_u64, |h, b| {
        (h ^ u64::from(b)).wrapping_mul(0x0100_0000_01b3)
    });
    format!("{hash:016x}")
}

/// The copy of `history`, stored as `stored_text` beside `people` kept people; `None` when a
/// share link's encoding can't carry it exactly (the first paint then leaves the page to the
/// app).
pub fn write(stored_text: &str, history: &History, people: usize) -> Option<String> {
    let plain = |s: &Snapshot| Snapshot {
        outcomes: Default::default(),
        sample: false,
        ..s.clone()
    };
    let shared = SharedHistory {
        own_data: false,
        name: None,
        // Any date: the first paint shows none of a link's own.
        shared_on: history.latest()?.date,
        history: History::from_snapshots(history.snapshots().iter().map(plain).collect()).ok()?,
    };
    let fragment = share::encode(&shared).ok()?;
    // Exactly, or not at all: a link rounds what it can't carry.
    let decoded = share::decode(&fragment).ok()?;
    if decoded.history.snapshots() != shared.history.snapshots() {
        return None;
    }
    let goals: Vec<String> = history
        .goals()
        .iter()
        .map(|(metric, target)| format!("{}:{target}", metric.key()))
        .collect();
    let samples = history.snapshots().iter().filter(|s| s.sample).count();
    let copy = format!(
        "{FORMAT}|{}|{samples}|{people}|{}|{fragment}",
        stamp(stored_text),
        goals.join(","),
    );
    // Goals too read back exactly, or there is no copy.
    let copied = read(&copy, stored_text)?;
    (copied.history.goals() == history.goals()).then_some(copy)
}

/// Whether `record` was made from exactly `stored_text`.
pub fn is_current(record: &str, stored_text: &str) -> bool {
    let mut parts = record.splitn(3, '|');
    parts.next() == Some(FORMAT) && parts.next() == Some(stamp(stored_text).as_str())
}

/// The copy in `record`, if it was made from exactly `stored_text`.
pub fn read(record: &str, stored_text: &str) -> Option<Copy> {
    if !is_current(record, stored_text) {
        return None;
    }
    let mut parts = record.splitn(6, '|').skip(2);
    let (samples, people) = (parts.next()?, parts.next()?);
    let (goals, fragment) = (parts.next()?, parts.next()?);
    let mut history = share::decode(fragment).ok()?.history;
    for goal in goals.split(',').filter(|g| !g.is_empty()) {
        let (key, target) = goal.split_once(':')?;
        let metric = Metric::ALL.into_iter().find(|m| m.key() == key)?;
        history.set_goal(metric, Some(read_decimal(target)?)).ok()?;
    }
    Some(Copy {
        history,
        sample_snapshots: samples.parse().ok()?,
        people: people.parse().ok()?,
    })
}
