//! The figures around the pillar blocks: whose each block is, the totals out of 100, the
//! peer averages stated in sentences, and the two ranks.

use super::blocks::Block;
use super::lines::{Kind, Line};
use super::words::{mentions_average, scope_of, Scope};
use super::Note;

/// The scope of the nearest heading above line `index`, skipping blank lines, table headers
/// and scores; `None` when that heading names no peer group (or a value comes first).
pub fn heading_scope(lines: &[Line], index: usize) -> Option<Scope> {
    lines[..index].iter().rev().find_map(|l| match l.kind {
        Kind::Blank | Kind::Score(_) => None,
        Kind::Text if l.is_header() => None,
        Kind::Text => Some(scope_of(&l.text)),
        _ => Some(None),
    })?
}

/// Whose each block is. One block is the member's (unless its own labels name a peer
/// group). Several are told apart by their headings; else by the averages the page states
/// (a block summing to a peer group's average is that group's, and the one left is the
/// member's); else by the page's order: member, industry, network.
pub fn scope_blocks(
    lines: &[Line],
    blocks: &[Block],
    averages: &[Average],
    notes: &mut Vec<Note>,
) -> Vec<Scope> {
    if let [block] = blocks {
        return vec![block.labels_scope(lines).unwrap_or(Scope::Member)];
    }
    let distinct = |scopes: &[Scope]| {
        scopes
            .iter()
            .enumerate()
            .all(|(i, s)| !scopes[..i].contains(s))
    };
    let named: Vec<Scope> = blocks
        .iter()
        .map(|b| {
            b.labels_scope(lines)
                .or_else(|| heading_scope(lines, b.first))
                .unwrap_or(Scope::Member)
        })
        .collect();
    if distinct(&named) {
        return named;
    }
    let by_average: Vec<Scope> = blocks
        .iter()
        .map(|b| {
            let mut near = averages.iter().filter(|a| (a.value - b.sum()).abs() <= 1.0);
            match (near.next(), near.next()) {
                (Some(a), None) => a.scope,
                _ => Scope::Member,
            }
        })
        .collect();
    if distinct(&by_average) {
        return by_average;
    }
    add_note(notes, Note::PeerBreakdownsByOrder);
    let order = [Scope::Member, Scope::Industry, Scope::Network];
    (0..blocks.len())
        .map(|i| order.get(i).copied().unwrap_or(Scope::Member))
        .collect()
}

/// Records a note once.
pub fn add_note(notes: &mut Vec<Note>, note: Note) {
    if !notes.contains(&note) {
        notes.push(note);
    }
}

/// The totals shown as scores out of 100, by whose they are.
#[derive(Debug, Default, PartialEq)]
pub struct Totals {
    pub member: Option<f64>,
    pub industry: Option<f64>,
    pub network: Option<f64>,
}

impl Totals {
    fn slot(&mut self, scope: Scope) -> &mut Option<f64> {
        match scope {
            Scope::Member => &mut self.member,
            Scope::Industry => &mut self.industry,
            Scope::Network => &mut self.network,
        }
    }
}

/// Lines between `index` and a block (0 inside it).
fn distance(index: usize, block: &Block) -> usize {
    if index < block.first {
        block.first - index
    } else {
        index.saturating_sub(block.last)
    }
}

/// Each score out of 100 belongs to the nearby block whose pillars it sums (within
/// LinkedIn's rounding). A score matching no block is placed by its heading; when several
/// could be the member's, none is taken.
pub fn totals(lines: &[Line], blocks: &[(Scope, &Block)], notes: &mut Vec<Note>) -> Totals {
    let mut totals = Totals::default();
    let mut unplaced_member = Vec::new();
    for (i, line) in lines.iter().enumerate() {
        let Kind::Score(value) = line.kind else {
            continue;
        };
        let owner = blocks
            .iter()
            .filter(|(_, b)| distance(i, b) <= 10 && (b.sum() - value).abs() <= 2.0)
            .min_by_key(|(_, b)| distance(i, b));
        match owner.map(|(s, _)| *s).or_else(|| heading_scope(lines, i)) {
            Some(scope) if owner.is_some() || scope != Scope::Member => {
                totals.slot(scope).get_or_insert(value);
            }
            _ => unplaced_member.push(value),
        }
    }
    if totals.member.is_none() {
        let member = blocks.iter().find(|(s, _)| *s == Scope::Member);
        // A bare number just above the member's pillars that is their sum ("41,37").
        let bare = member.and_then(|(_, b)| {
            lines[..b.first]
                .iter()
                .rev()
                .take(3)
                .find_map(|l| match l.kind {
                    Kind::Value(v) if (v - b.sum()).abs() <= 0.1 => Some(v),
                    _ => None,
                })
        });
        totals.member = match (bare, unplaced_member.as_slice()) {
            (Some(v), _) => Some(v),
            (None, [only]) => Some(*only),
            (None, []) => None,
            (None, _) => {
                add_note(notes, Note::TotalUnclear);
                None
            }
        };
    }
    totals
}

/// A peer group's average stated in a sentence ("People in your network have an average
/// SSI of 30.").
pub struct Average {
    pub scope: Scope,
    pub value: f64,
    pub sentence: String,
}

/// Sentences that speak of the SSI or an average and end on (or hold just) one number,
/// outside the blocks and not repeating a pillar's label (chart tooltips such as "Média do
/// setor: <label> 12,40"). When some name an average, the others ("Your SSI went up 2 points
/// since last week") are not averages. Told apart by their words; by the page's order,
/// industry first, only when exactly the missing ones are left.
pub fn averages(lines: &[Line], blocks: &[Block], notes: &mut Vec<Note>) -> Vec<Average> {
    let labels: Vec<&str> = blocks
        .iter()
        .flat_map(|b| b.labels.iter().map(|&l| lines[l].text.as_str()))
        .filter(|t| !t.is_empty())
        .collect();
    let in_block = |i: usize| blocks.iter().any(|b| (b.first..=b.last).contains(&i));
    let sentences: Vec<(f64, &str)> = lines
        .iter()
        .enumerate()
        .filter(|(i, _)| !in_block(*i))
        .filter_map(|(_, l)| {
            let value = match l.kind {
                Kind::Labelled(v) => Some(v),
                Kind::Other => l.trailing,
                _ => None,
            };
            value.filter(|v| *v <= 100.0).map(|v| (v, l.text.as_str()))
        })
        .filter(|(_, t)| t.contains("SSI") || mentions_average(t))
        .filter(|(_, t)| !labels.iter().any(|label| t.contains(label)))
        .collect();
    let any_average = sentences.iter().any(|(_, t)| mentions_average(t));
    let candidates: Vec<(Option<Scope>, f64, &str)> = sentences
        .into_iter()
        .filter(|(_, t)| !any_average || mentions_average(t))
        .map(|(v, t)| (scope_of(t), v, t))
        .collect();
    let mut found: Vec<Average> = Vec::new();
    for scope in [Scope::Industry, Scope::Network] {
        if let Some((_, value, text)) = candidates.iter().find(|c| c.0 == Some(scope)) {
            found.push(Average {
                scope,
                value: *value,
                sentence: text.to_string(),
            });
        }
    }
    let missing: Vec<Scope> = [Scope::Industry, Scope::Network]
        .into_iter()
        .filter(|s| !found.iter().any(|a| a.scope == *s))
        .collect();
    let unscoped: Vec<_> = candidates.iter().filter(|c| c.0.is_none()).collect();
    if !missing.is_empty() && unscoped.len() == missing.len() {
        add_note(notes, Note::AveragesByOrder);
        for (scope, (_, value, text)) in missing.into_iter().zip(unscoped) {
            found.push(Average {
                scope,
                value: *value,
                sentence: text.to_string(),
            });
        }
    }
    found
}

/// "… in the Software Development industry …" → "Software Development".
pub fn industry_name(sentence: &str) -> Option<String> {
    let lower = sentence.to_lowercase();
    let start = lower.find(" in the ")? + " in the ".len();
    let end = start + lower.get(start..)?.find(" industry")?;
    let name = sentence.get(start..end)?.trim();
    (!name.is_empty() && name.chars().count() <= 100).then(|| name.to_string())
}

/// The nearest group named by text lines in one direction, and how far: at most three
/// lines, crossing only text ("Top" between a label and its rank).
fn neighbour_scope(lines: &[Line], index: usize, up: bool) -> Option<(Scope, usize)> {
    let around: Box<dyn Iterator<Item = &Line>> = if up {
        Box::new(lines[..index].iter().rev())
    } else {
        Box::new(lines[index + 1..].iter())
    };
    around
        .filter(|l| l.kind != Kind::Blank)
        .take(3)
        .take_while(|l| l.kind == Kind::Text)
        .enumerate()
        .find_map(|(d, l)| scope_of(&l.text).map(|s| (s, d + 1)))
}

/// The industry and network ranks. A rank's own words decide first; then the page's labels,
/// all on the same side of their ranks (the side where every rank finds a distinct group,
/// the nearer if both do); then the page's order, industry first. Where more percentages
/// than ranks are left, the ones nearest the member's pillars are the ranks (a "50% off"
/// offer in the page's header is not).
pub fn ranks(lines: &[Line], member: &Block, notes: &mut Vec<Note>) -> (Option<u8>, Option<u8>) {
    let found: Vec<(usize, u8)> = lines
        .iter()
        .enumerate()
        .filter_map(|(i, l)| match l.kind {
            Kind::Rank(r) => Some((i, r)),
            _ => None,
        })
        .collect();
    let own = |i: usize| scope_of(&lines[i].text);
    // Each side's scopes and their total distance, if every rank finds a distinct group there.
    let side = |up: bool| -> Option<(Vec<Scope>, usize)> {
        let mut scopes = Vec::new();
        let mut distance = 0;
        for &(i, _) in &found {
            let (scope, d) = own(i)
                .map(|s| (s, 0))
                .or_else(|| neighbour_scope(lines, i, up))?;
            if scopes.contains(&scope) {
                return None;
            }
            scopes.push(scope);
            distance += d;
        }
        Some((scopes, distance))
    };
    let chosen = match (side(true), side(false)) {
        (Some((up, near_up)), Some((down, near_down))) => {
            Some(if near_down < near_up { down } else { up })
        }
        (up, down) => up.or(down).map(|(scopes, _)| scopes),
    };
    let scopes: Vec<Option<Scope>> = match chosen {
        Some(scopes) => scopes.into_iter().map(Some).collect(),
        None => found.iter().map(|&(i, _)| own(i)).collect(),
    };
    let mut industry = None;
    let mut network = None;
    let mut unplaced = Vec::new();
    for (&(i, value), scope) in found.iter().zip(&scopes) {
        match scope {
            Some(Scope::Industry) if industry.is_none() => industry = Some(value),
            Some(Scope::Network) if network.is_none() => network = Some(value),
            _ => unplaced.push((i, value)),
        }
    }
    let wanted = usize::from(industry.is_none()) + usize::from(network.is_none());
    if unplaced.len() > wanted {
        let distance = |i: usize| i.abs_diff(member.first).min(i.abs_diff(member.last));
        unplaced.sort_by_key(|&(i, _)| distance(i));
        unplaced.truncate(wanted);
        unplaced.sort_by_key(|&(i, _)| i);
    }
    let mut rest = unplaced.into_iter();
    for slot in [&mut industry, &mut network] {
        if slot.is_none() {
            if let Some((_, value)) = rest.next() {
                *slot = Some(value);
                add_note(notes, Note::RanksByOrder);
            }
        }
    }
    (industry, network)
}
