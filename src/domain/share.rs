//! The read-only share link: a history slice, a display name and the sharing date, packed into
//! a URL fragment (never sent to any server).
//!
//! Layout: one version byte, then a zlib stream (whose Adler-32 checksum catches damage) of a
//! column-wise binary encoding (see `share/columns.rs`): similar values sit together, so deltas
//! are small and deflate squeezes the rest. Base64url without padding makes it URL-safe.

use base64::alphabet::URL_SAFE;
use base64::engine::general_purpose::URL_SAFE_NO_PAD;
use base64::Engine;
use chrono::NaiveDate;

use super::history::History;
use super::people::visible_name;
use super::snapshot::{Snapshot, MAX_NOTE_CHARS};
use super::stats::Range;

mod bytes;
mod columns;
pub mod links;
pub mod qr;

pub use bytes::Malformed;

/// The newest format this build writes and reads: 2 carries goals ([`ShareOptions::include_goals`]).
/// A link without goals is still written in format 1, which every version reads.
pub const SHARE_VERSION: u8 = 2;
/// The fragment prefix that marks a share link: `#s=`.
pub const FRAGMENT_PREFIX: &str = "s=";
/// The decoder never inflates more than this (a year of snapshots is about 1 KB).
pub const MAX_INFLATED_BYTES: usize = 1 << 20;
/// Longer fragments are refused before decoding, and never made.
pub const MAX_FRAGMENT_CHARS: usize = 200_000;
/// The longest name, industry or note a link carries, in UTF-8 bytes: room for a note of
/// [`MAX_NOTE_CHARS`] characters in any script (at most four bytes each).
pub const MAX_TEXT_BYTES: usize = 4 * MAX_NOTE_CHARS;
/// A link holds at most this many snapshots (a count above it marks a forged link).
pub const MAX_SNAPSHOTS: usize = 100_000;
/// The longest display name the share page accepts, in characters.
pub const MAX_NAME_CHARS: usize = 60;
/// Links longer than this may be cut by chat apps and e-mail clients.
pub const LONG_LINK_CHARS: usize = 2_000;

/// What is shared.
#[derive(Clone, Debug, PartialEq)]
pub struct SharedHistory {
    pub name: Option<String>,
    /// The sharer's own data, for their other device: opening it offers "Move into my history"
    /// first. Carried in the link (see `share/columns.rs`); versions before it ignore it.
    pub own_data: bool,
    pub shared_on: NaiveDate,
    pub history: History,
}

/// What the sharer chose.
#[derive(Clone, Debug, PartialEq)]
pub struct ShareOptions {
    /// The weeks up to today to share, in the charts' own ranges (the same words on both).
    pub range: Range,
    pub name: Option<String>,
    pub include_notes: bool,
    /// "This is my own data": a link to move one's history to another device (no name needed).
    pub own_data: bool,
    /// The sharer's goals, with their dates, travel too (format 2).
    pub include_goals: bool,
}

#[derive(Clone, Debug, PartialEq)]
pub enum ShareError {
    NotAShareLink,
    TooLong,
    Damaged,
    FromTheFuture {
        found: u8,
        supported: u8,
    },
    TooLarge,
    /// Its bytes are not a link's ([`Malformed`]: cut, forged or from another program).
    Malformed(Malformed),
    /// Readable, but a snapshot or a goal breaks the rules a load applies (their words).
    Invalid(String),
}

/// Why no link is made for a choice of snapshots: the app would refuse to open it.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum EncodeError {
    TooLong { chars: usize },
    TooLarge,
    TextTooLong,
    Invalid { date: NaiveDate },
    NothingToMove,
}

/// The snapshots, name and date a share link would carry. A pure function: same input, same link.
pub fn select(history: &History, options: &ShareOptions, today: NaiveDate) -> SharedHistory {
    let since = options.range.first_day(today);
    let snapshots: Vec<Snapshot> = history
        .snapshots()
        .iter()
        .filter(|s| s.date >= since)
        .map(|s| Snapshot {
            note: s.note.clone().filter(|_| options.include_notes),
            // Outcomes are private results; a share link never carries them.
            outcomes: Default::default(),
            ..s.clone()
        })
        .collect();
    // Dates stay distinct after filtering.
    let mut shared = History::from_snapshots(snapshots).unwrap_or_default();
    if options.include_goals {
        // The history's own goals: they passed these rules already.
        let _ = shared.set_goals_with_dates(history.goals().clone(), history.goal_dates().clone());
    }
    SharedHistory {
        // One's own data is nobody else's: it needs no name.
        name: options
            .name
            .as_deref()
            .and_then(visible_name)
            .filter(|_| !options.own_data),
        own_data: options.own_data,
        shared_on: today,
        history: shared,
    }
}

/// The fragment (without `#`) for a shared history, or why [`decode`] would refuse it: the
/// limits checked here are the ones the decoder enforces, so every link made can be opened.
pub fn encode(shared: &SharedHistory) -> Result<String, EncodeError> {
    let snapshots = shared.history.snapshots();
    if snapshots.len() > MAX_SNAPSHOTS {
        return Err(EncodeError::TooLarge);
    }
    // The "own data" mark rides on the snapshots (see `share/columns.rs`).
    if shared.own_data && snapshots.is_empty() {
        return Err(EncodeError::NothingToMove);
    }
    // The decoder checks every snapshot as a stored one.
    if let Some(s) = snapshots.iter().find(|s| s.check().is_err()) {
        return Err(EncodeError::Invalid { date: s.date });
    }
    let texts = snapshots
        .iter()
        .flat_map(|s| [s.industry.as_deref(), s.note.as_deref()])
        .chain([shared.name.as_deref()]);
    if texts.flatten().any(|t| t.len() > MAX_TEXT_BYTES) {
        return Err(EncodeError::TextTooLong);
    }
    let raw = columns::write(shared);
    if raw.len() > MAX_INFLATED_BYTES {
        return Err(EncodeError::TooLarge);
    }
    let mut packed = vec![columns::version(shared)];
    packed.extend(miniz_oxide::deflate::compress_to_vec_zlib(&raw, 10));
    let payload = URL_SAFE_NO_PAD.encode(packed);
    if payload.len() > MAX_FRAGMENT_CHARS {
        return Err(EncodeError::TooLong {
            chars: FRAGMENT_PREFIX.len() + payload.len(),
        });
    }
    Ok(format!("{FRAGMENT_PREFIX}{payload}"))
}

/// Reads a fragment (with or without `#`). Never panics and never inflates more than
/// [`MAX_INFLATED_BYTES`].
pub fn decode(fragment: &str) -> Result<SharedHistory, ShareError> {
    let fragment = fragment.strip_prefix('#').unwrap_or(fragment);
    let payload = fragment
        .strip_prefix(FRAGMENT_PREFIX)
        .ok_or(ShareError::NotAShareLink)?;
    if payload.len() > MAX_FRAGMENT_CHARS {
        return Err(ShareError::TooLong);
    }
    let packed = URL_SAFE_NO_PAD
        .decode(payload.trim_end_matches('='))
        .map_err(|_| ShareError::Damaged)?;
    let (&version, stream) = packed.split_first().ok_or(ShareError::Damaged)?;
    if version > SHARE_VERSION {
        return Err(ShareError::FromTheFuture {
            found: version,
            supported: SHARE_VERSION,
        });
    }
    if version == 0 {
        return Err(ShareError::Damaged);
    }
    let raw = miniz_oxide::inflate::decompress_to_vec_zlib_with_limit(stream, MAX_INFLATED_BYTES)
        .map_err(|e| match e.status {
        miniz_oxide::inflate::TINFLStatus::HasMoreOutput => ShareError::TooLarge,
        _ => ShareError::Damaged,
    })?;
    columns::read(&raw, version)
}

/// The share fragment (`s=…`) of `text` when it is a share link (with or without its address),
/// so a pasted link opens as a link rather than being read as an SSI page.
pub fn link_fragment(text: &str) -> Option<&str> {
    let text = text.trim();
    if text.contains(char::is_whitespace) {
        return None;
    }
    let fragment = text.split_once('#').map_or(text, |(_, f)| f);
    is_share_fragment(fragment).then_some(fragment)
}

/// True when `fragment` claims to be a share link (it may still fail to decode).
pub fn is_share_fragment(fragment: &str) -> bool {
    fragment
        .strip_prefix('#')
        .unwrap_or(fragment)
        .starts_with(FRAGMENT_PREFIX)
}

/// Every share fragment (`s=…`, without `#`) written anywhere in `text`, in order, as a chat or
/// an e-mail holds links: after a `#` (a link inside a sentence, in `<…>`, `(…)` or quotes,
/// several on a line), or starting a word (the fragment alone). A fragment runs as far as the
/// link's own alphabet does, so what follows it ("." "," ")" ">" a quote) is left out. Each one
/// may still fail to [`decode`].
pub fn fragments_in(text: &str) -> impl Iterator<Item = &str> {
    let mut from = 0;
    std::iter::from_fn(move || loop {
        let start = from + text.get(from..)?.find(FRAGMENT_PREFIX)?;
        let payload = start + FRAGMENT_PREFIX.len();
        from = payload;
        let marked = match text[..start].chars().next_back() {
            None => true,
            Some(before) => before == '#' || starts_a_word(before),
        };
        if !marked {
            continue;
        }
        let rest = &text[payload..];
        let body = rest.trim_start_matches(is_payload_char);
        // Padding, which the link never writes but decoding accepts.
        let after = body.trim_start_matches('=');
        from = text.len() - after.len();
        return Some(&text[start..from]);
    })
}

/// A character of the payload's alphabet: base64url, as [`encode`] writes it.
fn is_payload_char(c: char) -> bool {
    c.is_ascii() && URL_SAFE.as_str().contains(c)
}

/// A character after which a word starts: a space, or what opens a quote or a bracket.
fn starts_a_word(c: char) -> bool {
    c.is_whitespace()
        || matches!(
            c,
            '<' | '(' | '[' | '{' | '"' | '\'' | '`' | '*' | '>' | '“' | '‘' | '«' | '„' | '‹'
        )
}
