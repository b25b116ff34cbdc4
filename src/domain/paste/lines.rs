//! The page's text as classified lines, and the searches over them.

use crate::domain::pillar::{Pillar, PillarScores};

/// Whose figures a part of the page shows.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Scope {
    Member,
    Industry,
    Network,
}

/// What one line of the page is.
#[derive(Clone, Debug, PartialEq)]
pub enum Line {
    Blank,
    /// "33 out of 100", "53 de 100": a donut caption.
    Caption(f64),
    /// "Top 37%", "37%", "Primeiros 9%", "Top 85% Industry SSI rank".
    Rank {
        value: u8,
        scope: Option<Scope>,
    },
    /// One number beside a text label: "12.05  Establish your professional brand".
    Labelled {
        value: f64,
        pillar: Option<Pillar>,
        scope: Option<Scope>,
        average: bool,
        text: String,
    },
    /// Text without numbers: headings, table headers.
    Text {
        scope: Option<Scope>,
        table_header: bool,
    },
    /// Anything else (several numbers, long prose with numbers).
    Other,
}

// Keyword stems by language. A stem matches the start of a word; stems of three letters
// or fewer must match a whole word (so "red", Spanish for network, doesn't match "shared").
const INDUSTRY: &[&str] = &[
    "industry",
    "industries",
    "setor",
    "sector",
    "secteur",
    "branche",
    "industria",
    "settore",
    "отрасл",
    "branż",
    "sektor",
];
const NETWORK: &[&str] = &[
    "network", "rede", "red", "réseau", "reseau", "netzwerk", "rete", "сет", "сеть", "сети",
    "sieć", "sieci", "netwerk",
];
const AVERAGE: &[&str] = &[
    "average",
    "média",
    "media",
    "promedio",
    "moyenne",
    "durchschnitt",
    "средн",
    "gemiddeld",
    "średn",
];
const PILLARS: [(Pillar, &[&str]); 4] = [
    (
        Pillar::Brand,
        &["brand", "marca", "marque", "marke", "бренд", "merk"],
    ),
    (
        Pillar::People,
        &[
            "people",
            "pessoas",
            "personas",
            "personnes",
            "personen",
            "persone",
            "люде",
            "mensen",
            "osob",
        ],
    ),
    (
        Pillar::Insights,
        &[
            "insight",
            "insights",
            "informaç",
            "información",
            "информац",
            "inzicht",
            "spostrzeż",
        ],
    ),
    (
        Pillar::Relationships,
        &[
            "relationship",
            "relationships",
            "relacionamento",
            "relacionamentos",
            "relaciones",
            "relations",
            "beziehung",
            "relazioni",
            "отношен",
            "relaties",
            "relacj",
        ],
    ),
];

fn words(text: &str) -> impl Iterator<Item = String> + '_ {
    text.split(|c: char| !c.is_alphanumeric())
        .filter(|w| !w.is_empty())
        .map(str::to_lowercase)
}

fn has_stem(text: &str, stems: &[&str]) -> bool {
    words(text).any(|w| {
        stems.iter().any(|s| {
            if s.chars().count() <= 3 {
                w == *s
            } else {
                w.starts_with(s)
            }
        })
    })
}

fn scope_of(text: &str) -> Option<Scope> {
    match (has_stem(text, INDUSTRY), has_stem(text, NETWORK)) {
        (true, false) => Some(Scope::Industry),
        (false, true) => Some(Scope::Network),
        _ => None,
    }
}

fn pillar_of(text: &str) -> Option<Pillar> {
    let mut found = PILLARS.iter().filter(|(_, stems)| has_stem(text, stems));
    match (found.next(), found.next()) {
        (Some((pillar, _)), None) => Some(*pillar),
        _ => None,
    }
}

/// A number written with a decimal point or comma: "12.05", "20,998", "6".
fn parse_number(token: &str) -> Option<f64> {
    let token = token.replace(',', ".");
    let valid = !token.is_empty()
        && token.len() <= 12
        && token.chars().all(|c| c.is_ascii_digit() || c == '.')
        && token.matches('.').count() <= 1
        && !token.starts_with('.')
        && !token.ends_with('.');
    valid.then(|| token.parse().ok()).flatten()
}

/// The numbers in a line with their byte spans.
fn numbers(line: &str) -> Vec<(f64, usize, usize)> {
    let mut found = Vec::new();
    let mut start = None;
    let bytes = line.as_bytes();
    for (i, c) in line
        .char_indices()
        .chain(std::iter::once((line.len(), ' ')))
    {
        let part_of_number = c.is_ascii_digit()
            || ((c == '.' || c == ',')
                && start.is_some()
                && bytes.get(i + 1).is_some_and(u8::is_ascii_digit));
        match (part_of_number, start) {
            (true, None) => start = Some(i),
            (false, Some(s)) => {
                if let Some(v) = parse_number(&line[s..i]) {
                    found.push((v, s, i));
                }
                start = None;
            }
            _ => {}
        }
    }
    found
}

fn classify_line(raw: &str) -> Line {
    let line = raw.trim();
    if line.is_empty() {
        return Line::Blank;
    }
    let nums = numbers(line);
    let tokens: Vec<&str> = line.split_whitespace().collect();

    // "N out of 100": a number, one to three short words, then 100.
    if nums.len() == 2
        && tokens.len() >= 3
        && tokens.len() <= 5
        && tokens.last() == Some(&"100")
        && parse_number(tokens[0]).is_some()
        && tokens[1..tokens.len() - 1]
            .iter()
            .all(|t| t.chars().all(char::is_alphabetic) && t.chars().count() <= 4)
    {
        return Line::Caption(nums[0].0);
    }

    if let Some(&(value, _, end)) = nums.first() {
        let percent_follows = line[end..].trim_start().starts_with('%');
        if nums.len() == 1
            && percent_follows
            && value.fract() == 0.0
            && (1.0..=100.0).contains(&value)
        {
            return Line::Rank {
                value: value as u8,
                scope: scope_of(line),
            };
        }
    }

    if nums.len() == 1 {
        let (value, start, end) = nums[0];
        let text = format!("{} {}", &line[..start], &line[end..]);
        let text =
            text.trim_matches(|c: char| c.is_whitespace() || c == '|' || c == ':' || c == '-');
        if text.chars().any(char::is_alphabetic) {
            return Line::Labelled {
                value,
                pillar: pillar_of(text),
                scope: scope_of(text),
                average: has_stem(text, AVERAGE),
                text: text.to_string(),
            };
        }
        return Line::Other;
    }
    if nums.is_empty() {
        return Line::Text {
            scope: scope_of(line),
            table_header: line.contains('\t'),
        };
    }
    Line::Other
}

/// Classifies every line (Windows line endings and non-breaking spaces are normalised).
pub fn classify(text: &str) -> Vec<Line> {
    text.lines()
        .map(|l| classify_line(&l.replace(['\u{a0}', '\u{202f}', '\u{2007}'], " ")))
        .collect()
}

/// The scope of the nearest heading above `index` (skipping captions and table headers).
fn heading_scope(lines: &[Line], index: usize) -> Option<Scope> {
    lines[..index].iter().rev().find_map(|l| match l {
        Line::Text {
            table_header: true, ..
        }
        | Line::Caption(_)
        | Line::Blank => None,
        Line::Text { scope, .. } => Some(scope.unwrap_or(Scope::Member)),
        _ => Some(Scope::Member),
    })
}

/// One run of pillar lines: a member's or a peer group's breakdown.
pub struct PillarTable {
    pub scope: Scope,
    pub scores: PillarScores,
    pub found: usize,
    /// Values were assigned by position because the labels were not recognised.
    pub by_order: bool,
}

/// Finds every run of consecutive labelled lines that holds pillar scores.
pub fn pillar_tables(lines: &[Line]) -> Vec<PillarTable> {
    let mut tables = Vec::new();
    let mut i = 0;
    while i < lines.len() {
        if !matches!(lines[i], Line::Labelled { average: false, .. }) {
            i += 1;
            continue;
        }
        let start = i;
        while i < lines.len() && matches!(lines[i], Line::Labelled { average: false, .. }) {
            i += 1;
        }
        if let Some(table) = read_table(&lines[start..i]) {
            let scope = heading_scope(lines, start).unwrap_or(Scope::Member);
            tables.push(PillarTable { scope, ..table });
        }
    }
    assign_unlabelled_scopes(&mut tables);
    tables
}

fn read_table(run: &[Line]) -> Option<PillarTable> {
    let entries: Vec<(f64, Option<Pillar>)> = run
        .iter()
        .filter_map(|l| match l {
            Line::Labelled { value, pillar, .. } => Some((*value, *pillar)),
            _ => None,
        })
        .collect();
    let mut scores = PillarScores::default();
    let mut seen = [false; 4];
    for &(value, pillar) in &entries {
        if let Some(p) = pillar {
            let index = Pillar::ALL.iter().position(|&q| q == p).unwrap_or(0);
            if !seen[index] && value <= Pillar::MAX {
                seen[index] = true;
                scores.set(p, value);
            }
        }
    }
    let found = seen.iter().filter(|&&s| s).count();
    if found > 0 {
        return Some(PillarTable {
            scope: Scope::Member,
            scores,
            found,
            by_order: false,
        });
    }
    // No label known: four scores in a row, in the page's fixed order.
    if entries.len() >= 4 && entries[..4].iter().all(|(v, _)| *v <= Pillar::MAX) {
        for (p, (value, _)) in Pillar::ALL.into_iter().zip(&entries) {
            scores.set(p, *value);
        }
        return Some(PillarTable {
            scope: Scope::Member,
            scores,
            found: 4,
            by_order: true,
        });
    }
    None
}

/// In a page whose headings weren't understood, tables come as member, industry, network.
fn assign_unlabelled_scopes(tables: &mut [PillarTable]) {
    if tables.len() > 1 && tables.iter().all(|t| t.scope == Scope::Member) {
        let order = [Scope::Member, Scope::Industry, Scope::Network];
        for (table, scope) in tables.iter_mut().zip(order) {
            table.scope = scope;
            table.by_order = true;
        }
    }
}

/// "N out of 100" captions with the scope of the heading above each.
pub fn captions(lines: &[Line]) -> Vec<(Scope, f64)> {
    lines
        .iter()
        .enumerate()
        .filter_map(|(i, l)| match l {
            Line::Caption(v) if *v <= 100.0 => {
                Some((heading_scope(lines, i).unwrap_or(Scope::Member), *v))
            }
            _ => None,
        })
        .collect()
}

pub struct Average {
    pub scope: Scope,
    pub value: f64,
    pub industry_name: Option<String>,
}

/// Sentences like "People in your network have an average SSI of 30."
pub fn averages(lines: &[Line]) -> Vec<Average> {
    lines
        .iter()
        .filter_map(|l| match l {
            Line::Labelled {
                value,
                scope: Some(scope),
                average: true,
                text,
                ..
            } if *value <= 100.0 => Some(Average {
                scope: *scope,
                value: *value,
                industry_name: industry_name(text),
            }),
            _ => None,
        })
        .collect()
}

/// "… in the Software Development industry …" → "Software Development".
fn industry_name(sentence: &str) -> Option<String> {
    let lower = sentence.to_lowercase();
    let start = lower.find(" in the ")? + " in the ".len();
    let end = start + lower.get(start..)?.find(" industry")?;
    let name = sentence.get(start..end)?.trim();
    (!name.is_empty() && name.chars().count() <= 100).then(|| name.to_string())
}

/// The industry and network ranks, and whether page order had to be used to tell them apart.
pub fn ranks(lines: &[Line]) -> ((Option<u8>, Option<u8>), bool) {
    let mut industry = None;
    let mut network = None;
    let mut unplaced = Vec::new();
    for (i, line) in lines.iter().enumerate() {
        let Line::Rank { value, scope } = line else {
            continue;
        };
        match scope.or_else(|| nearby_scope(lines, i)) {
            Some(Scope::Industry) if industry.is_none() => industry = Some(*value),
            Some(Scope::Network) if network.is_none() => network = Some(*value),
            _ => unplaced.push(*value),
        }
    }
    // The page shows the industry rank first, then the network rank.
    let by_order = !unplaced.is_empty();
    let mut rest = unplaced.into_iter();
    if industry.is_none() {
        industry = rest.next();
    }
    if network.is_none() {
        network = rest.next();
    }
    ((industry, network), by_order)
}

/// The scope named by the closest heading within two lines; on a tie, the one above.
fn nearby_scope(lines: &[Line], index: usize) -> Option<Scope> {
    let scope_at = |j: usize| match lines.get(j) {
        Some(Line::Text { scope, .. }) => *scope,
        _ => None,
    };
    (1..=2).find_map(|d| {
        index
            .checked_sub(d)
            .and_then(scope_at)
            .or_else(|| scope_at(index + d))
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn numbers_with_points_and_commas() {
        let found: Vec<f64> = numbers("a 12.05 b 20,998 c 6. d 1,2,3")
            .iter()
            .map(|n| n.0)
            .collect();
        assert_eq!(found, vec![12.05, 20.998, 6.0], "1,2,3 is not a number");
    }

    #[test]
    fn captions_ranks_and_labelled_lines() {
        assert_eq!(classify_line("33 out of 100"), Line::Caption(33.0));
        assert_eq!(classify_line("53 de 100"), Line::Caption(53.0));
        assert_eq!(classify_line("32 из 100"), Line::Caption(32.0));
        assert_eq!(
            classify_line("Primeiros 9%"),
            Line::Rank {
                value: 9,
                scope: None
            }
        );
        assert_eq!(
            classify_line("Top 85% Industry SSI rank"),
            Line::Rank {
                value: 85,
                scope: Some(Scope::Industry)
            }
        );
        assert!(matches!(
            classify_line("12.05 | Establish your professional brand"),
            Line::Labelled { value, pillar: Some(Pillar::Brand), .. } if value == 12.05
        ));
        assert!(matches!(
            classify_line("Build relationships\t15"),
            Line::Labelled {
                pillar: Some(Pillar::Relationships),
                ..
            }
        ));
    }

    #[test]
    fn short_stems_match_whole_words_only() {
        assert_eq!(scope_of("shared with the red team"), Some(Scope::Network));
        assert_eq!(scope_of("considered shared"), None);
    }
}
