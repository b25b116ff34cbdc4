//! Registering the service worker (offline use) and applying a new version on the user's click.

use wasm_bindgen::prelude::*;
use wasm_bindgen::JsCast;
use wasm_bindgen_futures::JsFuture;
use web_sys::{ServiceWorkerContainer, ServiceWorkerRegistration, ServiceWorkerState};

/// The browser's service worker support; absent on insecure origins and some private modes.
fn container() -> Option<ServiceWorkerContainer> {
    let navigator = web_sys::window()?.navigator();
    js_sys::Reflect::has(&navigator, &"serviceWorker".into())
        .ok()?
        .then(|| navigator.service_worker())
}

/// Registers `sw.js` (next to the page, so any hosting path works) once the page is idle, and
/// calls `on_update_ready` when a new version has been installed and waits for the user.
///
/// Waiting matters on a first visit: installing fetches and compiles every file again, which
/// on a slow phone would compete with drawing the page.
pub fn register_when_idle(on_update_ready: impl Fn() + Clone + 'static) {
    let Some(window) = web_sys::window() else {
        return;
    };
    let later = Closure::once_into_js(move || register(on_update_ready));
    let idle = js_sys::Reflect::get(&window, &"requestIdleCallback".into())
        .ok()
        .and_then(|f| f.dyn_into::<js_sys::Function>().ok());
    let scheduled = match idle {
        Some(request_idle_callback) => request_idle_callback.call1(&window, &later).is_ok(),
        None => false,
    };
    if !scheduled {
        // Safari has no requestIdleCallback.
        let _ = window
            .set_timeout_with_callback_and_timeout_and_arguments_0(later.unchecked_ref(), 1000);
    }
}

fn register(on_update_ready: impl Fn() + Clone + 'static) {
    let Some(container) = container() else { return };
    let promise = container.register("./sw.js");
    wasm_bindgen_futures::spawn_local(async move {
        let Ok(registration) = JsFuture::from(promise).await else {
            return;
        };
        let registration: ServiceWorkerRegistration = registration.unchecked_into();
        let has_controller = {
            let container = container.clone();
            move || container.controller().is_some()
        };
        if registration.waiting().is_some() && has_controller() {
            on_update_ready();
        }
        let watched = registration.clone();
        let on_found = Closure::<dyn FnMut()>::new(move || {
            let Some(installing) = watched.installing() else {
                return;
            };
            let worker = installing.clone();
            let (ready, has_controller) = (on_update_ready.clone(), has_controller.clone());
            let on_state = Closure::<dyn FnMut()>::new(move || {
                // With no controller this is the first install, not an update.
                if worker.state() == ServiceWorkerState::Installed && has_controller() {
                    ready();
                }
            });
            installing.set_onstatechange(Some(on_state.as_ref().unchecked_ref()));
            // The worker holds the callback for its lifetime.
            on_state.forget();
        });
        registration.set_onupdatefound(Some(on_found.as_ref().unchecked_ref()));
        // Registered once per page load; it must live as long as the page.
        on_found.forget();
    });
}

/// Activates the waiting version and reloads the page once it has taken over.
pub fn apply_update() {
    let Some(container) = container() else { return };
    let on_change = Closure::<dyn FnMut()>::new(super::location::reload);
    container.set_oncontrollerchange(Some(on_change.as_ref().unchecked_ref()));
    on_change.forget();
    let promise = container.get_registration();
    wasm_bindgen_futures::spawn_local(async move {
        let Ok(registration) = JsFuture::from(promise).await else {
            return;
        };
        let Some(registration) = registration.dyn_ref::<ServiceWorkerRegistration>() else {
            return;
        };
        match registration.waiting() {
            Some(waiting) => {
                let _ = waiting.post_message(&JsValue::from_str("skip-waiting"));
            }
            None => super::location::reload(),
        }
    });
}
