//! The share inbox: where the service worker leaves a page shared to the installed app
//! (`receiveShare` in assets/sw.js), so its text never travels in an address or to the host.
//! Read once, and emptied as it is read.

use wasm_bindgen::JsCast;
use wasm_bindgen_futures::JsFuture;
use web_sys::{Cache, CacheStorage, Response};

/// The cache the service worker keeps the shared text in (assets/sw.js `INBOX`).
const INBOX: &str = "shared-page-inbox";

/// The text waiting in the inbox, which is emptied either way; `None` when nothing waits there
/// or the browser has no Cache Storage (the caller says the share was lost).
pub async fn take() -> Option<String> {
    let caches = web_sys::window()?.caches().ok()?;
    let text = read(&caches).await;
    // Best effort: a shared page must not linger, but a failed clean-up changes nothing on screen.
    let _ = JsFuture::from(caches.delete(INBOX)).await;
    text
}

async fn read(caches: &CacheStorage) -> Option<String> {
    let held = JsFuture::from(caches.has(INBOX)).await.ok()?;
    if !held.as_bool().unwrap_or(false) {
        return None;
    }
    let cache: Cache = JsFuture::from(caches.open(INBOX))
        .await
        .ok()?
        .dyn_into()
        .ok()?;
    // The inbox holds one entry: the latest share.
    let held = JsFuture::from(cache.match_all()).await.ok()?;
    let response: Response = js_sys::Array::from(&held).get(0).dyn_into().ok()?;
    JsFuture::from(response.text().ok()?)
        .await
        .ok()?
        .as_string()
}
