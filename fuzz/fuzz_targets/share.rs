//! Share links come from anyone: decoding must never panic, whatever the fragment.
#![no_main]

use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let text = String::from_utf8_lossy(data);
    let _ = ssi_lens::domain::share::decode(&text);
    // Also feed the bytes behind the base64 layer, so the inflater and reader are reached.
    let mut packed = vec![1u8];
    packed.extend_from_slice(data);
    use base64::Engine;
    let link = format!("s={}", base64::engine::general_purpose::URL_SAFE_NO_PAD.encode(packed));
    let _ = ssi_lens::domain::share::decode(&link);
});
