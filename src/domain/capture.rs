//! One-click capture: a bookmarklet the user keeps in the bookmarks bar. Clicked on
//! LinkedIn's SSI page, it opens SSI Lens with the page's text compressed in the address's
//! fragment (`#capture=1.<base64url of raw deflate>`), which browsers never send to a server.
//! The app reads it with [`decode`] as untrusted input: size-capped before and after
//! inflating, then parsed by the paste parser like any paste. Nothing is saved until the
//! user confirms the form.

use base64::engine::general_purpose::URL_SAFE_NO_PAD;
use base64::Engine;
use thiserror::Error;

use super::paste::MAX_PASTE_BYTES;

/// The fragment's start, before the version.
pub const FRAGMENT_PREFIX: &str = "capture=";

/// The capture format this app writes and reads; the bookmarklet carries it.
pub const CAPTURE_VERSION: u32 = 1;

/// The most page text the bookmarklet sends, in characters (a copied SSI page is about 5,000).
const MAX_TEXT_CHARS: usize = 200_000;

/// Longer fragments are refused before decoding: the text, compressed, never comes near it.
pub const MAX_FRAGMENT_CHARS: usize = 400_000;

const SOURCE: &str = include_str!("capture/bookmarklet.js");

#[derive(Clone, Debug, Error, PartialEq)]
pub enum CaptureError {
    #[error("The captured page is larger than any SSI page, so it was not read.")]
    TooLarge,
    #[error("The captured page arrived damaged (the address may have been cut short). Click the bookmark on the SSI page again, or copy and paste the page.")]
    Damaged,
    #[error("This capture comes from a newer SSI Lens bookmark (format {found}; this version reads up to {supported}). Reload SSI Lens to update it, then try again.")]
    FromTheFuture { found: u32, supported: u32 },
}

/// Whether a fragment (with or without `#`) claims to be a capture; it may still not decode.
pub fn is_capture_fragment(fragment: &str) -> bool {
    fragment
        .strip_prefix('#')
        .unwrap_or(fragment)
        .starts_with(FRAGMENT_PREFIX)
}

/// The page text a capture fragment carries. Never panics, never inflates more than
/// [`MAX_PASTE_BYTES`].
pub fn decode(fragment: &str) -> Result<String, CaptureError> {
    let fragment = fragment.strip_prefix('#').unwrap_or(fragment);
    let rest = fragment
        .strip_prefix(FRAGMENT_PREFIX)
        .ok_or(CaptureError::Damaged)?;
    if rest.len() > MAX_FRAGMENT_CHARS {
        return Err(CaptureError::TooLarge);
    }
    let (version, payload) = rest.split_once('.').ok_or(CaptureError::Damaged)?;
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

/// The fragment (without `#`) the bookmarklet makes of `text`: for tests and fuzzing.
pub fn encode(text: &str) -> String {
    let packed = miniz_oxide::deflate::compress_to_vec(text.as_bytes(), 6);
    format!(
        "{FRAGMENT_PREFIX}{CAPTURE_VERSION}.{}",
        URL_SAFE_NO_PAD.encode(packed)
    )
}

/// The bookmarklet, as a `javascript:` address that opens SSI Lens at `app_url`.
/// Self-contained (LinkedIn's Content Security Policy blocks loading scripts) and small.
pub fn bookmarklet(app_url: &str) -> String {
    let app = serde_json::to_string(app_url).unwrap_or_else(|_| "\"\"".into());
    let code: String = SOURCE
        .lines()
        .map(str::trim)
        .filter(|l| !l.is_empty())
        .collect::<Vec<_>>()
        .join("")
        .replace("__APP__", &app)
        .replace("__MAX__", &MAX_TEXT_CHARS.to_string())
        .replace("__VERSION__", &CAPTURE_VERSION.to_string());
    let code = strip_comments(&code);
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

    #[test]
    fn a_capture_reads_back() {
        let text = "Your Social Selling Index\n33 out of 100\nÉtablir — 12,5";
        assert_eq!(decode(&format!("#{}", encode(text))), Ok(text.to_string()));
    }

    #[test]
    fn damaged_future_and_huge_captures_are_refused() {
        assert_eq!(decode("capture=1.!!!"), Err(CaptureError::Damaged));
        assert_eq!(decode("capture=1"), Err(CaptureError::Damaged));
        assert_eq!(decode("capture=x.AAAA"), Err(CaptureError::Damaged));
        assert_eq!(decode("capture=0.AAAA"), Err(CaptureError::Damaged));
        assert_eq!(
            decode("capture=2.AAAA"),
            Err(CaptureError::FromTheFuture {
                found: 2,
                supported: 1
            })
        );
        let long = format!("capture=1.{}", "A".repeat(MAX_FRAGMENT_CHARS));
        assert_eq!(decode(&long), Err(CaptureError::TooLarge));
        // A small fragment that inflates beyond the paste limit.
        let bomb = encode(&"a".repeat(MAX_PASTE_BYTES + 1));
        assert!(bomb.len() < 10_000);
        assert_eq!(decode(&bomb), Err(CaptureError::TooLarge));
        // Valid deflate of bytes that are not UTF-8.
        let bytes = miniz_oxide::deflate::compress_to_vec(&[0xff, 0xfe], 6);
        let not_text = format!("capture=1.{}", URL_SAFE_NO_PAD.encode(bytes));
        assert_eq!(decode(&not_text), Err(CaptureError::Damaged));
    }

    #[test]
    fn the_bookmarklet_is_small_self_contained_and_points_home() {
        let link = bookmarklet("https://example.org/ssi-lens/");
        assert!(link.starts_with("javascript:(async"));
        assert!(link.contains("\"https://example.org/ssi-lens/\""));
        assert!(link.contains("#capture=1.") || link.contains("%23capture=1."));
        assert!(!link.contains("/*") && !link.contains("__"), "{link}");
        assert!(!link.contains("import(") && !link.contains("createElement(\"script"));
        assert!(link.len() < 1500, "{} characters", link.len());
        // A quote in the address cannot break out of the string.
        assert!(bookmarklet("https://x.org/\"+alert(1)+\"").contains("\\\"+alert(1)+\\\""));
    }
}
