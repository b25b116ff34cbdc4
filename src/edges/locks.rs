//! Cross-tab turns for a read-merge-write of one localStorage key, through the Web Locks API
//! (`navigator.locks`).
//!
//! A lock alone is not enough: each tab reads localStorage from its own copy, which learns of
//! another tab's write some milliseconds later (measured here: up to ~25 ms). A tab granted the
//! lock right after another tab wrote could still read the old text and write over the new.
//! So each holder, after its work, bumps a generation number kept beside the key and holds a
//! shared lock named after it for a while; the next holder asks the lock manager (which every
//! tab sees alike) for the newest generation and waits until its own copy of storage has it.

use std::cell::RefCell;
use std::rc::Rc;

use super::storage;
use wasm_bindgen::prelude::*;
use wasm_bindgen_futures::{future_to_promise, JsFuture};

#[wasm_bindgen]
extern "C" {
    /// `navigator.locks`: declared here because web-sys exposes it only as an unstable API.
    type LockManager;

    #[wasm_bindgen(method, catch)]
    fn request(
        this: &LockManager,
        name: &str,
        callback: &js_sys::Function,
    ) -> Result<js_sys::Promise, JsValue>;

    #[wasm_bindgen(method, catch, js_name = request)]
    fn request_with_options(
        this: &LockManager,
        name: &str,
        options: &JsValue,
        callback: &js_sys::Function,
    ) -> Result<js_sys::Promise, JsValue>;

    #[wasm_bindgen(method)]
    fn query(this: &LockManager) -> js_sys::Promise;
}

/// How long a holder announces its generation, and how long the next one waits for it at most.
/// Storage propagates in milliseconds; this only bounds the wait if a tab never catches up.
const ANNOUNCE_MS: i32 = 2_000;
const POLL_MS: i32 = 4;

/// How `with_exclusive` ran the work.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Locking {
    /// Queued behind any other tab holding the lock; runs when granted.
    Queued,
    /// No Web Locks here (an old browser, or a context that refuses them): ran at once.
    /// localStorage writes are still atomic; only a same-moment merge can lose a change.
    RanWithoutLock,
}

/// Runs `work` while this origin's lock `key` is held by this tab, once this tab's storage has
/// every earlier holder's write. `work` is synchronous, reads and writes localStorage `key`,
/// and says whether it wrote.
pub fn with_exclusive(key: &'static str, work: impl FnOnce() -> bool + 'static) -> Locking {
    // Shared so that whichever path runs first (granted, or the fallback) runs it, once.
    let work = Rc::new(RefCell::new(Some(work)));
    let run = move || work.borrow_mut().take().is_some_and(|work| work());
    let Some(locks) = lock_manager() else {
        run();
        return Locking::RanWithoutLock;
    };
    let granted = {
        let (locks, run) = (locks.clone(), run.clone());
        Closure::once_into_js(move |_lock: JsValue| {
            // The lock is held until this promise settles.
            future_to_promise(async move {
                let newest = wait_for_newest(&locks, key).await;
                if run() {
                    announce(&locks, key, newest);
                }
                Ok(JsValue::UNDEFINED)
            })
        })
    };
    match locks.request(key, granted.unchecked_ref()) {
        Ok(promise) => {
            // A refused request (e.g. a sandboxed frame) still saves, without the lock.
            let refused = Closure::once_into_js(move |_error: JsValue| {
                run();
            });
            // `Promise.catch` by name: js-sys's `catch` wants a long-lived `Closure`.
            if let Ok(catch) = js_sys::Reflect::get(&promise, &"catch".into()) {
                let _ = catch
                    .unchecked_into::<js_sys::Function>()
                    .call1(&promise, &refused);
            }
            Locking::Queued
        }
        Err(_) => {
            run();
            Locking::RanWithoutLock
        }
    }
}

/// How long a save may wait for another tab's lock before the user is told.
pub const WAIT_TOLD_AFTER_MS: i32 = 3_000;

/// [`with_exclusive`], calling `waiting` if `work` has not run after [`WAIT_TOLD_AFTER_MS`]
/// (another tab holds the lock: stuck, or frozen in the background).
pub fn with_exclusive_telling_wait(
    key: &'static str,
    waiting: impl FnOnce() + 'static,
    work: impl FnOnce() -> bool + 'static,
) -> Locking {
    let ran = Rc::new(std::cell::Cell::new(false));
    let locking = {
        let ran = ran.clone();
        with_exclusive(key, move || {
            ran.set(true);
            work()
        })
    };
    // Only a queued save can wait (one run at once needs no timer, nor its closure).
    if locking == Locking::Queued && !ran.get() {
        let tell = Closure::once_into_js(move || {
            if !ran.get() {
                waiting();
            }
        });
        if let Some(window) = web_sys::window() {
            let _ = window.set_timeout_with_callback_and_timeout_and_arguments_0(
                tell.unchecked_ref(),
                WAIT_TOLD_AFTER_MS,
            );
        }
    }
    locking
}

fn lock_manager() -> Option<LockManager> {
    let navigator = web_sys::window()?.navigator();
    let locks = js_sys::Reflect::get(&navigator, &"locks".into()).ok()?;
    (!locks.is_undefined() && !locks.is_null()).then(|| locks.unchecked_into())
}

impl Clone for LockManager {
    fn clone(&self) -> Self {
        JsValue::clone(self).unchecked_into()
    }
}

/// The key beside `key` that counts its writes, and the prefix of the announcing locks.
fn generation_key(key: &str) -> String {
    format!("{key}.generation")
}

fn announce_prefix(key: &str) -> String {
    format!("{key}.written.")
}

/// The generation this tab's copy of storage has.
fn generation(key: &str) -> u64 {
    storage::read_text(&generation_key(key))
        .and_then(|g| g.parse().ok())
        .unwrap_or(0)
}

/// Waits until this tab's storage has the newest generation any tab announces (bounded), and
/// returns that generation.
async fn wait_for_newest(locks: &LockManager, key: &str) -> u64 {
    let Ok(snapshot) = JsFuture::from(locks.query()).await else {
        return 0;
    };
    let prefix = announce_prefix(key);
    // Held and still pending announcements alike.
    let newest = ["held", "pending"]
        .into_iter()
        .flat_map(|list| {
            let locks = js_sys::Reflect::get(&snapshot, &list.into()).unwrap_or_default();
            js_sys::Array::from(&locks).to_vec()
        })
        .filter_map(|lock| {
            js_sys::Reflect::get(&lock, &"name".into())
                .ok()?
                .as_string()
        })
        .filter_map(|name| name.strip_prefix(&prefix)?.parse::<u64>().ok())
        .max()
        .unwrap_or(0);
    // Measured by the clock: a hidden tab's timers fire far less often than asked.
    let give_up = js_sys::Date::now() + f64::from(ANNOUNCE_MS);
    while generation(key) < newest && js_sys::Date::now() < give_up {
        sleep(POLL_MS).await;
    }
    newest
}

/// Bumps the generation and holds a shared lock named after it, so the next holder in any tab
/// knows what to wait for.
fn announce(locks: &LockManager, key: &str, newest: u64) {
    let next = generation(key).max(newest) + 1;
    if storage::try_write_text(&generation_key(key), &next.to_string()).is_err() {
        return; // Storage full: the next holder won't wait, which is no worse than before.
    }
    let options = js_sys::Object::new();
    let _ = js_sys::Reflect::set(&options, &"mode".into(), &"shared".into());
    let hold = Closure::once_into_js(move |_lock: JsValue| {
        js_sys::Promise::new(&mut |resolve, _| {
            if let Some(window) = web_sys::window() {
                let _ = window
                    .set_timeout_with_callback_and_timeout_and_arguments_0(&resolve, ANNOUNCE_MS);
            }
        })
    });
    let name = format!("{}{next}", announce_prefix(key));
    let _ = locks.request_with_options(&name, &options, hold.unchecked_ref());
}

async fn sleep(ms: i32) {
    let promise = js_sys::Promise::new(&mut |resolve, _| {
        if let Some(window) = web_sys::window() {
            let _ = window.set_timeout_with_callback_and_timeout_and_arguments_0(&resolve, ms);
        }
    });
    let _ = JsFuture::from(promise).await;
}
