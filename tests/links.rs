//! Reading the share links pasted into Compare: names that tell people apart, the people
//! limit, and a typed problem per failing line.

mod support;
use ssi_lens::domain::people::MAX_PEOPLE;
use ssi_lens::domain::sample::sample_weeks;
use ssi_lens::domain::share::links::{read, LinkProblem};
use ssi_lens::domain::share::{encode, ShareError, SharedHistory};
use support::today;

/// A full share URL for a few weeks shared under `name`.
fn link(name: Option<&str>) -> String {
    let shared = SharedHistory {
        own_data: false,
        name: name.map(String::from),
        shared_on: today(),
        history: sample_weeks(today(), 3),
    };
    format!("https://ssi.example/#{}", encode(&shared).unwrap())
}

fn names(text: &str) -> Vec<String> {
    read(text).people.into_iter().map(|p| p.name).collect()
}

#[test]
fn ann_and_anna_are_different_people() {
    let text = [link(Some("Anna")), link(Some("Ann"))].join("\n");
    assert_eq!(names(&text), ["Anna", "Ann"]);
}

#[test]
fn three_anns_are_told_apart_by_number() {
    let text = [link(Some("Ann")), link(Some("Ann")), link(Some("Ann"))].join("\n");
    assert_eq!(names(&text), ["Ann", "Ann (2)", "Ann (3)"]);
}

#[test]
fn a_number_suffix_never_clashes_with_a_shared_name() {
    let text = [link(Some("Ann")), link(Some("Ann (2)")), link(Some("Ann"))].join("\n");
    assert_eq!(names(&text), ["Ann", "Ann (2)", "Ann (3)"]);
}

#[test]
fn unnamed_people_are_numbered_by_position_and_stay_unique() {
    let text = [link(None), link(Some("Person 2")), link(None)].join("\n");
    assert_eq!(names(&text), ["Person 1", "Person 2", "Person 3"]);
    let text = [link(Some("Person 2")), link(None)].join("\n");
    assert_eq!(names(&text), ["Person 2", "Person 2 (2)"]);
}

#[test]
fn max_people_at_most_and_the_first_line_left_out_is_named() {
    let lines: Vec<String> = (0..MAX_PEOPLE + 2)
        .map(|i| link(Some(&format!("P{i}"))))
        .collect();
    let links = read(&lines.join("\n"));
    assert_eq!(links.people.len(), MAX_PEOPLE);
    assert_eq!(
        links.people[MAX_PEOPLE - 1].name,
        format!("P{}", MAX_PEOPLE - 1)
    );
    assert_eq!(
        links.problems,
        [LinkProblem::TooMany {
            line: MAX_PEOPLE + 1
        }]
    );
}

#[test]
fn blank_lines_are_skipped_but_counted() {
    let text = format!("\n  \n{}\n\n\t\nnot a link\n", link(Some("Ada")));
    let links = read(&text);
    assert_eq!(links.people.len(), 1);
    assert_eq!(
        links.problems,
        [LinkProblem::Unreadable {
            line: 6,
            error: ShareError::NotAShareLink
        }]
    );
    assert_eq!(read("\n \n").people.len(), 0);
    assert!(read("\n \n").problems.is_empty());
}

#[test]
fn a_full_url_a_fragment_with_hash_and_a_bare_fragment_all_read() {
    let url = link(Some("Ada"));
    let fragment = url.split_once('#').unwrap().1.to_string();
    assert!(fragment.starts_with("s="));
    let text = [url.clone(), format!("#{fragment}"), fragment.clone()].join("\n");
    let links = read(&text);
    assert!(links.problems.is_empty(), "{:?}", links.problems);
    assert_eq!(links.people.len(), 3);
    assert!(links
        .people
        .iter()
        .all(|p| p.shared == links.people[0].shared));
}

#[test]
fn a_broken_line_reports_its_number_and_the_decoders_error() {
    let good = link(Some("Ada"));
    let cut = &good[..good.len() - 40];
    let text = format!("{good}\n{cut}\nhttps://ssi.example/#nothing");
    let links = read(&text);
    assert_eq!(names(&text), ["Ada"]);
    assert_eq!(links.problems.len(), 2);
    assert!(
        matches!(
            links.problems[0],
            LinkProblem::Unreadable {
                line: 2,
                error: ShareError::Damaged | ShareError::Invalid(_)
            }
        ),
        "{:?}",
        links.problems[0]
    );
    assert_eq!(
        links.problems[1],
        LinkProblem::Unreadable {
            line: 3,
            error: ShareError::NotAShareLink
        }
    );
}
