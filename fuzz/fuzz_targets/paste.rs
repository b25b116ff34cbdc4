//! The paste parser must never panic, and what it accepts must be a valid snapshot.
#![no_main]

use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let text = String::from_utf8_lossy(data);
    if let Ok(page) = ssi_lens::domain::paste::parse(&text) {
        let today = chrono::NaiveDate::from_ymd_opt(2026, 1, 1).unwrap();
        let draft = page.to_draft(today);
        assert!(draft.validate(today).is_ok(), "{draft:?}");
    }
});
