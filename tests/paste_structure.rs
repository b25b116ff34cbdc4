#![cfg(not(target_arch = "wasm32"))]
//! The paste parser reads the page's structure, in any language and script: pages in
//! languages it has word lists for, in languages it has none for, and in every layout.

mod support;
use proptest::prelude::*;
use ssi_lens::domain::paste::{parse, Note, ParsedPage};
use ssi_lens::domain::Pillar;
use support::pages::{fixture, TEXT_SAMPLES};
use support::scores;
use support::unknown_language::unknown_language;

#[test]
fn structure_alone_reads_every_sample_page() {
    for name in TEXT_SAMPLES {
        let known = parse(&fixture(name)).unwrap();
        let text = unknown_language(&fixture(name));
        let page = parse(&text).unwrap_or_else(|e| panic!("{name}: {e}\n{text}"));
        assert_eq!(page.pillars, known.pillars, "{name}");
        assert_eq!(page.overall, known.overall, "{name}");
        assert_eq!(
            (page.industry_rank, page.network_rank),
            (known.industry_rank, known.network_rank),
            "{name}"
        );
        assert_eq!(
            (page.industry_avg, page.network_avg),
            (known.industry_avg, known.network_avg),
            "{name}"
        );
        assert_eq!(page.industry_pillars, known.industry_pillars, "{name}");
        assert_eq!(page.network_pillars, known.network_pillars, "{name}");
        // Order decided, and the preview will say so.
        assert!(
            page.notes
                .contains(&Note::PillarsByPlace(Pillar::ALL.to_vec())),
            "{name}: {:?}",
            page.notes
        );
        assert!(page.notes.contains(&Note::RanksByOrder), "{name}");
    }
}

#[test]
fn a_partly_recognised_page_reads_as_well_as_an_unrecognised_one() {
    // Three labels known, the fourth ("Durch Einblicke …" once was) not.
    let text = fixture("de.txt").replace("Durch Einblicke Interesse wecken", "Xyz qrs");
    let page = parse(&text).unwrap();
    assert_eq!(page.pillars, scores([14.375, 11.2, 8.05, 12.6]));
    assert_eq!(
        page.notes,
        vec![Note::PillarsByPlace(vec![Pillar::Insights])]
    );
}

#[test]
fn a_spanish_heading_about_social_networks_is_not_the_network() {
    let page = parse(&fixture("es.txt")).unwrap();
    assert_eq!(page.overall, Some(27.0));
    assert_eq!(page.network_avg, Some(29.0));
}

#[test]
fn chart_tooltips_are_not_averages() {
    let page = parse(&fixture("pt-br-2026.txt")).unwrap();
    assert_eq!(
        (page.industry_avg, page.network_avg),
        (Some(30.0), Some(33.0))
    );
}

#[test]
fn pillars_that_do_not_sum_to_the_score_are_flagged() {
    let text = "Score\n60 out of 100\n12 Establish your professional brand\n9 Find the right people\n8 Engage with insights\n11 Build relationships";
    let page = parse(text).unwrap();
    assert_eq!(
        page.overall,
        Some(60.0),
        "the only score, shown with its doubt"
    );
    assert_eq!(page.total_gap_to_check(), Some(20.0));
}

#[test]
fn several_scores_none_matching_leave_the_total_empty() {
    let text = "Aaa\n60 out of 100\nBbb\n70 out of 100\n12 Establish your professional brand\n9 Find the right people\n8 Engage with insights\n11 Build relationships";
    let page = parse(text).unwrap();
    assert_eq!(page.overall, None);
    assert!(page.notes.contains(&Note::TotalUnclear));
}

#[test]
fn a_peer_score_is_never_taken_for_the_members() {
    // The industry's breakdown and score come first, under a heading in an unknown language.
    let text = "Qqq\n29 of 100\n11 Aaa\n4 Bbb\n2 Ccc\n12 Ddd\nWww\n40 of 100\n12 Aaa\n9 Bbb\n8 Ccc\n11 Ddd";
    let page = parse(text).unwrap();
    // Order says the first block is the member's; each score goes with the block it sums.
    assert_eq!(page.pillars, scores([11.0, 4.0, 2.0, 12.0]));
    assert_eq!(page.overall, Some(29.0));
    assert_eq!(page.industry_avg, Some(40.0));
    assert!(page.notes.contains(&Note::PeerBreakdownsByOrder));
}

/// How the generated page writes each value and label.
#[derive(Clone, Copy, Debug)]
enum Layout {
    ValueSpacesLabel,
    ValuePipeLabel,
    LabelTabValue,
    ValueLineThenLabel,
    LabelLineThenValue,
}

#[derive(Clone, Copy, Debug)]
enum Digits {
    Ascii,
    ArabicIndic,
    FullWidth,
}

fn write_number(value: f64, comma: bool, digits: Digits) -> String {
    let text = format!("{value}");
    text.chars()
        .map(|c| match (c, digits) {
            ('.', Digits::ArabicIndic) => '\u{066b}',
            ('.', _) if comma => ',',
            (d @ '0'..='9', Digits::ArabicIndic) => {
                char::from_u32(0x0660 + (d as u32 - 48)).unwrap()
            }
            (d @ '0'..='9', Digits::FullWidth) => char::from_u32(0xff10 + (d as u32 - 48)).unwrap(),
            (c, _) => c,
        })
        .collect()
}

const LABELS: [[&str; 4]; 4] = [
    [
        "Establish your professional brand",
        "Find the right people",
        "Engage with insights",
        "Build relationships",
    ],
    [
        "Stabilire il tuo brand professionale",
        "Trovare le persone giuste",
        "Interagire con insight",
        "Costruire relazioni",
    ],
    [
        "Budowanie marki zawodowej",
        "Znajdowanie odpowiednich osób",
        "Angażowanie się dzięki wiedzy",
        "Budowanie relacji",
    ],
    // A language no word list knows.
    ["Bcd fgk", "Vwx bzz", "Kdf gbc", "Zxw vkd"],
];

#[derive(Clone, Debug)]
struct Page {
    pillars: [u32; 4],
    ranks: (u8, u8),
    layout: Layout,
    labels: usize,
    digits: Digits,
    comma: bool,
    total: u8,
    ranks_after_label: bool,
    noise: bool,
    crlf: bool,
    nbsp: bool,
}

fn page() -> impl Strategy<Value = Page> {
    let layout = prop_oneof![
        Just(Layout::ValueSpacesLabel),
        Just(Layout::ValuePipeLabel),
        Just(Layout::LabelTabValue),
        Just(Layout::ValueLineThenLabel),
        Just(Layout::LabelLineThenValue),
    ];
    let digits = prop_oneof![
        Just(Digits::Ascii),
        Just(Digits::ArabicIndic),
        Just(Digits::FullWidth)
    ];
    (
        [0u32..=25_000, 0u32..=25_000, 0u32..=25_000, 0u32..=25_000],
        (1u8..=100, 1u8..=100),
        layout,
        0usize..4,
        digits,
        any::<bool>(),
        0u8..3,
        any::<bool>(),
        (any::<bool>(), any::<bool>(), any::<bool>()),
    )
        .prop_map(
            |(
                pillars,
                ranks,
                layout,
                labels,
                digits,
                comma,
                total,
                ranks_after_label,
                (noise, crlf, nbsp),
            )| Page {
                pillars,
                ranks,
                layout,
                labels,
                digits,
                comma,
                total,
                ranks_after_label,
                noise,
                crlf,
                nbsp,
            },
        )
}

impl Page {
    fn values(&self) -> [f64; 4] {
        self.pillars.map(|m| f64::from(m) / 1000.0)
    }

    fn sum(&self) -> f64 {
        self.values().iter().sum()
    }

    fn render(&self) -> String {
        let num = |v: f64| write_number(v, self.comma, self.digits);
        let mut lines: Vec<String> = Vec::new();
        if self.noise {
            lines.extend(
                ["Home", "My Network", "Messaging", "3", "Notifications"].map(String::from),
            );
        }
        for (value, heading) in [(self.ranks.0, "Bkd SSI"), (self.ranks.1, "Vxz SSI")] {
            let rank = format!("Top {}%", num(f64::from(value)));
            if self.ranks_after_label {
                lines.extend([heading.to_string(), rank]);
            } else {
                lines.extend([rank, heading.to_string()]);
            }
        }
        match self.total {
            0 => lines.push(format!("{} out of {}", num(self.sum().round()), num(100.0))),
            1 => {
                lines.push("Index".into());
                lines.push(num((self.sum() * 1000.0).round() / 1000.0));
            }
            _ => {}
        }
        for (value, label) in self.values().into_iter().zip(LABELS[self.labels]) {
            let value = num(value);
            match self.layout {
                Layout::ValueSpacesLabel => lines.push(format!("{value}  {label}")),
                Layout::ValuePipeLabel => lines.push(format!("{value} | {label}")),
                Layout::LabelTabValue => lines.push(format!("{label}\t{value}")),
                Layout::ValueLineThenLabel => lines.extend([value, label.to_string()]),
                Layout::LabelLineThenValue => lines.extend([label.to_string(), value]),
            }
        }
        lines.push("Gkb vzx".into());
        let mut text = lines.join(if self.crlf { "\r\n" } else { "\n" });
        if self.nbsp {
            text = text.replace(' ', "\u{a0}");
        }
        text
    }
}

fn check(page: &Page, parsed: &ParsedPage) {
    assert_eq!(parsed.pillars, scores(page.values()));
    assert_eq!(
        (parsed.industry_rank, parsed.network_rank),
        (Some(page.ranks.0), Some(page.ranks.1))
    );
    let expected_total = match page.total {
        0 => Some(page.sum().round()),
        1 => Some((page.sum() * 1000.0).round() / 1000.0),
        _ => None,
    };
    assert_eq!(parsed.overall, expected_total);
    let unknown = page.labels == 3;
    assert_eq!(
        parsed
            .notes
            .contains(&Note::PillarsByPlace(Pillar::ALL.to_vec())),
        unknown
    );
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(2000))]

    /// Any page written in any layout, language and script reads back to what was written.
    #[test]
    fn a_generated_page_reads_back(page in page()) {
        let text = page.render();
        let parsed = parse(&text);
        prop_assert!(parsed.is_ok(), "{text}\n{parsed:?}");
        check(&page, &parsed.unwrap());
    }
}
