//! The share-link codec: exact round trips, compactness, and rejection of damaged links.

mod support;
use base64::engine::general_purpose::URL_SAFE_NO_PAD;
use base64::Engine;
use chrono::NaiveDate;
use ssi_lens::domain::paste::parse;
use ssi_lens::domain::sample::sample_weeks;
use ssi_lens::domain::share::{
    decode, encode, is_share_fragment, select, EncodeError, Malformed, ShareError, ShareOptions,
    SharedHistory, MAX_FRAGMENT_CHARS, MAX_INFLATED_BYTES, MAX_TEXT_BYTES, SHARE_VERSION,
};
use ssi_lens::domain::stats::Range;
use ssi_lens::domain::{History, Snapshot};
use support::pages::fixture;
use support::{today, weekly};

fn shared(history: History, name: Option<&str>) -> SharedHistory {
    SharedHistory {
        own_data: false,
        name: name.map(String::from),
        shared_on: today(),
        history,
    }
}

#[test]
fn histories_of_0_1_52_and_520_round_trip_exactly() {
    for weeks in [0, 1, 52, 520] {
        let original = shared(weekly(weeks), Some("Ada Lovelace"));
        let link = encode(&original).unwrap();
        assert_eq!(decode(&link).unwrap(), original, "{weeks} weeks");
        assert_eq!(decode(&format!("#{link}")).unwrap(), original, "with the #");
    }
}

#[test]
fn everything_a_snapshot_holds_survives_including_three_decimals_and_peers() {
    let whole_page = fixture("en-2026-whole-page.txt");
    let mut draft = parse(&whole_page).unwrap().to_draft(today());
    draft.note = "<img src=x onerror=alert(1)> and ünïcödé".into();
    draft.industry = "Software Development".into();
    let mut h = History::default();
    h.add(draft.validate(today()).unwrap()).unwrap();
    let mut classic = parse(&fixture("en-classic.txt"))
        .unwrap()
        .to_draft(today() - chrono::Days::new(3));
    classic.overall = "23.5".into();
    h.add(classic.validate(today()).unwrap()).unwrap();
    let original = shared(h, None);
    assert_eq!(decode(&encode(&original).unwrap()).unwrap(), original);
}

#[test]
fn a_year_fits_in_600_characters_and_ten_years_in_5000() {
    // The link as the share dialog makes it by default: everything but the notes.
    let options = ShareOptions {
        own_data: false,
        range: Range::All,
        name: Some("Ada Lovelace".into()),
        include_notes: false,
        include_goals: false,
    };
    let length = |weeks| {
        encode(&select(&weekly(weeks), &options, today()))
            .unwrap()
            .len()
    };
    let (year, decade) = (length(52), length(520));
    println!("52 weeks: {year} chars, 520 weeks: {decade} chars");
    assert!(year <= 600, "{year}");
    assert!(decade <= 5000, "{decade}");
}

#[test]
fn the_same_input_gives_the_same_link() {
    let a = encode(&shared(weekly(52), Some("X"))).unwrap();
    let b = encode(&shared(weekly(52), Some("X"))).unwrap();
    assert_eq!(a, b);
    assert!(
        a.chars()
            .all(|c| c.is_ascii_alphanumeric() || "-_=".contains(c)),
        "URL-safe"
    );
}

#[test]
fn select_takes_the_chosen_weeks_and_leaves_notes_out_unless_asked() {
    let mut history = weekly(52);
    let latest = history.latest().unwrap().clone();
    history
        .replace(ssi_lens::domain::Snapshot {
            note: Some("private".into()),
            ..latest
        })
        .unwrap();
    let options = |range, include_notes| ShareOptions {
        own_data: false,
        range,
        name: Some("  Ada  ".into()),
        include_notes,
        include_goals: false,
    };
    let four = select(&history, &options(Range::Weeks4, false), today());
    // The charts' "4 weeks" ending today: both ends included, so five weekly snapshots.
    assert_eq!(four.history.len(), 5);
    let dates = |s: &[Snapshot]| s.iter().map(|s| s.date).collect::<Vec<_>>();
    assert_eq!(
        dates(four.history.snapshots()),
        dates(Range::Weeks4.slice(&history, today()))
    );
    assert_eq!(four.name.as_deref(), Some("Ada"));
    assert_eq!(four.history.latest().unwrap().note, None);
    assert_eq!(
        select(&history, &options(Range::Weeks12, true), today())
            .history
            .latest()
            .unwrap()
            .note
            .as_deref(),
        Some("private")
    );
    assert_eq!(
        select(&history, &options(Range::All, false), today())
            .history
            .len(),
        52
    );
    let blank = ShareOptions {
        own_data: false,
        range: Range::All,
        name: Some("   ".into()),
        include_notes: false,
        include_goals: false,
    };
    assert_eq!(select(&history, &blank, today()).name, None);
}

#[test]
fn damaged_links_are_rejected_with_the_right_error() {
    let link = encode(&shared(weekly(52), Some("Ada"))).unwrap();
    assert_eq!(decode("#other=1"), Err(ShareError::NotAShareLink));
    assert!(!is_share_fragment("#other"));
    assert!(is_share_fragment("#s=abc"));
    assert_eq!(decode("s="), Err(ShareError::Damaged));
    assert_eq!(decode("s=!!!notbase64"), Err(ShareError::Damaged));
    // Truncated anywhere: never accepted.
    for cut in [5, link.len() / 2, link.len() - 1] {
        assert!(decode(&link[..cut]).is_err(), "cut at {cut}");
    }
    // A changed character anywhere: never accepted as different data.
    let original = decode(&link).unwrap();
    for i in 2..link.len() {
        let mut bytes = link.clone().into_bytes();
        bytes[i] = if bytes[i] == b'A' { b'B' } else { b'A' };
        let tampered = String::from_utf8(bytes).unwrap();
        if let Ok(decoded) = decode(&tampered) {
            assert_eq!(
                decoded, original,
                "a tampered link at {i} decoded to other data"
            );
        }
    }
}

#[test]
fn a_future_version_is_named() {
    let link = encode(&shared(weekly(1), None)).unwrap();
    let mut packed = URL_SAFE_NO_PAD.decode(&link[2..]).unwrap();
    packed[0] = 9;
    let future = format!("s={}", URL_SAFE_NO_PAD.encode(packed));
    assert_eq!(
        decode(&future),
        Err(ShareError::FromTheFuture {
            found: 9,
            supported: SHARE_VERSION
        })
    );
    assert!(decode(&future)
        .unwrap_err()
        .to_string()
        .contains("newer version"));
}

#[test]
fn a_zip_bomb_is_capped() {
    let bomb = vec![0u8; MAX_INFLATED_BYTES * 4];
    let mut packed = vec![1u8];
    packed.extend(miniz_oxide::deflate::compress_to_vec_zlib(&bomb, 10));
    let link = format!("s={}", URL_SAFE_NO_PAD.encode(packed));
    assert_eq!(decode(&link), Err(ShareError::TooLarge));
}

#[test]
fn valid_compression_of_invalid_data_is_refused() {
    for body in [vec![], vec![0xff; 40], b"\x00\x00\x05\x02".to_vec()] {
        let mut packed = vec![1u8];
        packed.extend(miniz_oxide::deflate::compress_to_vec_zlib(&body, 10));
        let link = format!("s={}", URL_SAFE_NO_PAD.encode(packed));
        assert!(
            matches!(decode(&link), Err(ShareError::Malformed(_))),
            "{body:?}: {:?}",
            decode(&link)
        );
    }
}

/// Notes that deflate cannot shrink: letters from a simple pseudo-random sequence.
fn noisy_note(seed: u64) -> String {
    let mut x = seed
        .wrapping_mul(6364136223846793005)
        .wrapping_add(1442695040888963407);
    (0..500)
        .map(|_| {
            x = x
                .wrapping_mul(6364136223846793005)
                .wrapping_add(1442695040888963407);
            char::from(
                b"abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789 ."
                    [(x >> 58) as usize],
            )
        })
        .collect()
}

#[test]
fn a_link_the_app_would_refuse_is_not_made_and_fewer_weeks_or_no_notes_fit() {
    let mut history = weekly(520);
    let with_notes: Vec<_> = history
        .snapshots()
        .iter()
        .cloned()
        .enumerate()
        .map(|(i, mut s)| {
            s.note = Some(noisy_note(i as u64));
            s
        })
        .collect();
    history = History::from_snapshots(with_notes).unwrap();
    let options = |range, include_notes| ShareOptions {
        own_data: false,
        range,
        name: Some("Ada".into()),
        include_notes,
        include_goals: false,
    };
    match encode(&select(&history, &options(Range::All, true), today())) {
        Err(EncodeError::TooLong { chars }) => assert!(chars > MAX_FRAGMENT_CHARS, "{chars}"),
        other => panic!("ten years of long notes should not fit: {other:?}"),
    }
    for fits in [options(Range::All, false), options(Range::Year, true)] {
        let shared = select(&history, &fits, today());
        let link = encode(&shared).expect("fits");
        assert_eq!(decode(&link).unwrap(), shared);
    }
}

#[test]
fn a_note_of_500_four_byte_characters_travels_but_a_huge_name_does_not() {
    let mut h = weekly(2);
    let mut notes: Vec<_> = h.snapshots().to_vec();
    notes[0].note = Some("𝄞".repeat(500));
    h = History::from_snapshots(notes).unwrap();
    let original = shared(h.clone(), Some("Ada"));
    assert_eq!(decode(&encode(&original).unwrap()).unwrap(), original);
    let huge = shared(h, Some(&"n".repeat(MAX_TEXT_BYTES + 1)));
    assert_eq!(encode(&huge), Err(EncodeError::TextTooLong));
}

/// A link made by the version before this one (tests/fixtures/share-links): links already
/// sent to colleagues must keep opening.
#[test]
fn a_link_made_by_the_previous_version_still_opens() {
    let link = include_str!("fixtures/share-links/v1-52-weeks.txt").trim();
    let shared = ssi_lens::domain::share::decode(link).expect("the old link opens");
    assert_eq!(shared.name.as_deref(), Some("Dana"));
    let today = NaiveDate::from_ymd_opt(2026, 11, 25).unwrap();
    let sample = ssi_lens::domain::sample::sample_history(today);
    assert!(shared.history.len() >= 52);
    let latest = shared.history.latest().unwrap();
    // It was made from sample data, whose mark the link carried then: read now, the mark is
    // gone (moved into one's own history, "Remove sample data" must not delete it).
    let expected = Snapshot {
        sample: false,
        ..sample.get(latest.date).unwrap().clone()
    };
    assert_eq!(*latest, expected);
    assert!(!shared.history.has_sample());
}

#[test]
fn a_pasted_share_link_is_recognised_with_or_without_its_address() {
    use ssi_lens::domain::share::link_fragment;
    let link = include_str!("fixtures/share-links/v1-52-weeks.txt").trim();
    assert_eq!(link_fragment(link), Some(link));
    let full = format!("  https://example.org/ssi-lens/history#{link}\n");
    assert_eq!(link_fragment(&full), Some(link));
    for not_a_link in [
        "Your Social Selling Index 46 out of 100",
        "https://example.org/#main",
        "",
    ] {
        assert_eq!(link_fragment(not_a_link), None, "{not_a_link}");
    }
    // A page that merely mentions a link is read as a page.
    assert_eq!(link_fragment(&format!("SSI 46\n{full}")), None);
}

/// Sample data shared in a link and moved into one's own history ("Move into my own
/// history…", an import plan of the link's snapshots) is the user's: "Remove sample data"
/// keeps it. The link drops the mark both ways: the encoder writes none, the decoder reads
/// none from links made before.
#[test]
fn moved_snapshots_from_a_link_of_sample_data_survive_remove_sample() {
    let sample = sample_weeks(today(), 4);
    assert!(sample.has_sample());
    let link = encode(&shared(sample, Some("Dana"))).unwrap();
    let read = decode(&link).unwrap();
    assert!(!read.history.has_sample());
    let plan = ssi_lens::domain::transfer::ImportPlan::new(
        read.history.snapshots().to_vec(),
        Vec::new(),
        &History::default(),
    );
    let mut mine = plan
        .apply(
            &History::default(),
            ssi_lens::domain::transfer::ConflictChoice::KeepMine,
        )
        .unwrap();
    mine.remove_sample();
    assert_eq!(mine.len(), 4);
}

/// The name a link shows ("Dana’s SSI") never holds invisible or direction characters.
#[test]
fn a_links_name_is_shown_without_invisible_or_direction_characters() {
    let forged = shared(weekly(1), Some("Dana\u{202E}gnp.exe"));
    let read = decode(&encode(&forged).unwrap()).unwrap();
    assert_eq!(read.name.as_deref(), Some("Danagnp.exe"));
    let invisible = shared(weekly(1), Some("\u{200B}\u{2066}"));
    assert_eq!(decode(&encode(&invisible).unwrap()).unwrap().name, None);
    let options = ShareOptions {
        own_data: false,
        range: Range::All,
        name: Some(" \u{200B}Dana\u{200F} ".into()),
        include_notes: false,
        include_goals: false,
    };
    assert_eq!(
        select(&weekly(1), &options, today()).name.as_deref(),
        Some("Dana")
    );
}

/// The body and version byte of a link.
fn unpack(link: &str) -> (u8, Vec<u8>) {
    let packed = URL_SAFE_NO_PAD.decode(&link[2..]).unwrap();
    let body = miniz_oxide::inflate::decompress_to_vec_zlib(&packed[1..]).unwrap();
    (packed[0], body)
}

fn pack(version: u8, body: &[u8]) -> String {
    let mut packed = vec![version];
    packed.extend(miniz_oxide::deflate::compress_to_vec_zlib(body, 10));
    format!("s={}", URL_SAFE_NO_PAD.encode(packed))
}

/// A history of a year with an overall goal of 70 by 31 March 2027 and a brand goal of 20.5.
fn with_goals() -> History {
    use ssi_lens::domain::goals::Metric;
    let mut h = weekly(52);
    h.set_goal(Metric::Overall, Some(70.0)).unwrap();
    h.set_goal(Metric::Brand, Some(20.5)).unwrap();
    h.set_goal_date(Metric::Overall, NaiveDate::from_ymd_opt(2027, 3, 31))
        .unwrap();
    h
}

/// Goals travel only when the sharer asks, with their dates, in format 2; a link without
/// goals stays in format 1, which every earlier version reads.
#[test]
fn a_dated_goal_round_trips_in_format_2_and_a_link_without_goals_stays_format_1() {
    use ssi_lens::domain::goals::Metric;
    let h = with_goals();
    let options = |include_goals| ShareOptions {
        range: Range::All,
        name: Some("Dana".into()),
        include_notes: false,
        include_goals,
        own_data: false,
    };
    let plain = encode(&select(&h, &options(false), today())).unwrap();
    assert_eq!(unpack(&plain).0, 1);
    assert!(decode(&plain).unwrap().history.goals().is_empty());
    let shared = select(&h, &options(true), today());
    let link = encode(&shared).unwrap();
    assert_eq!(unpack(&link).0, 2);
    let read = decode(&link).unwrap();
    assert_eq!(read, shared);
    assert_eq!(read.history.goals(), h.goals());
    assert_eq!(
        read.history.goal_date(Metric::Overall),
        NaiveDate::from_ymd_opt(2027, 3, 31)
    );
    assert_eq!(read.history.goal_date(Metric::Brand), None);
    // Goals cost a few characters, no more.
    assert!(
        link.len() < plain.len() + 20,
        "{} vs {}",
        link.len(),
        plain.len()
    );
    // A reader of format 1 sees the version byte and asks for a reload (its own check, which
    // this build keeps for newer formats): it never misreads the goals as snapshot data.
    let mut packed = URL_SAFE_NO_PAD.decode(&link[2..]).unwrap();
    packed[0] = SHARE_VERSION + 1;
    let newer = format!("s={}", URL_SAFE_NO_PAD.encode(packed));
    assert!(matches!(
        decode(&newer),
        Err(ShareError::FromTheFuture { .. })
    ));
    // Format 1 has no goals section: the same bytes labelled 1 are refused, not half-read.
    let (_, body) = unpack(&link);
    assert!(matches!(
        decode(&pack(1, &body)),
        Err(ShareError::Malformed(Malformed::DataAfterEnd))
    ));
    // A kept link of format 2 must keep opening in later versions.
    let kept = include_str!("fixtures/share-links/v2-goals.txt").trim();
    let kept = decode(kept).expect("the format 2 link opens");
    assert_eq!(
        kept.history.goal_date(Metric::Overall),
        NaiveDate::from_ymd_opt(2027, 3, 31)
    );
    assert_eq!(kept.history.goals().get(&Metric::Brand), Some(&20.5));
}

/// A link's goals obey the rules a load applies: a target out of range, a date in a year no
/// goal may have, an unknown metric or a goal given twice are refused with the reason.
#[test]
fn a_links_goals_are_checked_as_stored_goals_are() {
    let h = weekly(3);
    let (_, body) = unpack(&encode(&shared(h, None)).unwrap());
    let with = |section: &[u8]| decode(&pack(2, &[body.as_slice(), section].concat()));
    // One goal for the overall of 70 (70000 thousandths, LEB128), no date: fine.
    let ok = with(&[1, 0, 0xF0, 0xA2, 0x04, 0]).unwrap();
    assert_eq!(ok.history.goals().len(), 1);
    // 101 for the overall.
    let Err(ShareError::Invalid(why)) = with(&[1, 0, 0x88, 0x95, 0x06, 0]) else {
        panic!("a goal of 101 was read")
    };
    assert!(why.contains("from 0 to 100"), "{why}");
    // 70 by 1 January 1990: -3652 days, zig-zag 7303, plus one: 7304.
    let Err(ShareError::Invalid(why)) = with(&[1, 0, 0xF0, 0xA2, 0x04, 0x88, 0x39]) else {
        panic!("a goal dated 1990 was read")
    };
    assert!(why.contains("years 2000 and 9999"), "{why}");
    for bad in [
        vec![1, 9, 1, 0],             // no such metric
        vec![2, 0, 1, 0, 0, 1, 0],    // the overall twice
        vec![0],                      // a goals section without goals
        vec![1, 0, 0xF0, 0xA2, 0x04], // cut short
    ] {
        assert!(
            matches!(with(&bad), Err(ShareError::Malformed(_))),
            "{bad:?}"
        );
    }
}
