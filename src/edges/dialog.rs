//! Modal dialogs: the browser's `<dialog>` keeps focus inside, makes the page behind inert,
//! closes on Escape (a `cancel` event) and gives focus back where it was.

#[derive(Clone, Debug, PartialEq)]
pub enum DialogError {
    Open(String),
}

/// Opens `dialog` as a modal, unless it is open already.
pub fn show_modal(dialog: &web_sys::HtmlDialogElement) -> Result<(), DialogError> {
    if dialog.open() {
        return Ok(());
    }
    dialog
        .show_modal()
        .map_err(|e| DialogError::Open(format!("{e:?}")))
}

/// Closes `dialog` if it is open.
pub fn close(dialog: &web_sys::HtmlDialogElement) {
    if dialog.open() {
        dialog.close();
    }
}
