//! A form's save applies only what the user changed in it, onto what the history holds at save
//! time: another tab's save while the form was open is never written over by the form's copy.

mod support;
use chrono::NaiveDate;
use ssi_lens::domain::edits::{GoalsEdit, SnapshotEdit};
use ssi_lens::domain::goals::{GoalDates, GoalError, Goals, Metric};
use ssi_lens::domain::outcomes::IdSeed;
use ssi_lens::domain::{Field, History, HistoryError, Pillar, Snapshot, SnapshotDraft};
use support::{date, snapshot};

fn day(d: u32) -> NaiveDate {
    date(2026, 11, d)
}

fn today() -> NaiveDate {
    day(30)
}

fn goals(pairs: &[(Metric, f64)]) -> Goals {
    pairs.iter().copied().collect()
}

fn snap(d: u32) -> Snapshot {
    let mut s = snapshot(day(d), [10.0, 8.0, 6.0, 12.0]);
    s.note = Some("posted twice".into());
    s.industry_rank = Some(40);
    s
}

// Goals: the journey. Tab A opens the form with no goals; tab B saves Brand 20, which
// tab A takes in; A types Overall 70 and saves.
#[test]
fn a_goal_saved_elsewhere_while_the_form_was_open_stays() {
    let mut form = GoalsEdit::open(&Goals::new(), &GoalDates::new());
    form.set_text(Metric::Overall, "70".into());
    let now = goals(&[(Metric::Brand, 20.0)]);
    assert_eq!(
        form.onto(&now, &GoalDates::new(), today())
            .map(|(g, _)| g)
            .unwrap(),
        goals(&[(Metric::Overall, 70.0), (Metric::Brand, 20.0)])
    );
}

#[test]
fn goal_boxes_left_as_they_opened_keep_what_the_history_holds_now() {
    let opened = goals(&[(Metric::Brand, 20.0), (Metric::People, 15.5)]);
    let mut form = GoalsEdit::open(&opened, &GoalDates::new());
    assert_eq!(form.text(Metric::Brand), "20");
    assert_eq!(form.text(Metric::Overall), "");
    // Retyped as it was, with spaces: not a change.
    form.set_text(Metric::People, " 15.5 ".into());
    assert!(!form.changed(Metric::People));
    // Another tab changed People and removed Brand meanwhile: both stay as that tab left them.
    let now = goals(&[(Metric::People, 18.0)]);
    assert_eq!(
        form.onto(&now, &GoalDates::new(), today())
            .map(|(g, _)| g)
            .unwrap(),
        now
    );
}

#[test]
fn an_emptied_goal_box_removes_that_goal_only() {
    let mut form = GoalsEdit::open(&goals(&[(Metric::Brand, 20.0)]), &GoalDates::new());
    form.set_text(Metric::Brand, "".into());
    let now = goals(&[(Metric::Brand, 20.0), (Metric::Insights, 9.0)]);
    assert_eq!(
        form.onto(&now, &GoalDates::new(), today())
            .map(|(g, _)| g)
            .unwrap(),
        goals(&[(Metric::Insights, 9.0)])
    );
}

#[test]
fn when_both_changed_a_goal_the_users_value_wins() {
    let mut form = GoalsEdit::open(&goals(&[(Metric::Brand, 20.0)]), &GoalDates::new());
    form.set_text(Metric::Brand, "22,5".into());
    let now = goals(&[(Metric::Brand, 24.0)]);
    assert_eq!(
        form.onto(&now, &GoalDates::new(), today())
            .map(|(g, _)| g)
            .unwrap(),
        goals(&[(Metric::Brand, 22.5)])
    );
}

#[test]
fn a_changed_goal_that_is_not_a_goal_refuses_the_save_and_changes_nothing() {
    let mut history = History::default();
    history.set_goal(Metric::Brand, Some(20.0)).unwrap();
    let mut form = GoalsEdit::open(&Goals::new(), &GoalDates::new());
    form.set_text(Metric::Overall, "70".into());
    form.set_text(Metric::People, "lots".into());
    assert_eq!(
        form.apply_to(&mut history, today()),
        Err(GoalError::OutOfRange(Metric::People))
    );
    form.set_text(Metric::People, "26".into());
    assert_eq!(
        form.apply_to(&mut history, today()),
        Err(GoalError::OutOfRange(Metric::People))
    );
    assert_eq!(history.goals(), &goals(&[(Metric::Brand, 20.0)]));
    form.set_text(Metric::People, "".into());
    form.apply_to(&mut history, today()).unwrap();
    assert_eq!(
        history.goals(),
        &goals(&[(Metric::Overall, 70.0), (Metric::Brand, 20.0)])
    );
}

fn dates(pairs: &[(Metric, NaiveDate)]) -> GoalDates {
    pairs.iter().copied().collect()
}

/// A date is entered beside its goal: today or later; one before today is refused with the
/// goal named, and changes nothing.
#[test]
fn a_goal_date_is_today_or_later_when_entered() {
    let mut history = History::default();
    let mut form = GoalsEdit::open(history.goals(), history.goal_dates());
    form.set_text(Metric::Overall, "70".into());
    form.set_date_text(Metric::Overall, "2026-11-29".into());
    assert_eq!(
        form.apply_to(&mut history, today()),
        Err(GoalError::DatePassed(Metric::Overall))
    );
    assert!(history.goals().is_empty());
    assert!(GoalError::DatePassed(Metric::Overall)
        .to_string()
        .contains("has passed"));
    for bad in ["31/03/2027", "2027-02-30", "12027-03-31"] {
        form.set_date_text(Metric::Overall, bad.into());
        assert_eq!(
            form.apply_to(&mut history, today()),
            Err(GoalError::DateOutOfRange(Metric::Overall)),
            "{bad}"
        );
    }
    form.set_date_text(Metric::Overall, today().to_string());
    form.apply_to(&mut history, today()).unwrap();
    assert_eq!(history.goal_date(Metric::Overall), Some(today()));
    // A date needs a target.
    let mut form = GoalsEdit::open(history.goals(), history.goal_dates());
    form.set_date_text(Metric::Brand, "2027-03-31".into());
    assert_eq!(
        form.apply_to(&mut history, today()),
        Err(GoalError::DateWithoutTarget(Metric::Brand))
    );
}

/// A stored date that has passed since it was set is not entered again: saving another goal,
/// or the same goal's target, keeps it. Emptying the goal takes its date along; emptying the
/// date box keeps the goal without one.
#[test]
fn a_passed_date_left_as_it_was_is_kept_and_an_emptied_goal_takes_its_date() {
    let mut history = History::default();
    history.set_goal(Metric::Overall, Some(70.0)).unwrap();
    history.set_goal(Metric::Brand, Some(20.0)).unwrap();
    history
        .set_goal_date(Metric::Overall, Some(day(1)))
        .unwrap();
    history
        .set_goal_date(Metric::Brand, Some(date(2027, 1, 1)))
        .unwrap();
    let mut form = GoalsEdit::open(history.goals(), history.goal_dates());
    assert_eq!(form.date_text(Metric::Overall), "2026-11-01");
    form.set_text(Metric::Overall, "75".into());
    form.set_text(Metric::Brand, "".into());
    form.apply_to(&mut history, today()).unwrap();
    assert_eq!(history.goals(), &goals(&[(Metric::Overall, 75.0)]));
    assert_eq!(history.goal_dates(), &dates(&[(Metric::Overall, day(1))]));
    let mut form = GoalsEdit::open(history.goals(), history.goal_dates());
    form.set_date_text(Metric::Overall, "".into());
    form.apply_to(&mut history, today()).unwrap();
    assert_eq!(history.goals(), &goals(&[(Metric::Overall, 75.0)]));
    assert!(history.goal_dates().is_empty());
}

/// Another tab's date saved while the form was open stays, as its targets do; a date the user
/// changed wins.
#[test]
fn a_goal_date_saved_elsewhere_while_the_form_was_open_stays() {
    let opened = goals(&[(Metric::Overall, 70.0), (Metric::Brand, 20.0)]);
    let mut form = GoalsEdit::open(&opened, &GoalDates::new());
    form.set_date_text(Metric::Brand, "2027-06-30".into());
    let now_dates = dates(&[
        (Metric::Overall, date(2027, 3, 31)),
        (Metric::Brand, date(2027, 1, 1)),
    ]);
    let (goals_now, dates_now) = form.onto(&opened, &now_dates, today()).unwrap();
    assert_eq!(goals_now, opened);
    assert_eq!(
        dates_now,
        dates(&[
            (Metric::Overall, date(2027, 3, 31)),
            (Metric::Brand, date(2027, 6, 30))
        ])
    );
}

/// A history with the snapshot of `d` and an outcome "Calls", the outcome's id.
fn history_with_calls(d: u32) -> (History, ssi_lens::domain::outcomes::OutcomeId) {
    let mut history = History::from_snapshots(vec![snap(d)]).unwrap();
    let calls = history.add_outcome("Calls", &mut IdSeed::new(3)).unwrap();
    (history, calls)
}

// The second journey: tab A edits 30 Nov's Brand, tab B records Calls = 5 for 30 Nov
// (tab A takes it in), A saves.
#[test]
fn a_result_recorded_elsewhere_while_the_edit_form_was_open_stays() {
    let (mut history, calls) = history_with_calls(30);
    let opened = history.get(day(30)).unwrap().clone();
    let mut draft = SnapshotDraft::from_snapshot(&opened);
    *draft.pillar_mut(Pillar::Brand) = "14".into();
    history
        .set_outcome_value(day(30), calls, Some(5.0))
        .unwrap();

    let edit = SnapshotEdit::new(&opened, &draft, today()).unwrap();
    edit.apply_to(&mut history).unwrap();
    let saved = history.get(day(30)).unwrap();
    assert_eq!(saved.pillars.brand, 14.0);
    assert_eq!(saved.outcomes.get(&calls), Some(&5.0));
}

#[test]
fn fields_the_user_left_keep_what_another_tab_saved_and_the_users_changes_win() {
    let opened = snap(30);
    let mut draft = SnapshotDraft::from_snapshot(&opened);
    *draft.text_mut(Field::Pillar(Pillar::Brand)) = "14".into();
    *draft.text_mut(Field::Note) = "started posting daily".into();
    *draft.text_mut(Field::IndustryRank) = "".into();
    let edit = SnapshotEdit::new(&opened, &draft, today()).unwrap();

    // Meanwhile another tab changed People, the note and the network rank.
    let mut current = opened.clone();
    current.pillars.people = 9.5;
    current.note = Some("their note".into());
    current.network_rank = Some(30);
    current.overall = 38.0;

    let saved = edit.onto(&current);
    assert_eq!(saved.pillars.brand, 14.0, "the user's change");
    assert_eq!(
        saved.note.as_deref(),
        Some("started posting daily"),
        "both changed it: the user's wins"
    );
    assert_eq!(saved.industry_rank, None, "the user cleared it");
    assert_eq!(saved.pillars.people, 9.5, "the other tab's");
    assert_eq!(saved.network_rank, Some(30), "the other tab's");
    assert_eq!(saved.overall, 38.0, "the other tab's");
    assert_eq!(saved.date, day(30));
}

#[test]
fn an_emptied_overall_is_the_sum_of_the_pillars_as_saved() {
    let opened = snap(30);
    let mut draft = SnapshotDraft::from_snapshot(&opened);
    *draft.text_mut(Field::Pillar(Pillar::Brand)) = "14".into();
    *draft.text_mut(Field::Overall) = "".into();
    let edit = SnapshotEdit::new(&opened, &draft, today()).unwrap();
    let mut current = opened.clone();
    current.pillars.people = 10.0;
    // 14 (ours) + 10 (theirs) + 6 + 12, not the 40 the form alone adds up.
    assert_eq!(edit.onto(&current).overall, 42.0);
    assert_eq!(edit.snapshot().overall, 40.0);
}

#[test]
fn results_merge_one_by_one_and_a_cleared_result_is_cleared() {
    let (mut history, calls) = history_with_calls(30);
    let demos = history.add_outcome("Demos", &mut IdSeed::new(9)).unwrap();
    history
        .set_outcome_value(day(30), calls, Some(2.0))
        .unwrap();
    history
        .set_outcome_value(day(30), demos, Some(1.0))
        .unwrap();
    let opened = history.get(day(30)).unwrap().clone();
    let mut draft = SnapshotDraft::from_snapshot(&opened);
    draft.outcomes.remove(&calls);
    // Another tab changes Demos meanwhile; the user cleared Calls only.
    history
        .set_outcome_value(day(30), demos, Some(4.0))
        .unwrap();
    SnapshotEdit::new(&opened, &draft, today())
        .unwrap()
        .apply_to(&mut history)
        .unwrap();
    let saved = history.get(day(30)).unwrap();
    assert_eq!(saved.outcomes.get(&calls), None);
    assert_eq!(saved.outcomes.get(&demos), Some(&4.0));
}

#[test]
fn a_changed_date_moves_the_snapshot_as_stored_now() {
    let mut history = History::from_snapshots(vec![snap(23)]).unwrap();
    let opened = history.get(day(23)).unwrap().clone();
    let mut draft = SnapshotDraft::from_snapshot(&opened);
    *draft.text_mut(Field::Date) = "2026-11-24".into();
    let edit = SnapshotEdit::new(&opened, &draft, today()).unwrap();
    let mut theirs = opened.clone();
    theirs.note = Some("their note".into());
    history.replace(theirs).unwrap();
    edit.apply_to(&mut history).unwrap();
    assert!(history.get(day(23)).is_none());
    assert_eq!(
        history.get(day(24)).unwrap().note.as_deref(),
        Some("their note")
    );
}

#[test]
fn an_edit_of_a_snapshot_deleted_elsewhere_is_refused_and_changes_nothing() {
    let mut history = History::from_snapshots(vec![snap(23), snap(30)]).unwrap();
    let opened = history.get(day(30)).unwrap().clone();
    let mut draft = SnapshotDraft::from_snapshot(&opened);
    *draft.text_mut(Field::Pillar(Pillar::Brand)) = "14".into();
    let edit = SnapshotEdit::new(&opened, &draft, today()).unwrap();
    history.delete(day(30)).unwrap();
    let before = history.clone();
    assert_eq!(
        edit.apply_to(&mut history),
        Err(HistoryError::NotFound(day(30)))
    );
    assert_eq!(history, before, "not re-created behind the user's back");
    // What the form shows is all there, for saving as a new snapshot.
    assert_eq!(edit.into_snapshot().pillars.brand, 14.0);
}

#[test]
fn an_untouched_form_saves_nothing_over_another_tabs_changes() {
    // A stored value with more decimals than the form shows: the form's rounded copy must
    // not count as a change.
    let mut opened = snap(30);
    opened.pillars.insights = 6.1234;
    let draft = SnapshotDraft::from_snapshot(&opened);
    let edit = SnapshotEdit::new(&opened, &draft, today()).unwrap();
    let mut current = opened.clone();
    current.pillars.brand = 11.0;
    current.note = None;
    assert_eq!(edit.onto(&current), current);
}

#[test]
fn an_invalid_form_is_refused_with_every_wrong_field() {
    let opened = snap(30);
    let mut draft = SnapshotDraft::from_snapshot(&opened);
    *draft.text_mut(Field::Pillar(Pillar::Brand)) = "30".into();
    *draft.text_mut(Field::Date) = "2026-12-31".into();
    let errors = SnapshotEdit::new(&opened, &draft, today()).unwrap_err();
    let fields: Vec<Field> = errors.iter().map(|e| e.field).collect();
    assert_eq!(fields, vec![Field::Date, Field::Pillar(Pillar::Brand)]);
}
