//! The one writer of the user's stored data. Every save of the history and the people passes
//! here, under the cross-tab lock, through `storage::save` (the domain's save decision), and
//! ends in a typed result: the user's own screens save every change of [`YourData`] as it
//! happens; a shared view saves a person, or moves its snapshots into the user's history, on
//! request. Nothing else calls `storage::save`.

use leptos::prelude::*;

use super::notices::{Notices, Problem};
use super::YourData;
use crate::domain::envelope::EnvelopeError;
use crate::domain::people::{PeopleError, PersonId};
use crate::domain::share::SharedHistory;
use crate::domain::stored::{Stored, STORAGE_KEY};
use crate::domain::sync::{no_longer_fit, Absorbed, SaveReport, Synced};
use crate::edges::storage::{self, Loaded, Refusal, StorageError};
use crate::edges::{locks, random};

/// Why the user's own data could not be read or changed from a shared view. Nothing of theirs
/// changed in any of these cases.
#[derive(Clone, Debug, PartialEq)]
pub enum OwnDataError {
    Unreadable,
    Unavailable,
    ReadFailed,
    Refused(EnvelopeError),
    WriteFailed(Refusal),
    People(PeopleError),
}

impl From<StorageError> for OwnDataError {
    fn from(error: StorageError) -> Self {
        match error {
            StorageError::Unavailable => OwnDataError::Unavailable,
            StorageError::WriteFailed(why) => OwnDataError::WriteFailed(why),
            StorageError::ReadFailed(_) | StorageError::Waiting => OwnDataError::ReadFailed,
        }
    }
}

/// Why a write stored nothing: what another tab stored can't be read by this version, or the
/// browser's storage failed.
#[derive(Clone, Debug)]
enum NotWritten {
    Refused(EnvelopeError),
    Storage(StorageError),
}

impl From<NotWritten> for Problem {
    fn from(why: NotWritten) -> Self {
        match why {
            NotWritten::Refused(e) => Problem::UnreadableByThisVersion(e),
            NotWritten::Storage(e) => Problem::Storage(e),
        }
    }
}

impl From<NotWritten> for OwnDataError {
    fn from(why: NotWritten) -> Self {
        match why {
            NotWritten::Refused(e) => OwnDataError::Refused(e),
            NotWritten::Storage(e) => e.into(),
        }
    }
}

/// A save of the user's own data that ended: `no_longer_fit` names what of this save another
/// tab's save, made at the same moment, left no room for (already told in a notice).
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Written {
    pub no_longer_fit: Vec<String>,
}

/// A person saved from a share link.
#[derive(Clone, Debug, PartialEq)]
pub struct PersonSaved {
    pub id: PersonId,
    pub name: String,
    /// False when another tab saved people at the same moment and this one no longer fit.
    pub kept: bool,
}

/// The storage writer: what this tab last read or wrote (the base of every merge), and where
/// its problems are told.
#[derive(Clone, Copy)]
pub struct OwnData {
    synced: StoredValue<Synced>,
    notices: Notices,
}

impl OwnData {
    /// `synced` is what start-up read (a default for a shared view, which reads the user's
    /// data only when asked to change it).
    pub fn new(synced: Synced, notices: Notices) -> Self {
        OwnData {
            synced: StoredValue::new(synced),
            notices,
        }
    }

    pub fn expect() -> Self {
        expect_context()
    }

    /// Sets aside stored data this version can't read (the recovery screen's "start fresh"):
    /// a copy under a backup key first, then the history's key cleared. Returns the backup's
    /// key; on any failure nothing is cleared.
    pub fn set_aside_unreadable(raw: &str) -> Result<String, StorageError> {
        storage::back_up_and_clear(raw)
    }

    /// Saves every change of `yours` from now on, merging what other tabs store, and takes in
    /// other tabs' saves as they happen.
    pub fn keep(self, yours: YourData) {
        let notices = self.notices;
        let asked_persistence = StoredValue::new(false);
        // Each run only queues a save; the save itself reads the latest data once the lock is
        // granted, so a burst of changes ends with the last one stored.
        Effect::new(move |ran_before: Option<()>| {
            yours.track();
            if ran_before.is_none() {
                return; // The first run is the data just loaded.
            }
            let waiting = move || notices.report_waiting();
            self.write(
                move || yours.stored_untracked(),
                waiting,
                move |written| match written {
                    Ok((written, merged)) => {
                        notices.saved();
                        if let Some(merged) = merged {
                            yours.replace(merged);
                        }
                        if !written.no_longer_fit.is_empty() {
                            notices.report(Problem::NoLongerFit(written.no_longer_fit));
                        }
                        if !asked_persistence.get_value() {
                            asked_persistence.set_value(true);
                            storage::request_persistence();
                        }
                    }
                    Err(why) => notices.report(why.into()),
                },
            );
        });

        // Another tab saved: take its changes, keeping this tab's own.
        let other_tab = window_event_listener(leptos::ev::storage, move |ev| {
            if ev.key().as_deref() != Some(STORAGE_KEY) {
                return;
            }
            let Some(ours) = yours.stored_untracked() else {
                return;
            };
            match self.synced.try_update_value(|s| storage::absorb(s, &ours)) {
                Some(Ok(Absorbed::Merged(merged))) => yours.take_merge(merged, notices),
                Some(Ok(Absorbed::Refused(problem))) => {
                    notices.report(Problem::UnreadableByThisVersion(problem))
                }
                Some(Err(e)) => notices.report(Problem::Storage(e)),
                Some(Ok(Absorbed::Unchanged)) | None => {}
            }
        });
        on_cleanup(move || other_tab.remove());
    }

    /// Reads the user's own data afresh (from a shared view, before changing it): the base the
    /// next save merges with.
    pub fn read(self) -> Result<Stored, OwnDataError> {
        let synced = match storage::load() {
            Loaded::Fresh => Synced::default(),
            Loaded::Ready(mine) => mine,
            Loaded::Unreadable { .. } => return Err(OwnDataError::Unreadable),
            Loaded::Unavailable => return Err(OwnDataError::Unavailable),
            Loaded::ReadFailed(_) => return Err(OwnDataError::ReadFailed),
        };
        let stored = synced.stored().clone();
        self.synced.set_value(synced);
        Ok(stored)
    }

    /// Saves `shared` as a person beside the user's own history (as `update`'s new copy, when
    /// given), on top of what [`OwnData::read`] last read. `done` gets the person, or why
    /// nothing was saved.
    pub fn save_person(
        self,
        shared: SharedHistory,
        update: Option<PersonId>,
        done: impl FnOnce(Result<PersonSaved, OwnDataError>) + 'static,
    ) {
        let mut people = self.synced.with_value(|s| s.people().clone());
        let added = match update {
            Some(id) => people.update(id, shared).map(|_| id),
            None => people.add_shared(shared, &mut random::id_seed()),
        };
        let id = match added {
            Ok(id) => id,
            Err(e) => return done(Err(OwnDataError::People(e))),
        };
        let name = people
            .get(id)
            .map(|p| p.name().to_string())
            .unwrap_or_default();
        // The user's own history goes along exactly as read: it never changes here.
        let ours = Stored::new(self.synced.with_value(|s| s.history().clone()), people);
        self.write_once(ours, move |written| {
            done(written.map(|written| PersonSaved {
                id,
                kept: !written.no_longer_fit.contains(&name),
                name,
            }))
        });
    }

    /// Stores `after` (the user's own data with a shared view's snapshots moved in, as the
    /// import preview worked it out from what [`OwnData::read`] read).
    pub fn move_into_own(
        self,
        after: Stored,
        done: impl FnOnce(Result<Written, OwnDataError>) + 'static,
    ) {
        self.write_once(after, done);
    }

    /// One save on request, its problems told in the notices too.
    fn write_once(self, ours: Stored, done: impl FnOnce(Result<Written, OwnDataError>) + 'static) {
        let notices = self.notices;
        let waiting = move || notices.report(Problem::Storage(StorageError::Waiting));
        self.write(
            move || Some(ours),
            waiting,
            move |written| {
                let written = written.map(|(written, _)| written);
                match &written {
                    Ok(written) if !written.no_longer_fit.is_empty() => {
                        notices.report(Problem::NoLongerFit(written.no_longer_fit.clone()))
                    }
                    Ok(_) => notices.saved(),
                    Err(_) => {}
                }
                done(written.map_err(OwnDataError::from))
            },
        );
    }

    /// The one call of `storage::save`: under the lock, `ours()` (read once the lock is
    /// granted) over what this tab last synced. `done` gets what was written and, after a
    /// merge with another tab's save, everything as now stored; or the problem, typed.
    fn write(
        self,
        ours: impl FnOnce() -> Option<Stored> + 'static,
        waiting: impl FnOnce() + 'static,
        done: impl FnOnce(Result<(Written, Option<Stored>), NotWritten>) + 'static,
    ) {
        locks::with_exclusive_telling_wait(STORAGE_KEY, waiting, move || {
            let Some(ours) = ours() else {
                return false; // Unmounted while waiting for the lock.
            };
            let Some(outcome) = self.synced.try_update_value(|s| storage::save(s, &ours)) else {
                return false;
            };
            let wrote = outcome.stored() && !matches!(outcome, SaveReport::Unchanged);
            match outcome {
                SaveReport::Unchanged | SaveReport::Saved => done(Ok((Written::default(), None))),
                SaveReport::Restored => {
                    self.notices.report(Problem::StorageWasCleared);
                    done(Ok((Written::default(), None)))
                }
                SaveReport::Merged {
                    stored,
                    dropped,
                    dropped_people,
                } => {
                    let no_longer_fit = no_longer_fit(&dropped, &dropped_people);
                    done(Ok((Written { no_longer_fit }, Some(stored))))
                }
                SaveReport::Refused(problem) => done(Err(NotWritten::Refused(problem))),
                SaveReport::Failed(e) => done(Err(NotWritten::Storage(e))),
            }
            wrote
        });
    }
}
