//! Imports (JSON envelopes and CSV files) and stored data must never panic.
#![no_main]

use libfuzzer_sys::fuzz_target;
use ssi_lens::domain::{envelope, transfer, History};

fuzz_target!(|data: &[u8]| {
    let text = String::from_utf8_lossy(data);
    let today = chrono::NaiveDate::from_ymd_opt(2026, 1, 1).unwrap();
    let _ = transfer::plan_import(&text, &History::default(), today);
    let _ = envelope::decode(&text);
});
