//! What a save does when other tabs share the same storage: a pure decision, so every case is
//! tested natively; the storage edge only supplies the stored text and the write.
//!
//! What is saved is everything stored ([`Stored`]): the user's own history and the people
//! they keep, in one write under one key. So saving from one tab never loses another tab's
//! changes to either part, and people count toward the storage budget: when storage is full
//! the one write fails ([`SaveReport::Failed`]) and nothing is half-written.

use super::envelope::{self, EnvelopeError};
use super::history::History;
use super::outcomes::Outcome;
use super::people::{People, Person};
use super::stored::{MergedStored, Stored};

/// What this tab last read from or wrote to storage: the base for merging another tab's
/// changes (see [`Stored::merge`]). Keeping the text too tells cheaply whether another tab has
/// written since, so a save parses the stored data only when one has.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Synced {
    stored: Stored,
    text: Option<String>,
}

/// How a save ended.
#[derive(Clone, Debug, PartialEq)]
pub enum SaveReport<E> {
    /// Storage already holds this tab's data: nothing was written.
    Unchanged,
    /// Storage held what this tab last synced; this tab's data is now stored.
    Saved,
    /// Storage held nothing although this tab last saw data there (the browser or the user
    /// cleared it, not SSI Lens, which never removes the key): this tab's data is stored
    /// again, as it is, rather than read as "everything deleted".
    Restored,
    /// Another tab had saved meanwhile; both tabs' changes are stored, and this tab should
    /// show `stored`. `dropped` lists this tab's outcomes that no longer fit, `dropped_people`
    /// the people it saved that no longer fit.
    Merged {
        stored: Stored,
        dropped: Vec<Outcome>,
        dropped_people: Vec<Person>,
    },
    /// Storage holds data this tab can't read (a newer version wrote it, or it is damaged):
    /// nothing was written, so nothing is lost.
    Refused(EnvelopeError),
    /// Reading what storage holds, or the write itself, failed (storage full, blocked, a
    /// read that threw): nothing was written, and this tab keeps its data.
    Failed(E),
}

/// What another tab's save means for this one.
#[derive(Clone, Debug, PartialEq)]
pub enum Absorbed {
    /// Nothing new in storage.
    Unchanged,
    /// Show the merge: this tab's changes on top of what the other tab stored.
    Merged(MergedStored),
    /// The other tab stored something this tab can't read; this tab must not save over it.
    Refused(EnvelopeError),
}

impl Synced {
    /// What a successful read at start-up found: what is stored and the exact text it came
    /// from.
    pub fn new(stored: Stored, text: Option<String>) -> Self {
        Synced { stored, text }
    }

    /// Everything as this tab last read or wrote it.
    pub fn stored(&self) -> &Stored {
        &self.stored
    }

    /// The exact text this tab last read or wrote.
    pub fn text(&self) -> Option<&str> {
        self.text.as_deref()
    }

    /// The user's history as this tab last read or wrote it.
    pub fn history(&self) -> &History {
        self.stored.history()
    }

    /// The saved people as this tab last read or wrote them.
    pub fn people(&self) -> &People {
        self.stored.people()
    }

    /// Saves `ours`, given what reading storage gave `now`: writes it as is when no other tab
    /// wrote since this tab last synced, merges first when one did, and refuses to overwrite
    /// what this version can't read. A read that failed is never taken for "nothing stored":
    /// nothing is written. `write` stores a text and may fail.
    pub fn save<E>(
        &mut self,
        now: Result<Option<String>, E>,
        ours: &Stored,
        write: impl FnOnce(&str) -> Result<(), E>,
    ) -> SaveReport<E> {
        let now = match now {
            Ok(now) => now,
            Err(e) => return SaveReport::Failed(e),
        };
        // A failed write leaves this tab's base as it was, so the next save merges again
        // instead of writing over what the other tab stored. Only a merge moves the base, so
        // only then is there anything to keep (no copy of everything on every save).
        let before = (now != self.text).then(|| self.clone());
        let vanished = self.vanished(&now);
        let merged = match self.absorb(now, ours) {
            Absorbed::Refused(problem) => return SaveReport::Refused(problem),
            // Already stored as it is (a tab that just took in another's save): no write.
            Absorbed::Unchanged if ours == &self.stored && !vanished => {
                return SaveReport::Unchanged
            }
            Absorbed::Unchanged => None,
            Absorbed::Merged(merged) => Some(merged),
        };
        let stored = merged.as_ref().map_or(ours, |m| &m.stored);
        // One text, one write: the user's history and the people together.
        let text = envelope::encode(stored);
        if let Err(e) = write(&text) {
            if let Some(before) = before {
                *self = before;
            }
            return SaveReport::Failed(e);
        }
        self.stored = stored.clone();
        self.text = Some(text);
        match merged {
            None if vanished => SaveReport::Restored,
            None => SaveReport::Saved,
            Some(MergedStored {
                stored,
                dropped,
                dropped_people,
            }) => SaveReport::Merged {
                stored,
                dropped,
                dropped_people,
            },
        }
    }

    /// True when storage holds nothing `now` although this tab last saw data there. SSI Lens
    /// never removes its key in use ("delete everything" stores an empty history; only the
    /// recovery screen clears unreadable data, after backing it up), so the key is gone because
    /// the browser or the user cleared it: not a change to merge.
    fn vanished(&self, now: &Option<String>) -> bool {
        now.is_none() && self.text.is_some()
    }

    /// Takes in what storage holds `now` (another tab's save), keeping this tab's changes
    /// since its last sync on top. The stored text becomes this tab's base. A key that
    /// vanished (see [`Synced::save`]) takes nothing in and keeps the base. `now` is what a
    /// read that worked found: a failed read has nothing to take in.
    pub fn absorb(&mut self, now: Option<String>, ours: &Stored) -> Absorbed {
        // Unchanged, or gone: a vanished key is not read as "everything deleted".
        let Some(text) = now.as_deref().filter(|_| now != self.text) else {
            return Absorbed::Unchanged;
        };
        let theirs = match envelope::decode(text) {
            Ok(theirs) => theirs,
            Err(problem) => return Absorbed::Refused(problem),
        };
        let merged = match Stored::merge(&self.stored, ours, &theirs) {
            Ok(merged) => merged,
            Err(problem) => return Absorbed::Refused(EnvelopeError::Invalid(problem)),
        };
        self.stored = theirs;
        self.text = now;
        Absorbed::Merged(merged)
    }
}

/// The names of what one tab had that a merge could not keep (its results first, then its
/// people), for the one notice that tells the user.
pub fn no_longer_fit(dropped: &[Outcome], dropped_people: &[Person]) -> Vec<String> {
    let results = dropped.iter().map(|o| o.name().to_string());
    let people = dropped_people.iter().map(|p| p.name().to_string());
    results.chain(people).collect()
}

impl<E> SaveReport<E> {
    /// Whether storage now holds this tab's data (written now, or already there).
    pub fn stored(&self) -> bool {
        matches!(
            self,
            SaveReport::Unchanged
                | SaveReport::Saved
                | SaveReport::Restored
                | SaveReport::Merged { .. }
        )
    }
}
