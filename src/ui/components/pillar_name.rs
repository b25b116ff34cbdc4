//! A pillar as the app names it, tied to LinkedIn's label: "Brand" with "Establish your
//! professional brand" beside it, wherever a pillar is introduced. Charts, tables and messages
//! then use the short name alone.

use leptos::prelude::*;

use crate::domain::Pillar;
use crate::markup;

/// The pillar's name, then LinkedIn's label in smaller text.
#[component]
pub fn PillarName(pillar: Pillar) -> impl IntoView {
    view! {
        <span
            class="pillar-title"
            inner_html=markup::pillar_title(crate::ui::state::use_lang(), pillar)
        ></span>
    }
}
