#![cfg(not(target_arch = "wasm32"))]
//! Property tests: the decoders never panic, and what we write we read back.
//! `PROPTEST_CASES=100000 cargo test --test properties` runs them longer.

mod support;
use chrono::NaiveDate;
use proptest::prelude::*;
use ssi_lens::domain::envelope;
use ssi_lens::domain::goals::Metric;
use ssi_lens::domain::outcomes::IdSeed;
use ssi_lens::domain::paste::parse;
use ssi_lens::domain::people::refresh::{find_links, FoundProblem, RefreshItem, RefreshPlan};
use ssi_lens::domain::people::{visible_name, People, Person, PersonId};
use ssi_lens::domain::sample;
use ssi_lens::domain::share::{self, SharedHistory};
use ssi_lens::domain::stored::Stored;
use ssi_lens::domain::transfer::{plan_import, to_csv, ConflictChoice};
use ssi_lens::domain::{History, Pillar, PillarScores, Snapshot};
use support::{scores, snapshot, today};

/// A pillar score with up to three decimals, as LinkedIn shows them.
fn score() -> impl Strategy<Value = f64> {
    (0u32..=25_000).prop_map(|milli| f64::from(milli) / 1000.0)
}

fn pillars() -> impl Strategy<Value = PillarScores> {
    (score(), score(), score(), score()).prop_map(|(b, p, i, r)| scores([b, p, i, r]))
}

/// Text made of the pieces SSI pages are made of, in any order.
fn page_like() -> impl Strategy<Value = String> {
    let piece = prop_oneof![
        Just("Top".to_string()),
        (1u8..=100).prop_map(|n| format!("{n}%")),
        score().prop_map(|v| format!("{v}  Establish your professional brand")),
        score().prop_map(|v| format!("Find the right people\t{v}")),
        score().prop_map(|v| format!("{v} | Engage with insights")),
        score().prop_map(|v| format!("{v}  Build relationships")),
        (0u32..=100).prop_map(|v| format!("{v} out of 100")),
        Just("People in your industry".to_string()),
        Just("People in your network".to_string()),
        Just("Category\tvalue".to_string()),
        (0u32..=100).prop_map(|v| format!("Remaining points\t{v}")),
        any::<String>(),
    ];
    prop::collection::vec(piece, 0..40).prop_map(|lines| lines.join("\n"))
}

proptest! {
    #[test]
    fn parse_never_panics_on_any_text(text in any::<String>()) {
        let _ = parse(&text);
    }

    #[test]
    fn parse_never_panics_on_page_like_text(text in page_like()) {
        if let Ok(page) = parse(&text) {
            for p in Pillar::ALL {
                prop_assert!((0.0..=25.0).contains(&page.pillars.get(p)));
            }
        }
    }

    #[test]
    fn a_rendered_page_parses_back(
        scores in pillars(),
        industry in 1u8..=100,
        network in 1u8..=100,
        layout in 0usize..3,
        crlf in any::<bool>(),
    ) {
        let comma = |v: f64| v.to_string().replace('.', ",");
        let total = scores.sum().round();
        let text = match layout {
            0 => format!(
                "Your Social Selling Index\n\nIndustry SSI rank\nTop {industry}%\n\nNetwork SSI rank\nTop {network}%\n\nFour components of your score\n{}  Establish your professional brand\n{}  Find the right people\n{}  Engage with insights\n{}  Build relationships\n",
                scores.brand, scores.people, scores.insights, scores.relationships
            ),
            1 => format!(
                "Top\n{industry}%\nIndustry SSI rank\nTop\n{network}%\nNetwork SSI rank\nCurrent Social Selling Index\n{total} out of 100\nCategory\tvalue\nEstablish your professional brand\t{}\nFind the right people\t{}\nEngage with insights\t{}\nBuild relationships\t{}\nRemaining points\t{}\n",
                scores.brand, scores.people, scores.insights, scores.relationships, 100.0 - total
            ),
            _ => format!(
                "Classificação SSI do setor\nPrimeiros {industry}%\n\nClassificação SSI da rede\nPrimeiros {network}%\n\nSocial Selling Index atual\n{total} de 100\n\n{} Estabelecer sua marca profissional\n{} Localizar as pessoas certas\n{} Interagir oferecendo insights\n{} Criar relacionamentos\n",
                comma(scores.brand), comma(scores.people), comma(scores.insights), comma(scores.relationships)
            ),
        };
        let text = if crlf { text.replace('\n', "\r\n") } else { text };
        let page = parse(&text).map_err(|e| TestCaseError::fail(format!("{e}\n{text}")))?;
        prop_assert_eq!(page.pillars, scores);
        prop_assert_eq!((page.industry_rank, page.network_rank), (Some(industry), Some(network)));
        if layout > 0 {
            prop_assert_eq!(page.overall, Some(total));
        }
    }

    #[test]
    fn imports_never_panic(text in any::<String>()) {
        let _ = plan_import(&text, &History::default(), today(), &mut IdSeed::new(1));
        let _ = envelope::decode(&text);
    }

    #[test]
    fn csv_and_json_exports_read_back(all in prop::collection::vec(pillars(), 0..30)) {
        let snapshots: Vec<Snapshot> = all
            .into_iter()
            .enumerate()
            .map(|(i, p)| Snapshot::new(today() - chrono::Days::new(i as u64 * 7), p))
            .collect();
        let history = History::from_snapshots(snapshots).unwrap();
        for text in [to_csv(&history), ssi_lens::domain::transfer::to_json(&history.clone().into())] {
            let plan = plan_import(&text, &History::default(), today(), &mut IdSeed::new(1)).unwrap();
            prop_assert!(plan.invalid.is_empty());
            let back = plan.apply(&History::default(), ConflictChoice::TakeTheirs).unwrap();
            prop_assert_eq!(&back, &history);
        }
    }

    #[test]
    fn share_decoding_never_panics(text in any::<String>(), body in prop::collection::vec(any::<u8>(), 0..600)) {
        let _ = share::decode(&text);
        let _ = share::decode(&format!("s={text}"));
        // Well-formed compression around arbitrary bytes reaches the binary reader.
        let mut packed = vec![share::SHARE_VERSION];
        packed.extend(miniz_oxide::deflate::compress_to_vec_zlib(&body, 6));
        use base64::Engine;
        let link = format!("s={}", base64::engine::general_purpose::URL_SAFE_NO_PAD.encode(packed));
        let _ = share::decode(&link);
    }

    #[test]
    fn share_links_round_trip(
        all in prop::collection::vec((pillars(), 1u64..30, prop::option::of(1u8..=100)), 0..60),
        name in prop::option::of("[a-zA-Zé ]{1,20}"),
    ) {
        let mut day = today() - chrono::Days::new(2000);
        let snapshots: Vec<Snapshot> = all
            .into_iter()
            .map(|(p, gap, rank)| {
                day = day + chrono::Days::new(gap);
                Snapshot { industry_rank: rank, ..Snapshot::new(day, p) }
            })
            .collect();
        let shared = SharedHistory {
            own_data: false,
            name: name.as_deref().and_then(visible_name),
            shared_on: today(),
            history: History::from_snapshots(snapshots).unwrap(),
        };
        prop_assert_eq!(share::decode(&share::encode(&shared).unwrap()), Ok(shared));
    }

    /// The encoder refuses exactly what the decoder would: a link it makes always opens.
    #[test]
    fn every_link_made_opens(
        all in prop::collection::vec((pillars(), 1u64..30, prop::option::of(".{0,500}")), 0..40),
        name in prop::option::of(".{0,700}"),
    ) {
        let mut day = today() - chrono::Days::new(2000);
        let snapshots: Vec<Snapshot> = all
            .into_iter()
            .map(|(p, gap, note)| {
                day = day + chrono::Days::new(gap);
                Snapshot { note, ..Snapshot::new(day, p) }
            })
            .collect();
        let shared = SharedHistory {
            own_data: false,
            name,
            shared_on: today(),
            history: History::from_snapshots(snapshots).unwrap(),
        };
        match share::encode(&shared) {
            // The name comes back as it is shown: only its visible characters.
            Ok(link) => prop_assert_eq!(
                share::decode(&link),
                Ok(SharedHistory { name: shared.name.as_deref().and_then(visible_name), ..shared })
            ),
            Err(e) => {
                // Notes are within the form's limit (the history refuses longer ones), so only a
                // link over the length the app opens, or a name too long to carry, is refused.
                let long_name = shared.name.as_ref().is_some_and(|n| n.len() > share::MAX_TEXT_BYTES);
                let too_long = matches!(e, share::EncodeError::TooLong { .. } | share::EncodeError::TooLarge);
                prop_assert!(too_long || long_name, "{e:?}");
            }
        }
    }

    /// Importing many snapshots at once ends exactly where replacing them one by one does.
    #[test]
    fn replacing_many_equals_replacing_one_by_one(
        existing in prop::collection::btree_map(0u64..400, pillars(), 0..40),
        incoming in prop::collection::vec((0u64..400, pillars()), 0..60),
    ) {
        let day = |n: u64| today() - chrono::Days::new(n);
        let history = History::from_snapshots(
            existing.into_iter().map(|(n, p)| Snapshot::new(day(n), p)).collect(),
        ).unwrap();
        let incoming: Vec<Snapshot> = incoming.into_iter().map(|(n, p)| Snapshot::new(day(n), p)).collect();
        let mut one_by_one = history.clone();
        for s in incoming.clone() {
            one_by_one.replace(s).unwrap();
        }
        let mut at_once = history;
        at_once.replace_many(incoming).unwrap();
        prop_assert_eq!(at_once, one_by_one);
    }

    /// Loading checks stored values directly; the form checks typed text. Both must accept
    /// and refuse the same snapshots, one dated ahead of today included (editing keeps the
    /// date a snapshot has).
    #[test]
    fn stored_check_agrees_with_the_form(
        pillar_scores in prop::collection::vec(mostly_within(25), 4),
        others in prop::collection::vec(mostly_within(100), 3),
        ranks in (prop::option::of(mostly_rank()), prop::option::of(mostly_rank())),
        note_len in prop::option::of(prop_oneof![9 => 0usize..=500, 1 => 501usize..520]),
        days_ahead in prop_oneof![9 => -3i64..=0, 1 => 1i64..3],
    ) {
        let mut s = snapshot(today() + chrono::Duration::days(days_ahead), pillar_scores.try_into().unwrap());
        s.overall = others[0];
        s.industry_avg = Some(others[1]);
        s.network_avg = Some(others[2]);
        (s.industry_rank, s.network_rank) = ranks;
        s.note = note_len.map(|n| "é".repeat(n));
        let by_form = ssi_lens::domain::SnapshotDraft::from_snapshot(&s).validate(today());
        prop_assert_eq!(s.check().is_ok(), by_form.is_ok());
    }
}

/// A score with up to three decimals, usually within `0..=max`, sometimes just outside.
fn mostly_within(max: i32) -> impl Strategy<Value = f64> {
    prop_oneof![
        9 => (0..=max * 1000).prop_map(|milli| f64::from(milli) / 1000.0),
        1 => prop_oneof![-2000..0, max * 1000 + 1..max * 1000 + 2000]
            .prop_map(|milli| f64::from(milli) / 1000.0),
    ]
}

/// A rank, usually 1 to 100, sometimes 0 or above 100.
fn mostly_rank() -> impl Strategy<Value = u8> {
    prop_oneof![9 => 1u8..=100, 1 => prop_oneof![Just(0u8), 101u8..=255]]
}

/// One change a user (or another tab) can make, with values chosen to include the invalid.
#[derive(Clone, Debug)]
enum Op {
    Add(u8, PillarScores, Option<String>),
    Delete(u8),
    Edit(u8, u8),
    AddOutcome(String),
    Rename(usize, String),
    RemoveOutcome(usize),
    SetValue(u8, usize, f64),
    /// A count on a day `offset` days after a weekly snapshot's day: between snapshots, which
    /// may get one later (or on a snapshot's day, for offset 0).
    SetOffWeekValue(u8, u8, usize, u8),
    SetGoal(usize, f64),
    MergeWithOtherTab(Vec<Op>),
    ImportBackup(Vec<Op>),
}

fn any_value() -> impl Strategy<Value = f64> {
    prop_oneof![
        0.0..30.0f64,
        -10.0..200.0f64,
        Just(f64::NAN),
        Just(f64::INFINITY),
        Just(1e308),
    ]
}

fn any_name() -> impl Strategy<Value = String> {
    prop_oneof![
        prop::sample::select(vec!["Meetings", "meetings ", "Leads", "Demos", "", "   "])
            .prop_map(String::from),
        "[a-z ]{0,50}",
    ]
}

fn op() -> impl Strategy<Value = Op> {
    let leaf = prop_oneof![
        (0u8..20, pillars(), prop::option::of("[ -~]{0,600}"))
            .prop_map(|(d, p, n)| Op::Add(d, p, n)),
        (0u8..20).prop_map(Op::Delete),
        (0u8..20, 0u8..20).prop_map(|(a, b)| Op::Edit(a, b)),
        any_name().prop_map(Op::AddOutcome),
        (0usize..10, any_name()).prop_map(|(i, n)| Op::Rename(i, n)),
        (0usize..10).prop_map(Op::RemoveOutcome),
        (0u8..20, 0usize..10, any_value()).prop_map(|(d, i, v)| Op::SetValue(d, i, v)),
        (0u8..20, 0u8..4, 0usize..10, any::<u8>())
            .prop_map(|(d, offset, i, v)| Op::SetOffWeekValue(d, offset, i, v)),
        (0usize..5, any_value()).prop_map(|(m, v)| Op::SetGoal(m, v)),
    ];
    leaf.prop_recursive(2, 40, 12, |inner| {
        prop_oneof![
            prop::collection::vec(inner.clone(), 0..12).prop_map(Op::MergeWithOtherTab),
            prop::collection::vec(inner, 0..12).prop_map(Op::ImportBackup),
        ]
    })
}

fn day(d: u8) -> NaiveDate {
    today() - chrono::Days::new(u64::from(d) * 7)
}

/// Applies `op` through the history's own methods, ignoring refusals (they change nothing).
fn apply(h: &mut History, op: &Op, seed: &mut IdSeed) {
    let outcome = |h: &History, i: usize| h.outcomes().get(i).map(|o| o.id());
    match op {
        Op::Add(d, p, note) => {
            let mut s = Snapshot::new(day(*d), *p);
            s.note = note.clone();
            let _ = h.add(s);
        }
        Op::Delete(d) => {
            let _ = h.delete(day(*d));
        }
        Op::Edit(from, to) => {
            if let Some(mut s) = h.get(day(*from)).cloned() {
                s.date = day(*to);
                let _ = h.edit(day(*from), s);
            }
        }
        Op::AddOutcome(name) => {
            let _ = h.add_outcome(name, seed);
        }
        Op::Rename(i, name) => {
            if let Some(id) = outcome(h, *i) {
                let _ = h.rename_outcome(id, name);
            }
        }
        Op::RemoveOutcome(i) => {
            if let Some(id) = outcome(h, *i) {
                let _ = h.remove_outcome(id);
            }
        }
        Op::SetValue(d, i, v) => {
            if let Some(id) = outcome(h, *i) {
                let _ = h.set_outcome_value(day(*d), id, Some(*v));
            }
        }
        Op::SetOffWeekValue(d, offset, i, v) => {
            if let Some(id) = outcome(h, *i) {
                let off_week = day(*d) + chrono::Days::new(u64::from(*offset));
                let value = (*v > 0).then_some(f64::from(*v) - 1.0);
                let _ = h.set_outcome_value(off_week, id, value);
            }
        }
        Op::SetGoal(m, v) => {
            let _ = h.set_goal(Metric::ALL[*m], Some(*v));
        }
        Op::MergeWithOtherTab(ops) => {
            // Both tabs start from the same history and each makes its own changes.
            let base = h.clone();
            let (mut ours, mut theirs) = (base.clone(), base.clone());
            let (mine, other) = ops.split_at(ops.len() / 2);
            for op in mine {
                apply(&mut ours, op, seed);
            }
            for op in other {
                apply(&mut theirs, op, seed);
            }
            let merged = History::merge(&base, &ours, &theirs).expect("a merge keeps the rules");
            // A day only one tab touched keeps that tab's scores and note (outcome values may
            // move to a unified outcome, or go with one that didn't fit).
            let fields = |s: Option<&Snapshot>| {
                s.map(|s| Snapshot {
                    outcomes: Default::default(),
                    ..s.clone()
                })
            };
            for s in merged.history.snapshots() {
                let (b, o, t) = (base.get(s.date), ours.get(s.date), theirs.get(s.date));
                if o == b {
                    assert_eq!(
                        fields(Some(s)),
                        fields(t),
                        "their change of {} is kept",
                        s.date
                    );
                } else if t == b {
                    assert_eq!(
                        fields(Some(s)),
                        fields(o),
                        "our change of {} is kept",
                        s.date
                    );
                }
            }
            *h = merged.history;
        }
        Op::ImportBackup(backup_ops) => {
            let mut backup = History::default();
            for op in backup_ops {
                apply(&mut backup, op, seed);
            }
            let text = envelope::encode(&Stored::from(backup));
            if let Ok(plan) = plan_import(&text, h, today(), seed) {
                if let Ok(imported) = plan.apply(h, ConflictChoice::TakeTheirs) {
                    // Undo, straight after, gives back exactly what was there.
                    let undone =
                        History::undo(h, &imported, &imported).expect("an undo keeps the rules");
                    assert_eq!(&undone.history, h, "the import is undone exactly");
                    *h = imported;
                }
            }
        }
    }
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(100))]

    /// Whatever the user, an import or another tab does, what is kept is what a reload reads.
    #[test]
    fn any_sequence_of_changes_stays_loadable(ops in prop::collection::vec(op(), 0..40)) {
        let mut h = History::default();
        let mut seed = IdSeed::new(42);
        for op in &ops {
            apply(&mut h, op, &mut seed);
            let back = envelope::decode(&envelope::encode(&Stored::from(h.clone())));
            prop_assert_eq!(back.as_ref().map(Stored::history), Ok(&h), "after {:?}", op);
        }
    }
}

// People saved from share links.

#[derive(Clone, Debug)]
enum PersonOp {
    Add(Option<String>, Vec<u8>),
    Rename(usize, String),
    Remove(usize),
    Update(usize, Vec<u8>),
}

fn person_name() -> impl Strategy<Value = String> {
    prop::sample::select(vec!["Ada", "ada", " Bob ", "Person 1", "Cy (2)", "", "x"])
        .prop_map(String::from)
}

fn person_op() -> impl Strategy<Value = PersonOp> {
    let days = prop::collection::vec(0u8..6, 0..4);
    prop_oneof![
        (prop::option::of(person_name()), days.clone()).prop_map(|(n, d)| PersonOp::Add(n, d)),
        (0usize..4, person_name()).prop_map(|(i, n)| PersonOp::Rename(i, n)),
        (0usize..4).prop_map(PersonOp::Remove),
        (0usize..4, days).prop_map(|(i, d)| PersonOp::Update(i, d)),
    ]
}

fn link(name: Option<String>, days: &[u8]) -> SharedHistory {
    let snapshots = days
        .iter()
        .map(|&d| {
            let s = snapshot(day(d), [f64::from(d), 1.0, 1.0, 1.0]);
            (s.date, s)
        })
        .collect::<std::collections::BTreeMap<_, _>>();
    SharedHistory {
        own_data: false,
        name,
        shared_on: today(),
        history: History::from_snapshots(snapshots.into_values().collect()).unwrap(),
    }
}

/// Applies `op` through the people's own methods, ignoring refusals (they change nothing).
fn apply_person(people: &mut People, op: &PersonOp, seed: &mut IdSeed) {
    let id = |people: &People, i: usize| people.as_slice().get(i).map(Person::id);
    match op {
        PersonOp::Add(name, days) => {
            let _ = people.add_shared(link(name.clone(), days), seed);
        }
        PersonOp::Rename(i, name) => {
            if let Some(id) = id(people, *i) {
                let _ = people.rename(id, name);
            }
        }
        PersonOp::Remove(i) => {
            if let Some(id) = id(people, *i) {
                let _ = people.remove(id);
            }
        }
        PersonOp::Update(i, days) => {
            if let Some(id) = id(people, *i) {
                let _ = people.update(id, link(None, days));
            }
        }
    }
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(100))]

    /// Whatever two tabs do to the people, the merge keeps everyone either tab still has
    /// (or reports them), and what is stored reads back, with the user's history untouched.
    #[test]
    fn people_changes_and_merges_stay_loadable(
        shared in prop::collection::vec(person_op(), 0..8),
        ours_ops in prop::collection::vec(person_op(), 0..8),
        theirs_ops in prop::collection::vec(person_op(), 0..8),
    ) {
        let mut seed = IdSeed::new(7);
        let mut base = People::new();
        for op in &shared {
            apply_person(&mut base, op, &mut seed);
        }
        let (mut ours, mut theirs) = (base.clone(), base.clone());
        for op in &ours_ops {
            apply_person(&mut ours, op, &mut seed);
        }
        for op in &theirs_ops {
            apply_person(&mut theirs, op, &mut seed);
        }
        let merged = People::merge(&base, &ours, &theirs);
        // Nobody added in either tab is lost.
        for added in ours.iter().chain(theirs.iter()).filter(|p| base.get(p.id()).is_none()) {
            let kept = merged.people.get(added.id()).is_some()
                || merged.dropped.iter().any(|p| p.id() == added.id());
            prop_assert!(kept, "{:?} lost", added.name());
        }
        let own = sample::sample_history(today());
        let stored = Stored::new(own.clone(), merged.people);
        let back = envelope::decode(&envelope::encode(&stored));
        prop_assert_eq!(back.as_ref(), Ok(&stored));
        prop_assert_eq!(back.as_ref().map(Stored::history), Ok(&own));
    }
}

proptest! {
    #[test]
    fn finding_links_never_panics_on_any_text(text in any::<String>()) {
        let found = find_links(&text);
        let lines = text.lines().count();
        for FoundProblem::Unreadable { line, .. } in &found.problems {
            prop_assert!((1..=lines).contains(line));
        }
    }
}

/// A pasted link in a chat: who shared it, the days it holds, how many days before today it
/// was shared, how it is written in the text, and the text before it.
type Pasted = (Option<String>, Vec<u8>, u8, u8, String);

fn pasted() -> impl Strategy<Value = Pasted> {
    let noise = prop_oneof![
        Just(String::new()),
        Just(" ".to_string()),
        Just("\n".to_string()),
        Just("#s=".to_string()),
        Just(" s=AAAA ".to_string()),
        any::<String>(),
    ];
    (
        prop::option::of(person_name()),
        prop::collection::vec(0u8..6, 0..4),
        0u8..3,
        0u8..4,
        noise,
    )
}

/// The text of a chat holding the `pasted` links.
fn chat(pasted: &[Pasted]) -> String {
    let mut text = String::new();
    for (name, days, before, written, noise) in pasted {
        let shared = SharedHistory {
            shared_on: today() - chrono::Days::new(u64::from(*before)),
            ..link(name.clone(), days)
        };
        let fragment = share::encode(&shared).unwrap();
        let url = format!("https://ssi.example/#{fragment}");
        text.push_str(noise);
        text.push_str(&match written {
            0 => format!(" {url}. "),
            1 => format!("<{url}>"),
            2 => format!("\n{fragment}\n"),
            _ => format!("(\"{url}\"), "),
        });
    }
    text
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(200))]

    /// Whatever the chat and whoever is kept, a refresh applies without a refusal and changes
    /// exactly the people its preview said: the updated ones and the new ones, under the
    /// names shown; everyone else stays as they were, and the result reads back.
    #[test]
    fn a_refresh_applies_exactly_what_it_previews(
        kept in prop::collection::vec(person_op(), 0..8),
        links in prop::collection::vec(pasted(), 0..8),
    ) {
        let mut seed = IdSeed::new(11);
        let mut people = People::new();
        for op in &kept {
            apply_person(&mut people, op, &mut seed);
        }
        let text = chat(&links);
        let plan = RefreshPlan::read(&text, &people);
        prop_assert_eq!(plan.items().len(), find_links(&text).links.len());
        let new: Vec<String> = plan.items().iter().filter_map(|i| match i {
            RefreshItem::New { name, .. } => Some(name.clone()),
            _ => None,
        }).collect();
        let updated: Vec<PersonId> = plan.items().iter().filter_map(|i| match i {
            RefreshItem::Update { id, .. } => Some(*id),
            _ => None,
        }).collect();
        prop_assert_eq!(plan.will_change(), new.len() + updated.len());
        let mut after = people.clone();
        let saved = after.apply_refresh(plan, &mut seed);
        prop_assert!(saved.is_ok(), "{:?}", saved);
        let saved = saved.unwrap();
        prop_assert_eq!(&saved.added, &new);
        prop_assert_eq!(after.len(), people.len() + new.len());
        for person in people.iter() {
            if !updated.contains(&person.id()) {
                prop_assert_eq!(after.get(person.id()), Some(person));
            }
        }
        for name in &new {
            prop_assert!(after.find_same(name).is_some_and(|p| p.name() == name));
        }
        let stored = Stored::new(History::default(), after);
        prop_assert_eq!(envelope::decode(&envelope::encode(&stored)), Ok(stored));
    }
}
