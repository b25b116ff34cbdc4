//! Every validation rule of the snapshot form, at its boundaries.

mod support;
use ssi_lens::domain::{Field, Pillar, SnapshotDraft};
use support::today;

fn valid_draft() -> SnapshotDraft {
    let mut d = SnapshotDraft::for_date(today());
    d.pillars = ["12.275", "6", "3.1", "1.948"].map(String::from);
    d
}

fn errors_for(draft: &SnapshotDraft) -> Vec<(Field, String)> {
    match draft.validate(today()) {
        Ok(_) => vec![],
        Err(errors) => errors
            .into_iter()
            .map(|e| (e.field, e.to_string()))
            .collect(),
    }
}

fn assert_rejected(draft: &SnapshotDraft, field: Field, fragment: &str) {
    let errors = errors_for(draft);
    assert!(
        errors
            .iter()
            .any(|(f, m)| *f == field && m.contains(fragment)),
        "expected {field:?} error containing {fragment:?}, got {errors:?}"
    );
}

#[test]
fn a_minimal_draft_is_valid_and_the_overall_is_the_rounded_pillar_sum() {
    let s = valid_draft().validate(today()).unwrap();
    assert_eq!(s.date, today());
    assert_eq!(s.overall, 23.0); // 23.323 rounded
    assert_eq!(s.pillars.brand, 12.275);
    assert_eq!(s.industry_rank, None);
    assert_eq!(s.note, None);
}

#[test]
fn pillars_accept_0_and_25_and_refuse_just_outside() {
    for p in Pillar::ALL {
        for ok in ["0", "25", "25.000", "0.001", "24,99", "24,9", "0,999"] {
            let mut d = valid_draft();
            *d.pillar_mut(p) = ok.into();
            assert!(d.validate(today()).is_ok(), "{p:?} = {ok} should pass");
        }
        for (bad, msg) in [
            ("25.001", "between 0 and 25"),
            ("-0.001", "can't be negative"),
            ("", "is required"),
            ("abc", "must be a number"),
            ("1.2345", "at most three decimals"),
            ("1.2.3", "must be a number"),
            ("NaN", "must be a number"),
            ("inf", "must be a number"),
            ("1e1", "must be a number"),
            ("24,999", "could be read two ways"),
            ("1.234,5", "must be a number"),
        ] {
            let mut d = valid_draft();
            *d.pillar_mut(p) = bad.into();
            assert_rejected(&d, Field::Pillar(p), msg);
        }
    }
}

#[test]
fn error_messages_name_the_field() {
    let mut d = valid_draft();
    *d.pillar_mut(Pillar::Insights) = "30".into();
    let errors = d.validate(today()).unwrap_err();
    assert_eq!(errors.len(), 1);
    assert_eq!(errors[0].to_string(), "Insights must be between 0 and 25.");
}

#[test]
fn overall_is_optional_and_bounded_0_to_100() {
    for ok in ["0", "100", "33", "33.5"] {
        let mut d = valid_draft();
        d.overall = ok.into();
        assert!(d.validate(today()).is_ok(), "{ok}");
    }
    let mut d = valid_draft();
    d.overall = "100.01".into();
    assert_rejected(&d, Field::Overall, "between 0 and 100");
    d.overall = "-1".into();
    assert_rejected(&d, Field::Overall, "negative");
}

#[test]
fn ranks_are_whole_numbers_from_1_to_100() {
    for (field, set) in [
        (
            Field::IndustryRank,
            (|d: &mut SnapshotDraft, v: &str| d.industry_rank = v.into())
                as fn(&mut SnapshotDraft, &str),
        ),
        (Field::NetworkRank, |d: &mut SnapshotDraft, v: &str| {
            d.network_rank = v.into()
        }),
    ] {
        for ok in ["1", "100", "37", "Top 37%", "37%"] {
            let mut d = valid_draft();
            set(&mut d, ok);
            assert!(d.validate(today()).is_ok(), "{ok}");
        }
        for bad in ["0", "101", "2.5", "-3", "x"] {
            let mut d = valid_draft();
            set(&mut d, bad);
            assert_rejected(&d, field, "whole number from 1 to 100");
        }
    }
}

#[test]
fn averages_are_0_to_100() {
    let mut d = valid_draft();
    d.industry_avg = "30.99".into();
    d.network_avg = "0".into();
    let s = d.validate(today()).unwrap();
    assert_eq!(s.industry_avg, Some(30.99));
    assert_eq!(s.network_avg, Some(0.0));
    d.industry_avg = "100.5".into();
    assert_rejected(&d, Field::IndustryAvg, "between 0 and 100");
    d.network_avg = "-2".into();
    assert_rejected(&d, Field::NetworkAvg, "negative");
}

#[test]
fn date_is_required_well_formed_and_not_in_the_future() {
    let mut d = valid_draft();
    // A day of slack: somewhere it is already tomorrow.
    d.date = "2026-11-26".into();
    assert!(d.validate(today()).is_ok());
    d.date = "2026-11-27".into();
    assert_rejected(&d, Field::Date, "can't be after today");
    d.date = "".into();
    assert_rejected(&d, Field::Date, "required");
    d.date = "25/11/2026".into();
    assert_rejected(&d, Field::Date, "calendar date");
    d.date = "2026-02-30".into();
    assert_rejected(&d, Field::Date, "calendar date");
    d.date = "2020-01-01".into();
    assert!(d.validate(today()).is_ok());
}

#[test]
fn text_fields_are_trimmed_and_limited() {
    let mut d = valid_draft();
    d.note = "  started posting twice a week  ".into();
    d.industry = " Software Development ".into();
    let s = d.validate(today()).unwrap();
    assert_eq!(s.note.as_deref(), Some("started posting twice a week"));
    assert_eq!(s.industry.as_deref(), Some("Software Development"));
    d.note = "x".repeat(501);
    assert_rejected(&d, Field::Note, "at most 500 characters");
    d.industry = "y".repeat(101);
    assert_rejected(&d, Field::Industry, "at most 100 characters");
}

#[test]
fn every_bad_field_is_reported_at_once() {
    let mut d = SnapshotDraft::for_date(today());
    d.overall = "200".into();
    d.network_rank = "0".into();
    let fields: Vec<Field> = errors_for(&d).into_iter().map(|(f, _)| f).collect();
    assert_eq!(fields.len(), 6, "{fields:?}"); // 4 pillars + overall + rank
}

#[test]
fn a_total_far_from_the_pillar_sum_is_flagged_but_small_gaps_are_normal() {
    let mut d = valid_draft(); // pillars sum to 23.323
    d.overall = "25".into();
    assert!(!d.validate(today()).unwrap().total_looks_wrong());
    d.overall = "21.323".into();
    assert!(!d.validate(today()).unwrap().total_looks_wrong());
    d.overall = "26".into();
    assert!(d.validate(today()).unwrap().total_looks_wrong());
    d.overall = "20".into();
    assert!(d.validate(today()).unwrap().total_looks_wrong());
}

#[test]
fn a_stored_snapshot_round_trips_through_the_form() {
    let mut d = valid_draft();
    d.overall = "23".into();
    d.industry_rank = "65".into();
    d.network_avg = "30".into();
    d.note = "hello".into();
    let s = d.validate(today()).unwrap();
    let again = SnapshotDraft::from_snapshot(&s).validate(today()).unwrap();
    assert_eq!(s, again);
    assert_eq!(SnapshotDraft::from_snapshot(&s).pillars[0], "12.275");
}

#[test]
fn decimal_commas_are_accepted() {
    let mut d = valid_draft();
    *d.pillar_mut(Pillar::Brand) = "12,25".into();
    assert_eq!(d.validate(today()).unwrap().pillars.brand, 12.25);
    *d.pillar_mut(Pillar::Brand) = "12.25".into();
    assert_eq!(d.validate(today()).unwrap().pillars.brand, 12.25);
}

#[test]
fn where_a_comma_marks_decimals_both_marks_are_typed_and_shown_with_it() {
    use ssi_lens::domain::number::{use_decimal_mark, DecimalMark};
    use_decimal_mark(DecimalMark::Comma);
    let mut d = valid_draft();
    *d.pillar_mut(Pillar::Relationships) = "1,948".into();
    for (typed, value) in [("12,25", 12.25), ("12.25", 12.25), ("20,998", 20.998)] {
        *d.pillar_mut(Pillar::Brand) = typed.into();
        assert_eq!(d.validate(today()).unwrap().pillars.brand, value, "{typed}");
    }
    // "1.234" is how German writes a thousand: refused, not stored as 1.234.
    *d.pillar_mut(Pillar::Brand) = "1.234".into();
    let errors = d.validate(today()).unwrap_err();
    assert_eq!(
        errors[0].to_string(),
        "Brand “1.234” could be read two ways: write its decimals after a comma, like 12,25."
    );
    // Editing shows what is stored with the language's mark, and reads back the same.
    *d.pillar_mut(Pillar::Brand) = "12,275".into();
    let s = d.validate(today()).unwrap();
    assert_eq!(SnapshotDraft::from_snapshot(&s).pillars[0], "12,275");
    assert_eq!(
        SnapshotDraft::from_snapshot(&s).validate(today()),
        Ok(s.clone())
    );
    // A file is written with a point whatever the language.
    assert_eq!(SnapshotDraft::for_file(&s).pillars[0], "12.275");
    use_decimal_mark(DecimalMark::Point);
}

#[test]
fn a_typed_number_that_could_be_thousands_is_refused_not_guessed() {
    let mut d = valid_draft();
    *d.pillar_mut(Pillar::Brand) = "1,234".into();
    let errors = d.validate(today()).unwrap_err();
    assert_eq!(
        errors[0].to_string(),
        "Brand “1,234” could be read two ways: write its decimals after a point, like 12.25."
    );
    // A file's row reads either mark as decimals: files are written by programs.
    assert_eq!(d.validate_kept().unwrap().pillars.brand, 1.234);
}

#[test]
fn every_field_has_its_own_text_and_key() {
    let mut d = SnapshotDraft::default();
    for (i, f) in Field::ALL.into_iter().enumerate() {
        *d.text_mut(f) = i.to_string();
    }
    for (i, f) in Field::ALL.into_iter().enumerate() {
        assert_eq!(d.text(f), i.to_string(), "{f:?}");
    }
    let keys: std::collections::HashSet<_> = Field::ALL.iter().map(|f| f.key()).collect();
    assert_eq!(keys.len(), Field::ALL.len());
}

#[test]
fn each_field_says_what_input_it_takes_with_the_limits_validation_enforces() {
    use ssi_lens::domain::snapshot::{MAX_INDUSTRY_CHARS, MAX_NOTE_CHARS};
    use ssi_lens::domain::InputKind;
    let kinds: Vec<(Field, InputKind)> = Field::ALL.iter().map(|&f| (f, f.input_kind())).collect();
    assert_eq!(kinds[0], (Field::Date, InputKind::Date));
    for (field, kind) in &kinds {
        match field {
            Field::Overall | Field::Pillar(_) | Field::IndustryAvg | Field::NetworkAvg => {
                assert_eq!(*kind, InputKind::Decimal, "{field:?}")
            }
            Field::IndustryRank | Field::NetworkRank => {
                assert_eq!(*kind, InputKind::WholeNumber, "{field:?}")
            }
            _ => {}
        }
    }
    assert_eq!(
        Field::Industry.input_kind(),
        InputKind::Text {
            max_chars: MAX_INDUSTRY_CHARS
        }
    );
    assert_eq!(
        Field::Note.input_kind(),
        InputKind::LongText {
            max_chars: MAX_NOTE_CHARS
        }
    );
    // The limit the input stops at is the one saving enforces: one more character is refused.
    let mut d = SnapshotDraft::for_date(today());
    d.pillars = ["1", "2", "3", "4"].map(String::from);
    d.note = "n".repeat(MAX_NOTE_CHARS);
    assert!(d.validate(today()).is_ok());
    d.note.push('n');
    assert!(d.validate(today()).is_err());
}

#[test]
fn peer_breakdowns_obey_the_pillar_range() {
    let mut snapshot = ssi_lens::domain::Snapshot::new(
        chrono::NaiveDate::from_ymd_opt(2026, 1, 1).unwrap(),
        ssi_lens::domain::PillarScores::default(),
    );
    snapshot.network_pillars = Some(ssi_lens::domain::PillarScores {
        brand: 26.0,
        ..Default::default()
    });
    let errors = snapshot.check().unwrap_err();
    assert!(
        errors[0].to_string().contains("between 0 and 25"),
        "{errors:?}"
    );
    snapshot.network_pillars = Some(ssi_lens::domain::PillarScores::default());
    assert_eq!(snapshot.check(), Ok(()));
}

/// After the clock went back, a snapshot dated ahead of today can still be edited: the form
/// keeps the date it opened with, and only a newly typed date must not be ahead.
#[test]
fn an_edit_keeps_a_date_already_ahead_of_today() {
    let ahead = chrono::NaiveDate::from_ymd_opt(2027, 3, 1).unwrap();
    let mut draft = valid_draft();
    draft.date = ahead.to_string();
    let stored = draft.validate_kept().unwrap();
    let mut edit = SnapshotDraft::from_snapshot(&stored);
    edit.note = "fixed a typo".into();
    let edited = edit.validate(today()).expect("the kept date stays valid");
    assert_eq!(edited.date, ahead);
    edit.date = "2027-03-02".into();
    assert_rejected(&edit, Field::Date, "can't be after today");
}

/// A count typed with thousands grouped as the user's language groups them is that count: in
/// German "1.234" is one thousand two hundred and thirty-four, not "not a whole number".
#[test]
fn counts_read_thousands_as_the_language_groups_them() {
    use ssi_lens::domain::outcomes::{parse_outcome_count, DecimalMark, OutcomeError};
    let de = |text| parse_outcome_count(text, DecimalMark::Comma);
    let en = |text| parse_outcome_count(text, DecimalMark::Point);
    assert_eq!(de("1.234"), Ok(Some(1234.0)));
    assert_eq!(de("12.345.678"), Ok(Some(12_345_678.0)));
    assert_eq!(de("2.000"), Ok(Some(2000.0)));
    assert_eq!(de("1 234"), Ok(Some(1234.0)));
    assert_eq!(de("1.234,0"), Ok(Some(1234.0)));
    assert_eq!(en("1,234"), Ok(Some(1234.0)));
    assert_eq!(en("2.000"), Ok(Some(2.0)));
    assert_eq!(en("1\u{a0}234"), Ok(Some(1234.0)));
    // A decimal mark still marks decimals, in either language.
    let half = Err(OutcomeError::FractionalCount { below: 2, above: 3 });
    assert_eq!(de("2,5"), half);
    assert_eq!(en("2.5"), half);
    assert_eq!(en("2,5"), half);
    assert_eq!(
        en("1.234"),
        Err(OutcomeError::FractionalCount { below: 1, above: 2 })
    );
    for bad in ["1.23.4", "12.34", "1..234", ".234", "1.2345", "1,234.5.6"] {
        assert!(de(bad).is_err(), "{bad}");
    }
}
