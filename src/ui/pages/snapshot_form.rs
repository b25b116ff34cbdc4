//! Add or edit a snapshot. Nothing is saved until every field is valid, a large gap between
//! the total and the pillars has been confirmed, and replacing a day's snapshot is agreed.
//! While the form differs from how it opened, leaving it asks first (`Navigation`'s guard).
//! Saving an edit applies only the fields the user changed, onto the snapshot as it is stored
//! by then (`SnapshotEdit`), so what another tab saved meanwhile stays.

use chrono::NaiveDate;
use leptos::prelude::*;

use crate::domain::address::Screen;
use crate::domain::edits::SnapshotEdit;
use crate::domain::history::{Addition, HistoryError};
use crate::domain::iso_date::read_iso_date;
use crate::domain::number::{format_number, format_points, Precision};
use crate::domain::outcomes::OutcomeId;
use crate::domain::paste::{self, ParsedPage};
use crate::domain::snapshot::{latest_typed_date, Field, FieldError};
use crate::domain::{Pillar, Snapshot, SnapshotDraft};
use crate::edges::{clock, focus};
use crate::i18n::{self, entry, screens, Lang};
use crate::ui::components::{
    ClipboardPaste, FieldMessages, FormField, OutcomeFields, PasteBox, PeerPillars,
};
use crate::ui::format;
use crate::ui::pasting::open_share_link;
use crate::ui::state::{use_lang, Navigation, Notices, YourData};

/// What the form saves: a new snapshot, or the user's changes to a stored one.
#[derive(Clone, Debug, PartialEq)]
enum Pending {
    New(Snapshot),
    Edit(SnapshotEdit),
}

impl Pending {
    /// The snapshot as the form alone makes it.
    fn snapshot(&self) -> &Snapshot {
        match self {
            Pending::New(snapshot) => snapshot,
            Pending::Edit(edit) => edit.snapshot(),
        }
    }
}

/// A question the user must answer before the snapshot is saved.
#[derive(Clone, Debug, PartialEq)]
enum Confirm {
    TotalGap(Pending),
    Replace {
        new: Snapshot,
        existing: Snapshot,
    },
    /// The snapshot being edited was deleted, or moved to another day, in another tab.
    Gone(SnapshotEdit),
}

/// The snapshot form. `editing` is the date of the snapshot being edited, if any; `pasted`
/// is an SSI page pasted elsewhere in the app, read into the form at once. `quick` is the quick
/// add: the weekly check-in on a phone, with only the four pillars and the ranks, filled with
/// the last snapshot's figures; the same draft, rules and saving as the full form.
#[component]
pub fn SnapshotFormPage(
    editing: Option<chrono::NaiveDate>,
    pasted: Option<String>,
    #[prop(optional)] quick: bool,
) -> impl IntoView {
    let history = YourData::expect();
    let navigation = Navigation::expect();
    let lang = use_lang();
    let today = clock::today();
    // The stored snapshot the form opened from, when editing.
    let opened = editing.and_then(|d| history.with_untracked(|h| h.get(d).cloned()));
    let initial = match &opened {
        Some(snapshot) => SnapshotDraft::from_snapshot(snapshot),
        None if quick => history.with_untracked(|h| SnapshotDraft::quick_from(h.latest(), today)),
        None => SnapshotDraft::for_date(today),
    };
    let opened = StoredValue::new(opened);
    let notices = Notices::expect();
    let opened_as = initial.clone();
    let draft = RwSignal::new(initial);
    let errors = RwSignal::new(FieldMessages::new());
    // The form's refusals, worded when they are shown.
    let refuse = move |found: &[FieldError]| errors.set(worded(lang, found));
    let confirm = RwSignal::new(None::<Confirm>);
    let refused = RwSignal::new(Vec::<OutcomeId>::new());

    // Whatever the user typed or pasted (or a refused results value) is work to keep, until
    // the form is saved or cancelled (a change still being noted then must not count).
    let left = StoredValue::new(false);
    Effect::new(move |_| {
        let changed = draft.with(|d| *d != opened_as) || refused.with(|r| !r.is_empty());
        if left.try_get_value() == Some(false) {
            navigation.set_unsaved(changed);
        }
    });
    on_cleanup(move || navigation.set_unsaved(false));
    let leave = move || {
        left.set_value(true);
        navigation.leave_form(editing.is_some())
    };
    let finish = move |saved: NaiveDate| {
        let to = leave();
        notices.confirm_on(to, i18n::entry_saved(lang, format::date(saved)));
    };
    // Stores a valid snapshot, asking about a taken day first.
    let save = move |pending: Pending, replace: bool| {
        let snapshot_date = pending.snapshot().date;
        let result = match pending {
            Pending::Edit(edit) => match history.change(|h| edit.apply_to(h)) {
                // Nothing changed: ask what to do with the form.
                Err(HistoryError::NotFound(_)) => {
                    confirm.set(Some(Confirm::Gone(edit)));
                    return;
                }
                other => other,
            },
            Pending::New(snapshot) if replace => {
                history.change(|h| h.replace(snapshot).map(|_| ()))
            }
            Pending::New(snapshot) => match history.change(|h| h.add(snapshot.clone())) {
                Ok(Addition::Added) => Ok(()),
                // Nothing changed: ask before replacing.
                Ok(Addition::DateTaken(existing)) => {
                    confirm.set(Some(Confirm::Replace {
                        new: snapshot,
                        existing: *existing,
                    }));
                    return;
                }
                Err(e) => Err(e),
            },
        };
        let date = snapshot_date;
        match result {
            Ok(()) => finish(date),
            Err(HistoryError::DateTaken(d)) => errors.set(vec![(
                Field::Date,
                i18n::entry_date_taken(lang, format::date(d)),
            )]),
            Err(HistoryError::InvalidSnapshot { errors: found, .. }) => refuse(&found),
            Err(e) => errors.set(vec![(Field::Date, entry::history_problem(lang, &e))]),
        }
    };
    let submit = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        confirm.set(None);
        // A refused results value shows its message by its field; nothing is saved meanwhile.
        if let Some(id) = refused.with_untracked(|r| r.first().copied()) {
            focus::focus(&format!("outcome-{}", id.key()));
            return;
        }
        let pending = draft.with(|d| match opened.with_value(Option::clone) {
            Some(opened) => SnapshotEdit::new(&opened, d, today).map(Pending::Edit),
            None => d.validate(today).map(Pending::New),
        });
        match pending {
            Err(found) => {
                let first = found.first().map(|e| e.field);
                refuse(&found);
                if let Some(field) = first {
                    focus_field(field);
                }
            }
            Ok(pending) => {
                errors.set(Vec::new());
                if pending.snapshot().total_looks_wrong() {
                    confirm.set(Some(Confirm::TotalGap(pending)));
                } else {
                    save(pending, false);
                }
            }
        }
    };

    let confirmation = move || {
        confirm.get().map(|question| match question {
            Confirm::TotalGap(pending) => {
                let snapshot = pending.snapshot();
                let text = i18n::entry_total_gap_question(
                    lang,
                    format_points(snapshot.total_gap()),
                    format_number(snapshot.overall),
                    format_number(snapshot.pillars.sum()),
                );
                view! {
                    <div class="confirm warning" role="alert">
                        <p>{text}</p>
                        <div class="actions">
                            <button
                                type="button"
                                class="button primary"
                                on:click=move |_| save(pending.clone(), false)
                            >
                                {i18n::entry_save_anyway(lang)}
                            </button>
                            <button
                                type="button"
                                class="button"
                                on:click=move |_| {
                                    confirm.set(None);
                                    focus_field(Field::Overall);
                                }
                            >
                                {i18n::entry_let_me_fix(lang)}
                            </button>
                        </div>
                    </div>
                }
                .into_any()
            }
            Confirm::Replace { new, existing } => {
                let text = i18n::entry_replace_question(
                    lang,
                    format::date(existing.date),
                    Precision::Whole.format(new.overall),
                    Precision::Whole.format(existing.overall),
                );
                view! {
                    <div class="confirm" role="alert">
                        <p>{text}</p>
                        <div class="actions">
                            <button
                                type="button"
                                class="button primary"
                                on:click=move |_| save(Pending::New(new.clone()), true)
                            >
                                {i18n::entry_replace_it(lang)}
                            </button>
                            <button
                                type="button"
                                class="button"
                                on:click=move |_| confirm.set(None)
                            >
                                {i18n::entry_keep_old(lang)}
                            </button>
                        </div>
                    </div>
                }
                .into_any()
            }
            Confirm::Gone(edit) => {
                let text = i18n::entry_gone_question(lang, format::date(edit.original()));
                view! {
                    <div class="confirm warning" role="alert" data-testid="edit-gone">
                        <p>{text}</p>
                        <div class="actions">
                            <button
                                type="button"
                                class="button primary"
                                on:click=move |_| save(
                                    Pending::New(edit.clone().into_snapshot()),
                                    false,
                                )
                            >
                                {i18n::entry_save_as_new(lang)}
                            </button>
                            <button
                                type="button"
                                class="button"
                                on:click=move |_| {
                                    leave();
                                }
                            >
                                {i18n::entry_discard_changes(lang)}
                            </button>
                        </div>
                    </div>
                }
                .into_any()
            }
        })
    };

    let on_parsed = Callback::new(move |page: ParsedPage| {
        draft.update(|d| {
            let date = read_iso_date(&d.date).unwrap_or(today);
            let note = std::mem::take(&mut d.note);
            *d = page.to_draft(date);
            d.note = note;
        });
        errors.set(Vec::new());
        confirm.set(None);
    });
    // Warn early when the chosen day already has a snapshot (adding only).
    let day_taken = move || {
        let date = draft.with(|d| read_iso_date(&d.date).ok())?;
        let existing = history.with(|h| h.get(date).map(|s| s.overall))?;
        (editing.is_none() || editing != Some(date)).then(|| {
            i18n::entry_day_taken(lang, format::date(date), Precision::Whole.format(existing))
        })
    };

    let field = move |field: Field, hint: Option<&'static str>| {
        view! { <FormField field draft errors hint /> }
    };
    let max_date = latest_typed_date(today).to_string();

    let form = match (editing, quick) {
        (Some(_), _) => Screen::Edit(today),
        (None, true) => Screen::QuickAdd,
        (None, false) => Screen::Add,
    };
    let title = screens::name(lang, form);
    let has_last = quick && history.with_untracked(|h| h.latest().is_some());
    // The quick add's own top: a copied page goes to the full form's preview, where every
    // value it found is shown before anything is saved.
    let top = if quick {
        view! { <QuickTop has_last /> }.into_any()
    } else {
        view! {
            {editing.is_none().then(|| view! { <PasteBox on_parsed pasted=pasted.clone() /> })}
            <p class="muted">
                // The page's link is the paste box's, once: not a tab stop again before the date.
                {if editing.is_none() {
                    i18n::entry_type_figures(lang)
                } else {
                    i18n::entry_three_decimals(lang)
                }}
            </p>
        }
        .into_any()
    };

    view! {
        <h1 class="page-title">{title}</h1>
        <form class="card snapshot-form" class:quick-add=quick novalidate on:submit=submit>
            {top}
            <div class="form-row">
                <FormField field=Field::Date draft errors hint=None max=max_date />
                {(!quick).then(|| field(Field::Overall, Some(i18n::entry_overall_hint(lang))))}
            </div>
            {move || {
                day_taken()
                    .map(|t| {
                        view! {
                            <p class="notice-inline" data-testid="day-taken">
                                {t}
                            </p>
                        }
                    })
            }}
            <fieldset>
                <legend>{i18n::entry_pillars_legend(lang)}</legend>
                <div class="form-grid">{Pillar::ALL.map(|p| field(Field::Pillar(p), None))}</div>
            </fieldset>
            {if quick {
                view! {
                    <fieldset>
                        <legend>{i18n::entry_ranks_legend(lang)}</legend>
                        <div class="form-grid">
                            {field(Field::IndustryRank, Some(i18n::entry_rank_hint(lang)))}
                            {field(Field::NetworkRank, None)}
                        </div>
                    </fieldset>
                }
                    .into_any()
            } else {
                view! {
                    <fieldset>
                        <legend>{i18n::entry_compared_legend(lang)}</legend>
                        <div class="form-grid">
                            {field(Field::IndustryRank, Some(i18n::entry_rank_hint(lang)))}
                            {field(Field::NetworkRank, None)} {field(Field::IndustryAvg, None)}
                            {field(Field::NetworkAvg, None)}
                        </div>
                        {field(Field::Industry, None)}
                    </fieldset>
                    <PeerPillars draft />
                    <OutcomeFields draft refused />
                    {field(Field::Note, Some(i18n::entry_note_hint(lang)))}
                }
                    .into_any()
            }}
            {confirmation}
            <div class="actions form-actions">
                <button type="submit" class="button primary">
                    {i18n::entry_save(lang)}
                </button>
                <button
                    type="button"
                    class="button"
                    on:click=move |_| {
                        leave();
                    }
                >
                    {i18n::entry_cancel(lang)}
                </button>
            </div>
        </form>
    }
}

/// The quick add's top: what is filled in, a copied page in with one tap, and the full form.
#[component]
fn QuickTop(has_last: bool) -> impl IntoView {
    let navigation = Navigation::expect();
    let notices = Notices::expect();
    let lang = use_lang();
    let problem = RwSignal::new(None::<String>);
    let from_clipboard = Callback::new(move |text: String| {
        problem.set(None);
        if open_share_link(&text, notices) {
            return;
        }
        match paste::parse(&text) {
            Ok(page) => navigation.add_pasted(text, page),
            Err(e) => problem.set(Some(entry::paste_problem(lang, &e))),
        }
    });
    let (before, after) = entry::around_link(|link| i18n::entry_full_form(lang, link));
    view! {
        <p class="muted">
            {if has_last { i18n::entry_quick_filled(lang) } else { i18n::entry_quick_empty(lang) }}
        </p>
        <ClipboardPaste on_text=from_clipboard />
        {move || {
            problem
                .get()
                .map(|p| {
                    view! {
                        <p class="field-error" role="alert" data-testid="paste-error">
                            {p}
                        </p>
                    }
                })
        }}
        <p>
            {before} <a href=navigation.href(Screen::Add)>{i18n::entry_full_form_link(lang)}</a>
            {after}
        </p>
    }
}

/// The form's refusals in the user's words, each by its field.
fn worded(lang: Lang, found: &[FieldError]) -> FieldMessages {
    found
        .iter()
        .map(|e| (e.field, entry::field_problem(lang, e)))
        .collect()
}

/// Moves focus to a field's input so keyboard and screen-reader users land on the problem.
fn focus_field(field: Field) {
    // Every field is rendered while the form is; a miss only leaves focus where it was.
    focus::focus(&crate::ui::components::field_id(field));
}
