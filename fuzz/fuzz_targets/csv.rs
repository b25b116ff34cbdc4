//! CSV files from any tracker or spreadsheet: the importer must never panic.
#![no_main]

use libfuzzer_sys::fuzz_target;
use ssi_lens::domain::{transfer, History};

fuzz_target!(|data: &[u8]| {
    // A header the importer accepts, so the fuzzer spends its time on the rows.
    let text = format!("date,overall,brand,people,insights,relationships,note\n{}", String::from_utf8_lossy(data));
    let today = chrono::NaiveDate::from_ymd_opt(2026, 1, 1).unwrap();
    let _ = transfer::plan_import(&text, &History::default(), today);
});
