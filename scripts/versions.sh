# The versions of every tool SSI Lens builds and tests with, in one place.
# Rust crates are pinned by Cargo.lock, npm packages by package-lock.json; this file pins the
# tools installed with `cargo install`, and scripts/setup.sh checks that Trunk.toml agrees.

TRUNK_VERSION="0.21.14"
# Formats the markup inside view! macros (rustfmt leaves it alone); the tests check it.
LEPTOSFMT_VERSION="0.1.33"
# wasm-bindgen-cli must equal the wasm-bindgen crate in Cargo.lock; it is read from there.
WASM_BINDGEN_VERSION="$(awk '/^name = "wasm-bindgen"$/ { getline; gsub(/version = |"/, ""); print; exit }' Cargo.lock)"
# wasm-opt comes from the npm package binaryen (package.json); it reports this version.
WASM_OPT_VERSION="version_132"
