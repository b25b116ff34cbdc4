//! The language switch in the footer: every language SSI Lens speaks, each named in itself.
//! Choosing one keeps it on this device and reloads the page in it (`edges::language`).

use leptos::prelude::*;

use crate::edges::language;
use crate::i18n::{self, Lang};
use crate::ui::state::use_lang;

#[component]
pub fn LanguageSwitch() -> impl IntoView {
    let lang = use_lang();
    let problem = RwSignal::new(false);
    let choose = move |ev: leptos::ev::Event| {
        let chosen = Lang::from_tag(&event_target_value(&ev));
        if let Some(chosen) = chosen.filter(|&c| c != lang) {
            problem.set(language::switch_to(chosen).is_err());
        }
    };
    view! {
        <label class="language-switch">
            <span>{i18n::language_label(lang)}</span>
            <select on:change=choose data-testid="language">
                {Lang::ALL
                    .into_iter()
                    .map(|l| {
                        view! {
                            <option value=l.tag() lang=l.tag() selected=l == lang>
                                {l.own_name()}
                            </option>
                        }
                    })
                    .collect_view()}
            </select>
        </label>
        <Show when=move || problem.get()>
            <p class="field-error" role="alert">
                {i18n::language_not_kept(lang)}
            </p>
        </Show>
    }
}
