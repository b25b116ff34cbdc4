//! Installing the app when the browser offers it (`beforeinstallprompt`, Chromium browsers):
//! the offer is kept so a button can show the browser's install prompt later.
//!
//! The offer can come before the app has loaded, so index.html keeps an early one in
//! `window.__ssiInstallOffer` (see its "install-offer" script).

use std::cell::RefCell;
use std::future::Future;
use std::rc::Rc;

use js_sys::{Function, Promise, Reflect};
use wasm_bindgen::closure::Closure;
use wasm_bindgen::{JsCast, JsValue};
use wasm_bindgen_futures::JsFuture;

const EARLY_OFFER: &str = "__ssiInstallOffer";

/// Why the install prompt did not show (worded by `i18n::start::install_problem`).
#[derive(Clone, Debug, PartialEq)]
pub enum InstallError {
    /// The browser's offer is gone (used, or withdrawn).
    NoOffer,
    /// The browser refused to show its prompt, with its own reason where it gave one.
    Refused(Option<String>),
}

/// What the user chose in the browser's prompt.
#[derive(Clone, Copy, Debug, PartialEq)]
pub enum InstallChoice {
    Accepted,
    Dismissed,
}

/// Follows the browser's offers to install; stops listening when dropped.
pub struct InstallOffers {
    offer: Rc<RefCell<Option<JsValue>>>,
    on_offer: Closure<dyn FnMut(web_sys::Event)>,
    on_installed: Closure<dyn FnMut()>,
}

impl InstallOffers {
    /// Calls `on_change(true)` when installing is offered, `on_change(false)` once installed;
    /// `offered()` tells whether an offer came before this.
    pub fn watch(on_change: impl Fn(bool) + Clone + 'static) -> Option<Self> {
        let window = web_sys::window()?;
        let early = Reflect::get(&window, &EARLY_OFFER.into())
            .ok()
            .filter(|offer| !offer.is_undefined() && !offer.is_null());
        let offer = Rc::new(RefCell::new(early));
        let on_offer = {
            let (offer, on_change) = (offer.clone(), on_change.clone());
            Closure::<dyn FnMut(web_sys::Event)>::new(move |event: web_sys::Event| {
                // Without this the browser shows its own banner at a moment of its choosing.
                event.prevent_default();
                offer.replace(Some(event.into()));
                on_change(true);
            })
        };
        let on_installed = {
            let offer = offer.clone();
            Closure::<dyn FnMut()>::new(move || {
                offer.replace(None);
                on_change(false);
            })
        };
        window
            .add_event_listener_with_callback(
                "beforeinstallprompt",
                on_offer.as_ref().unchecked_ref(),
            )
            .ok()?;
        window
            .add_event_listener_with_callback("appinstalled", on_installed.as_ref().unchecked_ref())
            .ok()?;
        let offers = InstallOffers {
            offer,
            on_offer,
            on_installed,
        };
        Some(offers)
    }

    /// True while the browser offers installing.
    pub fn offered(&self) -> bool {
        self.offer.borrow().is_some()
    }

    /// Shows the browser's install prompt; call it from the click that asked for it, and await
    /// what the user chose. An offer is shown once: the browser makes a new one if the user
    /// dismisses it.
    pub fn prompt(
        &self,
    ) -> Result<impl Future<Output = Result<InstallChoice, InstallError>> + 'static, InstallError>
    {
        let offer = self.offer.take().ok_or(InstallError::NoOffer)?;
        if let Some(window) = web_sys::window() {
            let _ = Reflect::set(&window, &EARLY_OFFER.into(), &JsValue::UNDEFINED);
        }
        let prompt: Function = Reflect::get(&offer, &"prompt".into())
            .ok()
            .and_then(|p| p.dyn_into().ok())
            .ok_or(InstallError::NoOffer)?;
        let shown = prompt.call0(&offer).map_err(|e| refused(&e))?;
        Ok(async move {
            if let Ok(shown) = shown.dyn_into::<Promise>() {
                JsFuture::from(shown).await.map_err(|e| refused(&e))?;
            }
            let choice = match Reflect::get(&offer, &"userChoice".into()) {
                Ok(choice) => match choice.dyn_into::<Promise>() {
                    Ok(choice) => JsFuture::from(choice).await.ok(),
                    Err(_) => None,
                },
                Err(_) => None,
            };
            let outcome = choice
                .and_then(|c| Reflect::get(&c, &"outcome".into()).ok())
                .and_then(|o| o.as_string());
            Ok(match outcome.as_deref() {
                Some("accepted") => InstallChoice::Accepted,
                _ => InstallChoice::Dismissed,
            })
        })
    }
}

fn refused(error: &JsValue) -> InstallError {
    let message = Reflect::get(error, &"message".into())
        .ok()
        .and_then(|m| m.as_string())
        .filter(|m| !m.is_empty());
    InstallError::Refused(message)
}

impl Drop for InstallOffers {
    fn drop(&mut self) {
        if let Some(window) = web_sys::window() {
            let _ = window.remove_event_listener_with_callback(
                "beforeinstallprompt",
                self.on_offer.as_ref().unchecked_ref(),
            );
            let _ = window.remove_event_listener_with_callback(
                "appinstalled",
                self.on_installed.as_ref().unchecked_ref(),
            );
        }
    }
}
