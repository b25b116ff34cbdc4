//! One-click capture: a bookmarklet the user keeps in the bookmarks bar. Clicked on
//! LinkedIn's SSI page, it opens SSI Lens in a new tab whose name carries the page's text
//! compressed (`ssi-lens-capture=2.<base64url of raw deflate>`), at an address that only says
//! where to look (`#capture=2`): the browser's history, and a synced browser's, record
//! addresses, never a tab's name. Bookmarklets of version 1 carried the text in the fragment
//! itself (`#capture=1.<…>`); those still work. The app reads either with [`arrival`] as
//! untrusted input (any site can open the app with a name and a fragment): size-capped before
//! and after inflating, then parsed by the paste parser like any paste. Nothing is saved until
//! the user confirms the form.

use base64::engine::general_purpose::URL_SAFE_NO_PAD;
use base64::Engine;

use super::paste::MAX_PASTE_BYTES;

/// The fragment's start, before the version.
pub const FRAGMENT_PREFIX: &str = "capture=";

/// The start of a tab's name that carries a capture, before the version.
pub const NAME_PREFIX: &str = "ssi-lens-capture=";

/// The capture format this app writes and reads; the bookmarklet carries it. Version 2 moved
/// the text from the fragment to the tab's name; the payload is the same.
pub const CAPTURE_VERSION: u32 = 2;

/// The most page text the bookmarklet sends, in characters (a copied SSI page is about 5,000).
const MAX_TEXT_CHARS: usize = 200_000;

/// Longer names or fragments are refused before decoding: the text, compressed, never comes
/// near it.
pub const MAX_ENCODED_CHARS: usize = 400_000;

const SOURCE: &str = include_str!("capture/bookmarklet.js");

/// Why a captured or shared page could not be read (worded by `i18n::entry::capture_problem`).
#[derive(Clone, Debug, PartialEq)]
pub enum CaptureError {
    TooLarge,
    /// The address may have been cut short.
    Damaged,
    /// From a newer bookmarklet than this version reads.
    FromTheFuture {
        found: u32,
        supported: u32,
    },
    /// The tab's name was not there (the browser kept it back).
    Lost,
    /// The share inbox was empty: a share is kept only until the app opens it once.
    ShareLost,
    NothingShared,
}

/// The fragment with which the service worker opens the app after a page was shared to the
/// installed app (the manifest's `share_target`, answered in `assets/sw.js`). It starts like a
/// capture's, so the first visit script, the first paint and a change of fragment treat it as
/// one; the text itself waits in the share inbox (Cache Storage), never in an address.
pub const SHARED_FRAGMENT: &str = "capture=shared";

/// Whether the address says a page was shared to the app (see [`SHARED_FRAGMENT`]).
pub fn is_shared_fragment(fragment: &str) -> bool {
    fragment.strip_prefix('#').unwrap_or(fragment) == SHARED_FRAGMENT
}

/// The page text a share left in the inbox (`None`: the inbox was empty or unreadable), read
/// like a capture: untrusted, size-capped, and something to read at all.
pub fn shared_page(stashed: Option<String>) -> Result<String, CaptureError> {
    let text = stashed.ok_or(CaptureError::ShareLost)?;
    if text.len() > MAX_PASTE_BYTES {
        return Err(CaptureError::TooLarge);
    }
    if text.trim().is_empty() {
        return Err(CaptureError::NothingShared);
    }
    Ok(text)
}

/// Whether a fragment (with or without `#`) claims to be a capture; it may still not decode.
pub fn is_capture_fragment(fragment: &str) -> bool {
    fragment
        .strip_prefix('#')
        .unwrap_or(fragment)
        .starts_with(FRAGMENT_PREFIX)
}

/// The page text a capture brought, if the address claims one: from the tab's name
/// `window_name` when the fragment only says to look there, or from the fragment itself (the
/// bookmarklets of version 1). The caller clears the name either way: it is read once.
/// Never panics, never inflates more than [`MAX_PASTE_BYTES`]. A shared page is no
/// bookmarklet's capture: its text is read from the inbox instead ([`shared_page`]).
pub fn arrival(fragment: &str, window_name: &str) -> Option<Result<String, CaptureError>> {
    if is_shared_fragment(fragment) {
        return None;
    }
    let fragment = fragment.strip_prefix('#').unwrap_or(fragment);
    let rest = fragment.strip_prefix(FRAGMENT_PREFIX)?;
    if rest.contains('.') {
        return Some(decode_payload(rest));
    }
    Some(read_version(rest).and_then(|_| {
        let named = window_name
            .strip_prefix(NAME_PREFIX)
            .ok_or(CaptureError::Lost)?;
        decode_payload(named)
    }))
}

/// The page text of `<version>.<base64url of raw deflate>`.
fn decode_payload(rest: &str) -> Result<String, CaptureError> {
    if rest.len() > MAX_ENCODED_CHARS {
        return Err(CaptureError::TooLarge);
    }
    let (version, payload) = rest.split_once('.').ok_or(CaptureError::Damaged)?;
    read_version(version)?;
    let packed = URL_SAFE_NO_PAD
        .decode(payload.trim_end_matches('='))
        .map_err(|_| CaptureError::Damaged)?;
    let text = miniz_oxide::inflate::decompress_to_vec_with_limit(&packed, MAX_PASTE_BYTES)
        .map_err(|e| match e.status {
            miniz_oxide::inflate::TINFLStatus::HasMoreOutput => CaptureError::TooLarge,
            _ => CaptureError::Damaged,
        })?;
    String::from_utf8(text).map_err(|_| CaptureError::Damaged)
}

/// A capture format this app reads.
fn read_version(version: &str) -> Result<u32, CaptureError> {
    let version: u32 = version.parse().map_err(|_| CaptureError::Damaged)?;
    if version > CAPTURE_VERSION {
        return Err(CaptureError::FromTheFuture {
            found: version,
            supported: CAPTURE_VERSION,
        });
    }
    if version == 0 {
        return Err(CaptureError::Damaged);
    }
    Ok(version)
}

/// The tab's name the bookmarklet gives `text` (the fragment is [`handover_fragment`]): for
/// tests and fuzzing.
pub fn encode(text: &str) -> String {
    format!("{NAME_PREFIX}{CAPTURE_VERSION}.{}", pack(text))
}

/// The fragment (without `#`) of a version 1 bookmarklet: the text in the address.
pub fn encode_in_fragment(text: &str) -> String {
    format!("{FRAGMENT_PREFIX}1.{}", pack(text))
}

/// The fragment (without `#`) with which the bookmarklet opens the app: no text, only where
/// to find it.
pub fn handover_fragment() -> String {
    format!("{FRAGMENT_PREFIX}{CAPTURE_VERSION}")
}

fn pack(text: &str) -> String {
    URL_SAFE_NO_PAD.encode(miniz_oxide::deflate::compress_to_vec(text.as_bytes(), 6))
}

/// What the bookmarklet says on LinkedIn's page when it can't capture it: written into it in
/// the user's language (`i18n::entry::bookmarklet`), since it runs where SSI Lens can't word
/// anything.
#[derive(Clone, Copy, Debug)]
pub struct BookmarkletWords<'a> {
    /// Clicked on another page than the SSI page.
    pub not_the_ssi_page: &'a str,
    /// The browser can't compress the page's text.
    pub cannot_capture: &'a str,
    /// The browser blocked the tab SSI Lens opens in.
    pub tab_blocked: &'a str,
}

/// The bookmarklet, as a `javascript:` address that opens SSI Lens at `app_url` and says
/// `words` when it can't. Self-contained (LinkedIn's Content Security Policy blocks loading
/// scripts) and small.
pub fn bookmarklet(app_url: &str, words: &BookmarkletWords) -> String {
    // Every text goes in as a JSON string: a quote in it can't end the script's string.
    let string = |text: &str| serde_json::to_string(text).unwrap_or_else(|_| "\"\"".into());
    // Comments go before any text is put in, so a text can't be taken for one.
    let code = strip_comments(
        &SOURCE
            .lines()
            .map(str::trim)
            .filter(|l| !l.is_empty())
            .collect::<Vec<_>>()
            .join(""),
    )
    .replace("__MARK__", &format!("\"{NAME_PREFIX}\""))
    .replace("__MAX__", &MAX_TEXT_CHARS.to_string())
    .replace("__VERSION__", &CAPTURE_VERSION.to_string())
    .replace("__NOT_SSI_PAGE__", &string(words.not_the_ssi_page))
    .replace("__CANNOT_CAPTURE__", &string(words.cannot_capture))
    .replace("__TAB_BLOCKED__", &string(words.tab_blocked))
    .replace("__APP__", &string(app_url));
    // A `javascript:` address is percent-decoded before it runs.
    format!(
        "javascript:{}",
        code.replace('%', "%25").replace('#', "%23")
    )
}

/// The code without its `/* … */` comments.
fn strip_comments(code: &str) -> String {
    let mut out = String::with_capacity(code.len());
    let mut rest = code;
    while let Some(start) = rest.find("/*") {
        out.push_str(&rest[..start]);
        rest = rest[start..]
            .find("*/")
            .map_or("", |end| &rest[start + end + 2..]);
    }
    out.push_str(rest);
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    const TEXT: &str = "Your Social Selling Index\n33 out of 100\nÉtablir — 12,5";

    #[test]
    fn a_capture_reads_back_from_the_tabs_name() {
        let fragment = format!("#{}", handover_fragment());
        assert_eq!(fragment, "#capture=2");
        assert_eq!(
            arrival(&fragment, &encode(TEXT)),
            Some(Ok(TEXT.to_string()))
        );
    }

    #[test]
    fn a_version_1_capture_still_reads_back_from_the_fragment() {
        let fragment = format!("#{}", encode_in_fragment(TEXT));
        assert_eq!(arrival(&fragment, ""), Some(Ok(TEXT.to_string())));
        // A name left by anyone else does not change what the fragment says.
        assert_eq!(
            arrival(&fragment, &encode("other")),
            Some(Ok(TEXT.to_string()))
        );
    }

    #[test]
    fn a_name_is_read_only_when_the_address_says_so_and_it_carries_the_mark() {
        assert_eq!(arrival("", &encode(TEXT)), None);
        assert_eq!(arrival("#s=abc", &encode(TEXT)), None);
        assert_eq!(arrival("#capture=2", ""), Some(Err(CaptureError::Lost)));
        let foreign = encode(TEXT).replacen(NAME_PREFIX, "other-app=", 1);
        assert_eq!(
            arrival("#capture=2", &foreign),
            Some(Err(CaptureError::Lost))
        );
        assert_eq!(
            arrival("#capture=3", &encode(TEXT)),
            Some(Err(CaptureError::FromTheFuture {
                found: 3,
                supported: 2
            }))
        );
        assert_eq!(
            arrival("#capture=x", &encode(TEXT)),
            Some(Err(CaptureError::Damaged))
        );
    }

    #[test]
    fn damaged_future_and_huge_captures_are_refused() {
        let read = |fragment: &str| arrival(fragment, "").expect("a capture");
        assert_eq!(read("capture=1.!!!"), Err(CaptureError::Damaged));
        assert_eq!(read("capture=x.AAAA"), Err(CaptureError::Damaged));
        assert_eq!(read("capture=0.AAAA"), Err(CaptureError::Damaged));
        assert_eq!(
            read("capture=3.AAAA"),
            Err(CaptureError::FromTheFuture {
                found: 3,
                supported: 2
            })
        );
        let named = |name: &str| arrival("capture=2", name).expect("a capture");
        let long = format!("{NAME_PREFIX}2.{}", "A".repeat(MAX_ENCODED_CHARS));
        assert_eq!(named(&long), Err(CaptureError::TooLarge));
        assert_eq!(
            read(&long.replacen(NAME_PREFIX, FRAGMENT_PREFIX, 1)),
            Err(CaptureError::TooLarge)
        );
        assert_eq!(
            named(&format!("{NAME_PREFIX}2")),
            Err(CaptureError::Damaged)
        );
        assert_eq!(
            named(&format!("{NAME_PREFIX}4.AAAA")),
            Err(CaptureError::FromTheFuture {
                found: 4,
                supported: 2
            })
        );
        // A small payload that inflates beyond the paste limit.
        let bomb = encode(&"a".repeat(MAX_PASTE_BYTES + 1));
        assert!(bomb.len() < 10_000);
        assert_eq!(named(&bomb), Err(CaptureError::TooLarge));
        // Valid deflate of bytes that are not UTF-8.
        let bytes = miniz_oxide::deflate::compress_to_vec(&[0xff, 0xfe], 6);
        let not_text = format!("{NAME_PREFIX}2.{}", URL_SAFE_NO_PAD.encode(bytes));
        assert_eq!(named(&not_text), Err(CaptureError::Damaged));
    }

    #[test]
    fn a_shared_page_is_read_from_the_inbox_never_from_the_address_or_the_name() {
        let fragment = format!("#{SHARED_FRAGMENT}");
        assert!(is_capture_fragment(&fragment) && is_shared_fragment(&fragment));
        assert!(is_shared_fragment(SHARED_FRAGMENT));
        assert!(!is_shared_fragment("#capture=2") && !is_shared_fragment("#capture=shared2"));
        // Not a capture of the bookmarklet, whatever the tab's name says.
        assert_eq!(arrival(&fragment, &encode(TEXT)), None);
        assert_eq!(shared_page(Some(TEXT.into())), Ok(TEXT.to_string()));
        assert_eq!(shared_page(None), Err(CaptureError::ShareLost));
        assert_eq!(
            shared_page(Some(" \n ".into())),
            Err(CaptureError::NothingShared)
        );
        assert_eq!(
            shared_page(Some("a".repeat(MAX_PASTE_BYTES + 1))),
            Err(CaptureError::TooLarge)
        );
    }

    const WORDS: BookmarkletWords = BookmarkletWords {
        not_the_ssi_page: "Not the SSI page.",
        cannot_capture: "Can't capture.",
        tab_blocked: "Blocked.",
    };

    #[test]
    fn the_bookmarklet_is_small_self_contained_and_keeps_the_text_out_of_the_address() {
        let link = bookmarklet("https://example.org/ssi-lens/", &WORDS);
        assert!(link.starts_with("javascript:(async"));
        assert!(link.contains("\"https://example.org/ssi-lens/\""));
        let name = format!("tab.name = \"{NAME_PREFIX}\" + \"2.\" + btoa(");
        assert!(link.contains(&name), "{link}");
        assert!(
            link.contains("location.href = app + \"%23capture=2\";"),
            "{link}"
        );
        assert!(!link.contains("/*") && !link.contains("__"), "{link}");
        assert!(!link.contains("import(") && !link.contains("createElement(\"script"));
        assert!(link.len() < 1500, "{} characters", link.len());
        // A quote in the address cannot break out of the string.
        assert!(bookmarklet("https://x.org/\"+alert(1)+\"", &WORDS).contains("\\\"+alert(1)+\\\""));
        assert!(link.contains("alert(\"Not the SSI page.\")"), "{link}");
        // Nor can a text end it, or hide the code after it as a comment.
        let words = BookmarkletWords {
            not_the_ssi_page: "\"+alert(1)+\" /* x",
            ..WORDS
        };
        let link = bookmarklet("https://x.org/", &words);
        assert!(
            link.contains("alert(\"\\\"+alert(1)+\\\" /* x\")"),
            "{link}"
        );
        assert!(link.contains("location.href = app"), "{link}");
    }
}
