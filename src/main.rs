//! Entry point: report panics to the console, then mount the app.

#[cfg(target_arch = "wasm32")]
fn main() {
    console_error_panic_hook::set_once();
    leptos::mount::mount_to_body(ssi_lens::App);
}

#[cfg(not(target_arch = "wasm32"))]
fn main() {
    eprintln!("SSI Lens runs in the browser: build it with `trunk build` (see README.md).");
}
