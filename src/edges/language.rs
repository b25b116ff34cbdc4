//! Which language the page speaks: `<html lang>`, which index.html's language script sets
//! before anything is drawn (from the choice stored on this device, else the browser's
//! preferred languages), read back by the first paint and the app. Where the script has not
//! run (tests mount the app in a page of their own), the same choice is made here.

use crate::edges::storage;
use crate::i18n::{choose, Lang, LANG_KEY};

/// The language of the page, and `<html lang>` set to it.
pub fn current() -> Lang {
    let root = web_sys::window()
        .and_then(|w| w.document())
        .and_then(|d| d.document_element());
    let set = root.as_ref().and_then(|r| r.get_attribute("lang"));
    if let Some(lang) = set.as_deref().and_then(Lang::from_tag) {
        return lang;
    }
    let preferred: Vec<String> = web_sys::window()
        .map(|w| w.navigator().languages())
        .map(|list| list.iter().filter_map(|l| l.as_string()).collect())
        .unwrap_or_default();
    let preferred: Vec<&str> = preferred.iter().map(String::as_str).collect();
    let lang = choose(&preferred, storage::read_text(LANG_KEY).as_deref());
    if let Some(root) = root {
        let _ = root.set_attribute("lang", lang.tag());
    }
    lang
}

/// Speaks `lang` from now on, on this device: stores the choice and reloads, so everything
/// drawn, the first paint's too, is drawn again in it. Where storage refuses the choice, the
/// page stays as it is (a reload would come back in the old language).
pub fn switch_to(lang: Lang) -> Result<(), storage::StorageError> {
    storage::try_write_text(LANG_KEY, lang.tag())?;
    if let Some(window) = web_sys::window() {
        let _ = window.location().reload();
    }
    Ok(())
}
