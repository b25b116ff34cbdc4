//! The language the app speaks, in context: what every component words itself in. Read once
//! at start from `<html lang>` (`edges::language`). A switch stores the new choice and reloads
//! the page (`edges::language::switch_to`), so the first paint, the dates, the decimal mark
//! and every text change together, never half a page in one language and half in another.

use leptos::prelude::*;

use crate::edges::language;
use crate::i18n::Lang;

#[derive(Clone, Copy)]
pub struct Language(Lang);

impl Language {
    /// Provides the page's language to everything below.
    pub fn provide() {
        provide_context(Language(language::current()));
    }

    pub fn expect() -> Self {
        expect_context()
    }

    /// The language of the page.
    pub fn get(self) -> Lang {
        self.0
    }
}

/// The language of the page, for a component to word itself in:
/// `let lang = use_lang(); view! { {i18n::screen_history(lang)} }`.
pub fn use_lang() -> Lang {
    Language::expect().get()
}
