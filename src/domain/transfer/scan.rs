//! Scanning a CSV file's bytes: quotes that never close, and the line each record starts on.

use super::ImportError;

/// Refuses a file where a quoted field never closes. The csv crate reads such a quote to the end
/// of the file without an error, folding every later row into one note; the tells are a quoted
/// field still open at the end, or one that runs over a line starting like a dated row.
/// Follows csv-core's rules: a quote opens a field only at its start, `""` inside is a quote.
pub(super) fn check_quotes(bytes: &[u8], delimiter: u8) -> Result<(), ImportError> {
    #[derive(PartialEq)]
    enum State {
        FieldStart,
        Unquoted,
        Quoted,
        QuoteInQuoted,
    }
    let mut state = State::FieldStart;
    let mut line: u64 = 1;
    let mut opened_on = 1;
    for (i, &b) in bytes.iter().enumerate() {
        let ends_field = b == delimiter || b == b'\n' || b == b'\r';
        state = match state {
            State::FieldStart if b == b'"' => {
                opened_on = line;
                State::Quoted
            }
            State::FieldStart | State::Unquoted | State::QuoteInQuoted if ends_field => {
                State::FieldStart
            }
            State::FieldStart | State::Unquoted => State::Unquoted,
            State::Quoted if b == b'"' => State::QuoteInQuoted,
            State::Quoted => {
                if b == b'\n' && looks_like_a_row(&bytes[i + 1..], delimiter) {
                    return Err(ImportError::UnterminatedQuote { line: opened_on });
                }
                State::Quoted
            }
            State::QuoteInQuoted if b == b'"' => State::Quoted,
            State::QuoteInQuoted => State::Unquoted,
        };
        if b == b'\n' {
            line += 1;
        }
    }
    if state == State::Quoted {
        return Err(ImportError::UnterminatedQuote { line: opened_on });
    }
    Ok(())
}

/// True when `rest` starts with a date like `2026-01-05` and a delimiter.
fn looks_like_a_row(rest: &[u8], delimiter: u8) -> bool {
    let digit = |i: usize| rest.get(i).is_some_and(u8::is_ascii_digit);
    (0..4).all(digit)
        && rest.get(4) == Some(&b'-')
        && (5..7).all(digit)
        && rest.get(7) == Some(&b'-')
        && (8..10).all(digit)
        && rest.get(10) == Some(&delimiter)
}

/// Finds the 1-based line where each record starts. Records come in order, so it counts
/// onwards from the previous one instead of from the top (which made long files quadratic).
pub(super) struct LineCounter<'a> {
    bytes: &'a [u8],
    counted_to: usize,
    newlines: u64,
}

impl<'a> LineCounter<'a> {
    pub(super) fn new(text: &'a str) -> Self {
        LineCounter {
            bytes: text.as_bytes(),
            counted_to: 0,
            newlines: 0,
        }
    }

    /// The csv crate's own line count, and its offsets, include blank lines skipped before
    /// the record, so those are stepped over here.
    pub(super) fn line_at(&mut self, byte: u64) -> u64 {
        let bytes = self.bytes;
        let mut start = usize::try_from(byte).unwrap_or(usize::MAX).min(bytes.len());
        while bytes.get(start).is_some_and(|b| *b == b'\n' || *b == b'\r') {
            start += 1;
        }
        // Records come in order; `max` only keeps a slice from ever running backwards.
        let start = start.max(self.counted_to);
        self.newlines += bytes[self.counted_to..start]
            .iter()
            .filter(|&&b| b == b'\n')
            .count() as u64;
        self.counted_to = start;
        self.newlines + 1
    }
}
