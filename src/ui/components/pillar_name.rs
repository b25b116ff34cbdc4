//! A pillar as the app names it, tied to LinkedIn's label: "Brand" with "Establish your
//! professional brand" beside it, wherever a pillar is introduced. Charts, tables and messages
//! then use the short name alone.

use leptos::prelude::*;

use crate::domain::Pillar;
use crate::i18n::ssi;
use crate::ui::state::use_lang;

/// The pillar's name, then LinkedIn's label in smaller text, in the user's language (the same
/// markup as `markup::pillar_title`, which the first paint's pillar card uses).
#[component]
pub fn PillarName(pillar: Pillar) -> impl IntoView {
    let lang = use_lang();
    view! {
        <span class="pillar-title">
            <span class="pillar-short">{ssi::pillar_name(lang, pillar)}</span>
            " "
            <span class="pillar-long">{ssi::pillar_label(lang, pillar)}</span>
        </span>
    }
}
