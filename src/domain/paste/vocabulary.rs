//! The page's own words for "industry" and "network", learnt from its rank labels. The two
//! ranks always come in the same order (industry, then network), each beside a label; the
//! labels share words ("SSI rank") and differ in the one that names the group ("Industry",
//! "Network"; "branschen", "nätverket"). Those words then name the peer tables' headings and
//! the average sentences of a page in a language no word list knows.

use super::lines::{Kind, Line};
use super::words::Scope;

/// How well two lines fit as the ranks' labels: words shared, then nearness.
type LabelFit = (usize, std::cmp::Reverse<usize>);

/// Words found only in the industry rank's label, and only in the network rank's.
#[derive(Debug, Default, PartialEq)]
pub struct Learned {
    industry: Vec<String>,
    network: Vec<String>,
}

fn words(text: &str) -> Vec<String> {
    text.split(|c: char| !c.is_alphanumeric())
        .filter(|w| w.chars().count() >= 3)
        .map(str::to_lowercase)
        .collect()
}

/// Two forms of one word: equal, or sharing a start of at least four letters that is most of
/// the shorter ("bransch", "branschen").
fn same_word(a: &str, b: &str) -> bool {
    let common = a.chars().zip(b.chars()).take_while(|(x, y)| x == y).count();
    let shorter = a.chars().count().min(b.chars().count());
    a == b || (common >= 4 && common * 5 >= shorter * 3)
}

/// Up to three text lines next to line `index`, nearest first, stopping at anything else.
pub fn texts_beside(lines: &[Line], index: usize, up: bool) -> Vec<(usize, &str)> {
    let around: Box<dyn Iterator<Item = (usize, &Line)>> = if up {
        Box::new(lines[..index].iter().enumerate().rev())
    } else {
        Box::new(lines.iter().enumerate().skip(index + 1))
    };
    around
        .filter(|(_, l)| l.kind != Kind::Blank)
        .take(3)
        .take_while(|(_, l)| l.kind == Kind::Text)
        .map(|(i, l)| (i, l.text.as_str()))
        .collect()
}

impl Learned {
    /// Learns from the first two ranks' labels: on the side where the two labels share the most
    /// words (then the nearer), the words each has and the other lacks.
    pub fn from_ranks(lines: &[Line]) -> Learned {
        let ranks: Vec<usize> = (0..lines.len())
            .filter(|&i| matches!(lines[i].kind, Kind::Rank(_)))
            .take(2)
            .collect();
        let [first, second] = ranks[..] else {
            return Learned::default();
        };
        let mut best: Option<(LabelFit, &str, &str)> = None;
        for up in [true, false] {
            let (a_side, b_side) = (
                texts_beside(lines, first, up),
                texts_beside(lines, second, up),
            );
            for (da, (ia, a)) in a_side.iter().enumerate() {
                for (db, (ib, b)) in b_side.iter().enumerate() {
                    if ia == ib || a == b {
                        continue;
                    }
                    let (wa, wb) = (words(a), words(b));
                    let shared = wa.iter().filter(|w| wb.contains(w)).count();
                    let key = (shared, std::cmp::Reverse(da + db));
                    if shared > 0 && best.as_ref().is_none_or(|(k, _, _)| key > *k) {
                        best = Some((key, a, b));
                    }
                }
            }
        }
        let Some((_, industry, network)) = best else {
            return Learned::default();
        };
        let (wi, wn) = (words(industry), words(network));
        Learned {
            industry: wi.iter().filter(|w| !wn.contains(w)).cloned().collect(),
            network: wn.iter().filter(|w| !wi.contains(w)).cloned().collect(),
        }
    }

    /// The peer group a text names in the page's own words, when it names exactly one.
    pub fn scope_of(&self, text: &str) -> Option<Scope> {
        let found = words(text);
        let names = |vocabulary: &[String]| {
            found
                .iter()
                .any(|w| vocabulary.iter().any(|v| same_word(w, v)))
        };
        match (names(&self.industry), names(&self.network)) {
            (true, false) => Some(Scope::Industry),
            (false, true) => Some(Scope::Network),
            _ => None,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::paste::lines::classify;

    #[test]
    fn the_rank_labels_teach_the_group_names() {
        let lines =
            classify("Topp\n33 %\nSSI-rankning i branschen\nTopp\n40 %\nSSI-rankning i nätverket");
        let learned = Learned::from_ranks(&lines);
        assert_eq!(
            learned.scope_of("Personer i din bransch"),
            Some(Scope::Industry)
        );
        assert_eq!(
            learned.scope_of("Personer i ditt nätverk"),
            Some(Scope::Network)
        );
        assert_eq!(learned.scope_of("Ditt aktuella Social Selling Index"), None);
    }

    #[test]
    fn labels_above_their_ranks_and_no_labels_at_all() {
        let lines = classify("Qqq SSI Xxx\nTop 12%\nZzz SSI Xxx\nTop 9%\nFour things of yours");
        let learned = Learned::from_ranks(&lines);
        assert_eq!(learned.scope_of("People of qqq"), Some(Scope::Industry));
        assert_eq!(learned.scope_of("Zzz people"), Some(Scope::Network));
        assert_eq!(
            Learned::from_ranks(&classify("12%\n9%")),
            Learned::default()
        );
    }
}
