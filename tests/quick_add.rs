//! The quick add: the weekly check-in's form, filled with the last snapshot's figures.

mod support;
use ssi_lens::domain::number::{use_decimal_mark, DecimalMark};
use ssi_lens::domain::{Pillar, SnapshotDraft};
use support::{date, snapshot, today};

/// Last week's snapshot, with everything a week can hold.
fn last_week() -> ssi_lens::domain::Snapshot {
    let mut last = snapshot(date(2026, 11, 18), [12.275, 6.0, 3.1, 1.948]);
    last.overall = 23.0;
    last.industry_rank = Some(37);
    last.network_rank = Some(12);
    last.industry_avg = Some(21.0);
    last.network_avg = Some(30.5);
    last.industry = Some("Software".into());
    last.note = Some("posted twice".into());
    last
}

#[test]
fn the_quick_add_is_dated_today_with_last_weeks_pillars_at_two_decimals_and_ranks() {
    let draft = SnapshotDraft::quick_from(Some(&last_week()), today());
    assert_eq!(draft.date, today().to_string());
    // As LinkedIn shows pillars: two decimals, halves away from zero (12.275 → 12.28).
    assert_eq!(
        draft.pillars,
        ["12.28", "6.00", "3.10", "1.95"].map(String::from)
    );
    assert_eq!(draft.industry_rank, "37");
    assert_eq!(draft.network_rank, "12");
    // The total follows the pillars; the rest is a week's own and starts empty.
    assert_eq!(draft.overall, "");
    assert_eq!(
        (draft.industry_avg.as_str(), draft.network_avg.as_str()),
        ("", "")
    );
    assert_eq!((draft.industry.as_str(), draft.note.as_str()), ("", ""));
    assert!(draft.outcomes.is_empty() && draft.industry_pillars.is_none());
    assert_eq!(draft.kept_date, None, "a new snapshot, not an edit");
}

#[test]
fn the_quick_add_saves_through_the_forms_own_rules() {
    let mut draft = SnapshotDraft::quick_from(Some(&last_week()), today());
    *draft.pillar_mut(Pillar::Brand) = "13.5".into();
    let saved = draft.validate(today()).expect("a valid snapshot");
    assert_eq!(saved.date, today());
    assert_eq!(saved.pillars.get(Pillar::Brand), 13.5);
    assert_eq!(saved.pillars.get(Pillar::Relationships), 1.95);
    // 13.5 + 6 + 3.1 + 1.95 = 24.55, rounded.
    assert_eq!(saved.overall, 25.0);
    assert_eq!(saved.industry_rank, Some(37));
    // A pillar out of range is refused as the full form refuses it.
    *draft.pillar_mut(Pillar::People) = "26".into();
    assert!(draft.validate(today()).is_err());
}

#[test]
fn the_quick_add_writes_the_users_decimal_mark_and_reads_it_back() {
    use_decimal_mark(DecimalMark::Comma);
    let draft = SnapshotDraft::quick_from(Some(&last_week()), today());
    let saved = draft.validate(today());
    use_decimal_mark(DecimalMark::Point);
    assert_eq!(draft.pillars[0], "12,28");
    assert_eq!(saved.expect("valid").pillars.get(Pillar::Brand), 12.28);
}

#[test]
fn without_a_last_snapshot_the_quick_add_is_empty_but_for_today() {
    let draft = SnapshotDraft::quick_from(None, today());
    assert_eq!(draft, SnapshotDraft::for_date(today()));
}
