//! Imported files (JSON backups and CSV, detected by content) must never panic.
#![no_main]

use libfuzzer_sys::fuzz_target;

#[path = "import_checks.rs"]
mod import_checks;

fuzz_target!(|data: &[u8]| {
    import_checks::plan_and_apply(&String::from_utf8_lossy(data));
});
