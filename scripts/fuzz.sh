#!/usr/bin/env bash
# Runs every fuzz target for a while (default 60 s each): ./scripts/fuzz.sh [seconds]
# libFuzzer needs nightly compiler flags; RUSTC_BOOTSTRAP lets the stable toolchain accept them.
set -euo pipefail
cd "$(dirname "$0")/.."
seconds="${1:-60}"
command -v cargo-fuzz >/dev/null || cargo install cargo-fuzz --locked
mkdir -p fuzz/corpus/paste
cp tests/fixtures/ssi-page/*.txt tests/fixtures/ssi-page/*.json fuzz/corpus/paste/
for target in $(cargo fuzz list); do
  echo "==> fuzzing $target for ${seconds}s"
  RUSTC_BOOTSTRAP=1 cargo fuzz run "$target" -- -max_total_time="$seconds" -max_len=65536
done
