//! What every import fuzz target checks of a planned import (shared by `import` and `csv`).

use ssi_lens::domain::outcomes::IdSeed;
use ssi_lens::domain::stored::Stored;
use ssi_lens::domain::transfer::{self, ConflictChoice};
use ssi_lens::domain::{envelope, History};

/// Plans `text` into an empty history and applies it every way the preview allows: it must
/// either refuse or give a history that survives a save and a reload, with no future dates.
pub fn plan_and_apply(text: &str) {
    let today = chrono::NaiveDate::from_ymd_opt(2026, 1, 1).unwrap();
    let existing = History::default();
    let Ok(mut plan) = transfer::plan_import(text, &existing, today, &mut IdSeed::new(1)) else {
        return;
    };
    if let Some(id) = plan.new_outcomes.first().map(|o| o.id()) {
        let _ = plan.include_outcome(id, false);
    }
    for choice in [ConflictChoice::KeepMine, ConflictChoice::TakeTheirs] {
        if let Ok(applied) = plan.apply(&existing, choice) {
            assert!(applied.snapshots().iter().all(|s| s.date <= today));
            let stored = Stored::from(applied.clone());
            let back = envelope::decode(&envelope::encode(&stored));
            assert_eq!(back.as_ref().map(Stored::history), Ok(&applied));
        }
    }
    let _ = plan.invalid_shown();
}
