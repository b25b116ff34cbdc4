//! What surrounds the dashboard as the first paint draws it: the app bar's tabs and main
//! action, and the notices above the screen. The app draws its own, with their handlers, in the
//! same markup and words (tests/e2e/first-paint.test.mjs compares the two paints).

use std::fmt::Write;

use crate::domain::address::Screen;
use crate::i18n::{self, screens, Lang};

/// The app bar's tabs, in order (the app's `Header` draws the same).
pub const TABS: [Screen; 7] = [
    Screen::Dashboard,
    Screen::History,
    Screen::Results,
    Screen::Team,
    Screen::Compare,
    Screen::Learn,
    Screen::Share,
];

/// The app bar's tabs of one's own history or of a shared one (which has only the screens
/// [`Screen::in_shared_view`]): the one rule for both paints. Team is there once someone is
/// kept.
pub fn tab_screens(shared: bool, has_people: bool) -> impl Iterator<Item = Screen> {
    TABS.into_iter()
        .filter(move |&s| (!shared || s.in_shared_view()) && (s != Screen::Team || has_people))
}

/// The app bar's tabs of one's own view while it has no snapshots: none for a new visitor, and
/// for someone who keeps only other people (a manager, a coach) the screens about them.
pub fn tab_screens_without_history(has_people: bool) -> &'static [Screen] {
    if has_people {
        &[
            Screen::Dashboard,
            Screen::Team,
            Screen::Compare,
            Screen::Learn,
        ]
    } else {
        &[]
    }
}

/// The app bar's tabs on the dashboard, as links (relative to the app's folder, where the
/// first paint draws), named in `lang`: the addresses are the same in every language.
pub fn tabs(shared: bool, has_people: bool, lang: Lang) -> String {
    let mut html = format!(
        r#"<nav class="tabs" aria-label="{}">"#,
        html_escape::encode_double_quoted_attribute(i18n::start_sections(lang))
    );
    for screen in tab_screens(shared, has_people) {
        let href = format!(".{}", screen.path());
        let name = html_escape::encode_text(screens::name(lang, screen));
        let _ = match screen {
            Screen::Dashboard => write!(
                html,
                r#"<a class="tab" href="{href}" aria-current="page">{name}</a>"#
            ),
            _ => write!(html, r#"<a class="tab" href="{href}">{name}</a>"#),
        };
    }
    html.push_str("</nav>");
    html
}

/// The app icon (assets/icon.svg), drawn inline in the app bar: no request, and no font lookup
/// for a symbol glyph. index.html's loading frame shows the same markup (tests/copies.rs).
pub const LOGO: &str = r##"<svg viewBox="0 0 64 64" width="32" height="32"><rect width="64" height="64" rx="14" fill="#0a66c2"/><circle cx="32" cy="32" r="19" fill="none" stroke="#fff" stroke-opacity=".35" stroke-width="7"/><path d="M32 13a19 19 0 0 1 18.1 24.9" fill="none" stroke="#fff" stroke-width="7" stroke-linecap="round"/><circle cx="32" cy="32" r="5" fill="#fff"/></svg>"##;

/// The footer under one's own history (`shared`: under a shared copy), as the app and
/// the first paint write it; index.html's loading frame holds the English one.
pub fn footer(shared: bool, lang: Lang) -> &'static str {
    if shared {
        crate::i18n::footer_shared(lang)
    } else {
        crate::i18n::footer_own(lang)
    }
}

/// The app bar's main action, on one's own history.
pub fn add_button(lang: Lang) -> String {
    format!(
        r#"<button class="button primary add"><span aria-hidden="true">+ </span>{}</button>"#,
        html_escape::encode_text(i18n::start_add_snapshot(lang))
    )
}

/// The backup reminder's words: in bold, then the rest.
pub fn backup_reminder(lang: Lang) -> (&'static str, &'static str) {
    (i18n::frame_backup_bold(lang), i18n::frame_backup_rest(lang))
}

/// The sample data banner's words: in bold, then the rest.
pub fn sample_banner(lang: Lang) -> (&'static str, &'static str) {
    (i18n::frame_sample_bold(lang), i18n::frame_sample_rest(lang))
}

/// The notices above one's own dashboard as they stand when it opens.
pub fn notices(lang: Lang, sample: bool, backup_due: bool) -> String {
    let mut html = String::from(r#"<div class="notices" aria-live="polite">"#);
    if sample {
        let (bold, rest) = sample_banner(lang);
        let remove = i18n::start_remove_sample(lang);
        let _ = write!(
            html,
            r#"<div class="notice sample" data-testid="sample-banner"><p><strong>{bold}</strong>{rest}</p><button class="button small">{remove}</button></div>"#
        );
    }
    if backup_due {
        let (bold, rest) = backup_reminder(lang);
        let (export, later) = (i18n::start_export_now(lang), i18n::start_not_now(lang));
        let _ = write!(
            html,
            r#"<div class="notice" data-testid="backup-reminder"><p><strong>{bold}</strong>{rest}</p><button class="button small">{export}</button><button class="button small quiet">{later}</button></div>"#
        );
    }
    html.push_str("</div>");
    html
}
