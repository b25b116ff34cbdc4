//! A capture fragment is untrusted: decoding never panics nor inflates past the paste limit,
//! and what it yields goes through the paste parser, which never panics either.
#![no_main]

use base64::engine::general_purpose::URL_SAFE_NO_PAD;
use base64::Engine;
use libfuzzer_sys::fuzz_target;
use ssi_lens::domain::{capture, paste};

fuzz_target!(|data: &[u8]| {
    // Odd first byte: the rest is the compressed payload, so inflating is exercised;
    // otherwise the bytes are the fragment itself.
    let fragment = match data.split_first() {
        Some((first, rest)) if first % 2 == 1 => {
            format!("capture=1.{}", URL_SAFE_NO_PAD.encode(rest))
        }
        _ => String::from_utf8_lossy(data).into_owned(),
    };
    if let Ok(text) = capture::decode(&fragment) {
        assert!(text.len() <= paste::MAX_PASTE_BYTES);
        let _ = paste::parse(&text);
    }
});
