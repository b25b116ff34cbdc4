//! The paste parser against real-looking pages, their variants, and hostile input.

mod support;
use support::pages::{fixture, TEXT_SAMPLES};
use support::{fixture_path, scores, today};

use serde_json::Value;
use ssi_lens::domain::paste::{parse, Missing, Note, ParsedPage, PasteError, MAX_PASTE_BYTES};
use ssi_lens::domain::Pillar;

/// Checks a parse against one entry of expected.json.
fn check(page: &ParsedPage, expected: &Value, name: &str) {
    let opt_f = |k: &str| expected[k].as_f64();
    let pillars = |k: &str| {
        expected[k]
            .as_array()
            .map(|a| scores([0, 1, 2, 3].map(|i| a[i].as_f64().unwrap())))
    };
    assert_eq!(
        page.pillars,
        scores(["brand", "people", "insights", "relationships"].map(|k| opt_f(k).unwrap())),
        "{name} pillars"
    );
    assert_eq!(
        page.industry_rank.map(f64::from),
        opt_f("industry_rank"),
        "{name} industry rank"
    );
    assert_eq!(
        page.network_rank.map(f64::from),
        opt_f("network_rank"),
        "{name} network rank"
    );
    assert_eq!(
        page.industry_avg,
        opt_f("industry_avg"),
        "{name} industry avg"
    );
    assert_eq!(page.network_avg, opt_f("network_avg"), "{name} network avg");
    assert_eq!(
        page.industry_name.as_deref(),
        expected["industry_name"].as_str(),
        "{name} industry name"
    );
    assert_eq!(
        page.industry_pillars,
        pillars("industry_pillars"),
        "{name} industry pillars"
    );
    assert_eq!(
        page.network_pillars,
        pillars("network_pillars"),
        "{name} network pillars"
    );
    // The overall LinkedIn shows, as the saved snapshot will have it.
    let snapshot = page.to_draft(today()).validate(today()).unwrap();
    assert_eq!(
        Some(snapshot.overall),
        opt_f("overall_shown"),
        "{name} overall"
    );
}

fn expected() -> Value {
    serde_json::from_str(&fixture("expected.json")).unwrap()
}

/// Every page of a fixture folder against its expected.json; returns how many there were.
/// `words_known`: every label is in the word lists, so nothing is left to the page's order.
fn check_folder(folder: &str, words_known: bool) -> usize {
    let dir = fixture_path(folder);
    let read = |name: &str| std::fs::read_to_string(dir.join(name)).unwrap();
    let expected: Value = serde_json::from_str(&read("expected.json")).unwrap();
    let names: Vec<&String> = expected
        .as_object()
        .unwrap()
        .keys()
        .filter(|k| !k.starts_with('_'))
        .collect();
    for name in &names {
        let page = parse(&read(name)).unwrap_or_else(|e| panic!("{name}: {e}"));
        check(&page, &expected[name.as_str()], name);
        if words_known {
            assert!(
                page.notes.is_empty(),
                "{name}: labels were known: {:?}",
                page.notes
            );
        }
    }
    names.len()
}

#[test]
fn every_fixture_parses_to_its_expected_values() {
    assert_eq!(check_folder("ssi-page", true), 7);
    // Languages and scripts beyond the shared samples: French, Turkish, Japanese, Korean,
    // Chinese, Arabic (Arabic-Indic digits, direction marks) and Hebrew.
    assert_eq!(check_folder("ssi-page-more", true), 7);
}

#[test]
fn pages_written_to_break_the_parser_parse_to_their_expected_values() {
    // Italian, Dutch, Swedish, Thai, Hindi (Devanagari digits), Greek, Ukrainian, ...; nav
    // promos, weekly-change lines, split scores, dates and digits above the pillars.
    assert_eq!(check_folder("ssi-page-unseen", false), 50);
}

/// Applies a text transformation to every text fixture and expects the same values.
fn each_text_fixture_survives(transform: impl Fn(&str) -> String) {
    let expected = expected();
    for name in TEXT_SAMPLES {
        let text = transform(&fixture(name));
        let page = parse(&text).unwrap_or_else(|e| panic!("{name}: {e}"));
        check(&page, &expected[name], name);
    }
}

#[test]
fn windows_line_endings() {
    each_text_fixture_survives(|t| t.replace('\n', "\r\n"));
}

#[test]
fn non_breaking_spaces() {
    each_text_fixture_survives(|t| t.replace(' ', "\u{a0}"));
}

#[test]
fn surrounding_page_text_and_a_byte_order_mark() {
    each_text_fixture_survives(|t| {
        format!(
            "\u{feff}Sales Navigator\nHome\nMessaging 3\n\n{t}\n\nAbout\nPrivacy & Terms\n© 2026"
        )
    });
}

#[test]
fn pillars_written_with_a_bar() {
    let text = fixture("en-classic.txt")
        .replace("12.275  Establish", "12.275 | Establish")
        .replace("6  Find", "6 | Find");
    let page = parse(&text).unwrap();
    assert_eq!(page.pillars, scores([12.275, 6.0, 3.1, 1.948]));
}

#[test]
fn a_rank_on_one_line() {
    let text = "Top 85% Industry SSI rank\nTop 12% Network SSI rank\n12.05 | Establish your professional brand\n4.76 | Find the right people\n1 | Engage with insights\n15 | Build relationships\n";
    let page = parse(text).unwrap();
    assert_eq!(
        (page.industry_rank, page.network_rank),
        (Some(85), Some(12))
    );
    assert_eq!(page.pillars, scores([12.05, 4.76, 1.0, 15.0]));
}

#[test]
fn a_russian_page() {
    let text = "Ваш индекс Social Selling Index\nРейтинг SSI в отрасли\nТоп 30%\nРейтинг SSI в сети\nТоп 25%\nТекущий индекс\n32 из 100\n12,05 Создание профессионального бренда\n6,4 Поиск нужных людей\n4 Обмен информацией\n9,6 Развитие отношений\n";
    let page = parse(text).unwrap();
    assert_eq!(page.pillars, scores([12.05, 6.4, 4.0, 9.6]));
    assert_eq!(
        (page.industry_rank, page.network_rank),
        (Some(30), Some(25))
    );
    assert_eq!(page.overall, Some(32.0));
    assert!(page.notes.is_empty(), "{:?}", page.notes);
}

#[test]
fn an_unknown_language_falls_back_on_the_page_order_and_says_so() {
    let text = "Ihr Index\nEins\n40%\nZwei\n45%\nAktuell\n33 av 100\n12,05 Aaa bbb\n4,76 Ccc ddd\n1 Eee fff\n15 Ggg hhh\n";
    let page = parse(text).unwrap();
    assert!(page
        .notes
        .contains(&Note::PillarsByPlace(Pillar::ALL.to_vec())));
    assert!(page.notes.contains(&Note::RanksByOrder));
    assert_eq!(page.pillars, scores([12.05, 4.76, 1.0, 15.0]));
    assert_eq!(
        (page.industry_rank, page.network_rank),
        (Some(40), Some(45))
    );
    assert_eq!(page.overall, Some(33.0));
}

#[test]
fn peer_tables_before_the_members_own_are_told_apart() {
    let page = fixture("en-2026-whole-page.txt");
    let lines: Vec<&str> = page.lines().collect();
    // Move the member's block (caption heading to its remaining-points row) to the end.
    let start = lines
        .iter()
        .position(|l| l.starts_with("Current Social"))
        .unwrap();
    let end = lines
        .iter()
        .position(|l| l.starts_with("Remaining points"))
        .unwrap();
    let mut reordered: Vec<&str> = lines[..start].to_vec();
    reordered.extend(&lines[end + 1..]);
    reordered.extend(&lines[start..=end]);
    let parsed = parse(&reordered.join("\n")).unwrap();
    check(&parsed, &expected()["en-2026-whole-page.txt"], "reordered");
}

#[test]
fn text_that_is_not_an_ssi_page_says_what_was_expected() {
    for text in [
        "hello world",
        "Dear team,\nthe meeting is at 10:30.\nBest",
        "1\n2\n3",
        "{\"foo\": 1}",
        "<html><body>nope</body></html>",
    ] {
        match parse(text) {
            Err(PasteError::NotAnSsiPage { found, .. }) => assert!(found < 4, "{text}"),
            other => panic!("{text:?} gave {other:?}"),
        }
    }
    let err = parse("Industry SSI rank\nTop 5%\n").unwrap_err();
    assert!(err.to_string().contains("four pillar scores"), "{err}");
    assert!(err.to_string().contains("whole page"), "{err}");
}

#[test]
fn a_page_with_only_some_pillars_is_refused_with_the_count() {
    let text = "12.05  Establish your professional brand\n4.76  Find the right people\n";
    assert_eq!(
        parse(text),
        Err(PasteError::NotAnSsiPage {
            found: 2,
            hint: None
        })
    );
}

#[test]
fn empty_and_huge_input() {
    assert_eq!(parse(""), Err(PasteError::Empty));
    assert_eq!(parse(" \n\t\r\n "), Err(PasteError::Empty));
    let huge = "x".repeat(MAX_PASTE_BYTES + 1);
    assert_eq!(parse(&huge), Err(PasteError::TooLarge(MAX_PASTE_BYTES + 1)));
}

#[test]
fn out_of_range_pillars_are_not_taken() {
    let text = "42  Establish your professional brand\n6  Find the right people\n3.1  Engage with insights\n1.948  Build relationships\n";
    assert!(matches!(
        parse(text),
        Err(PasteError::NotAnSsiPage { found: 3, .. })
    ));
}

#[test]
fn api_json_with_missing_parts_degrades_gracefully() {
    let no_groups = r#"{"memberScore":{"overall":20,"subScores":[{"score":5,"pillar":"PROFESSIONAL_BRAND"},{"score":5,"pillar":"FIND_RIGHT_PEOPLE"},{"score":5,"pillar":"INSIGHT_ENGAGEMENT"},{"score":5,"pillar":"STRONG_RELATIONSHIP"}]}}"#;
    let page = parse(no_groups).unwrap();
    assert_eq!(page.pillars, scores([5.0; 4]));
    assert_eq!(page.industry_rank, None);
    let bad_pillar = no_groups.replace(
        "\"score\":5,\"pillar\":\"PROFESSIONAL_BRAND\"",
        "\"score\":99,\"pillar\":\"PROFESSIONAL_BRAND\"",
    );
    assert!(parse(&bad_pillar).is_err());
    let with_peers = r#"{"memberScore":{"overall":20,"subScores":[{"score":5,"pillar":"PROFESSIONAL_BRAND"},{"score":5,"pillar":"FIND_RIGHT_PEOPLE"},{"score":5,"pillar":"INSIGHT_ENGAGEMENT"},{"score":5,"pillar":"STRONG_RELATIONSHIP"}]},"groupScore":[{"groupType":"NETWORK","rank":3,"score":{"overall":40,"subScores":[{"score":10,"pillar":"PROFESSIONAL_BRAND"},{"score":10,"pillar":"FIND_RIGHT_PEOPLE"},{"score":10,"pillar":"INSIGHT_ENGAGEMENT"},{"score":10,"pillar":"STRONG_RELATIONSHIP"}]}}]}"#;
    let page = parse(with_peers).unwrap();
    assert_eq!(page.network_pillars, Some(scores([10.0; 4])));
    assert_eq!(page.network_rank, Some(3));
}

#[test]
fn what_was_not_found_is_listed() {
    let page = parse(&fixture("pt-br.txt")).unwrap();
    let missing = page.missing();
    assert!(missing.contains(&Missing::IndustryAverage));
    assert!(missing.contains(&Missing::NetworkPillars));
    assert!(!missing.contains(&Missing::Overall));
}

#[test]
fn the_preview_draft_keeps_three_decimals_and_the_shown_overall() {
    let page = parse(&fixture("api-response.json")).unwrap();
    let draft = page.to_draft(today());
    assert_eq!(draft.pillar(Pillar::Insights), "0.3");
    assert_eq!(draft.pillar(Pillar::Brand), "13.118");
    assert_eq!(draft.overall, "20");
    assert_eq!(draft.industry_avg, "30.99");
}

#[test]
fn adversarial_inputs_do_not_panic() {
    let nasty = [
        "\u{0}\u{1}\u{2}".to_string(),
        "%".repeat(10_000),
        "9".repeat(100_000),
        "1.".repeat(50_000),
        ",,,,.....".repeat(1000),
        "Top\n".repeat(10_000),
        "{".repeat(50_000),
        "[".repeat(50_000) + "{\"memberScore\":",
        "𝟙𝟚 Establish your professional brand\n".repeat(100),
        "12.05\tEstablish your professional brand\n".repeat(20_000),
        "ÿ\u{202e}Build relationships 3\u{200b}%\n".repeat(1000),
    ];
    for text in nasty {
        let _ = parse(&text);
    }
}

#[test]
fn the_paste_flags_a_total_gap_by_the_rule_the_form_applies_on_saving() {
    let page = |overall: Option<f64>| ParsedPage {
        overall,
        pillars: scores([10.0, 10.0, 10.0, 10.0]),
        ..Default::default()
    };
    assert_eq!(
        page(None).total_gap_to_check(),
        None,
        "no total, nothing to check"
    );
    assert_eq!(
        page(Some(42.0)).total_gap_to_check(),
        None,
        "within rounding"
    );
    assert_eq!(page(Some(60.0)).total_gap_to_check(), Some(20.0));
    // The form keeps the page's whole-number total, and so does the check.
    for overall in [37.6, 42.4] {
        let saved = page(Some(overall))
            .to_draft(today())
            .validate(today())
            .unwrap();
        assert_eq!(
            page(Some(overall)).total_gap_to_check().is_some(),
            saved.total_looks_wrong(),
            "{overall}"
        );
    }
}
