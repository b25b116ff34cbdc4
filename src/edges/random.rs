//! Seeds for ids that must not collide between tabs (see `domain::outcomes::IdSeed`).

use crate::domain::outcomes::IdSeed;

/// A seed from the browser's random generator, mixed with the clock so two tabs opened in the
/// same millisecond still differ.
pub fn id_seed() -> IdSeed {
    let high = (js_sys::Math::random() * f64::from(u32::MAX)) as u64;
    let low = (js_sys::Math::random() * f64::from(u32::MAX)) as u64;
    IdSeed::new((high << 32 | low) ^ js_sys::Date::now() as u64)
}
