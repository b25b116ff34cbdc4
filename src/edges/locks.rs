//! Cross-tab mutual exclusion through the Web Locks API (`navigator.locks`), so two tabs'
//! read-merge-write of the same storage key never interleave.

use std::cell::RefCell;
use std::rc::Rc;

use wasm_bindgen::prelude::*;

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
}

/// How `with_exclusive` ran the work.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Locking {
    /// Queued behind any other tab holding the lock; runs when granted.
    Queued,
    /// No Web Locks here (an old browser, or a context that refuses them): ran at once.
    /// localStorage writes are still atomic; only a same-moment merge can lose a change.
    RanWithoutLock,
}

/// Runs `work` while this origin's lock `name` is held by this tab. `work` is synchronous,
/// so the lock is released as soon as it returns.
pub fn with_exclusive(name: &str, work: impl FnOnce() + 'static) -> Locking {
    // Shared so that whichever path runs first (granted, or the fallback) runs it, once.
    let work = Rc::new(RefCell::new(Some(work)));
    let run = {
        let work = work.clone();
        move || {
            if let Some(work) = work.borrow_mut().take() {
                work();
            }
        }
    };
    let Some(locks) = lock_manager() else {
        run();
        return Locking::RanWithoutLock;
    };
    let granted = {
        let run = run.clone();
        Closure::once_into_js(move |_lock: JsValue| run())
    };
    match locks.request(name, granted.unchecked_ref()) {
        Ok(promise) => {
            // A refused request (e.g. a sandboxed frame) still saves, without the lock.
            let refused = Closure::once_into_js(move |_error: JsValue| run());
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

fn lock_manager() -> Option<LockManager> {
    let navigator = web_sys::window()?.navigator();
    let locks = js_sys::Reflect::get(&navigator, &"locks".into()).ok()?;
    (!locks.is_undefined() && !locks.is_null()).then(|| locks.unchecked_into())
}
