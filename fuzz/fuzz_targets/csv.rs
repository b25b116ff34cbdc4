//! CSV files from any tracker or spreadsheet: the importer must never panic.
#![no_main]

use libfuzzer_sys::fuzz_target;

#[path = "import_checks.rs"]
mod import_checks;

fuzz_target!(|data: &[u8]| {
    // A header the importer accepts, so the fuzzer spends its time on the rows.
    let text = format!(
        "date,overall,brand,people,insights,relationships,note\n{}",
        String::from_utf8_lossy(data)
    );
    import_checks::plan_and_apply(&text);
});
