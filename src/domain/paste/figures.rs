//! The figures around the pillar blocks: whose each block is, the totals out of 100, the
//! peer averages stated in sentences, and the two ranks.

use super::blocks::Block;
use super::lines::{Kind, Line};
use super::vocabulary::{texts_beside, Learned};
use super::words::{mentions_average, scope_of, Scope};
use super::Note;

/// The scope of the nearest heading above line `index`, skipping blank lines, table headers
/// and scores; `None` when that heading names no peer group (or a value comes first).
pub fn heading_scope(lines: &[Line], index: usize, learned: &Learned) -> Option<Scope> {
    lines[..index].iter().rev().find_map(|l| match l.kind {
        Kind::Blank | Kind::Score(_) => None,
        Kind::Text if l.is_header() => None,
        Kind::Text => Some(scope_in(&l.text, learned)),
        _ => Some(None),
    })?
}

/// The peer group a text names, by the word lists or else by the page's own words.
fn scope_in(text: &str, learned: &Learned) -> Option<Scope> {
    scope_of(text).or_else(|| learned.scope_of(text))
}

/// Whose each block is. One block is the member's (unless its own labels name a peer
/// group). Several are told apart by their headings; else by the sentences stating peer
/// averages (see [`scopes_by_sentences`]); else by the page's order: member, industry, network.
pub fn scope_blocks(
    lines: &[Line],
    blocks: &[Block],
    sentences: &[Sentence],
    learned: &Learned,
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
                .or_else(|| heading_scope(lines, b.first, learned))
                .unwrap_or(Scope::Member)
        })
        .collect();
    if distinct(&named) {
        return named;
    }
    if let Some(scopes) = scopes_by_sentences(blocks, sentences) {
        return scopes;
    }
    add_note(notes, Note::PeerBreakdownsByOrder);
    let order = [Scope::Member, Scope::Industry, Scope::Network];
    (0..blocks.len())
        .map(|i| order.get(i).copied().unwrap_or(Scope::Member))
        .collect()
}

/// Blocks summing to an average a sentence states are peer groups' (the sentence's group, or
/// industry then network in page order); when exactly one block is left, it is the member's.
fn scopes_by_sentences(blocks: &[Block], sentences: &[Sentence]) -> Option<Vec<Scope>> {
    let matched: Vec<Option<Option<Scope>>> = blocks
        .iter()
        .map(|b| {
            let mut near = sentences
                .iter()
                .filter(|s| (s.value - b.sum()).abs() <= 1.0);
            match (near.next(), near.next()) {
                (Some(s), None) => Some(s.scope),
                _ => None,
            }
        })
        .collect();
    if matched.iter().filter(|m| m.is_none()).count() != 1 {
        return None;
    }
    let named: Vec<Scope> = matched.iter().flatten().flatten().copied().collect();
    let mut free = [Scope::Industry, Scope::Network]
        .into_iter()
        .filter(|s| !named.contains(s));
    let scopes: Vec<Scope> = matched
        .iter()
        .map(|m| match m {
            None => Some(Scope::Member),
            Some(Some(scope)) => Some(*scope),
            Some(None) => free.next(),
        })
        .collect::<Option<_>>()?;
    let distinct = scopes
        .iter()
        .enumerate()
        .all(|(i, s)| !scopes[..i].contains(s));
    distinct.then_some(scopes)
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
pub fn totals(
    lines: &[Line],
    blocks: &[(Scope, &Block)],
    learned: &Learned,
    notes: &mut Vec<Note>,
) -> Totals {
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
        match owner
            .map(|(s, _)| *s)
            .or_else(|| heading_scope(lines, i, learned))
        {
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

/// A sentence that speaks of the SSI or an average and ends on (or holds just) one number.
pub struct Sentence {
    pub value: f64,
    /// The peer group it names, if exactly one.
    pub scope: Option<Scope>,
    pub names_average: bool,
    pub text: String,
}

/// Such sentences outside the blocks, not repeating a pillar's label (chart tooltips such as
/// "Média do setor: <label> 12,40").
/// Only the word lists scope them: a page's learnt words can include a possessive ("vašej",
/// your) that a weekly-change sentence shares.
pub fn sentences(lines: &[Line], blocks: &[Block]) -> Vec<Sentence> {
    let labels: Vec<&str> = blocks
        .iter()
        .flat_map(|b| b.labels.iter().map(|&l| lines[l].text.as_str()))
        .filter(|t| !t.is_empty())
        .collect();
    let in_block = |i: usize| blocks.iter().any(|b| (b.first..=b.last).contains(&i));
    lines
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
        .map(|(value, text)| Sentence {
            value,
            scope: scope_of(text),
            names_average: mentions_average(text),
            text: text.to_string(),
        })
        .collect()
}

/// The peer averages among the sentences. When some name an average, the others ("Your SSI
/// went up 2 points since last week") are not averages. Told apart by their words; by the
/// page's order, industry first, only when exactly the missing ones are left.
pub fn averages(sentences: &[Sentence], notes: &mut Vec<Note>) -> Vec<Average> {
    let any_average = sentences.iter().any(|s| s.names_average);
    let candidates: Vec<&Sentence> = sentences
        .iter()
        .filter(|s| !any_average || s.names_average)
        .collect();
    let average = |scope, s: &Sentence| Average {
        scope,
        value: s.value,
        sentence: s.text.clone(),
    };
    let mut found: Vec<Average> = Vec::new();
    for scope in [Scope::Industry, Scope::Network] {
        if let Some(s) = candidates.iter().find(|c| c.scope == Some(scope)) {
            found.push(average(scope, s));
        }
    }
    let missing: Vec<Scope> = [Scope::Industry, Scope::Network]
        .into_iter()
        .filter(|s| !found.iter().any(|a| a.scope == *s))
        .collect();
    let unscoped: Vec<&&Sentence> = candidates.iter().filter(|c| c.scope.is_none()).collect();
    if !missing.is_empty() && unscoped.len() == missing.len() {
        add_note(notes, Note::AveragesByOrder);
        for (scope, s) in missing.into_iter().zip(unscoped) {
            found.push(average(scope, s));
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
    texts_beside(lines, index, up)
        .into_iter()
        .enumerate()
        .find_map(|(d, (_, text))| scope_of(text).map(|s| (s, d + 1)))
}

/// Of more percentages than ranks wanted, the ranks: two written alike ("Top 12%", "Top 9%")
/// and closest together; otherwise those nearest the member's pillars. In page order.
fn likely_ranks(
    lines: &[Line],
    member: &Block,
    mut found: Vec<(usize, u8)>,
    wanted: usize,
) -> Vec<(usize, u8)> {
    if wanted == 2 {
        let pair = found
            .iter()
            .enumerate()
            .flat_map(|(n, a)| found[n + 1..].iter().map(move |b| (*a, *b)))
            .filter(|(a, b)| lines[a.0].text == lines[b.0].text)
            .min_by_key(|(a, b)| b.0 - a.0);
        if let Some((a, b)) = pair {
            return vec![a, b];
        }
    }
    let distance = |i: usize| i.abs_diff(member.first).min(i.abs_diff(member.last));
    found.sort_by_key(|&(i, _)| distance(i));
    found.truncate(wanted);
    found.sort_by_key(|&(i, _)| i);
    found
}

/// The industry and network ranks. A rank's own words decide first; then the page's labels,
/// all on the same side of their ranks (the side where the ranks find distinct groups, the
/// nearer if both do); then the page's order, industry first. Where more percentages
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
    // Each side's scopes (a stray percentage may find none) and their total distance; a side
    // counts when the groups it finds are distinct and at least two (or the only rank's).
    let side = |up: bool| -> Option<(Vec<Option<Scope>>, usize, usize)> {
        let mut scopes: Vec<Option<Scope>> = Vec::new();
        let mut distance = 0;
        for &(i, _) in &found {
            let near = own(i)
                .map(|s| (s, 0))
                .or_else(|| neighbour_scope(lines, i, up));
            if let Some((scope, d)) = near {
                if scopes.contains(&Some(scope)) {
                    return None;
                }
                distance += d;
            }
            scopes.push(near.map(|(s, _)| s));
        }
        let placed = scopes.iter().flatten().count();
        (placed >= found.len().min(2)).then_some((scopes, placed, distance))
    };
    let scopes: Vec<Option<Scope>> = match (side(true), side(false)) {
        (Some(up), Some(down)) => {
            // More ranks placed, then nearer labels; above on a tie.
            if (down.1, std::cmp::Reverse(down.2)) > (up.1, std::cmp::Reverse(up.2)) {
                down.0
            } else {
                up.0
            }
        }
        (up, down) => up
            .or(down)
            .map(|(scopes, _, _)| scopes)
            .unwrap_or_else(|| found.iter().map(|&(i, _)| own(i)).collect()),
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
        unplaced = likely_ranks(lines, member, unplaced, wanted);
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
