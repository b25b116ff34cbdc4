//! Other people's SSI, saved from their share links. A shared link's data belongs to that
//! person: it is kept as a [`Person`] apart from the user's own [`History`], which saving,
//! updating or removing a person never touches.
//!
//! Fields are private: every change goes through a method that checks the rules decoding
//! applies ([`People::from_parts`]), so no path keeps data that a reload would refuse.

mod merge;
pub mod refresh;

use chrono::NaiveDate;

use super::history::{History, HistoryError};
use super::ids::IdSeed;
use super::share::{SharedHistory, MAX_NAME_CHARS};
use super::snapshot::Snapshot;

// The id lives with the app's other random ids; kept reachable here, where callers look.
pub use super::ids::PersonId;
pub use merge::MergedPeople;

/// Most people SSI Lens keeps in one browser: the one limit that saving a link, refreshing
/// from links, restoring a backup and merging tabs all follow. Compare reads as many pasted
/// links at once, so it shows at most twice this many lines (the kept and the pasted).
pub const MAX_PEOPLE: usize = 50;

/// Why a change to the saved people was refused. Nothing changed. Worded by
/// `i18n::team::people_problem` (its `Display` is English, for logs and tests).
#[derive(Clone, Debug, PartialEq)]
pub enum PeopleError {
    NameEmpty,
    NameTooLong,
    NameTaken(String),
    TooMany,
    NotFound,
    /// The people changed since a preview was made (another tab saved or updated someone):
    /// applying it would not do what it showed.
    ChangedSince,
    DuplicateId,
    /// A person's snapshots break a rule of a history (the same rules as the user's own).
    Snapshots {
        name: String,
        error: HistoryError,
    },
}

/// Someone else's SSI as their share link carried it: snapshots only (a link never carries
/// goals or outcomes), under a name the user can change.
#[derive(Clone, Debug, PartialEq)]
pub struct Person {
    id: PersonId,
    name: String,
    shared_on: NaiveDate,
    snapshots: History,
    /// Came with "Try with sample data" (a made-up colleague), so "Remove sample data" takes
    /// them away; never true for someone saved from a link.
    sample: bool,
}

/// A person as stored: their parts, checked by [`People::from_stored`].
pub struct StoredPerson {
    pub id: PersonId,
    pub name: String,
    pub shared_on: NaiveDate,
    pub snapshots: Vec<Snapshot>,
    pub sample: bool,
}

/// Characters that change how text around them shows, or show nothing themselves: Unicode's
/// format characters (zero-width spaces and joiners, direction marks and overrides such as
/// U+202E, which turns "Dana\u{202E}gnp.exe" into "Danaexe.png" on screen, the byte order
/// mark, tags).
fn is_format(c: char) -> bool {
    matches!(c,
        '\u{ad}' | '\u{600}'..='\u{605}' | '\u{61c}' | '\u{6dd}' | '\u{70f}' | '\u{890}'..='\u{891}'
        | '\u{8e2}' | '\u{180e}' | '\u{200b}' | '\u{200e}' | '\u{200f}' | '\u{202a}'..='\u{202e}'
        | '\u{2060}'..='\u{2064}' | '\u{2066}'..='\u{206f}' | '\u{feff}' | '\u{fff9}'..='\u{fffb}'
        | '\u{110bd}' | '\u{110cd}' | '\u{13430}'..='\u{1343f}' | '\u{1bca0}'..='\u{1bca3}'
        | '\u{1d173}'..='\u{1d17a}' | '\u{e0001}' | '\u{e0020}'..='\u{e007f}')
}

/// Characters that take a place but draw nothing (fillers, blank patterns, selectors): kept
/// inside a name, but a name of only these is empty to the eye.
fn is_blank(c: char) -> bool {
    c.is_whitespace()
        || matches!(c,
            '\u{34f}' | '\u{115f}' | '\u{1160}' | '\u{17b4}' | '\u{17b5}' | '\u{180b}'..='\u{180f}'
            | '\u{2800}' | '\u{3164}' | '\u{fe00}'..='\u{fe0f}' | '\u{ffa0}' | '\u{e0100}'..='\u{e01ef}')
}

/// A name as it is shown and compared: without control and format characters (line breaks
/// and tabs become spaces), runs of spaces as one, trimmed. So "Dana\u{200B}" is "Dana".
/// The zero-width (non-)joiners U+200C and U+200D shape Persian and Indic names and emoji
/// inside a name: they stay there, and only go at its ends.
pub fn clean_name(name: &str) -> String {
    let mut clean = String::with_capacity(name.len());
    for c in name.chars().filter(|&c| !is_format(c)) {
        let c = if c.is_control() || c.is_whitespace() {
            ' '
        } else {
            c
        };
        if c != ' ' || !clean.ends_with(' ') {
            clean.push(c);
        }
    }
    clean
        .trim_matches(|c: char| c.is_whitespace() || JOINERS.contains(&c))
        .to_string()
}

/// The first "Person N" that `taken` doesn't refuse.
fn fallback_among(taken: impl Fn(&str) -> bool) -> String {
    (1..)
        .map(|n| format!("Person {n}"))
        .find(|name| !taken(name))
        .unwrap_or_default()
}

/// Zero-width non-joiner and joiner: meaningful between letters, nothing at a name's ends.
const JOINERS: [char; 2] = ['\u{200c}', '\u{200d}'];

/// The [clean](clean_name) name when it has a visible character: a link's name is shown
/// only then.
pub fn visible_name(name: &str) -> Option<String> {
    Some(clean_name(name)).filter(|n| !n.chars().all(is_blank))
}

/// The name a share link's person is known by here: [visible](visible_name), and no longer
/// than a name may be (a link made by hand may carry more). Saving, recognising and refreshing
/// all read a link's name through it, so a person is always found under the name kept.
pub fn link_name(name: &str) -> Option<String> {
    let name = visible_name(name)?;
    let short: String = name.chars().take(MAX_NAME_CHARS).collect();
    visible_name(&short)
}

/// The [clean](clean_name) name, or why it can't be one: it needs a visible character.
fn check_name(name: &str) -> Result<String, PeopleError> {
    let Some(name) = visible_name(name) else {
        return Err(PeopleError::NameEmpty);
    };
    if name.chars().count() > MAX_NAME_CHARS {
        Err(PeopleError::NameTooLong)
    } else {
        Ok(name)
    }
}

/// Two names one can't tell apart on screen: the same once [cleaned](clean_name), case aside.
fn same_name(a: &str, b: &str) -> bool {
    clean_name(a).to_lowercase() == clean_name(b).to_lowercase()
}

/// A person's snapshots as kept: only the snapshots, without outcome values, goals or
/// outcome definitions (none of which a person's copy can hold).
fn snapshots_only(name: &str, snapshots: Vec<Snapshot>) -> Result<History, PeopleError> {
    let snapshots = snapshots
        .into_iter()
        .map(|s| Snapshot {
            outcomes: Default::default(),
            ..s
        })
        .collect();
    History::from_snapshots(snapshots).map_err(|error| PeopleError::Snapshots {
        name: name.to_string(),
        error,
    })
}

impl Person {
    /// The one check for a person, whether decoded or made: a valid name and valid snapshots.
    pub fn from_parts(
        id: PersonId,
        name: &str,
        shared_on: NaiveDate,
        snapshots: Vec<Snapshot>,
    ) -> Result<Self, PeopleError> {
        let name = check_name(name)?;
        let snapshots = snapshots_only(&name, snapshots)?;
        Ok(Person {
            id,
            name,
            shared_on,
            snapshots,
            sample: false,
        })
    }

    /// A made-up colleague of the sample data (see [`Person::is_sample`]).
    pub fn sample(
        id: PersonId,
        name: &str,
        shared_on: NaiveDate,
        snapshots: Vec<Snapshot>,
    ) -> Result<Self, PeopleError> {
        Ok(Person {
            sample: true,
            ..Person::from_parts(id, name, shared_on, snapshots)?
        })
    }

    /// True for a colleague that came with the sample data.
    pub fn is_sample(&self) -> bool {
        self.sample
    }

    /// A person from a share link, with an id drawn from `seed`. A link without a name takes
    /// `name_fallback` (see [`People::fallback_name`]).
    pub fn from_shared(
        shared: SharedHistory,
        name_fallback: &str,
        seed: &mut IdSeed,
    ) -> Result<Self, PeopleError> {
        let name = shared
            .name
            .as_deref()
            .and_then(link_name)
            .unwrap_or_else(|| name_fallback.to_string());
        let id = PersonId::draw(seed, |_| false);
        Person::from_parts(
            id,
            &name,
            shared.shared_on,
            shared.history.snapshots().to_vec(),
        )
    }

    pub fn id(&self) -> PersonId {
        self.id
    }

    pub fn name(&self) -> &str {
        &self.name
    }

    /// The day their link was made.
    pub fn shared_on(&self) -> NaiveDate {
        self.shared_on
    }

    /// Their snapshots, as a history without goals or outcomes (so charts and stats apply).
    pub fn snapshots(&self) -> &History {
        &self.snapshots
    }

    /// True when `name` would be taken as this person's name (case and spacing aside).
    pub fn is_named(&self, name: &str) -> bool {
        same_name(&self.name, name)
    }

    /// What replacing this copy with a newer link would change, for the user to confirm.
    pub fn preview_update(&self, shared: &SharedHistory) -> PersonUpdate {
        PersonUpdate::between(self, shared)
    }
}

/// What updating a person's copy from a newer link changes: a pure preview.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct PersonUpdate {
    /// Days the link has that the copy hasn't.
    pub added: Vec<NaiveDate>,
    /// Days both have, with different readings.
    pub changed: Vec<NaiveDate>,
    /// Days the copy has that the link hasn't (the sharer deleted them, or shared fewer weeks).
    pub removed: Vec<NaiveDate>,
    /// The copy's shared date now.
    pub shared_on_before: NaiveDate,
    /// The shared date after the update.
    pub shared_on: NaiveDate,
}

impl PersonUpdate {
    /// Compares `person`'s copy with the snapshots `shared` carries (outcome values aside,
    /// which a copy never keeps).
    pub fn between(person: &Person, shared: &SharedHistory) -> Self {
        let mine = person.snapshots.snapshots();
        let theirs = shared.history.snapshots();
        let plain = |s: &Snapshot| Snapshot {
            outcomes: Default::default(),
            ..s.clone()
        };
        let find = |list: &[Snapshot], date| {
            list.binary_search_by_key(&date, |s: &Snapshot| s.date)
                .ok()
                .map(|i| list[i].clone())
        };
        let mut update = PersonUpdate {
            shared_on_before: person.shared_on,
            shared_on: shared.shared_on,
            ..Default::default()
        };
        for new in theirs {
            match find(mine, new.date) {
                None => update.added.push(new.date),
                Some(old) if old != plain(new) => update.changed.push(new.date),
                Some(_) => {}
            }
        }
        update.removed = mine
            .iter()
            .filter(|old| find(theirs, old.date).is_none())
            .map(|old| old.date)
            .collect();
        update
    }

    /// True when the link is older than the copy: updating would go back in time.
    pub fn is_older(&self) -> bool {
        self.shared_on < self.shared_on_before
    }

    /// True when updating changes no snapshot (the shared date may still move).
    pub fn changes_nothing(&self) -> bool {
        self.added.is_empty() && self.changed.is_empty() && self.removed.is_empty()
    }
}

/// What a share link is to the people kept here ([`People::recognise`]).
#[derive(Clone, Debug, PartialEq)]
pub enum Recognised {
    /// Nobody kept goes by the link's name: it can be saved.
    NotSaved,
    /// Saved already, and the link has nothing the copy hasn't.
    Same { id: PersonId, name: String },
    /// Saved already; the link is as recent as the copy or newer, and differs: it can update it.
    Newer {
        id: PersonId,
        name: String,
        update: PersonUpdate,
    },
    /// Saved already from a more recent link: updating would go back in time, so it is never
    /// offered as an update.
    Older {
        id: PersonId,
        name: String,
        update: PersonUpdate,
    },
}

/// What saving pasted share links did, name by name ([`People::apply_refresh`]).
#[derive(Clone, Debug, Default, PartialEq)]
pub struct LinksSaved {
    /// Kept as new people.
    pub added: Vec<String>,
    /// Kept already; their copy took the link's newer weeks.
    pub updated: Vec<String>,
    /// Kept already, and the link has nothing new.
    pub unchanged: Vec<String>,
    /// Kept already from a more recent link: their copy stays as it is.
    pub older: Vec<String>,
    /// New, but not saved: the most people SSI Lens keeps were kept already.
    pub no_room: Vec<String>,
}

/// Everyone the user keeps, in the order they were saved; names are unique (case aside) so the
/// user can tell people apart.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct People {
    people: Vec<Person>,
}

impl People {
    pub fn new() -> Self {
        People::default()
    }

    /// The one check that decoding, merges and every change share: at most [`MAX_PEOPLE`],
    /// distinct ids, distinct names (case aside). Each person is valid by construction
    /// ([`Person::from_parts`]).
    pub fn from_parts(people: Vec<Person>) -> Result<Self, PeopleError> {
        if people.len() > MAX_PEOPLE {
            return Err(PeopleError::TooMany);
        }
        for (i, person) in people.iter().enumerate() {
            let earlier = &people[..i];
            if earlier.iter().any(|p| p.id == person.id) {
                return Err(PeopleError::DuplicateId);
            }
            if let Some(same) = earlier.iter().find(|p| p.is_named(&person.name)) {
                return Err(PeopleError::NameTaken(same.name.clone()));
            }
        }
        Ok(People { people })
    }

    pub fn iter(&self) -> impl Iterator<Item = &Person> {
        self.people.iter()
    }

    pub fn as_slice(&self) -> &[Person] {
        &self.people
    }

    pub fn len(&self) -> usize {
        self.people.len()
    }

    pub fn is_empty(&self) -> bool {
        self.people.is_empty()
    }

    pub fn get(&self, id: PersonId) -> Option<&Person> {
        self.people.iter().find(|p| p.id == id)
    }

    /// The saved person called `name` (case and spacing aside): a newer link from someone
    /// already kept, to offer "update their copy" instead of a second one.
    pub fn find_same(&self, name: &str) -> Option<&Person> {
        self.people.iter().find(|p| p.is_named(name))
    }

    /// The first free "Person N", for a link that carries no name.
    pub fn fallback_name(&self) -> String {
        fallback_among(|name| self.find_same(name).is_some())
    }

    /// People as stored or backed up, perhaps by a version whose name rules were looser: a name
    /// with nothing visible becomes the first free "Person N", and one that now reads as another's
    /// (the same once invisible characters are gone) becomes "Name (2)". Data is never refused
    /// over a name; every other rule of [`People::from_parts`] holds.
    pub fn from_stored(
        stored: impl IntoIterator<Item = StoredPerson>,
    ) -> Result<Self, PeopleError> {
        let mut people = People::new();
        for StoredPerson {
            id,
            name,
            shared_on,
            snapshots,
            sample,
        } in stored
        {
            let name = match visible_name(&name) {
                None => people.fallback_name(),
                Some(name) if people.find_same(&name).is_some() => {
                    merge::free_name(&people.people, &name)
                }
                Some(name) => name,
            };
            let mut person = Person::from_parts(id, &name, shared_on, snapshots)?;
            person.sample = sample;
            if people.people.len() >= MAX_PEOPLE {
                return Err(PeopleError::TooMany);
            }
            people.people.push(person);
        }
        People::from_parts(people.people)
    }

    /// Keeps `person`, unless the limit is reached, their id is taken or their name is.
    pub fn add(&mut self, person: Person) -> Result<PersonId, PeopleError> {
        if self.people.len() >= MAX_PEOPLE {
            return Err(PeopleError::TooMany);
        }
        if self.get(person.id).is_some() {
            return Err(PeopleError::DuplicateId);
        }
        if let Some(same) = self.find_same(&person.name) {
            return Err(PeopleError::NameTaken(same.name.clone()));
        }
        let id = person.id;
        self.people.push(person);
        Ok(id)
    }

    /// Keeps the person a share link carries, with an id no one here has and, for a link
    /// without a name, the first free "Person N".
    pub fn add_shared(
        &mut self,
        shared: SharedHistory,
        seed: &mut IdSeed,
    ) -> Result<PersonId, PeopleError> {
        let mut person = Person::from_shared(shared, &self.fallback_name(), seed)?;
        person.id = PersonId::draw(seed, |id| self.get(id).is_some());
        self.add(person)
    }

    pub fn rename(&mut self, id: PersonId, name: &str) -> Result<(), PeopleError> {
        let name = check_name(name)?;
        if let Some(other) = self.find_same(&name).filter(|p| p.id != id) {
            return Err(PeopleError::NameTaken(other.name.clone()));
        }
        self.person_mut(id)?.name = name;
        Ok(())
    }

    /// Forgets a person; returns them, so the caller can offer an undo (through [`add`]).
    ///
    /// [`add`]: People::add
    pub fn remove(&mut self, id: PersonId) -> Result<Person, PeopleError> {
        let index = self
            .people
            .iter()
            .position(|p| p.id == id)
            .ok_or(PeopleError::NotFound)?;
        Ok(self.people.remove(index))
    }

    /// Replaces a person's snapshots and shared date with what a newer link carries; their
    /// name stays the one the user knows them by. Returns what changed (the same as
    /// [`Person::preview_update`] showed). A refusal changes nothing.
    pub fn update(
        &mut self,
        id: PersonId,
        shared: SharedHistory,
    ) -> Result<PersonUpdate, PeopleError> {
        let person = self.get(id).ok_or(PeopleError::NotFound)?;
        let update = person.preview_update(&shared);
        let snapshots = snapshots_only(&person.name, shared.history.snapshots().to_vec())?;
        let person = self.person_mut(id)?;
        person.snapshots = snapshots;
        person.shared_on = shared.shared_on;
        // Their copy is a real link's now.
        person.sample = false;
        Ok(update)
    }

    /// True when a colleague of the sample data is kept.
    pub fn has_sample(&self) -> bool {
        self.people.iter().any(Person::is_sample)
    }

    /// Forgets the sample's colleagues; everyone saved from a link stays.
    pub fn remove_sample(&mut self) {
        self.people.retain(|p| !p.sample);
    }

    /// Keeps the sample's colleagues beside the people already kept, as far as there is room
    /// and their names are free: the sample never pushes out or renames someone real.
    pub fn add_sample(&mut self, sample: Vec<Person>) {
        for person in sample {
            let _ = self.add(person);
        }
    }

    /// Whether a share link's person is kept here already, and how the link compares with the
    /// saved copy. The person is found as saving finds them ([`People::find_same`], by name);
    /// a link without a name is never taken for someone kept.
    pub fn recognise(&self, shared: &SharedHistory) -> Recognised {
        let name = shared.name.as_deref().and_then(link_name);
        let Some(person) = name.and_then(|n| self.find_same(&n)) else {
            return Recognised::NotSaved;
        };
        let (id, name) = (person.id, person.name.clone());
        let update = person.preview_update(shared);
        if update.changes_nothing() {
            Recognised::Same { id, name }
        } else if update.is_older() {
            Recognised::Older { id, name, update }
        } else {
            Recognised::Newer { id, name, update }
        }
    }

    fn person_mut(&mut self, id: PersonId) -> Result<&mut Person, PeopleError> {
        self.people
            .iter_mut()
            .find(|p| p.id == id)
            .ok_or(PeopleError::NotFound)
    }
}
