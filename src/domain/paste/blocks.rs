//! Pillar blocks: the four pillar scores, 0 to 25, in the page's fixed order (brand,
//! people, insights, relationships), each beside its label. The label may share the value's
//! line (either side, in a tab or pipe table) or sit on the line before or after it; a block
//! uses one of these layouts throughout. Words only confirm which label is which.

use super::lines::{Kind, Line};
use super::words::{pillar_of, scope_of, Scope};
use crate::domain::pillar::{Pillar, PillarScores};

/// Where a block's labels are, relative to its values.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Layout {
    SameLine,
    ValueThenLabel,
    LabelThenValue,
}

const LAYOUTS: [Layout; 3] = [
    Layout::SameLine,
    Layout::ValueThenLabel,
    Layout::LabelThenValue,
];

/// One block of four pillar scores: the member's, or a peer group's breakdown.
#[derive(Clone, Debug, PartialEq)]
pub struct Block {
    pub pillars: PillarScores,
    /// The first and last line the block covers.
    pub first: usize,
    pub last: usize,
    /// The line of each value's label, in page order.
    pub labels: [usize; 4],
    /// Pillars whose label was not recognised: their place on the page decided them.
    pub by_order: Vec<Pillar>,
    /// Recognised labels named other pillars than their places: the places were kept.
    pub disagreement: bool,
    /// How strongly words and the total confirm this is a block (see [`find`]).
    evidence: i32,
    /// How far the sum is from a total shown nearby, in thousandths (`i64::MAX` when none).
    total_gap: i64,
}

impl Block {
    pub fn sum(&self) -> f64 {
        Pillar::ALL.iter().map(|&p| self.pillars.get(p)).sum()
    }

    /// The peer group every label names ("Média do setor: …" chart tooltips), if they agree.
    pub fn labels_scope(&self, lines: &[Line]) -> Option<Scope> {
        let scopes: Vec<Option<Scope>> = self
            .labels
            .iter()
            .map(|&l| scope_of(&lines[l].text))
            .collect();
        scopes[0].filter(|_| scopes.iter().all(|s| *s == scopes[0]))
    }
}

fn pillar_value(line: &Line, layout: Layout) -> Option<f64> {
    let value = match (layout, &line.kind) {
        (Layout::SameLine, Kind::Labelled(v)) if line.at_edge => *v,
        (Layout::ValueThenLabel | Layout::LabelThenValue, Kind::Value(v)) => *v,
        _ => return None,
    };
    (value <= Pillar::MAX).then_some(value)
}

fn is_label(line: &Line) -> bool {
    line.kind == Kind::Text && !line.is_header()
}

/// The lines of the page with the pillar each names, if any (worked out once per line).
struct Page<'a> {
    lines: &'a [Line],
    named: Vec<Option<Pillar>>,
}

/// The block whose first non-blank line is `rows[at]` in `layout`, if the lines have its shape.
fn block_at(page: &Page, rows: &[usize], at: usize, layout: Layout) -> Option<Block> {
    let lines = page.lines;
    let width = if layout == Layout::SameLine { 1 } else { 2 };
    let rows = rows.get(at..at + 4 * width)?;
    let mut values = [0.0; 4];
    let mut labels = [0; 4];
    for (i, pair) in rows.chunks(width).enumerate() {
        let (value_row, label_row) = match layout {
            Layout::SameLine => (pair[0], pair[0]),
            Layout::ValueThenLabel => (pair[0], pair[1]),
            Layout::LabelThenValue => (pair[1], pair[0]),
        };
        values[i] = pillar_value(&lines[value_row], layout)?;
        if layout != Layout::SameLine && !is_label(&lines[label_row]) {
            return None;
        }
        labels[i] = label_row;
    }
    let named = labels.map(|l| page.named[l]);
    Some(read_labels(
        named,
        values,
        labels,
        rows[0],
        rows[rows.len() - 1],
    ))
}

/// Places the values by their labels when all four are recognised and distinct, by the
/// page's order otherwise; counts what the words confirm and contradict.
fn read_labels(
    named: [Option<Pillar>; 4],
    values: [f64; 4],
    labels: [usize; 4],
    first: usize,
    last: usize,
) -> Block {
    let mut pillars = PillarScores::default();
    let all_distinct = named.iter().all(Option::is_some)
        && Pillar::ALL
            .iter()
            .all(|p| named.iter().filter(|n| **n == Some(*p)).count() == 1);
    if all_distinct {
        for (name, value) in named.iter().zip(values) {
            pillars.set(name.unwrap_or(Pillar::Brand), value);
        }
        return Block {
            pillars,
            first,
            last,
            labels,
            by_order: Vec::new(),
            disagreement: false,
            evidence: 4,
            total_gap: i64::MAX,
        };
    }
    let mut evidence = 0;
    let mut by_order = Vec::new();
    for ((pillar, name), value) in Pillar::ALL.into_iter().zip(&named).zip(values) {
        pillars.set(pillar, value);
        match name {
            Some(n) if *n == pillar => evidence += 1,
            Some(_) => evidence -= 1,
            None => by_order.push(pillar),
        }
    }
    let disagreement = named
        .iter()
        .zip(Pillar::ALL)
        .any(|(n, p)| n.is_some_and(|n| n != p));
    Block {
        pillars,
        first,
        last,
        labels,
        by_order,
        disagreement,
        evidence,
        total_gap: i64::MAX,
    }
}

/// How far the block's sum is from a score out of 100 near it that matches it (LinkedIn
/// rounds each pillar, so within 2 points), or from a bare number just above it that is the
/// sum itself (within 0.1). `span` is the block's first and last position in `rows`.
fn total_nearby(
    lines: &[Line],
    rows: &[usize],
    span: (usize, usize),
    block: &Block,
) -> Option<f64> {
    let sum = block.sum();
    let (first, last) = span;
    let before = rows[first.saturating_sub(6)..first].iter();
    let after = rows[last + 1..rows.len().min(last + 4)].iter();
    let score = before.chain(after).filter_map(|&r| match lines[r].kind {
        Kind::Score(v) if (v - sum).abs() <= 2.0 => Some((v - sum).abs()),
        _ => None,
    });
    let bare = rows[first.saturating_sub(3)..first]
        .iter()
        .filter_map(|&r| match lines[r].kind {
            Kind::Value(v) if (v - sum).abs() <= 0.1 => Some((v - sum).abs()),
            _ => None,
        });
    score.chain(bare).min_by(f64::total_cmp)
}

/// A real page has the member's block, two peer breakdowns and perhaps a tooltip series;
/// more than this is not an SSI page, and reading on would only cost time.
const MAX_BLOCKS: usize = 8;

/// Every pillar block of the page, in page order. Where candidate blocks overlap, the one
/// the words and totals confirm most wins, then the one closer to the total, then the
/// earlier one; when some block is
/// confirmed at all, unconfirmed ones (a run of notification counts) are dropped.
pub fn find(lines: &[Line]) -> Vec<Block> {
    let rows: Vec<usize> = (0..lines.len())
        .filter(|&i| lines[i].kind != Kind::Blank)
        .collect();
    let page = Page {
        lines,
        named: lines
            .iter()
            .map(|l| match l.kind {
                Kind::Text | Kind::Labelled(_) => pillar_of(&l.text),
                _ => None,
            })
            .collect(),
    };
    let mut candidates: Vec<Block> = Vec::new();
    for at in 0..rows.len() {
        for layout in LAYOUTS {
            if let Some(mut block) = block_at(&page, &rows, at, layout) {
                let width = if layout == Layout::SameLine { 4 } else { 8 };
                if let Some(gap) = total_nearby(lines, &rows, (at, at + width - 1), &block) {
                    block.evidence += 2;
                    block.total_gap = (gap * 1000.0).round() as i64;
                }
                candidates.push(block);
            }
        }
    }
    // Of two equally confirmed readings, the one whose sum is closer to the total shown.
    candidates.sort_by_key(|b| (-b.evidence, b.total_gap, b.first));
    let mut taken = vec![false; lines.len()];
    let mut chosen: Vec<Block> = Vec::new();
    for block in candidates {
        if !taken[block.first..=block.last].iter().any(|&t| t) {
            taken[block.first..=block.last].fill(true);
            chosen.push(block);
        }
    }
    if chosen.iter().any(|b| b.evidence > 0) {
        chosen.retain(|b| b.evidence > 0);
    }
    chosen.sort_by_key(|b| b.first);
    chosen.truncate(MAX_BLOCKS);
    chosen
}

/// For a page without a block: how many distinct pillars appear with a value in range, so
/// the message can say how much of the page was there.
pub fn partial_count(lines: &[Line]) -> usize {
    let named: Vec<Pillar> = lines
        .iter()
        .filter(|l| pillar_value(l, Layout::SameLine).is_some())
        .filter_map(|l| pillar_of(&l.text))
        .collect();
    Pillar::ALL.iter().filter(|p| named.contains(p)).count()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::paste::lines::classify;

    fn blocks(text: &str) -> Vec<Block> {
        find(&classify(text))
    }

    #[test]
    fn a_value_before_its_label_on_the_line_above() {
        let found = blocks("Index\n41,37\n16,25\nAaa\n9,8\nBbb\n4,02\nCcc\n11,3\nDdd\nEee");
        assert_eq!(found.len(), 1);
        assert_eq!(found[0].pillars.brand, 16.25);
        assert_eq!(found[0].pillars.relationships, 11.3);
        assert_eq!(found[0].by_order.len(), 4);
    }

    #[test]
    fn a_label_before_its_value_on_the_next_line() {
        let found = blocks("Establish your brand\n12\nFind the right people\n4\nEngage with insights\n1\nBuild relationships\n15\nRemaining\n20");
        assert_eq!(found.len(), 1);
        assert_eq!(found[0].pillars.brand, 12.0);
        assert_eq!(found[0].pillars.relationships, 15.0);
        assert!(found[0].by_order.is_empty());
    }

    #[test]
    fn three_recognised_labels_and_one_unknown_are_read_by_place() {
        let found = blocks("14 Marke\n11 Personen\n8 Etwas Unbekanntes\n12 Beziehungen");
        assert_eq!(found[0].pillars.insights, 8.0);
        assert_eq!(found[0].by_order, vec![Pillar::Insights]);
        assert!(!found[0].disagreement);
    }

    #[test]
    fn labels_in_another_order_are_followed_when_all_four_are_known() {
        let found = blocks(
            "1 Build relationships\n2 Establish your brand\n3 Find people\n4 Engage with insights",
        );
        assert_eq!(found[0].pillars.relationships, 1.0);
        assert_eq!(found[0].pillars.brand, 2.0);
    }

    #[test]
    fn the_block_matching_the_total_wins_over_a_shifted_one() {
        // Remaining points (20) could end a block read one row later; the total says which.
        let found = blocks("80 of 100\n25 Aaa\n20 Bbb\n20 Ccc\n15 Ddd\n20 Eee");
        assert_eq!(found[0].pillars.brand, 25.0);
        assert_eq!(found[0].pillars.relationships, 15.0);
    }

    #[test]
    fn a_number_just_above_the_pillars_does_not_shift_them() {
        // "Updated 24 Nov": the shifted block sums within 2 of the total too, but less closely.
        let found =
            blocks("68 dari 100\nDiperbarui 24 Nov\n18,2 Aaa\n14,35 Bbb\n12,4 Ccc\n23,1 Ddd");
        assert_eq!(found[0].pillars.brand, 18.2);
        // "The 4 components": a number inside a sentence is not a value beside its label.
        let found = blocks("Your 4 components\n14,38 Aaa\n11,2 Bbb\n8,05 Ccc\n12,6 Ddd");
        assert_eq!(found[0].pillars.brand, 14.38);
        // "2 points since last week" split like the pillars: the total decides.
        let found = blocks("27 dari 100\n2\npoin sejak\n9,6\nAaa\n8,25\nBbb\n5,9\nCcc\n3,1\nDdd");
        assert_eq!(found[0].pillars.relationships, 3.1);
    }

    #[test]
    fn notification_counts_give_way_to_a_confirmed_block() {
        let found = blocks("Messaging 3\nNotifications 5\nJobs 2\nNetwork 1\n\nScore\n12 Establish your brand\n4 Find the right people\n1 Engage with insights\n15 Build relationships");
        assert_eq!(found.len(), 1);
        assert_eq!(found[0].pillars.brand, 12.0);
    }
}
