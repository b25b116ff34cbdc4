//! Restoring the people a full backup keeps: who is new, who differs from the copy saved here,
//! who is the same. A pure preview, applied (all or nothing) on confirmation, through the same
//! `People` methods as saving a person from a link, so nothing gets in that a reload refuses.

use super::super::ids::IdSeed;
use super::super::people::{People, PeopleError, Person, PersonId, PersonUpdate, MAX_PEOPLE};
use super::super::share::SharedHistory;
use super::plan::ConflictChoice;

/// A saved person whose copy in the backup differs from the one kept here.
#[derive(Clone, Debug, PartialEq)]
pub struct DifferingPerson {
    /// The person as saved here (their id and name stay).
    pub mine: PersonId,
    pub name: String,
    /// The backup's copy.
    pub theirs: Person,
    /// What taking the backup's copy changes.
    pub update: PersonUpdate,
}

/// What restoring a backup's people would do. People are matched by name (case and spacing
/// aside), as a link from someone already saved is: ids differ between browsers.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct PeopleRestore {
    /// People the backup keeps and this browser doesn't, that fit the limit.
    pub added: Vec<Person>,
    /// People who would not fit [`MAX_PEOPLE`] (by name): not restored.
    pub no_room: Vec<String>,
    /// People whose backup copy differs: taken only with "take theirs".
    pub differing: Vec<DifferingPerson>,
    /// People the backup keeps exactly as saved here.
    pub same: usize,
    /// Why the backup's people couldn't be read, if they couldn't: then none are restored,
    /// and the user's own history still is.
    pub unreadable: Option<String>,
}

impl PeopleRestore {
    /// Compares the backup's `incoming` people with the `existing` ones.
    pub fn plan(incoming: &People, existing: &People) -> Self {
        let mut restore = PeopleRestore::default();
        let mut room = MAX_PEOPLE.saturating_sub(existing.len());
        for theirs in incoming.iter() {
            match existing.find_same(theirs.name()) {
                None if room > 0 => {
                    room -= 1;
                    restore.added.push(theirs.clone());
                }
                None => restore.no_room.push(theirs.name().to_string()),
                Some(mine) if same_copy(mine, theirs) => restore.same += 1,
                Some(mine) => restore.differing.push(DifferingPerson {
                    mine: mine.id(),
                    name: mine.name().to_string(),
                    update: mine.preview_update(&shared_copy(theirs)),
                    theirs: theirs.clone(),
                }),
            }
        }
        restore
    }

    /// The backup's people could not be read: nothing of them is restored, for `why`.
    pub fn unreadable(why: String) -> Self {
        PeopleRestore {
            unreadable: Some(why),
            ..Default::default()
        }
    }

    /// How many people applying with `choice` adds or replaces.
    pub fn restored(&self, choice: ConflictChoice) -> usize {
        match choice {
            ConflictChoice::KeepMine => self.added.len(),
            ConflictChoice::TakeTheirs => self.added.len() + self.differing.len(),
        }
    }

    /// True when applying with `choice` would change no one.
    pub fn changes_nothing(&self, choice: ConflictChoice) -> bool {
        self.restored(choice) == 0
    }

    /// True when the backup keeps no people at all (nothing to say about them).
    pub fn is_empty(&self) -> bool {
        self.added.is_empty()
            && self.no_room.is_empty()
            && self.differing.is_empty()
            && self.same == 0
            && self.unreadable.is_none()
    }

    /// `people` with the backup's people restored, all or nothing. Someone saved since the plan
    /// was made (another tab) under the same name is the user's now: "keep mine" keeps them.
    pub fn apply(
        &self,
        people: &People,
        choice: ConflictChoice,
        seed: &mut IdSeed,
    ) -> Result<People, PeopleError> {
        let mut people = people.clone();
        for person in &self.added {
            match people.find_same(person.name()).map(Person::id) {
                // Another tab saved people since the plan was made and the limit is reached:
                // this one is not restored, and the rest of the import still is.
                None => match people.add_shared(shared_copy(person), seed) {
                    Ok(_) | Err(PeopleError::TooMany) => {}
                    Err(e) => return Err(e),
                },
                Some(id) if choice == ConflictChoice::TakeTheirs => {
                    people.update(id, shared_copy(person))?;
                }
                Some(_) => {}
            }
        }
        if choice == ConflictChoice::TakeTheirs {
            for differing in &self.differing {
                // Removed here since the plan was made: not brought back behind the user's back.
                if people.get(differing.mine).is_some() {
                    people.update(differing.mine, shared_copy(&differing.theirs))?;
                }
            }
        }
        Ok(people)
    }
}

/// A kept person as the share link they came from would carry them.
fn shared_copy(person: &Person) -> SharedHistory {
    SharedHistory {
        own_data: false,
        name: Some(person.name().to_string()),
        shared_on: person.shared_on(),
        history: person.snapshots().clone(),
    }
}

fn same_copy(a: &Person, b: &Person) -> bool {
    a.shared_on() == b.shared_on() && a.snapshots() == b.snapshots()
}
