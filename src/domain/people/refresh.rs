//! Refreshing the team at once: a manager pastes the new share links colleagues sent (one per
//! line, or a whole chat thread with the links inside it), sees what each would do, then
//! applies exactly that. Each link is judged as a link's own "Save" judges it
//! ([`People::recognise`]); the plan only adds what a paste of many brings: the same person
//! twice, and the limit reached part way.

use std::collections::BTreeMap;

use super::merge::free_name_among;
use super::{
    fallback_among, link_name, same_name, IdSeed, LinksSaved, People, PeopleError, PersonId,
    PersonUpdate, Recognised, MAX_PEOPLE,
};
use crate::domain::share::{decode, fragments_in, ShareError, SharedHistory};

/// The share links a text holds, in order, and what looked like one but can't be opened.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct FoundLinks {
    pub links: Vec<SharedHistory>,
    pub problems: Vec<FoundProblem>,
}

/// Something that looks like a share link (`#s=…`) but can't be opened.
#[derive(Clone, Debug, PartialEq)]
pub enum FoundProblem {
    /// Lines count from 1, blank lines included, as an editor shows them.
    Unreadable { line: usize, error: ShareError },
}

/// Every share link anywhere in `text`, in order: inside sentences, several on a line, in
/// `<…>`, `(…)` or quotes, followed by punctuation (see [`fragments_in`]), and as mail filters
/// rewrite them (Outlook's safe links percent-encode the `#s=`; a link's own characters are
/// never encoded).
pub fn find_links(text: &str) -> FoundLinks {
    let mut found = FoundLinks::default();
    for (index, line) in text.lines().enumerate() {
        let line = unescape_marks(line);
        for fragment in fragments_in(&line) {
            match decode(fragment) {
                Ok(shared) => found.links.push(shared),
                Err(error) => found.problems.push(FoundProblem::Unreadable {
                    line: index + 1,
                    error,
                }),
            }
        }
    }
    found
}

/// `line` with a percent-encoded `#` and `=` written plainly.
fn unescape_marks(line: &str) -> std::borrow::Cow<'_, str> {
    if !line.contains('%') {
        return line.into();
    }
    line.replace("%23", "#")
        .replace("%3D", "=")
        .replace("%3d", "=")
        .into()
}

/// What one pasted link will do, in the order the links were pasted.
#[derive(Clone, Debug, PartialEq)]
pub enum RefreshItem {
    /// Newer than the saved copy: it will update it.
    Update {
        id: PersonId,
        name: String,
        update: PersonUpdate,
    },
    /// The saved copy has everything the link has.
    Same { id: PersonId, name: String },
    /// Older than the saved copy: flagged, never applied.
    Older {
        id: PersonId,
        name: String,
        update: PersonUpdate,
    },
    /// Nobody kept by that name: saved as a new person, under `name`.
    New { name: String, snapshots: usize },
    /// Nobody kept by that name, but [`MAX_PEOPLE`] are kept already: not saved.
    NoRoom { name: String },
    /// The same person's link again in this paste: only their most recent one counts (latest
    /// shared date, then last in the text).
    Repeated { name: String },
}

/// A change the plan makes when applied, with the link it comes from.
#[derive(Clone, Debug, PartialEq)]
enum Change {
    Update {
        id: PersonId,
        name: String,
        update: PersonUpdate,
        link: SharedHistory,
    },
    New {
        name: String,
        link: SharedHistory,
    },
}

/// What a paste of links does to the people kept: a pure preview ([`RefreshPlan::read`]),
/// applied as shown by [`People::apply_refresh`].
#[derive(Clone, Debug, Default, PartialEq)]
pub struct RefreshPlan {
    items: Vec<RefreshItem>,
    changes: Vec<Change>,
    problems: Vec<FoundProblem>,
}

/// Who a link is: links with the same key are the same person.
#[derive(Clone, Debug, PartialEq, Eq, PartialOrd, Ord)]
enum Who {
    Saved(PersonId),
    /// A name nobody kept has, cleaned and lowercased (as [`People::find_same`] compares).
    Named(String),
    /// A link without a name: the same person only as an identical link (by its first place).
    Unnamed(usize),
}

impl RefreshPlan {
    /// What the links in `text` would do to `people`.
    pub fn read(text: &str, people: &People) -> RefreshPlan {
        let FoundLinks { links, problems } = find_links(text);
        let recognised: Vec<Recognised> = links.iter().map(|l| people.recognise(l)).collect();
        let who: Vec<Who> = links
            .iter()
            .zip(&recognised)
            .enumerate()
            .map(|(i, (link, recognised))| match *recognised {
                Recognised::Same { id, .. }
                | Recognised::Newer { id, .. }
                | Recognised::Older { id, .. } => Who::Saved(id),
                Recognised::NotSaved => match link.name.as_deref().and_then(link_name) {
                    Some(name) => Who::Named(name.to_lowercase()),
                    None => Who::Unnamed(links.iter().position(|l| l == link).unwrap_or(i)),
                },
            })
            .collect();
        // The link that counts for each person: the most recent, then the last in the text.
        let mut latest: BTreeMap<&Who, usize> = BTreeMap::new();
        for (i, key) in who.iter().enumerate() {
            let best = latest.entry(key).or_insert(i);
            if (links[i].shared_on, i) >= (links[*best].shared_on, *best) {
                *best = i;
            }
        }
        let counted: Vec<usize> = who.iter().map(|key| latest[key]).collect();

        let mut plan = RefreshPlan {
            problems,
            ..RefreshPlan::default()
        };
        let mut names: Vec<Option<String>> = vec![None; links.len()];
        let mut unnamed = Vec::new();
        let mut room = MAX_PEOPLE.saturating_sub(people.len());
        for (i, (link, recognised)) in links.iter().zip(recognised).enumerate() {
            if counted[i] != i {
                // Named below, once the link that counts has its name.
                plan.items.push(RefreshItem::Repeated {
                    name: String::new(),
                });
                continue;
            }
            let item = match recognised {
                Recognised::Same { id, name } => RefreshItem::Same { id, name },
                Recognised::Older { id, name, update } => RefreshItem::Older { id, name, update },
                Recognised::Newer { id, name, update } => {
                    plan.changes.push(Change::Update {
                        id,
                        name: name.clone(),
                        update: update.clone(),
                        link: link.clone(),
                    });
                    RefreshItem::Update { id, name, update }
                }
                Recognised::NotSaved => {
                    let fits = room > 0;
                    room = room.saturating_sub(1);
                    match kept_name(link) {
                        // Unnamed people are numbered once every shared name is placed, so a
                        // "Person 2" pasted after them keeps the name they shared.
                        None => unnamed.push(i),
                        Some(name) => names[i] = Some(name),
                    }
                    if fits {
                        RefreshItem::New {
                            name: String::new(),
                            snapshots: link.history.snapshots().len(),
                        }
                    } else {
                        RefreshItem::NoRoom {
                            name: String::new(),
                        }
                    }
                }
            };
            plan.items.push(item);
        }
        plan.name_new_people(people, &links, names, &unnamed);
        plan.name_repeated(&counted);
        plan
    }

    /// Gives each new person the name they will be kept under: their shared name (shortened
    /// to fit, or numbered when taken), else the first free "Person N"; and plans saving them.
    fn name_new_people(
        &mut self,
        people: &People,
        links: &[SharedHistory],
        mut names: Vec<Option<String>>,
        unnamed: &[usize],
    ) {
        let mut given: Vec<String> = Vec::new();
        let taken = |given: &[String], name: &str| {
            people.find_same(name).is_some() || given.iter().any(|g| same_name(g, name))
        };
        for name in names.iter_mut().flatten() {
            if taken(&given, name) {
                *name = free_name_among(name, |n| taken(&given, n));
            }
            given.push(name.clone());
        }
        for &i in unnamed {
            let name = fallback_among(|n| taken(&given, n));
            given.push(name.clone());
            names[i] = Some(name);
        }
        for ((item, name), link) in self.items.iter_mut().zip(names).zip(links) {
            match (item, name) {
                (RefreshItem::New { name: slot, .. }, Some(name)) => {
                    *slot = name.clone();
                    self.changes.push(Change::New {
                        name,
                        link: link.clone(),
                    });
                }
                (RefreshItem::NoRoom { name: slot }, Some(name)) => *slot = name,
                _ => {}
            }
        }
    }

    /// A repeated link goes by the name of the person's link that counts (`counted`, by place).
    fn name_repeated(&mut self, counted: &[usize]) {
        for (i, &j) in counted.iter().enumerate() {
            let name = self.items.get(j).and_then(RefreshItem::counted_name);
            if let (Some(name), Some(RefreshItem::Repeated { name: slot })) =
                (name, self.items.get_mut(i))
            {
                *slot = name;
            }
        }
    }

    /// Each link found, in the order pasted, with what it will do.
    pub fn items(&self) -> &[RefreshItem] {
        &self.items
    }

    /// What looked like a link but can't be opened.
    pub fn problems(&self) -> &[FoundProblem] {
        &self.problems
    }

    /// How many people applying changes: those updated and those added.
    pub fn will_change(&self) -> usize {
        self.changes.len()
    }

    /// True when the text held no share link at all (it may still hold unreadable ones).
    pub fn is_empty(&self) -> bool {
        self.items.is_empty()
    }
}

impl RefreshItem {
    /// The name of a link that counts (every kind but [`RefreshItem::Repeated`]).
    fn counted_name(&self) -> Option<String> {
        match self {
            RefreshItem::Update { name, .. }
            | RefreshItem::Same { name, .. }
            | RefreshItem::Older { name, .. }
            | RefreshItem::New { name, .. }
            | RefreshItem::NoRoom { name } => Some(name.clone()),
            RefreshItem::Repeated { .. } => None,
        }
    }
}

/// The name a new person's link asks for, as a name kept can be: visible, cleaned, at most
/// [`MAX_NAME_CHARS`] characters. None for a link without one.
fn kept_name(link: &SharedHistory) -> Option<String> {
    link_name(link.name.as_deref()?)
}

impl People {
    /// Applies a refresh exactly as [`RefreshPlan::read`] previewed it: each `Update` takes its
    /// link's copy, each `New` person is saved under the name shown; `Same`, `Older`, `NoRoom`
    /// and `Repeated` change nobody. All or nothing: when the people changed meanwhile so that
    /// the preview no longer holds (another tab), nothing is applied and the error says so.
    pub fn apply_refresh(
        &mut self,
        plan: RefreshPlan,
        seed: &mut IdSeed,
    ) -> Result<LinksSaved, PeopleError> {
        let mut after = self.clone();
        let mut saved = LinksSaved::default();
        for change in plan.changes {
            match change {
                Change::Update {
                    id,
                    name,
                    update,
                    link,
                } => {
                    let person = after.get(id).ok_or(PeopleError::ChangedSince)?;
                    if person.preview_update(&link) != update {
                        return Err(PeopleError::ChangedSince);
                    }
                    after.update(id, link)?;
                    saved.updated.push(name);
                }
                Change::New { name, link } => {
                    if after.find_same(&name).is_some() {
                        return Err(PeopleError::ChangedSince);
                    }
                    // Saved as a link's own "Save" saves it, under the name the preview showed.
                    let link = SharedHistory {
                        name: Some(name),
                        ..link
                    };
                    let id = after.add_shared(link, seed)?;
                    saved.added.extend(after.get(id).map(|p| p.name.clone()));
                }
            }
        }
        for item in plan.items {
            match item {
                RefreshItem::Same { name, .. } => saved.unchanged.push(name),
                RefreshItem::Older { name, .. } => saved.older.push(name),
                RefreshItem::NoRoom { name } => saved.no_room.push(name),
                _ => {}
            }
        }
        *self = after;
        Ok(saved)
    }
}
