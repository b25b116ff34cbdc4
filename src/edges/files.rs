//! Reading a file the user picked or dropped.

use thiserror::Error;
use wasm_bindgen_futures::JsFuture;

#[derive(Clone, Debug, Error, PartialEq)]
pub enum FileError {
    #[error("The file “{0}” could not be read as text.")]
    Unreadable(String),
    #[error("The file “{name}” is {size} bytes; SSI Lens reads files up to {limit} bytes.")]
    TooLarge {
        name: String,
        size: f64,
        limit: usize,
    },
}

/// The text of `file`, refusing anything over `limit` bytes before reading it.
pub async fn read_text(file: &web_sys::File, limit: usize) -> Result<String, FileError> {
    let name = file.name();
    if file.size() > limit as f64 {
        return Err(FileError::TooLarge {
            name,
            size: file.size(),
            limit,
        });
    }
    JsFuture::from(file.text())
        .await
        .ok()
        .and_then(|v| v.as_string())
        .ok_or(FileError::Unreadable(name))
}
