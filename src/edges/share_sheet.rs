//! The system's share sheet (Web Share API), which phones offer for links: messages, mail,
//! and any app that takes a link. Called through `Reflect`, since web-sys keeps it unstable.

use js_sys::{Function, Object, Promise, Reflect};
use wasm_bindgen::{JsCast, JsValue};
use wasm_bindgen_futures::JsFuture;

#[derive(Clone, Debug, PartialEq)]
pub enum ShareSheetError {
    Unavailable,
    /// The user closed the sheet without choosing: nothing to report.
    Cancelled,
    Refused(String),
}

fn navigator() -> Option<web_sys::Navigator> {
    Some(web_sys::window()?.navigator())
}

fn method(target: &JsValue, name: &str) -> Option<Function> {
    Reflect::get(target, &name.into()).ok()?.dyn_into().ok()
}

fn share_data(title: &str, text: Option<&str>, url: Option<&str>) -> Object {
    let data = Object::new();
    let _ = Reflect::set(&data, &"title".into(), &title.into());
    if let Some(text) = text {
        let _ = Reflect::set(&data, &"text".into(), &text.into());
    }
    if let Some(url) = url {
        let _ = Reflect::set(&data, &"url".into(), &url.into());
    }
    data
}

/// True when the browser has a share sheet that takes links (most phones; few computers).
pub fn available() -> bool {
    let Some(navigator) = navigator() else {
        return false;
    };
    if method(&navigator, "share").is_none() {
        return false;
    }
    // canShare is newer than share: without it, a link is assumed to be fine.
    match method(&navigator, "canShare") {
        Some(can_share) => can_share
            .call1(
                &navigator,
                &share_data("SSI Lens", None, Some("https://example.org/")),
            )
            .is_ok_and(|ok| ok.as_bool() == Some(true)),
        None => true,
    }
}

/// Opens the share sheet with `url` under `title`; resolves once the user has shared or closed it.
pub async fn share(title: &str, url: &str) -> Result<(), ShareSheetError> {
    open(share_data(title, None, Some(url))).await
}

/// Opens the share sheet with a message `text` (which carries its own link: given apart too,
/// chat apps would send the link twice).
pub async fn share_message(title: &str, text: &str) -> Result<(), ShareSheetError> {
    open(share_data(title, Some(text), None)).await
}

async fn open(data: Object) -> Result<(), ShareSheetError> {
    let navigator = navigator().ok_or(ShareSheetError::Unavailable)?;
    let share = method(&navigator, "share").ok_or(ShareSheetError::Unavailable)?;
    let promise: Promise = share
        .call1(&navigator, &data)
        .map_err(|e| refused(&e))?
        .dyn_into()
        .map_err(|_| ShareSheetError::Refused("no promise".into()))?;
    JsFuture::from(promise).await.map(drop).map_err(|e| {
        if error_name(&e).as_deref() == Some("AbortError") {
            ShareSheetError::Cancelled
        } else {
            refused(&e)
        }
    })
}

fn error_name(error: &JsValue) -> Option<String> {
    Reflect::get(error, &"name".into()).ok()?.as_string()
}

fn refused(error: &JsValue) -> ShareSheetError {
    let message = Reflect::get(error, &"message".into())
        .ok()
        .and_then(|m| m.as_string())
        .filter(|m| !m.is_empty());
    ShareSheetError::Refused(
        message
            .or_else(|| error_name(error))
            .unwrap_or_else(|| "unknown reason".into()),
    )
}
