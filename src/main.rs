//! Entry point: report panics to the console, then mount the app.

#[cfg(target_arch = "wasm32")]
fn main() {
    console_error_panic_hook::set_once();
    // The static loading frame from index.html gives way to the app.
    if let Some(boot) = leptos::prelude::document().get_element_by_id("boot") {
        boot.remove();
    }
    leptos::mount::mount_to_body(ssi_lens::App);
}

#[cfg(not(target_arch = "wasm32"))]
fn main() {
    eprintln!("SSI Lens runs in the browser: build it with `trunk build` (see README.md).");
}
