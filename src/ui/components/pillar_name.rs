//! A pillar as the app names it, tied to LinkedIn's label: "Brand" with "Establish your
//! professional brand" beside it, wherever a pillar is introduced. Charts, tables and messages
//! then use the short name alone.

use leptos::prelude::*;

use crate::domain::Pillar;
use crate::markup;
use crate::ui::state::use_lang;

/// The pillar's name, then LinkedIn's label in smaller text, in the user's language: the
/// markup of `markup::pillar_title`, which the first paint's pillar card draws too.
#[component]
pub fn PillarName(pillar: Pillar) -> impl IntoView {
    view! { <span class="pillar-title" inner_html=markup::pillar_title(use_lang(), pillar)></span> }
}
