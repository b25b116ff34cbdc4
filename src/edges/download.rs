//! Saving text as a file through the browser's download mechanism.

use wasm_bindgen::JsCast;

#[derive(Clone, Debug, PartialEq)]
pub enum DownloadError {
    Browser(String),
}

/// Offers `text` to the user as a file called `file_name`.
pub fn download_text(file_name: &str, mime: &str, text: &str) -> Result<(), DownloadError> {
    let fail = |e: wasm_bindgen::JsValue| DownloadError::Browser(format!("{e:?}"));
    let parts = js_sys::Array::of1(&text.into());
    let options = web_sys::BlobPropertyBag::new();
    options.set_type(mime);
    let blob = web_sys::Blob::new_with_str_sequence_and_options(&parts, &options).map_err(fail)?;
    let url = web_sys::Url::create_object_url_with_blob(&blob).map_err(fail)?;
    let document = web_sys::window()
        .and_then(|w| w.document())
        .ok_or_else(|| DownloadError::Browser("no document".into()))?;
    let link: web_sys::HtmlAnchorElement =
        document.create_element("a").map_err(fail)?.unchecked_into();
    link.set_href(&url);
    link.set_download(file_name);
    link.click();
    // Revoking at once is safe: the click has already started the download.
    let _ = web_sys::Url::revoke_object_url(&url);
    Ok(())
}
