//! The history in localStorage, under one key holding a versioned envelope. The people saved
//! from share links live in the same envelope, so they share its one write (and its share of
//! the storage budget: a full storage fails the whole write, never half of it).
//!
//! Loading never destroys anything: unreadable text is handed to the recovery screen as is,
//! and only an explicit "start fresh" clears the key, after copying the text to a backup key.

use gloo_storage::{LocalStorage, Storage};
use wasm_bindgen::closure::Closure;
use wasm_bindgen::JsCast;

use crate::domain::envelope::{self, Decoded, EnvelopeError};
use crate::domain::iso_date::read_iso_date;
use crate::domain::stored::{Stored, STORAGE_KEY};
use crate::domain::sync::{Absorbed, SaveReport, Synced};
use crate::first_paint::record;

/// Why the browser's storage refused a read or a write (worded by `i18n::share::refusal`).
#[derive(Clone, Debug, PartialEq)]
pub enum Refusal {
    /// The site's storage is full (`QuotaExceededError`).
    Full,
    /// The browser's own name for the error (`SecurityError`…), not worded further.
    Named(String),
    /// The browser gave no name.
    Unknown,
    /// A backup copy, written, did not read back the same.
    NotReadBack,
}

/// Prefix of the keys that keep unreadable data when the user starts fresh.
pub const BACKUP_PREFIX: &str = "ssi-lens.history.backup.";

#[derive(Clone, Debug, PartialEq)]
pub enum StorageError {
    Unavailable,
    WriteFailed(Refusal),
    /// Reading what is stored failed: nothing is written over what may be there.
    ReadFailed(Refusal),
    /// Another tab holds the storage lock and hasn't let go.
    Waiting,
}

/// The day of the last export, for the backup reminder.
pub const LAST_EXPORT_KEY: &str = "ssi-lens.last-export";
/// The day the backup reminder was last dismissed.
pub const REMINDER_DISMISSED_KEY: &str = "ssi-lens.backup-reminder-dismissed";
/// The end date of the newest score drop the user dismissed.
pub const DROPS_SEEN_KEY: &str = "ssi-lens.drops-seen";

/// What was found in storage at start-up.
#[derive(Clone, Debug, PartialEq)]
pub enum Loaded {
    /// Nothing stored yet: a first visit.
    Fresh,
    Ready(Synced),
    /// Something is stored but can't be read; `raw` is exactly what is there.
    Unreadable {
        raw: String,
        problem: EnvelopeError,
    },
    Unavailable,
    /// Storage is there but reading it failed: the app starts without the data and writes
    /// nothing over it (see `sync::Synced::save`).
    ReadFailed(StorageError),
}

/// The browser's storage, or `None` where it is disabled. `LocalStorage::raw()` would panic
/// there (a panic kills the app), so availability is checked first.
fn local_storage() -> Option<web_sys::Storage> {
    web_sys::window()?.local_storage().ok().flatten()
}

pub fn load() -> Loaded {
    let Some(storage) = local_storage() else {
        return Loaded::Unavailable;
    };
    match storage.get_item(STORAGE_KEY) {
        Ok(None) => Loaded::Fresh,
        Ok(Some(raw)) => match envelope::decode_versioned(&raw) {
            Ok(Decoded { stored, version }) if version < envelope::SCHEMA_VERSION => {
                upgrade(&raw, version, &stored);
                match read_stored() {
                    Ok(text) => {
                        let synced = Synced::new(stored, text);
                        keep_first_paint_copy(&synced);
                        Loaded::Ready(synced)
                    }
                    Err(e) => Loaded::ReadFailed(e),
                }
            }
            Ok(Decoded { stored, .. }) => {
                let synced = Synced::new(stored, Some(raw));
                keep_first_paint_copy(&synced);
                Loaded::Ready(synced)
            }
            Err(problem) => Loaded::Unreadable { raw, problem },
        },
        Err(e) => Loaded::ReadFailed(StorageError::ReadFailed(describe(&e))),
    }
}

/// What storage holds under the history's key now. Unlike [`read_text`] (preferences, best
/// effort), a read that throws is an error, never "nothing stored".
fn read_stored() -> Result<Option<String>, StorageError> {
    local_storage()
        .ok_or(StorageError::Unavailable)?
        .get_item(STORAGE_KEY)
        .map_err(|e| StorageError::ReadFailed(describe(&e)))
}

/// Saves `ours` through the one save decision (`Synced::save`): as is, merged with what
/// another tab stored meanwhile, or not at all over data this version can't read. Call it
/// inside `locks::with_exclusive(STORAGE_KEY, ..)` so tabs take turns.
pub fn save(synced: &mut Synced, ours: &Stored) -> SaveReport<StorageError> {
    let outcome = synced.save(read_stored(), ours, |text| write(STORAGE_KEY, text));
    keep_first_paint_copy(synced);
    outcome
}

/// Keeps the first paint's copy of the history in step with what `synced` last read or wrote
/// (`first_paint::record`), in a task of its own after this one: a save's answer and the app's
/// start don't wait for it (encoding a long history takes a while). Best effort: without a
/// current copy the first paint leaves the page to the app.
fn keep_first_paint_copy(synced: &Synced) {
    let (Some(window), Some(text)) = (web_sys::window(), synced.text()) else {
        return;
    };
    let (text, history) = (text.to_string(), synced.history().clone());
    let people = synced.people().len();
    let later = Closure::once_into_js(move || {
        let Some(storage) = local_storage() else {
            return;
        };
        let kept = storage.get_item(record::RECORD_KEY).ok().flatten();
        if kept
            .as_deref()
            .is_some_and(|k| record::is_current(k, &text))
        {
            return;
        }
        let _ = match record::write(&text, &history, people) {
            Some(copy) => storage.set_item(record::RECORD_KEY, &copy),
            None => storage.remove_item(record::RECORD_KEY),
        };
    });
    let _ = window.set_timeout_with_callback(later.unchecked_ref());
}

/// Takes in what another tab stored (after its `storage` event), keeping this tab's changes.
/// A read that fails takes nothing in.
pub fn absorb(synced: &mut Synced, ours: &Stored) -> Result<Absorbed, StorageError> {
    Ok(synced.absorb(read_stored()?, ours))
}

/// Prefix of the key that keeps data of an older schema while it is upgraded.
pub const UPGRADE_BACKUP_PREFIX: &str = "ssi-lens.history.before-upgrade-from-v";

/// Rewrites data of an older schema in the current one. The original stays under a backup key
/// until the upgraded data has been written and read back intact.
fn upgrade(raw: &str, version: u64, stored: &Stored) {
    let backup = format!("{UPGRADE_BACKUP_PREFIX}{version}");
    if write(&backup, raw).is_err() {
        // Without a backup the old text stays as it is; it still loads.
        return;
    }
    let read_back = || envelope::decode(&read_text(STORAGE_KEY)?).ok();
    let upgraded_intact = write(STORAGE_KEY, &envelope::encode(stored)).is_ok()
        && read_back().as_ref() == Some(stored);
    if upgraded_intact {
        if let Some(storage) = local_storage() {
            let _ = storage.remove_item(&backup);
        }
    }
}

/// Asks the browser not to evict this site's storage under pressure (best effort, once).
pub fn request_persistence() {
    let Some(window) = web_sys::window() else {
        return;
    };
    let navigator = window.navigator();
    if js_sys::Reflect::has(&navigator, &"storage".into()).unwrap_or(false) {
        if let Ok(promise) = navigator.storage().persist() {
            // The answer changes nothing we do: a refusal only means eviction stays possible.
            wasm_bindgen_futures::spawn_local(async move {
                let _ = wasm_bindgen_futures::JsFuture::from(promise).await;
            });
        }
    }
}

/// Copies unreadable text to a new backup key, then clears the history key.
/// Returns the backup key. If the copy fails, nothing is cleared.
pub fn back_up_and_clear(raw: &str) -> Result<String, StorageError> {
    let key = format!("{BACKUP_PREFIX}{}", js_sys::Date::now() as u64);
    write(&key, raw)?;
    if local_storage()
        .and_then(|s| s.get_item(&key).ok().flatten())
        .as_deref()
        != Some(raw)
    {
        return Err(StorageError::WriteFailed(Refusal::NotReadBack));
    }
    LocalStorage::delete(STORAGE_KEY);
    Ok(key)
}

/// The chart range the user chose last.
pub const RANGE_KEY: &str = "ssi-lens.range";
/// The share links of the saved comparison, one per line.
pub const COMPARISON_KEY: &str = "ssi-lens.comparison";

/// A small preference kept under `key`, if any.
pub fn read_text(key: &str) -> Option<String> {
    local_storage()?.get_item(key).ok()?
}

/// Keeps a small preference (best effort: preferences and reminders, not data).
pub fn write_text(key: &str, text: &str) {
    let _ = write(key, text);
}

/// Keeps a small value under `key`, saying when storage refused it (full, blocked).
pub fn try_write_text(key: &str, text: &str) -> Result<(), StorageError> {
    write(key, text)
}

/// A date kept under `key`, if any and readable.
pub fn read_date(key: &str) -> Option<chrono::NaiveDate> {
    read_iso_date(&read_text(key)?).ok()
}

/// Keeps a date under `key`.
pub fn write_date(key: &str, date: chrono::NaiveDate) {
    write_text(key, &date.to_string());
}

fn write(key: &str, text: &str) -> Result<(), StorageError> {
    let storage = local_storage().ok_or(StorageError::Unavailable)?;
    storage
        .set_item(key, text)
        .map_err(|e| StorageError::WriteFailed(describe(&e)))
}

/// A short human description of a DOMException such as QuotaExceededError.
fn describe(error: &wasm_bindgen::JsValue) -> Refusal {
    js_sys::Reflect::get(error, &"name".into())
        .ok()
        .and_then(|n| n.as_string())
        .map_or(Refusal::Unknown, |name| match name.as_str() {
            "QuotaExceededError" => Refusal::Full,
            _ => Refusal::Named(name),
        })
}
