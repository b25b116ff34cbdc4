//! What a save does when other tabs share the same storage: a pure decision, so every case is
//! tested natively; the storage edge only supplies the stored text and the write.
//!
//! What is saved is everything stored ([`Stored`]): the user's own history and the people
//! they keep, in one write under one key. So saving from one tab never loses another tab's
//! changes to either part, and people count toward the storage budget: when storage is full
//! the one write fails ([`SaveOutcome::Failed`]) and nothing is half-written.

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
pub enum SaveOutcome<E> {
    /// Storage already holds this tab's data: nothing was written.
    Unchanged,
    /// Storage held what this tab last synced; this tab's data is now stored.
    Saved,
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
    /// The write itself failed (storage full, blocked); this tab keeps its data.
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

    /// The user's history as this tab last read or wrote it.
    pub fn history(&self) -> &History {
        self.stored.history()
    }

    /// The saved people as this tab last read or wrote them.
    pub fn people(&self) -> &People {
        self.stored.people()
    }

    /// Saves `ours`, given what storage holds `now`: writes it as is when no other tab wrote
    /// since this tab last synced, merges first when one did, and refuses to overwrite what
    /// this version can't read. `write` stores a text and may fail.
    pub fn save<E>(
        &mut self,
        now: Option<String>,
        ours: &Stored,
        write: impl FnOnce(&str) -> Result<(), E>,
    ) -> SaveOutcome<E> {
        // A failed write leaves this tab's base as it was, so the next save merges again
        // instead of writing over what the other tab stored. Only a merge moves the base, so
        // only then is there anything to keep (no copy of everything on every save).
        let before = (now != self.text).then(|| self.clone());
        let merged = match self.absorb(now, ours) {
            Absorbed::Refused(problem) => return SaveOutcome::Refused(problem),
            // Already stored as it is (a tab that just took in another's save): no write.
            Absorbed::Unchanged if ours == &self.stored => return SaveOutcome::Unchanged,
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
            return SaveOutcome::Failed(e);
        }
        self.stored = stored.clone();
        self.text = Some(text);
        match merged {
            None => SaveOutcome::Saved,
            Some(MergedStored {
                stored,
                dropped,
                dropped_people,
            }) => SaveOutcome::Merged {
                stored,
                dropped,
                dropped_people,
            },
        }
    }

    /// Takes in what storage holds `now` (another tab's save), keeping this tab's changes
    /// since its last sync on top. The stored text becomes this tab's base.
    pub fn absorb(&mut self, now: Option<String>, ours: &Stored) -> Absorbed {
        if now == self.text {
            return Absorbed::Unchanged;
        }
        // Storage emptied by another tab ("delete everything") reads as nothing stored.
        let theirs = match now.as_deref().map(envelope::decode).transpose() {
            Ok(theirs) => theirs.unwrap_or_default(),
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
