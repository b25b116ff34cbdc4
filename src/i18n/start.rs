//! The first screens: the welcome, the dashboard's cards, the loading frame, notices and the
//! pages for a wrong address or a broken link.

use chrono::Weekday;

#[allow(unused_imports)]
use super::*;
#[cfg(target_arch = "wasm32")]
use crate::edges::install::InstallError;

/// "every Monday", as a weekly reminder repeats: the day with the word a language puts before
/// it ("jeden Montag", "toda segunda-feira").
pub fn every(lang: Lang, day: Weekday) -> &'static str {
    match day {
        Weekday::Mon => start_every_monday(lang),
        Weekday::Tue => start_every_tuesday(lang),
        Weekday::Wed => start_every_wednesday(lang),
        Weekday::Thu => start_every_thursday(lang),
        Weekday::Fri => start_every_friday(lang),
        Weekday::Sat => start_every_saturday(lang),
        Weekday::Sun => start_every_sunday(lang),
    }
}

/// Why the browser's install prompt did not show (the browser's edge exists in the browser
/// only).
#[cfg(target_arch = "wasm32")]
pub fn install_problem(lang: Lang, error: &InstallError) -> String {
    match error {
        InstallError::NoOffer => start_install_gone(lang).to_string(),
        InstallError::Refused(Some(reason)) => start_install_refused(lang, reason),
        InstallError::Refused(None) => start_install_refused_silently(lang).to_string(),
    }
}
#[cfg(target_arch = "wasm32")]
crate::english_display!(InstallError, install_problem);

/// What a message passes for a placeholder that a component fills with an element (a link):
/// [`around_slot`] then splits the text there.
pub const SLOT: &str = "\u{1}";

/// The text before and after the [`SLOT`] in `text` (all of it before, where there is none).
pub fn around_slot(text: &str) -> (String, String) {
    let (before, after) = text.split_once(SLOT).unwrap_or((text, ""));
    (before.to_string(), after.to_string())
}

/// The sample data's texts in `lang`: a German visitor trying the sample reads German notes
/// and names, as their own would be.
pub fn sample_words(lang: Lang) -> crate::domain::sample::SampleWords<'static> {
    crate::domain::sample::SampleWords {
        results: [
            start_sample_result_conversations(lang),
            start_sample_result_meetings(lang),
        ],
        colleagues: [
            start_sample_colleague_priya(lang),
            start_sample_colleague_marco(lang),
        ],
        industry: start_sample_industry(lang),
        notes: [
            start_sample_note_posting(lang),
            start_sample_note_headline(lang),
        ],
    }
}
