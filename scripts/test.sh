#!/usr/bin/env bash
# Runs every test of SSI Lens: the build scripts' unit tests, formatting and lints, native domain
# tests, component tests in headless Chromium (wasm-bindgen-test), and end-to-end journeys
# against the release build.
# Installs whatever is missing first (see scripts/setup.sh).
set -euo pipefail
cd "$(dirname "$0")/.."
source scripts/setup.sh --test

export CHROMEDRIVER=/usr/bin/chromedriver
export CARGO_TARGET_WASM32_UNKNOWN_UNKNOWN_RUNNER=wasm-bindgen-test-runner
# wasm-bindgen-test-runner reads Chromium's flags from ./webdriver.json. Its time limit is for
# the whole suite (20 s by default), which a test of a save waiting on another tab's lock for
# seconds, on a busy 2-core machine, outgrows.
export WASM_BINDGEN_TEST_TIMEOUT=120
# A clean CI clone builds once: incremental caches would only take disk (about 2 GB).
if [ "${CI:-}" = "true" ]; then export CARGO_INCREMENTAL=0; fi

say "Build scripts"
# The post-build hook's steps on a saved sample of Trunk's output (seconds, no build).
node --test tests/post-build/

say "Formatting and lints"
cargo fmt --check
# The markup inside view! macros, which rustfmt leaves alone (leptosfmt.toml).
leptosfmt --check src
cargo clippy --all-targets --locked -- -D warnings
cargo clippy --all-targets --locked --target wasm32-unknown-unknown -- -D warnings
# The first paint is built without the app's feature (index.html), so it is linted so too.
cargo clippy --bin first-paint --no-default-features --locked --target wasm32-unknown-unknown -- -D warnings

say "Domain tests (native)"
cargo test --locked

say "Component and storage tests (wasm in headless Chromium)"
cargo test --locked --target wasm32-unknown-unknown --test web

say "Release build"
trunk build --release --locked

say "End-to-end journeys (release build in headless Chromium)"
node --test --test-concurrency=1 tests/e2e/
