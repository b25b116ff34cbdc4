#!/usr/bin/env bash
# Installs what building SSI Lens needs, skipping whatever is already there.
# Usage: source scripts/setup.sh [--test]   (--test also installs what the tests need)
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."
source scripts/versions.sh

say() { printf '\033[1m==> %s\033[0m\n' "$*"; }
export PATH="$HOME/.cargo/bin:$PWD/node_modules/.bin:$PATH"

# Trunk.toml pins the same tool versions; a mismatch would make Trunk look for a download.
grep -q "wasm_bindgen = \"$WASM_BINDGEN_VERSION\"" Trunk.toml ||
  { echo "Trunk.toml [tools] wasm_bindgen must be $WASM_BINDGEN_VERSION (Cargo.lock)"; exit 1; }
grep -q "wasm_opt = \"$WASM_OPT_VERSION\"" Trunk.toml ||
  { echo "Trunk.toml [tools] wasm_opt must be $WASM_OPT_VERSION"; exit 1; }

if ! rustup target list --installed | grep -qx wasm32-unknown-unknown; then
  say "Adding the wasm32 target"
  rustup target add wasm32-unknown-unknown
fi

if [ "$(trunk --version 2>/dev/null)" != "trunk $TRUNK_VERSION" ]; then
  say "Installing trunk $TRUNK_VERSION (takes about 15 minutes, once)"
  cargo install --locked trunk --version "=$TRUNK_VERSION"
fi

if [ "$(wasm-bindgen --version 2>/dev/null)" != "wasm-bindgen $WASM_BINDGEN_VERSION" ]; then
  say "Installing wasm-bindgen-cli $WASM_BINDGEN_VERSION"
  # Not --locked: its lock file names a crate version the registry no longer has.
  cargo install wasm-bindgen-cli --version "=$WASM_BINDGEN_VERSION"
fi

# npm packages (ECharts, binaryen's wasm-opt, playwright-core), reinstalled when the lock changes.
stamp=node_modules/.ssi-lens-lock
if ! cmp -s package-lock.json "$stamp" 2>/dev/null; then
  say "Installing npm packages"
  npm ci --no-audit --no-fund
  cp package-lock.json "$stamp"
fi

# The app's own ECharts build, remade when the lock or the list of parts changes.
echarts_stamp="vendor/.echarts-$(cat package-lock.json scripts/echarts/entry.js scripts/build-echarts.sh | sha256sum | cut -c1-16)"
if [ ! -f "$echarts_stamp" ] || [ ! -f vendor/echarts.min.js ]; then
  say "Building ECharts (only the parts the app uses)"
  ./scripts/build-echarts.sh
  rm -f vendor/.echarts-*
  touch "$echarts_stamp"
fi

if [ "${1:-}" = "--test" ]; then
  if [ "$(leptosfmt --version 2>/dev/null)" != "leptosfmt $LEPTOSFMT_VERSION" ]; then
    say "Installing leptosfmt $LEPTOSFMT_VERSION (a few minutes, once)"
    cargo install --locked leptosfmt --version "=$LEPTOSFMT_VERSION"
  fi
  if ! command -v chromium >/dev/null || ! command -v chromedriver >/dev/null; then
    say "Installing Chromium and ChromeDriver from Debian"
    sudo_cmd=""
    [ "$(id -u)" -eq 0 ] || sudo_cmd="sudo"
    $sudo_cmd apt-get update -qq
    DEBIAN_FRONTEND=noninteractive $sudo_cmd apt-get install -y -qq chromium chromium-driver
  fi
fi
