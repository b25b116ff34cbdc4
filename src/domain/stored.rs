//! Everything SSI Lens keeps under its one storage key: the user's own history and, apart from
//! it, the people saved from share links. Nothing that changes one part touches the other.

use super::history::{History, HistoryError, Merged};
use super::outcomes::Outcome;
use super::people::{MergedPeople, People, Person};

/// The browser storage key everything is kept under. index.html's first-visit script reads it
/// too, before the app has loaded (tests/boot.rs compares).
pub const STORAGE_KEY: &str = "ssi-lens.history";

/// The user's own history and the people they keep, as stored together.
///
/// Both parts go into the same write, so people count toward the storage budget: a full
/// storage refuses the whole write ([`SaveReport::Failed`](super::sync::SaveReport::Failed))
/// exactly as it would for the user's own data, and nothing is half-written.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Stored {
    history: History,
    people: People,
}

/// Only the user's own history, nobody else's: what data from before people existed holds.
impl From<History> for Stored {
    fn from(history: History) -> Self {
        Stored::new(history, People::default())
    }
}

impl Stored {
    /// Both parts are checked by their own constructors; together they share no rule.
    pub fn new(history: History, people: People) -> Self {
        Stored { history, people }
    }

    /// The user's own history.
    pub fn history(&self) -> &History {
        &self.history
    }

    /// The people saved from share links.
    pub fn people(&self) -> &People {
        &self.people
    }

    /// The parts, to change one through its own methods.
    pub fn into_parts(self) -> (History, People) {
        (self.history, self.people)
    }

    /// True when anything of the sample data is here: snapshots, results or colleagues.
    pub fn has_sample(&self) -> bool {
        self.history.has_sample() || self.people.has_sample()
    }

    /// Everything without the sample data, in one step (one undo): its snapshots, its results
    /// and its colleagues. Whatever the user added stays.
    pub fn without_sample(&self) -> Stored {
        let mut stored = self.clone();
        stored.history.remove_sample();
        stored.people.remove_sample();
        stored
    }

    /// This tab's changes since `base` on top of `theirs`: the history through
    /// [`History::merge`], the people through [`People::merge`], each on its own.
    pub fn merge(
        base: &Stored,
        ours: &Stored,
        theirs: &Stored,
    ) -> Result<MergedStored, HistoryError> {
        let Merged { history, dropped } =
            History::merge(&base.history, &ours.history, &theirs.history)?;
        let MergedPeople {
            people,
            dropped: dropped_people,
        } = People::merge(&base.people, &ours.people, &theirs.people);
        Ok(MergedStored {
            stored: Stored { history, people },
            dropped,
            dropped_people,
        })
    }
}

/// A merge of everything stored, and what could not be kept of this tab's changes.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct MergedStored {
    pub stored: Stored,
    /// Outcomes this tab added that no longer fit (see [`Merged::dropped`]).
    pub dropped: Vec<Outcome>,
    /// People this tab saved that no longer fit (see [`MergedPeople::dropped`]).
    pub dropped_people: Vec<Person>,
}
