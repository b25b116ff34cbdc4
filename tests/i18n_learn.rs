//! Learn and the advice in every language: each pillar explained and advised in each, not
//! left in English; the figures and names filled in; English word for word as before.

mod support;
use chrono::NaiveDate;
use ssi_lens::domain::explain::{advice, pillar_advice};
use ssi_lens::domain::goals::Metric;
use ssi_lens::domain::number::{use_decimal_mark, DecimalMark};
use ssi_lens::domain::{History, Pillar};
use ssi_lens::i18n::learn::{
    against_peers, detail, drop_causes, drop_title, fastest_growing, focus_headline, habits,
    headline, measures, metric_name, peer_averages, team_advice, team_caveat, this_week,
    what_ssi_misses,
};
use ssi_lens::i18n::Lang;
use ssi_lens::markup::Whose;
use support::{date, snapshot};

/// Every language but English.
fn others() -> impl Iterator<Item = Lang> {
    Lang::ALL.into_iter().filter(|&l| l != Lang::En)
}

/// Brand rose 0.40 to 12.40; Insights, the weakest, stayed at 3.
fn two_weeks() -> History {
    History::from_snapshots(vec![
        snapshot(date(2026, 11, 18), [12.0, 9.0, 3.0, 14.0]),
        snapshot(date(2026, 11, 25), [12.4, 9.0, 3.0, 14.0]),
    ])
    .unwrap()
}

/// A date as a test writes it, the same in every language.
fn iso(day: NaiveDate) -> String {
    day.to_string()
}

#[test]
fn every_pillar_is_explained_and_advised_in_every_language() {
    for pillar in Pillar::ALL {
        let english = (
            measures(Lang::En, pillar),
            habits(Lang::En, pillar),
            this_week(Lang::En, pillar),
            team_advice(Lang::En, pillar),
        );
        for lang in others() {
            let texts = [
                (measures(lang, pillar), english.0),
                (this_week(lang, pillar), english.2),
                (team_advice(lang, pillar).measures, english.3.measures),
                (team_advice(lang, pillar).together, english.3.together),
            ]
            .into_iter()
            .chain(habits(lang, pillar).into_iter().zip(english.1));
            for (theirs, ours) in texts {
                assert!(!theirs.is_empty(), "{lang:?} {pillar:?}");
                assert_ne!(theirs, ours, "{lang:?} {pillar:?} is still English");
            }
            assert_eq!(team_advice(lang, pillar).pillar, pillar);
        }
    }
    for lang in others() {
        for (theirs, ours) in what_ssi_misses(lang)
            .into_iter()
            .chain(drop_causes(lang))
            .chain([team_caveat(lang)])
            .zip(
                what_ssi_misses(Lang::En)
                    .into_iter()
                    .chain(drop_causes(Lang::En))
                    .chain([team_caveat(Lang::En)]),
            )
        {
            assert!(!theirs.is_empty() && theirs != ours, "{lang:?}: {theirs}");
        }
    }
}

/// The honesty of the Learn page survives translation: each language still says the SSI
/// counts activity and is no goal.
#[test]
fn every_language_says_the_score_is_activity_not_a_goal() {
    let says = |lang: Lang, words: &[&str]| {
        let misses = what_ssi_misses(lang).concat().to_lowercase();
        words.iter().all(|w| misses.contains(w))
    };
    assert!(says(Lang::En, &["activity", "not a goal"]));
    assert!(says(Lang::De, &["aktivität", "nicht als ziel"]));
    assert!(says(Lang::Fr, &["activité", "pas comme un objectif"]));
    assert!(says(Lang::Es, &["actividad", "no como una meta"]));
    assert!(says(Lang::PtBr, &["atividade", "não como uma meta"]));
}

#[test]
fn the_advice_reads_in_german_with_its_figures() {
    use_decimal_mark(DecimalMark::Comma);
    let history = two_weeks();
    let brand = pillar_advice(&history, Pillar::Brand).unwrap();
    assert_eq!(
        headline(Lang::De, &brand),
        "Marke: 12,40 von 25, noch 12,60 Punkte Luft nach oben."
    );
    assert_eq!(
        detail(Lang::De, &brand),
        "Schreiben Sie Ihre Überschrift und Ihren Info-Bereich rund um das Problem neu, das Sie \
         lösen, und veröffentlichen Sie dann einen kurzen Beitrag. Seit Ihrer letzten \
         Momentaufnahme ist der Wert um 0,40 gestiegen: Bleiben Sie dran."
    );
    let focus = advice(&history).unwrap();
    assert_eq!(
        focus_headline(Lang::De, &focus),
        "Konzentrieren Sie sich auf Einblicke: 3,00 von 25, noch 22,00 Punkte Luft nach oben."
    );
    assert!(detail(Lang::De, &focus).ends_with("hat sich der Wert nicht verändert."));
    use_decimal_mark(DecimalMark::Point);
}

/// Every language's headline shows the pillar's own name and both figures.
#[test]
fn every_headline_fills_in_the_pillar_and_its_figures() {
    let brand = pillar_advice(&two_weeks(), Pillar::Brand).unwrap();
    for lang in Lang::ALL {
        let said = headline(lang, &brand);
        let name = ssi_lens::i18n::ssi::pillar_name(lang, Pillar::Brand);
        assert!(
            said.contains(name) && said.contains("12.40") && said.contains("12.60"),
            "{lang:?}: {said}"
        );
        assert!(!said.contains('{'), "{lang:?}: {said}");
        assert!(detail(lang, &brand).contains("0.40"), "{lang:?}");
    }
}

/// English stays word for word what the screens said before the catalog.
#[test]
fn english_reads_as_before() {
    let fall = (date(2026, 5, 1), date(2026, 5, 8));
    let dana = Whose::Someones(Some("Dana".into()));
    let them = Whose::Someones(None);
    assert_eq!(
        drop_title(Lang::En, &Whose::Yours, 4.0, fall, &iso),
        "Your SSI fell 4 points between 2026-05-01 and 2026-05-08"
    );
    assert_eq!(
        drop_title(Lang::En, &dana, 4.0, fall, &iso),
        "Dana’s SSI fell 4 points between 2026-05-01 and 2026-05-08"
    );
    assert_eq!(
        drop_title(Lang::En, &them, 4.0, fall, &iso),
        "Their SSI fell 4 points between 2026-05-01 and 2026-05-08"
    );
    assert_eq!(
        against_peers(Lang::En, Pillar::Brand, &dana),
        "Brand against Dana’s peers"
    );
    assert_eq!(
        against_peers(Lang::En, Pillar::People, &Whose::Yours),
        "People against your peers"
    );
    assert_eq!(
        fastest_growing(Lang::En, &Whose::Yours, Some((Metric::Brand, 1.5))),
        "Brand +1.50 in 30 days, your fastest-growing pillar."
    );
    assert_eq!(
        fastest_growing(Lang::En, &them, None),
        "None of their pillars grew over the last 30 days."
    );
    assert_eq!(
        peer_averages(Lang::En, Some("12.30".into()), Some("11.00".into())),
        "Industry average 12.30, Network average 11.00."
    );
    assert_eq!(
        peer_averages(Lang::En, None, Some("11.00".into())),
        "Network average 11.00."
    );
    assert_eq!(
        peer_averages(Lang::En, None, None),
        "This snapshot has no peer averages for the pillars."
    );
    assert_eq!(metric_name(Lang::En, Metric::Overall), "Overall SSI");
    assert_eq!(metric_name(Lang::De, Metric::Overall), "SSI gesamt");
    assert_eq!(metric_name(Lang::Fr, Metric::Brand), "Marque");
}

/// A name from a share link is put where each language puts it, never dropped.
#[test]
fn a_shared_name_is_filled_in_every_language() {
    let dana = Whose::Someones(Some("Dana".into()));
    let fall = (date(2026, 5, 1), date(2026, 5, 8));
    for lang in Lang::ALL {
        for said in [
            drop_title(lang, &dana, 4.0, fall, &iso),
            against_peers(lang, Pillar::Insights, &dana),
            fastest_growing(lang, &dana, Some((Metric::People, 0.5))),
            fastest_growing(lang, &dana, None),
        ] {
            assert!(said.contains("Dana"), "{lang:?}: {said}");
            assert!(!said.contains('{'), "{lang:?}: {said}");
        }
        assert!(drop_title(lang, &Whose::Yours, 4.0, fall, &iso).contains("2026-05-08"));
    }
    assert_eq!(
        drop_title(Lang::De, &dana, 4.0, fall, &iso),
        "Der SSI von Dana ist zwischen 2026-05-01 und 2026-05-08 um 4 Punkte gefallen"
    );
    assert_eq!(
        fastest_growing(Lang::De, &Whose::Yours, Some((Metric::People, 1.25))),
        "Personen +1.25 in 30 Tagen, Ihre am schnellsten wachsende Säule."
    );
}

#[test]
fn the_ranges_are_named_in_every_language() {
    use ssi_lens::domain::stats::Range;
    use ssi_lens::i18n::results::range_name;
    let english = Range::ALL.map(|r| range_name(Lang::En, r));
    assert_eq!(
        english,
        ["4 weeks", "12 weeks", "1 year", "All"],
        "English as before"
    );
    assert_eq!(range_name(Lang::De, Range::Weeks12), "12 Wochen");
    assert_eq!(range_name(Lang::Fr, Range::All), "Tout");
}
