//! A capture's fragment and tab name are untrusted: decoding never panics nor inflates past
//! the paste limit, and what it yields goes through the paste parser, which never panics
//! either.
#![no_main]

use base64::engine::general_purpose::URL_SAFE_NO_PAD;
use base64::Engine;
use libfuzzer_sys::fuzz_target;
use ssi_lens::domain::{capture, paste};

fuzz_target!(|data: &[u8]| {
    // First byte 1 or 3 (mod 4): the rest is the compressed payload, so inflating is
    // exercised, in the fragment (version 1) or the tab's name (version 2); 2: the bytes are
    // the tab's name, behind a fragment that says to read it; 0: the bytes are the fragment.
    let (fragment, name) = match data.split_first() {
        Some((first, rest)) if first % 4 == 1 => (
            format!("capture=1.{}", URL_SAFE_NO_PAD.encode(rest)),
            String::new(),
        ),
        Some((first, rest)) if first % 4 == 3 => (
            capture::handover_fragment(),
            format!("{}2.{}", capture::NAME_PREFIX, URL_SAFE_NO_PAD.encode(rest)),
        ),
        Some((first, rest)) if first % 4 == 2 => (
            capture::handover_fragment(),
            String::from_utf8_lossy(rest).into_owned(),
        ),
        _ => (String::from_utf8_lossy(data).into_owned(), String::new()),
    };
    if let Some(Ok(text)) = capture::arrival(&fragment, &name) {
        assert!(text.len() <= paste::MAX_PASTE_BYTES);
        let _ = paste::parse(&text);
    }
});
