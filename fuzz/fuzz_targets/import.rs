//! Imported files (JSON backups and CSV, detected by content) must never panic.
#![no_main]

use libfuzzer_sys::fuzz_target;
use ssi_lens::domain::outcomes::IdSeed;
use ssi_lens::domain::transfer::{self, ConflictChoice};
use ssi_lens::domain::{envelope, History};

fuzz_target!(|data: &[u8]| {
    let text = String::from_utf8_lossy(data);
    let today = chrono::NaiveDate::from_ymd_opt(2026, 1, 1).unwrap();
    let existing = History::default();
    if let Ok(mut plan) = transfer::plan_import(&text, &existing, today, &mut IdSeed::new(1)) {
        // Whatever the file and the outcome choices, applying keeps every rule: it either
        // refuses or gives a history that survives a save and a reload.
        let first = plan.new_outcomes.first().map(|o| o.id());
        if let Some(id) = first {
            let _ = plan.include_outcome(id, false);
        }
        for choice in [ConflictChoice::KeepMine, ConflictChoice::TakeTheirs] {
            if let Ok(applied) = plan.apply(&existing, choice) {
                assert!(applied.snapshots().iter().all(|s| s.date <= today));
                assert_eq!(envelope::decode(&envelope::encode(&applied)).as_ref(), Ok(&applied));
            }
        }
        let _ = plan.invalid_shown();
    }
});
