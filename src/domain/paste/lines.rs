//! The page as a list of lines, each classified by its shape alone: a score out of 100,
//! a rank in percent, a bare number, a number beside a text, or text.

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
    valid.then(|| token.parse().ok()).flatten()
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
    text.trim_matches(|c: char| c.is_whitespace() || "|:-–—•·".contains(c))
        .to_string()
}

/// The score in a line that is only "N out of 100" in some language: two numbers, one of
/// them a whole 100, and at most a few short words.
fn score(numbers: &[Number], rest: &str) -> Option<f64> {
    let [a, b] = numbers else { return None };
    let is_hundred = |n: &Number| n.whole && n.value == 100.0;
    let value = if is_hundred(b) {
        a.value
    } else if is_hundred(a) {
        b.value
    } else {
        return None;
    };
    let words: Vec<&str> = rest.split_whitespace().collect();
    let letters = rest.chars().filter(|c| c.is_alphabetic()).count();
    let short = words.len() <= 4 && letters <= 24 && !rest.contains('%');
    (short && value <= 100.0).then_some(value)
}

/// The rank in a short line holding one whole percentage, the sign before or after it.
fn rank(line: &str, number: &Number) -> Option<u8> {
    let after = line[number.end..].trim_start().starts_with('%');
    let before = line[..number.start].trim_end().ends_with('%');
    let short = line.split_whitespace().count() <= 8;
    let value = number.value;
    ((after || before) && short && number.whole && (1.0..=100.0).contains(&value))
        .then_some(value as u8)
}

fn classify_line(line: &str) -> Line {
    let line = line.trim();
    let nums = numbers(line);
    let text = text_without(line, &nums);
    let kind = if line.is_empty() {
        Kind::Blank
    } else if let Some(value) = score(&nums, &text) {
        Kind::Score(value)
    } else {
        match nums.as_slice() {
            [] => Kind::Text,
            [n] => match rank(line, n) {
                Some(r) => Kind::Rank(r),
                None if text.chars().any(char::is_alphabetic) => Kind::Labelled(n.value),
                None if text.is_empty() => Kind::Value(n.value),
                None => Kind::Other,
            },
            _ => Kind::Other,
        }
    };
    Line { kind, text }
}

/// Classifies every line of normalised text.
pub fn classify(text: &str) -> Vec<Line> {
    text.lines().map(classify_line).collect()
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
    }
}
