//! Reading a file the user picked or dropped. The UI gets a [`ChosenFile`] and never touches
//! file inputs or drag events' data itself.

use crate::domain::transfer::{decode_file, FileText};
use wasm_bindgen::JsCast;
use wasm_bindgen_futures::JsFuture;

#[derive(Clone, Debug, PartialEq)]
pub enum FileError {
    NoFile,
    Unreadable(String),
    TooLarge {
        name: String,
        size: f64,
        limit: usize,
    },
}

/// A file the user chose, not read yet.
#[derive(Clone, Debug)]
pub struct ChosenFile(web_sys::File);

impl ChosenFile {
    pub fn name(&self) -> String {
        self.0.name()
    }

    /// The text of the file, refusing anything over `limit` bytes before reading it. Its bytes
    /// are decoded by the domain ([`decode_file`]): a file that isn't UTF-8 is read as
    /// Windows-1252 and says so, where the browser's own reading would put "�" in silence.
    pub async fn read_text(&self, limit: usize) -> Result<FileText, FileError> {
        let name = self.0.name();
        if self.0.size() > limit as f64 {
            return Err(FileError::TooLarge {
                name,
                size: self.0.size(),
                limit,
            });
        }
        let buffer = JsFuture::from(self.0.array_buffer())
            .await
            .map_err(|_| FileError::Unreadable(name))?;
        Ok(decode_file(&js_sys::Uint8Array::new(&buffer).to_vec()))
    }
}

/// A file made by the page itself (tests, a file handed over by the system).
impl From<web_sys::File> for ChosenFile {
    fn from(file: web_sys::File) -> Self {
        ChosenFile(file)
    }
}

/// The file picked in the `<input type="file">` that fired `event`. The input is cleared, so
/// the same file can be chosen again after a cancel.
pub fn picked(event: &web_sys::Event) -> Result<ChosenFile, FileError> {
    let input = event
        .target()
        .and_then(|t| t.dyn_into::<web_sys::HtmlInputElement>().ok())
        .ok_or(FileError::NoFile)?;
    let file = input.files().and_then(|f| f.get(0));
    input.set_value("");
    file.map(ChosenFile).ok_or(FileError::NoFile)
}

/// The first file dropped by `event`.
pub fn dropped(event: &web_sys::DragEvent) -> Result<ChosenFile, FileError> {
    event
        .data_transfer()
        .and_then(|d| d.files())
        .and_then(|f| f.get(0))
        .map(ChosenFile)
        .ok_or(FileError::NoFile)
}
