//! One spelling for the many ways a page writes the same thing: digits in any script,
//! spaces of every width, invisible direction marks, percent and decimal signs.

/// Rewrites `text` so the rest of the parser sees ASCII digits, `%`, `.` or `,` as decimal
/// separators, plain spaces and `\n` line ends.
pub fn normalize(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    let mut chars = text.chars().peekable();
    while let Some(c) = chars.next() {
        match c {
            // Windows ends lines with CR LF, old Macs with CR alone.
            '\r' if chars.peek() == Some(&'\n') => {}
            '\r' => out.push('\n'),
            // Direction marks and embeddings (Arabic and Hebrew pages), zero-width characters.
            '\u{200b}'..='\u{200f}'
            | '\u{202a}'..='\u{202e}'
            | '\u{2066}'..='\u{2069}'
            | '\u{061c}'
            | '\u{2060}'
            | '\u{feff}' => {}
            // No-break, narrow, thin, figure and ideographic spaces.
            '\u{a0}' | '\u{2000}'..='\u{200a}' | '\u{202f}' | '\u{205f}' | '\u{3000}' => {
                out.push(' ')
            }
            '\u{2028}' | '\u{2029}' | '\u{85}' => out.push('\n'),
            '\u{066a}' | '\u{ff05}' | '\u{fe6a}' => out.push('%'),
            '\u{066b}' | '\u{ff0e}' => out.push('.'),
            '\u{ff0c}' => out.push(','),
            '\u{ff0f}' => out.push('/'),
            // The Arabic thousands separator never appears in a score; dropping it is safe.
            '\u{066c}' => {}
            _ => out.push(digit_value(c).map_or(c, |d| char::from(b'0' + d))),
        }
    }
    out
}

/// The value of a decimal digit in the scripts LinkedIn's pages use.
fn digit_value(c: char) -> Option<u8> {
    let zeros = [
        '\u{0660}', // Arabic-Indic
        '\u{06f0}', // Extended Arabic-Indic (Persian, Urdu)
        '\u{0966}', // Devanagari
        '\u{09e6}', // Bengali
        '\u{0e50}', // Thai
        '\u{ff10}', // full-width
    ];
    zeros.iter().find_map(|&zero| {
        let offset = (c as u32).checked_sub(zero as u32)?;
        (offset < 10).then_some(offset as u8)
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn digits_of_every_script_become_ascii() {
        assert_eq!(normalize("٤١ من ١٠٠"), "41 من 100");
        assert_eq!(normalize("۱۲٫۵"), "12.5");
        assert_eq!(normalize("１００点中３５点"), "100点中35点");
        assert_eq!(normalize("٪١٢"), "%12");
        assert_eq!(normalize("１２％"), "12%");
    }

    #[test]
    fn invisible_marks_and_odd_spaces() {
        assert_eq!(normalize("\u{200f}Top\u{a0}12\u{202f}%\r\n"), "Top 12 %\n");
        assert_eq!(
            normalize("a\rb\r\nc"),
            "a\nb\nc",
            "a lone CR ends a line too"
        );
        assert_eq!(normalize("\u{2067}41\u{2069}"), "41");
    }
}
