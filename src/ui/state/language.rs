//! The language the app speaks, in context: what every component words itself in. Read once
//! at start from `<html lang>` (`edges::language`); a signal, so a language switch (next)
//! redraws every text that reads it.

use leptos::prelude::*;

use crate::edges::language;
use crate::i18n::Lang;

#[derive(Clone, Copy)]
pub struct Language(RwSignal<Lang>);

impl Language {
    /// Provides the page's language to everything below.
    pub fn provide() {
        provide_context(Language(RwSignal::new(language::current())));
    }

    pub fn expect() -> Self {
        expect_context()
    }

    /// The language (tracked: a closure reading it redraws when it changes).
    pub fn get(self) -> Lang {
        self.0.get()
    }

    /// The language without subscribing to it (in event handlers).
    pub fn get_untracked(self) -> Lang {
        self.0.get_untracked()
    }
}
