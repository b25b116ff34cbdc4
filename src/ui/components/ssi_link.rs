//! LinkedIn's SSI page, as a real link wherever the app names it. It opens LinkedIn in a new
//! tab and sends nothing: no referrer, no opener, no data in the address.

use leptos::prelude::*;

use crate::domain::reminder::SSI_PAGE_URL;
use crate::i18n;
use crate::ui::state::use_lang;

/// "linkedin.com/sales/ssi", linked.
#[component]
pub fn SsiLink() -> impl IntoView {
    let lang = use_lang();
    view! {
        <a
            href=SSI_PAGE_URL
            target="_blank"
            rel="noopener noreferrer"
            referrerpolicy="no-referrer"
            class="ssi-link"
            data-testid="ssi-link"
        >
            "linkedin.com/sales/ssi"
            <span class="visually-hidden">{i18n::start_ssi_link_new_tab(lang)}</span>
        </a>
    }
}
