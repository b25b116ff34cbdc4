//! The page as a list of lines, each classified by its shape alone: a score out of 100,
//! a rank in percent, a bare number, a number beside a text, or text.

use super::super::decimal::read_decimal;

/// What one line of the page is.
#[derive(Clone, Debug, PartialEq)]
pub enum Kind {
    Blank,
    /// A score out of 100: "46 von 100", "48/100", "100 üzerinden 41", "100점 중 35점".
    Score(f64),
    /// A percentage, 1 to 100, in a short line: "Top 12 %", "Primeiros 14%", "%12".
    Rank(u8),
    /// A number alone on its line: a value whose label is on the line before or after.
    Value(f64),
    /// One number beside a text: "12.05 | Establish…", "Build relationships\t15", a sentence.
    Labelled(f64),
    /// Text without numbers: headings, labels, table headers.
    Text,
    /// Anything else (several numbers, for instance).
    Other,
}

/// One classified line; `text` is the line without its number, trimmed.
#[derive(Clone, Debug, PartialEq)]
pub struct Line {
    pub kind: Kind,
    pub text: String,
    /// For a [`Kind::Labelled`] line: the number starts or ends it, as a value beside its label
    /// does ("12.05 Establish…", "Build…\t15"), rather than sitting inside a sentence.
    pub at_edge: bool,
    /// For a line of several numbers, the one ending it, as in a sentence ("… in the Web3
    /// industry have an average SSI of 27.").
    pub trailing: Option<f64>,
}

impl Line {
    /// A table header ("Category\tvalue") or a caption says nothing about whose figures follow.
    pub fn is_header(&self) -> bool {
        matches!(self.kind, Kind::Text) && self.text.contains('\t')
    }
}

/// A number as written, and where it is in its line.
#[derive(Clone, Copy, Debug, PartialEq)]
struct Number {
    value: f64,
    start: usize,
    end: usize,
    /// Written without a decimal part: "100", not "100,0".
    whole: bool,
}

/// A number with a decimal point or comma: "12.05", "20,998", "6". Never more than 12
/// characters, so no text can make the parser slow or produce a huge value.
fn parse_number(token: &str) -> Option<f64> {
    let token = token.replace(',', ".");
    let valid = !token.is_empty()
        && token.len() <= 12
        && token.chars().all(|c| c.is_ascii_digit() || c == '.')
        && token.matches('.').count() <= 1
        && !token.starts_with('.')
        && !token.ends_with('.');
    valid.then(|| read_decimal(&token)).flatten()
}

/// The numbers in a line; a separator counts as decimal only between two digits.
fn numbers(line: &str) -> Vec<Number> {
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
                let token = &line[s..i];
                if let Some(value) = parse_number(token) {
                    let whole = token.chars().all(|c| c.is_ascii_digit());
                    found.push(Number {
                        value,
                        start: s,
                        end: i,
                        whole,
                    });
                }
                start = None;
            }
            _ => {}
        }
    }
    found
}

/// The line without the spans of `numbers`, trimmed of spaces and separators.
fn text_without(line: &str, numbers: &[Number]) -> String {
    let mut text = String::with_capacity(line.len());
    let mut at = 0;
    for n in numbers {
        text.push_str(&line[at..n.start]);
        text.push(' ');
        at = n.end;
    }
    text.push_str(&line[at..]);
    text.trim_matches(|c: char| c.is_whitespace() || "|:-–—•·/".contains(c))
        .to_string()
}

/// Up to `words` words and `letters` letters, and no percent sign.
fn short(text: &str, words: usize, letters: usize) -> bool {
    text.split_whitespace().count() <= words
        && text.chars().filter(|c| c.is_alphabetic()).count() <= letters
        && !text.contains('%')
}

fn is_hundred(n: &Number) -> bool {
    n.whole && n.value == 100.0
}

/// The score in a line "N out of 100" in some language: two numbers, one of them a whole
/// 100, at most three short words between them ("von", "out of", "점 중", "/") and a few
/// around ("Current score: 46 of 100").
fn score(line: &str, numbers: &[Number]) -> Option<f64> {
    let [a, b] = numbers else { return None };
    let value = if is_hundred(b) {
        a.value
    } else if is_hundred(a) {
        b.value
    } else {
        return None;
    };
    let between = &line[a.end..b.start];
    let outside = format!("{} {}", &line[..a.start], &line[b.end..]);
    (short(between, 3, 12) && short(&outside, 5, 40) && value <= 100.0).then_some(value)
}

/// A pillar written against its maximum: "12.5/25", "12,5 von 25".
fn out_of_25(line: &str, numbers: &[Number]) -> Option<Number> {
    let [a, b] = numbers else { return None };
    let between = line[a.end..b.start].trim();
    let joined = between == "/" || (short(between, 1, 6) && !between.is_empty());
    (b.whole && b.value == 25.0 && a.value <= 25.0 && joined).then_some(Number { end: b.end, ..*a })
}

/// Whether a number starts or ends its line: only spaces, punctuation or a unit of up to
/// three letters beyond it ("14.38 pts", "14.38 分", "35점").
fn at_edge(line: &str, number: &Number) -> bool {
    let plain = |t: &str| {
        let letters = t.chars().filter(|c| c.is_alphanumeric()).count();
        letters == 0 || (is_unit(t) && !t.chars().any(|c| c.is_ascii_digit()))
    };
    plain(&line[..number.start]) || plain(&line[number.end..])
}

/// A unit after a value: one lower-case word of at most three letters ("pts", "p.", "分",
/// "점"); a capitalised word ("SSI", a label) is not one.
fn is_unit(text: &str) -> bool {
    let letters = text.chars().filter(|c| c.is_alphabetic()).count();
    (1..=3).contains(&letters)
        && text.split_whitespace().count() == 1
        && !text.chars().any(char::is_uppercase)
}

/// A list's numbering ("1. ", "2) ") at the start of a line is not a value.
fn without_numbering(line: &str) -> &str {
    let digits = line.chars().take_while(char::is_ascii_digit).count();
    let rest = &line[digits..];
    match rest.strip_prefix(['.', ')']) {
        Some(after) if (1..=2).contains(&digits) && after.starts_with(' ') => after.trim_start(),
        _ => line,
    }
}

/// The rank in a short line holding one whole percentage, the sign before or after it.
fn rank(line: &str, number: &Number) -> Option<u8> {
    let after = line[number.end..].trim_start().starts_with('%');
    let before = line[..number.start].trim_end().ends_with('%');
    // Some languages need a dozen words: "Nhóm 12% hàng đầu Xếp hạng SSI trong ngành của bạn".
    let short = line.split_whitespace().count() <= 12
        && line.chars().filter(|c| c.is_alphabetic()).count() <= 40;
    let value = number.value;
    ((after || before) && short && number.whole && (1.0..=100.0).contains(&value))
        .then_some(value as u8)
}

fn classify_line(line: &str) -> Line {
    let line = without_numbering(line.trim());
    let mut nums = numbers(line);
    if let Some(pillar) = out_of_25(line, &nums) {
        nums = vec![pillar];
    }
    let text = text_without(line, &nums);
    let trailing = match nums.as_slice() {
        [_, .., last] if at_edge(line, last) && line[last.end..].len() < 4 => Some(last.value),
        _ => None,
    };
    let mut beside = false;
    let kind = if line.is_empty() {
        Kind::Blank
    } else if let Some(value) = score(line, &nums) {
        Kind::Score(value)
    } else {
        match nums.as_slice() {
            [] => Kind::Text,
            [n] => match rank(line, n) {
                Some(r) => Kind::Rank(r),
                // "14.38 pts": a value with its unit, its label on another line.
                None if is_unit(&text) => Kind::Value(n.value),
                None if text.chars().any(char::is_alphabetic) => {
                    beside = at_edge(line, n);
                    Kind::Labelled(n.value)
                }
                None if text.is_empty() => Kind::Value(n.value),
                None => Kind::Other,
            },
            _ => Kind::Other,
        }
    };
    Line {
        kind,
        text,
        at_edge: beside,
        trailing: trailing.filter(|_| nums.len() > 1),
    }
}

/// A score split over two lines, the number alone and then "/100" or "out of 100".
fn join_split_scores(lines: &mut [Line]) {
    let rows: Vec<usize> = (0..lines.len())
        .filter(|&i| lines[i].kind != Kind::Blank)
        .collect();
    for pair in rows.windows(2) {
        let (first, second) = (pair[0], pair[1]);
        let Kind::Value(value) = lines[first].kind else {
            continue;
        };
        let of_100 = match lines[second].kind {
            Kind::Value(v) => v == 100.0,
            Kind::Labelled(v) => v == 100.0 && short(&lines[second].text, 3, 12),
            _ => false,
        };
        if value <= 100.0 && of_100 {
            lines[first].kind = Kind::Score(value);
            lines[second].kind = Kind::Text;
        }
    }
}

/// Classifies every line of normalised text.
pub fn classify(text: &str) -> Vec<Line> {
    let mut lines: Vec<Line> = text.lines().map(classify_line).collect();
    join_split_scores(&mut lines);
    lines
}

#[cfg(test)]
mod tests {
    use super::*;

    fn kind(line: &str) -> Kind {
        classify_line(line).kind
    }

    #[test]
    fn numbers_with_points_and_commas() {
        let found: Vec<f64> = numbers("a 12.05 b 20,998 c 6. d 1,2,3")
            .iter()
            .map(|n| n.value)
            .collect();
        assert_eq!(found, vec![12.05, 20.998, 6.0], "1,2,3 is not a number");
    }

    #[test]
    fn scores_out_of_100_in_many_languages() {
        for (line, value) in [
            ("33 out of 100", 33.0),
            ("46 von 100", 46.0),
            ("53 de 100", 53.0),
            ("32 из 100", 32.0),
            ("48/100", 48.0),
            ("100 üzerinden 41", 41.0),
            ("100점 중 35점", 35.0),
            ("100点中35点", 35.0),
            ("41 من 100", 41.0),
            ("100 von 100", 100.0),
            ("41,37 de 100", 41.37),
            ("Current Social Selling Index 46 out of 100", 46.0),
            ("46 จาก 100", 46.0),
        ] {
            assert_eq!(kind(line), Kind::Score(value), "{line}");
        }
        assert_eq!(kind("12 of 14 people in your network"), Kind::Other);
        assert_ne!(kind("Remaining points\t67"), Kind::Score(67.0));
    }

    #[test]
    fn ranks_with_the_sign_on_either_side() {
        for (line, value) in [
            ("Top 12 %", 12),
            ("Primeiros 14%", 14),
            ("%12", 12),
            ("Top 85% Industry SSI rank", 85),
            ("51 %", 51),
        ] {
            assert_eq!(kind(line), Kind::Rank(value), "{line}");
        }
        assert_eq!(kind("Top 12.5%"), Kind::Labelled(12.5));
        assert_eq!(kind("0%"), Kind::Other, "no rank is 0%");
    }

    #[test]
    fn values_and_labels() {
        assert_eq!(kind("41,37"), Kind::Value(41.37));
        assert_eq!(kind("| 4.76 |"), Kind::Value(4.76));
        let labelled = classify_line("12.05 | Establish your professional brand");
        assert_eq!(labelled.kind, Kind::Labelled(12.05));
        assert_eq!(labelled.text, "Establish your professional brand");
        assert_eq!(kind("Build relationships\t15"), Kind::Labelled(15.0));
        assert!(classify_line("Category\tvalue").is_header());
        assert_eq!(
            kind("12,5/25 Establish your professional brand"),
            Kind::Labelled(12.5)
        );
    }

    #[test]
    fn a_number_inside_a_sentence_is_not_beside_a_label() {
        assert!(classify_line("12.05 Establish your brand").at_edge);
        assert!(classify_line("Build relationships\t15").at_edge);
        assert!(!classify_line("The 4 components of your score").at_edge);
        let sentence = classify_line("People in the Web3 industry have an average SSI of 27.");
        assert_eq!(
            (sentence.kind, sentence.trailing),
            (Kind::Other, Some(27.0))
        );
    }

    #[test]
    fn numbering_and_units_are_not_values() {
        assert_eq!(kind("1. Establish your professional brand"), Kind::Text);
        assert_eq!(kind("2) Find the right people 4.76"), Kind::Labelled(4.76));
        assert_eq!(kind("14.38 pts"), Kind::Value(14.38));
        assert!(classify_line("建立职业品牌：14.38 分").at_edge);
        assert_eq!(kind("6  Find the right people"), Kind::Labelled(6.0));
        assert_eq!(
            kind("Social selling leaders are 51% more likely to hit their quota this year"),
            Kind::Labelled(51.0),
            "a sentence is not a rank"
        );
    }

    #[test]
    fn a_score_split_over_two_lines() {
        for text in ["46\n/100", "46\nout of 100", "46\n\nvon 100"] {
            assert_eq!(classify(text)[0].kind, Kind::Score(46.0), "{text}");
        }
        assert_eq!(
            classify("46\nBuild relationships")[0].kind,
            Kind::Value(46.0)
        );
    }
}
