//! The share link as a QR code, drawn here as SVG (no server, no other origin), so a phone's
//! camera can open a link shown on a laptop.
//!
//! The code holds the link's bytes exactly. Error correction is "medium" (15% of the code can be
//! lost): a screen is flat and clean, but glare and moiré cost a few modules. At that level the
//! largest QR code (version 40, 177 modules a side) holds [`QR_MAX_BYTES`], more than the
//! [`super::LONG_LINK_CHARS`] past which the page already warns that chat apps may cut a link.

use qrcodegen::{QrCode, QrCodeEcc};

/// The longest link a QR code here holds, in bytes: version 40 at medium error correction.
pub const QR_MAX_BYTES: usize = 2_331;
/// White modules around the code, as the QR standard asks, so a camera finds its edge.
const QUIET_ZONE: i32 = 4;

/// Why a link gets no QR code.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum QrError {
    TooLong { chars: usize },
}

/// A QR code of one link, as an SVG image: dark modules on white, whatever the page's theme.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct QrSvg {
    /// Modules a side, quiet zone included.
    pub modules: usize,
    pub svg: String,
}

/// The QR code of `link`, or why it can't hold it. Never panics.
pub fn qr_svg(link: &str) -> Result<QrSvg, QrError> {
    // An address is ASCII (the browser percent-encodes the rest): a byte is a character.
    let too_long = QrError::TooLong { chars: link.len() };
    if link.len() > QR_MAX_BYTES {
        return Err(too_long);
    }
    let code = QrCode::encode_binary(link.as_bytes(), QrCodeEcc::Medium).map_err(|_| too_long)?;
    Ok(draw(&code))
}

/// One path of unit squares, one run of dark modules at a time, so the SVG stays small.
fn draw(code: &QrCode) -> QrSvg {
    let size = code.size();
    let modules = size + 2 * QUIET_ZONE;
    let mut path = String::new();
    for y in 0..size {
        let mut x = 0;
        while x < size {
            if !code.get_module(x, y) {
                x += 1;
                continue;
            }
            let start = x;
            while x < size && code.get_module(x, y) {
                x += 1;
            }
            path.push_str(&format!(
                "M{} {}h{}v1h-{}z",
                start + QUIET_ZONE,
                y + QUIET_ZONE,
                x - start,
                x - start
            ));
        }
    }
    let svg = format!(
        r##"<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 {modules} {modules}" shape-rendering="crispEdges"><rect width="{modules}" height="{modules}" fill="#fff"/><path fill="#000" d="{path}"/></svg>"##
    );
    QrSvg {
        modules: modules as usize,
        svg,
    }
}
