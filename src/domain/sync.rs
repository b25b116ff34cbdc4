//! What a save does when other tabs share the same storage: a pure decision, so every case is
//! tested natively; the storage edge only supplies the stored text and the write.

use super::envelope::{self, EnvelopeError};
use super::history::{History, Merged};
use super::outcomes::Outcome;

/// What this tab last read from or wrote to storage: the base for merging another tab's
/// changes (see [`History::merge`]). Keeping the text too tells cheaply whether another tab has
/// written since, so a save parses the stored data only when one has.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Synced {
    history: History,
    text: Option<String>,
}

/// How a save ended.
#[derive(Clone, Debug, PartialEq)]
pub enum SaveOutcome<E> {
    /// Storage already holds this tab's history: nothing was written.
    Unchanged,
    /// Storage held what this tab last synced; this tab's history is now stored.
    Saved,
    /// Another tab had saved meanwhile; both tabs' changes are stored, and this tab should
    /// show `history`. `dropped` lists this tab's outcomes that no longer fit.
    Merged {
        history: History,
        dropped: Vec<Outcome>,
    },
    /// Storage holds data this tab can't read (a newer version wrote it, or it is damaged):
    /// nothing was written, so nothing is lost.
    Refused(EnvelopeError),
    /// The write itself failed (storage full, blocked); this tab keeps its history.
    Failed(E),
}

/// What another tab's save means for this one.
#[derive(Clone, Debug, PartialEq)]
pub enum Absorbed {
    /// Nothing new in storage.
    Unchanged,
    /// Show `history`: this tab's changes on top of what the other tab stored.
    Merged(Merged),
    /// The other tab stored something this tab can't read; this tab must not save over it.
    Refused(EnvelopeError),
}

impl Synced {
    /// What a successful read at start-up found: the history and the exact text it came from.
    pub fn new(history: History, text: Option<String>) -> Self {
        Synced { history, text }
    }

    /// The history as this tab last read or wrote it.
    pub fn history(&self) -> &History {
        &self.history
    }

    /// Saves `ours`, given what storage holds `now`: writes it as is when no other tab wrote
    /// since this tab last synced, merges first when one did, and refuses to overwrite what
    /// this version can't read. `write` stores a text and may fail.
    pub fn save<E>(
        &mut self,
        now: Option<String>,
        ours: &History,
        write: impl FnOnce(&str) -> Result<(), E>,
    ) -> SaveOutcome<E> {
        // A failed write leaves this tab's base as it was, so the next save merges again
        // instead of writing over what the other tab stored.
        let before = self.clone();
        let merged = match self.absorb(now, ours) {
            Absorbed::Refused(problem) => return SaveOutcome::Refused(problem),
            // Already stored as it is (a tab that just took in another's save): no write.
            Absorbed::Unchanged if ours == &self.history => return SaveOutcome::Unchanged,
            Absorbed::Unchanged => None,
            Absorbed::Merged(merged) => Some(merged),
        };
        let history = merged.as_ref().map_or(ours, |m| &m.history);
        let text = envelope::encode(history);
        if let Err(e) = write(&text) {
            *self = before;
            return SaveOutcome::Failed(e);
        }
        self.history = history.clone();
        self.text = Some(text);
        match merged {
            None => SaveOutcome::Saved,
            Some(Merged { history, dropped }) => SaveOutcome::Merged { history, dropped },
        }
    }

    /// Takes in what storage holds `now` (another tab's save), keeping this tab's changes
    /// since its last sync on top. The stored text becomes this tab's base.
    pub fn absorb(&mut self, now: Option<String>, ours: &History) -> Absorbed {
        if now == self.text {
            return Absorbed::Unchanged;
        }
        // Storage emptied by another tab ("delete everything") reads as an empty history.
        let theirs = match now.as_deref().map(envelope::decode).transpose() {
            Ok(theirs) => theirs.unwrap_or_default(),
            Err(problem) => return Absorbed::Refused(problem),
        };
        let merged = match History::merge(&self.history, ours, &theirs) {
            Ok(merged) => merged,
            Err(problem) => return Absorbed::Refused(EnvelopeError::Invalid(problem)),
        };
        self.history = theirs;
        self.text = now;
        Absorbed::Merged(merged)
    }
}
