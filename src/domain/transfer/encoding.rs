//! The text of an imported file. Files are read as UTF-8 (what SSI Lens and most tools write);
//! one that isn't valid UTF-8 is, in practice, a spreadsheet's "CSV" saved in the Western
//! European code page (Excel on Windows), so it is read as Windows-1252 and the preview says
//! so, rather than turning "café" into "caf�" in silence.

use crate::i18n::{self, Lang};

/// How a file's bytes were read.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Encoding {
    Utf8,
    /// Not valid UTF-8: read as Windows-1252 (a superset of Latin-1).
    Windows1252,
}

impl Encoding {
    /// What the preview tells the user (in `lang`) when the file was not UTF-8; nothing
    /// otherwise.
    pub fn notice(self, lang: Lang) -> Option<&'static str> {
        match self {
            Encoding::Utf8 => None,
            Encoding::Windows1252 => Some(i18n::transfer_read_as_windows_1252(lang)),
        }
    }
}

/// A file's text and how it was read.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct FileText {
    pub text: String,
    pub encoding: Encoding,
}

/// Windows-1252's characters for bytes 0x80 to 0x9F; the five it leaves undefined map to the
/// control characters of the same number, as browsers do.
const HIGH: [char; 32] = [
    '€', '\u{81}', '‚', 'ƒ', '„', '…', '†', '‡', 'ˆ', '‰', 'Š', '‹', 'Œ', '\u{8d}', 'Ž', '\u{8f}',
    '\u{90}', '‘', '’', '“', '”', '•', '–', '—', '˜', '™', 'š', '›', 'œ', '\u{9d}', 'ž', 'Ÿ',
];

/// Reads a file's bytes: as UTF-8 when they are valid UTF-8, else as Windows-1252. Never fails:
/// every byte is a character in Windows-1252.
pub fn decode_file(bytes: &[u8]) -> FileText {
    match std::str::from_utf8(bytes) {
        Ok(text) => FileText {
            text: text.to_string(),
            encoding: Encoding::Utf8,
        },
        Err(_) => FileText {
            text: bytes
                .iter()
                .map(|&b| match b {
                    0x80..=0x9f => HIGH[usize::from(b - 0x80)],
                    _ => char::from(b),
                })
                .collect(),
            encoding: Encoding::Windows1252,
        },
    }
}
