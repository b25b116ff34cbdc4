//! Entry point: report panics to the console, then mount the app.

#[cfg(target_arch = "wasm32")]
fn main() {
    console_error_panic_hook::set_once();
    ssi_lens::edges::locale::use_language_decimal_mark();
    let root = leptos::prelude::document().document_element();
    // Until the app is mounted, index.html's boot-failure script takes an error (a panic while
    // mounting) for a failed start and says so, instead of leaving a blank page.
    if let Some(root) = &root {
        let _ = root.set_attribute("data-starting", "");
    }
    // The static loading frame from index.html gives way to the app, which takes over the
    // chart the first paint drew there, if any, in the same task: no frame shows neither.
    ssi_lens::edges::first_paint::hold_chart();
    if let Some(boot) = leptos::prelude::document().get_element_by_id("boot") {
        boot.remove();
    }
    leptos::mount::mount_to_body(ssi_lens::App);
    if let Some(root) = &root {
        let _ = root.remove_attribute("data-starting");
        let _ = root.remove_attribute("data-first-painted");
    }
    // By the next task the first screen is built and its charts drawn: a screen without a
    // trend lets the first paint's chart go, and a tap given to the loading frame is repeated.
    leptos::prelude::set_timeout(
        || {
            ssi_lens::edges::first_paint::let_go();
            ssi_lens::edges::first_paint::repeat_early_tap();
        },
        std::time::Duration::ZERO,
    );
}

#[cfg(not(target_arch = "wasm32"))]
fn main() {
    eprintln!("SSI Lens runs in the browser: build it with `trunk build` (see README.md).");
}
