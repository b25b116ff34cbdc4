//! Imported files (JSON backups and CSV, detected by content) must never panic.
#![no_main]

use libfuzzer_sys::fuzz_target;
use ssi_lens::domain::{transfer, History};

fuzz_target!(|data: &[u8]| {
    let text = String::from_utf8_lossy(data);
    let today = chrono::NaiveDate::from_ymd_opt(2026, 1, 1).unwrap();
    let _ = transfer::plan_import(&text, &History::default(), today);
});
