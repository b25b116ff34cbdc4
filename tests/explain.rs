//! Advice follows the user's weakest pillar and how it moved, and says so (in English here;
//! tests/i18n_learn.rs has the other languages).

mod support;
use ssi_lens::domain::explain::{advice, pillar_advice, Advice, Trend};
use ssi_lens::domain::{History, Pillar, Snapshot};
use ssi_lens::i18n::learn::{
    detail, focus_headline, headline, measures, this_week, what_ssi_misses,
};
use ssi_lens::i18n::Lang;
use support::{date, snapshot};

/// The dashboard's advice as it reads in English: its headline and its detail.
fn words(advice: &Advice) -> (String, String) {
    (focus_headline(Lang::En, advice), detail(Lang::En, advice))
}

/// The latest advice's detail in English.
fn detail_now(h: &History) -> String {
    words(&advice(h).unwrap()).1
}

fn snap(day: u32, insights: f64) -> Snapshot {
    snapshot(date(2026, 5, day), [12.0, 8.0, insights, 14.0])
}

#[test]
fn no_data_no_advice() {
    assert_eq!(advice(&History::default()), None);
}

#[test]
fn advice_names_the_weakest_pillar_and_its_recent_move() {
    let mut h = History::default();
    h.add(snap(1, 5.0)).unwrap();
    let first = advice(&h).unwrap();
    assert_eq!((first.focus, first.trend), (Pillar::Insights, None));
    let (head, said) = words(&first);
    assert!(head.contains("Focus on Insights:"), "{head}");
    assert!(head.contains("5.00 of 25, with 20.00 points of room"));
    assert_eq!(
        said,
        this_week(Lang::En, Pillar::Insights),
        "one snapshot: no trend"
    );

    h.add(snap(8, 3.0)).unwrap();
    assert_eq!(advice(&h).unwrap().trend, Some(Trend::Fell(2.0)));
    assert!(detail_now(&h).contains("fell 2.00"));
    h.add(snap(15, 4.0)).unwrap();
    assert!(detail_now(&h).contains("rose 1.00"));
    // Any rise the change table shows is named as one, with the same figure.
    h.add(snap(22, 4.1)).unwrap();
    assert!(detail_now(&h).contains("rose 0.10"));
    h.add(snap(29, 4.104)).unwrap();
    assert_eq!(advice(&h).unwrap().trend, Some(Trend::Flat));
    assert!(detail_now(&h).contains("didn’t change"));
    // A change is the difference of the two scores shown: 4.10 to 4.11, not 0.001.
    h.add(snap(30, 4.105)).unwrap();
    assert!(detail_now(&h).contains("rose 0.01"));
}

#[test]
fn advice_shows_a_pillar_as_the_card_does() {
    let mut h = History::default();
    h.add(snapshot(date(2026, 5, 1), [12.0, 8.0, 3.745, 14.0]))
        .unwrap();
    let said = words(&advice(&h).unwrap()).0;
    assert!(
        said.contains("Insights: 3.75 of 25, with 21.25 points of room"),
        "{said}"
    );
}

#[test]
fn every_pillar_has_a_guide_and_the_limits_are_stated() {
    for p in Pillar::ALL {
        assert!(!measures(Lang::En, p).is_empty() && !this_week(Lang::En, p).is_empty());
    }
    assert!(what_ssi_misses(Lang::En)
        .iter()
        .any(|s| s.contains("not a goal")));
}

#[test]
fn the_goal_plan_picks_the_furthest_unmet_goal_and_a_concrete_step() {
    use ssi_lens::domain::explain::goal_plan;
    use ssi_lens::domain::goals::Metric;
    use ssi_lens::domain::stats::Projection;
    let mut h = History::default();
    for (i, insights) in [3.0, 4.0, 5.0].into_iter().enumerate() {
        h.add(snap(1 + 7 * i as u32, insights)).unwrap();
    }
    assert_eq!(goal_plan(&h, h.snapshots()), None, "no goals, no plan");
    h.set_goal(Metric::Brand, Some(10.0)).unwrap(); // already met (12)
    assert_eq!(goal_plan(&h, h.snapshots()), None);
    h.set_goal(Metric::Overall, Some(45.0)).unwrap(); // 39 now: 6 of 100 to go
    h.set_goal(Metric::People, Some(12.0)).unwrap(); // 8 now: 4 of 25 to go, relatively further
    let plan = goal_plan(&h, h.snapshots()).unwrap();
    assert_eq!(
        (plan.metric, plan.gap, plan.pillar),
        (Metric::People, 4.0, Pillar::People)
    );
    assert_eq!(plan.projection, Projection::NotOnTrend, "people is flat");
    h.set_goal(Metric::People, None).unwrap();
    let overall = goal_plan(&h, h.snapshots()).unwrap();
    assert_eq!(
        (overall.metric, overall.pillar),
        (Metric::Overall, Pillar::Insights),
        "an overall goal works on the weakest pillar"
    );
    assert!(matches!(overall.projection, Projection::On(_)));
}

/// Each pillar's one name is a word of LinkedIn's label in every language, so "Brand" and
/// "Establish your professional brand" ("Marke", "Ihre professionelle Marke aufbauen") read as
/// the same thing wherever they meet.
#[test]
fn each_pillar_name_is_a_word_of_linkedins_label() {
    for lang in ssi_lens::i18n::Lang::ALL {
        for pillar in Pillar::ALL {
            let label = ssi_lens::i18n::ssi::pillar_label(lang, pillar);
            let words: Vec<String> = label.split(' ').map(str::to_lowercase).collect();
            let name = ssi_lens::i18n::ssi::pillar_name(lang, pillar).to_lowercase();
            assert!(words.contains(&name), "{lang:?} {pillar:?}: {label}");
        }
    }
}

/// A pillar's own view advises on that pillar, strongest or not, with the dashboard's words.
#[test]
fn any_pillar_gets_its_own_advice_in_the_same_words() {
    let history = History::from_snapshots(vec![
        snapshot(date(2026, 11, 18), [12.0, 9.0, 3.0, 14.0]),
        snapshot(date(2026, 11, 25), [12.4, 9.0, 3.0, 14.0]),
    ])
    .unwrap();
    let brand = pillar_advice(&history, Pillar::Brand).unwrap();
    assert_eq!(brand.focus, Pillar::Brand);
    assert_eq!(
        headline(Lang::En, &brand),
        "Brand: 12.40 of 25, with 12.60 points of room."
    );
    assert_eq!(
        detail(Lang::En, &brand),
        format!(
            "{} It rose 0.40 since your last snapshot: keep going.",
            this_week(Lang::En, Pillar::Brand)
        )
    );
    // The dashboard's advice is the weakest pillar's, with "Focus on" before it.
    let focus = advice(&history).unwrap();
    let insights = pillar_advice(&history, Pillar::Insights).unwrap();
    assert_eq!(focus, insights);
    assert_eq!(
        focus_headline(Lang::En, &focus),
        format!("Focus on {}", headline(Lang::En, &insights))
    );
    assert_eq!(pillar_advice(&History::default(), Pillar::Brand), None);
}
