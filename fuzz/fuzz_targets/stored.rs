//! Whatever is found in localStorage (another version, another tab, a hand edit) must never
//! panic the loader, and what it accepts must encode and decode to itself.
#![no_main]

use libfuzzer_sys::fuzz_target;
use ssi_lens::domain::envelope;

fuzz_target!(|data: &[u8]| {
    let text = String::from_utf8_lossy(data);
    if let Ok(stored) = envelope::decode(&text) {
        assert_eq!(envelope::decode(&envelope::encode(&stored)).ok(), Some(stored));
    }
});
