//! People kept and the team: Compare, a saved person, the Team screen, refreshing and asking
//! for links. The domain says what happened (a refusal, a standing, what a link brings); this
//! words it in the user's language.

use super::*;
use crate::domain::number::Precision;
use crate::domain::people::{LinksSaved, PeopleError, PersonUpdate, MAX_PEOPLE};
use crate::domain::share::MAX_NAME_CHARS;
use crate::domain::team::{Standing, TeamFilter, TeamSort};

/// Why a change to the saved people was refused, in the user's words.
pub fn people_problem(lang: Lang, error: &PeopleError) -> String {
    match error {
        PeopleError::NameEmpty => team_error_name_empty(lang).into(),
        PeopleError::NameTooLong => team_error_name_too_long(lang, MAX_NAME_CHARS),
        PeopleError::NameTaken(name) => team_error_name_taken(lang, name),
        PeopleError::TooMany => team_error_too_many(lang, MAX_PEOPLE as u64),
        PeopleError::NotFound => team_error_not_found(lang).into(),
        PeopleError::ChangedSince => team_error_changed_since(lang).into(),
        PeopleError::DuplicateId => team_error_duplicate_id(lang).into(),
        PeopleError::Snapshots { name, error } => {
            team_error_snapshots(lang, name, super::entry::history_problem(lang, error))
        }
    }
}
crate::english_display!(PeopleError, people_problem);

/// The name the user's own row goes by on the Team screen and in Compare's table.
pub fn you(lang: Lang) -> &'static str {
    team_you(lang)
}

/// A sort key's name in the Team screen's "Sort by" list.
pub fn sort_name(lang: Lang, sort: TeamSort) -> &'static str {
    match sort {
        TeamSort::Name => team_sort_name(lang),
        TeamSort::Score => team_sort_score(lang),
        TeamSort::Change => team_sort_change(lang),
        TeamSort::Pillar(p) => ssi::pillar_name(lang, p),
        TeamSort::LastUpdate => team_sort_last_update(lang),
    }
}

/// A filter's name in the Team screen's "Show" list.
pub fn filter_name(lang: Lang, filter: TeamFilter) -> String {
    match filter {
        TeamFilter::Everyone => team_filter_everyone(lang).into(),
        TeamFilter::Fell => team_fell(lang).into(),
        TeamFilter::Stale => team_filter_stale(lang).into(),
        TeamFilter::BelowMedian(p) => team_filter_below(lang, ssi::pillar_name(lang, p)),
    }
}

/// Which way a sort runs, in the words of what it sorts ("A to Z", "Newest first").
pub fn direction(lang: Lang, sort: TeamSort, descending: bool) -> &'static str {
    match (sort, descending) {
        (TeamSort::Name, false) => team_a_to_z(lang),
        (TeamSort::Name, true) => team_z_to_a(lang),
        (TeamSort::LastUpdate, true) => team_newest_first(lang),
        (TeamSort::LastUpdate, false) => team_oldest_first(lang),
        (_, true) => team_highest_first(lang),
        (_, false) => team_lowest_first(lang),
    }
}

/// Where a pillar stands against the team's median, `versus` points from it (as
/// [`TeamRow::versus_median`](crate::domain::team::TeamRow::versus_median) gives it): what its
/// shaded cell says to a screen reader.
pub fn standing(lang: Lang, standing: Standing, versus: f64) -> String {
    match standing {
        Standing::Even => team_about_median(lang).into(),
        Standing::Above { .. } => team_above_median(lang, Precision::Hundredth.format(versus)),
        Standing::Below { .. } => team_below_median(lang, Precision::Hundredth.format(-versus)),
    }
}

/// The "Update overdue" flag: how many whole weeks since the latest snapshot, or that there
/// is none.
pub fn overdue(lang: Lang, weeks_since_update: Option<i64>) -> String {
    match weeks_since_update {
        Some(weeks) => team_overdue_weeks(lang, weeks.max(0) as u64),
        None => team_no_snapshots_yet(lang).into(),
    }
}

/// Names (or phrases) as a list, in the language's way of listing.
pub fn list(lang: Lang, items: &[String]) -> String {
    let mut items = items.iter();
    let first = items.next().cloned().unwrap_or_default();
    items.fold(first, |list, item| team_list_more(lang, item, list))
}

/// What a newer link brings beside the saved copy: "2 new weeks, 1 week changed, 3 weeks
/// fewer" (the shared view's banner and the team's refresh say it alike).
pub fn what_is_new(lang: Lang, update: &PersonUpdate) -> String {
    let parts: Vec<String> = [
        (
            update.added.len(),
            team_new_weeks as fn(Lang, u64) -> String,
        ),
        (update.changed.len(), team_weeks_changed),
        (update.removed.len(), team_weeks_fewer),
    ]
    .into_iter()
    .filter(|(n, _)| *n > 0)
    .map(|(n, words)| words(lang, n as u64))
    .collect();
    list(lang, &parts)
}

/// What saving pasted share links did, a sentence for each kind of outcome (Compare's "Save
/// these people" and the team's refresh).
pub fn links_saved(lang: Lang, saved: &LinksSaved) -> String {
    type Sentence = fn(Lang, u64, String) -> String;
    let sentences: [(&Vec<String>, Sentence); 5] = [
        (&saved.added, |l, n, names| team_saved_added(l, n, names)),
        (&saved.updated, |l, n, names| {
            team_saved_updated(l, n, names)
        }),
        (&saved.unchanged, |l, n, names| {
            team_saved_unchanged(l, n, names)
        }),
        (&saved.older, |l, n, names| team_saved_older(l, n, names)),
        (&saved.no_room, |l, n, names| {
            team_saved_no_room(l, n, names)
        }),
    ];
    sentences
        .iter()
        .filter(|(names, _)| !names.is_empty())
        .map(|(names, sentence)| sentence(lang, names.len() as u64, list(lang, names)))
        .collect::<Vec<_>>()
        .join(" ")
}

/// The message to send someone whose update is overdue, written to them: a new snapshot, then
/// a fresh link from their own SSI Lens, whose Share screen is at `share_screen_url`. (Their
/// copy may be recent and their last snapshot old: asking for both fits either case.)
pub fn ask_for_link_message(lang: Lang, name: &str, share_screen_url: &str) -> String {
    let (url, button) = (share_screen_url.trim(), team_copy_link_button(lang));
    match name.trim() {
        "" => team_ask_message_unnamed(lang, button, url),
        name => team_ask_message(lang, button, name, url),
    }
}
