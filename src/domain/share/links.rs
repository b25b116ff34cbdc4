//! Reading the share links pasted into Compare: one per line, each person under a name that
//! tells them apart.

use super::{decode, ShareError, SharedHistory};
// Compare reads as many links as the user can keep people: one limit, wherever people come in.
use crate::domain::people::MAX_PEOPLE;

/// One person read from a link, under the name the comparison shows.
#[derive(Clone, Debug, PartialEq)]
pub struct Person {
    /// Unique among the people read: the shared name, "Person N" when none was shared, and
    /// " (2)", " (3)"… after a name already taken.
    pub name: String,
    pub shared: SharedHistory,
}

/// A line that added nobody. Lines count from 1, blank lines included, as an editor shows them.
#[derive(Clone, Debug, PartialEq)]
pub enum LinkProblem {
    /// The line is not a share link the app can open.
    Unreadable { line: usize, error: ShareError },
    /// [`MAX_PEOPLE`] were already read; this line and those after it are left out.
    TooMany { line: usize },
}

/// What a paste of links gave: the people in line order, and a problem per failing line.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Links {
    pub people: Vec<Person>,
    pub problems: Vec<LinkProblem>,
}

/// Reads pasted links, one per line: a full URL with `#s=…`, or the fragment alone.
pub fn read(text: &str) -> Links {
    let mut links = Links::default();
    let lines = text
        .lines()
        .map(str::trim)
        .enumerate()
        .map(|(i, l)| (i + 1, l))
        .filter(|(_, l)| !l.is_empty());
    for (line, text) in lines {
        if links.people.len() == MAX_PEOPLE {
            links.problems.push(LinkProblem::TooMany { line });
            break;
        }
        let fragment = text.split_once('#').map_or(text, |(_, f)| f);
        match decode(fragment) {
            Ok(shared) => {
                let base = shared
                    .name
                    .clone()
                    .unwrap_or_else(|| format!("Person {}", links.people.len() + 1));
                let name = unique_name(&links.people, base);
                links.people.push(Person { name, shared });
            }
            Err(error) => links.problems.push(LinkProblem::Unreadable { line, error }),
        }
    }
    links
}

/// `base` if nobody has it yet, else the first free `base (2)`, `base (3)`… Only an exact
/// match is a clash: "Ann" and "Anna" are different people.
fn unique_name(people: &[Person], base: String) -> String {
    let taken = |name: &str| people.iter().any(|p| p.name == name);
    if !taken(&base) {
        return base;
    }
    (2..)
        .map(|n| format!("{base} ({n})"))
        .find(|name| !taken(name))
        .expect("fewer people than numbers")
}
