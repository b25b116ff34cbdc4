#![cfg(not(target_arch = "wasm32"))]
//! The share link's QR code: it reads back as exactly the link (read here from the drawn SVG,
//! as a camera would read it), links too long for a QR code get a typed error, and the "own
//! data" mark a phone's link carries.

mod support;
use ssi_lens::domain::share::qr::{qr_svg, QrError, QR_MAX_BYTES};
use ssi_lens::domain::share::{
    decode, encode, select, EncodeError, ShareOptions, SharedHistory, LONG_LINK_CHARS,
};
use ssi_lens::domain::stats::Range;
use ssi_lens::domain::History;
use support::{today, weekly};

/// A link as the Share screen makes it, on a typical static host.
const APP_URL: &str = "https://example.github.io/ssi-lens/";

/// Module at (x, y) of the SVG's one path of `M x y h w v1 h-w z` runs.
fn modules(svg: &str) -> (usize, Vec<Vec<bool>>) {
    let view_box = svg.split("viewBox=\"0 0 ").nth(1).unwrap();
    let size: usize = view_box.split(' ').next().unwrap().parse().unwrap();
    let mut grid = vec![vec![false; size]; size];
    let path = svg
        .split(" d=\"")
        .nth(1)
        .unwrap()
        .split('"')
        .next()
        .unwrap();
    for run in path.split('M').filter(|r| !r.is_empty()) {
        let (x, rest) = run.split_once(' ').unwrap();
        let (y, rest) = rest.split_once('h').unwrap();
        let (width, rest) = rest.split_once('v').unwrap();
        assert_eq!(rest, format!("1h-{width}z"), "a run is one module high");
        let (x, y, width): (usize, usize, usize) = (
            x.parse().unwrap(),
            y.parse().unwrap(),
            width.parse().unwrap(),
        );
        for cell in &mut grid[y][x..x + width] {
            *cell = true;
        }
    }
    (size, grid)
}

/// What a camera would read from the SVG: drawn at 3 pixels a module, found and decoded.
fn read_back(svg: &str) -> String {
    const SCALE: usize = 3;
    let (size, grid) = modules(svg);
    let mut image = rqrr::PreparedImage::prepare_from_bitmap(size * SCALE, size * SCALE, |x, y| {
        grid[y / SCALE][x / SCALE]
    });
    let grids = image.detect_grids();
    assert_eq!(grids.len(), 1, "one QR code is found");
    grids[0].decode().expect("the QR code decodes").1
}

fn link_of(shared: &SharedHistory) -> String {
    format!("{APP_URL}#{}", encode(shared).unwrap())
}

fn options(include_notes: bool, own_data: bool) -> ShareOptions {
    ShareOptions {
        range: Range::All,
        name: Some("Ada Lovelace".into()),
        include_notes,
        own_data,
        include_goals: false,
    }
}

#[test]
fn the_qr_code_reads_back_as_exactly_the_link() {
    for weeks in [1, 52, 156] {
        let link = link_of(&select(&weekly(weeks), &options(true, false), today()));
        let code = qr_svg(&link).unwrap();
        assert_eq!(read_back(&code.svg), link, "{weeks} weeks");
    }
}

#[test]
fn the_code_has_a_quiet_zone_and_is_dark_on_white_in_any_theme() {
    let link = link_of(&select(&weekly(52), &options(false, false), today()));
    let code = qr_svg(&link).unwrap();
    let (size, grid) = modules(&code.svg);
    assert_eq!(size, code.modules);
    let edges = [0, 1, 2, 3, size - 4, size - 3, size - 2, size - 1];
    for (i, row) in grid.iter().enumerate() {
        for edge in edges {
            assert!(!row[edge] && !grid[edge][i], "the quiet zone is 4 modules");
        }
    }
    // Fixed colours: neither the theme nor `currentColor` can turn it light on dark.
    assert!(code.svg.contains(r##"fill="#fff""##) && code.svg.contains(r##"fill="#000""##));
    assert!(!code.svg.contains("currentColor"));
}

/// How long the links people share are, against what a QR code holds (printed with
/// `cargo test --test qr -- --nocapture`).
#[test]
fn a_year_fits_a_qr_code_and_so_does_every_link_short_enough_to_send() {
    let length =
        |weeks, notes| link_of(&select(&weekly(weeks), &options(notes, true), today())).len();
    for (weeks, notes) in [
        (52, false),
        (52, true),
        (156, true),
        (260, false),
        (260, true),
    ] {
        let chars = length(weeks, notes);
        println!("{weeks} weeks, notes {notes}: {chars} characters; QR holds {QR_MAX_BYTES}");
    }
    let year = length(52, true);
    assert!(year < 1_000, "a year with its notes is {year}");
    assert!(qr_svg(&link_of(&select(
        &weekly(52),
        &options(true, true),
        today()
    )))
    .is_ok());
    // The page warns above LONG_LINK_CHARS that chat apps may cut a link: every link short
    // enough not to be warned about has a QR code.
    const { assert!(LONG_LINK_CHARS < QR_MAX_BYTES) };
}

#[test]
fn a_link_too_long_for_a_qr_code_gets_a_typed_error_not_a_broken_code() {
    let longest = format!(
        "{APP_URL}#s={}",
        "A".repeat(QR_MAX_BYTES - APP_URL.len() - 3)
    );
    assert_eq!(longest.len(), QR_MAX_BYTES);
    assert_eq!(read_back(&qr_svg(&longest).unwrap().svg), longest);
    let too_long = format!("{longest}B");
    let error = qr_svg(&too_long).unwrap_err();
    assert_eq!(
        error,
        QrError::TooLong {
            chars: QR_MAX_BYTES + 1
        }
    );
    assert!(error.to_string().contains("Share fewer weeks"));
    // Ten years of weekly snapshots with notes: a real link past the limit.
    let decade = link_of(&select(&weekly(520), &options(true, true), today()));
    assert!(decade.len() > QR_MAX_BYTES, "{}", decade.len());
    assert!(matches!(qr_svg(&decade), Err(QrError::TooLong { .. })));
    assert!(qr_svg("").is_ok(), "an empty text never panics");
}

#[test]
fn an_own_data_link_says_so_and_carries_no_name() {
    let shared = select(&weekly(52), &options(false, true), today());
    assert!(shared.own_data);
    assert_eq!(shared.name, None, "one's own data needs no name");
    let opened = decode(&encode(&shared).unwrap()).unwrap();
    assert!(opened.own_data);
    assert_eq!(opened, shared);
    let for_someone = select(&weekly(52), &options(false, false), today());
    assert!(!decode(&encode(&for_someone).unwrap()).unwrap().own_data);
    assert_eq!(for_someone.name.as_deref(), Some("Ada Lovelace"));
}

#[test]
fn an_own_data_link_with_nothing_in_it_is_not_made() {
    let empty = select(&History::default(), &options(false, true), today());
    assert_eq!(encode(&empty), Err(EncodeError::NothingToMove));
}

/// Links made before the mark (format 1, tests/fixtures/share-links, which carried the old
/// "sample data" mark in the same column) still open, as someone's shared data.
#[test]
fn links_made_before_the_mark_open_as_someone_elses() {
    let link = include_str!("fixtures/share-links/v1-52-weeks.txt").trim();
    let opened = decode(link).expect("the old link opens");
    assert!(!opened.own_data);
    assert_eq!(opened.name.as_deref(), Some("Dana"));
}
