//! Combining two tabs' changes to the saved people: a three-way merge by person id that always
//! ends in a list [`People::from_parts`] accepts.

use super::{People, Person, MAX_NAME_CHARS, MAX_PEOPLE};

/// A merge of people, and who could not be kept.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct MergedPeople {
    pub people: People,
    /// People this tab saved that no longer fit: another tab reached [`MAX_PEOPLE`]
    /// meanwhile.
    pub dropped: Vec<Person>,
}

impl People {
    /// This tab's changes since `base` applied on top of `theirs` (what another tab stored).
    ///
    /// - A person added in either tab is kept; one removed in a tab is gone, unless the other
    ///   tab changed them meanwhile (a change is kept rather than lost), as for days.
    /// - When both tabs kept a person, their name and their copy (snapshots with shared date)
    ///   merge separately: one tab renaming while the other updates keeps both changes; when
    ///   both changed the same part, this tab's wins.
    /// - Names stay unique: stored people come first and keep theirs; a person of this tab
    ///   whose name is now taken (two tabs saved the same link) is kept as "Name (2)", so no
    ///   one's data is lost and the user can remove the double.
    /// - People past [`MAX_PEOPLE`] are reported in [`MergedPeople::dropped`], never silently
    ///   lost; stored people come first, so it is this tab's additions that are dropped.
    pub fn merge(base: &People, ours: &People, theirs: &People) -> MergedPeople {
        let mut ids = Vec::new();
        for person in theirs.iter().chain(ours.iter()).chain(base.iter()) {
            if !ids.contains(&person.id) {
                ids.push(person.id);
            }
        }
        let mut kept: Vec<Person> = Vec::new();
        let mut dropped = Vec::new();
        for id in ids {
            let (b, o, t) = (base.get(id), ours.get(id), theirs.get(id));
            let person = match (o, t) {
                (Some(o), Some(t)) => Some(merge_person(b, o, t)),
                _ => pick(b, o, t).cloned(),
            };
            let Some(mut person) = person else {
                continue;
            };
            if kept.iter().any(|p| p.is_named(&person.name)) {
                person.name = free_name(&kept, &person.name);
            }
            if kept.len() < MAX_PEOPLE {
                kept.push(person);
            } else {
                dropped.push(person);
            }
        }
        // Every person comes from a valid list, and the steps above keep ids and names unique
        // and the count in bounds; should that ever not hold, theirs is the safe answer.
        let people = People::from_parts(kept).unwrap_or_else(|_| theirs.clone());
        MergedPeople { people, dropped }
    }
}

/// One person both tabs kept: name and copy merge separately.
fn merge_person(base: Option<&Person>, ours: &Person, theirs: &Person) -> Person {
    let name = pick(base.map(|p| &p.name), Some(&ours.name), Some(&theirs.name));
    let copy = |p: &Person| (p.shared_on, p.snapshots.clone());
    let (shared_on, snapshots) =
        pick(base.map(copy), Some(copy(ours)), Some(copy(theirs))).unwrap_or_else(|| copy(ours));
    Person {
        id: ours.id,
        name: name.unwrap_or(&ours.name).clone(),
        shared_on,
        snapshots,
        // Both tabs' copies of a sample person are sample, unless one updated it from a link.
        sample: ours.sample && theirs.sample,
    }
}

/// "Name (2)", "Name (3)"…: the first one no kept person has, shortened to fit the limit.
pub(super) fn free_name(kept: &[Person], name: &str) -> String {
    free_name_among(name, |candidate| kept.iter().any(|p| p.is_named(candidate)))
}

/// [`free_name`] among the names `taken` refuses.
pub(super) fn free_name_among(name: &str, taken: impl Fn(&str) -> bool) -> String {
    (2..)
        .map(|n| {
            let suffix = format!(" ({n})");
            let room = MAX_NAME_CHARS.saturating_sub(suffix.chars().count());
            let stem: String = name.chars().take(room).collect();
            format!("{}{suffix}", stem.trim_end())
        })
        .find(|candidate| !taken(candidate))
        .unwrap_or_default()
}

/// The three-way rule: this tab's version where it changed something, else the stored one.
fn pick<T: PartialEq>(base: Option<T>, ours: Option<T>, theirs: Option<T>) -> Option<T> {
    if ours == base {
        theirs
    } else {
        ours
    }
}
