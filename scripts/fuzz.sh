#!/usr/bin/env bash
# Runs every fuzz target for a while (default 60 s each): ./scripts/fuzz.sh [seconds]
# libFuzzer needs nightly compiler flags; RUSTC_BOOTSTRAP lets the stable toolchain accept them.
set -euo pipefail
cd "$(dirname "$0")/.."
seconds="${1:-60}"
command -v cargo-fuzz >/dev/null || cargo install cargo-fuzz --locked
mkdir -p fuzz/corpus/paste
cp tests/fixtures/ssi-page/*.txt tests/fixtures/ssi-page/*.json tests/fixtures/ssi-page-more/*.txt fuzz/corpus/paste/
# The capture target starts from the sample pages as the bookmarklet sends them.
mkdir -p fuzz/corpus/capture
node -e '
const fs = require("fs"), zlib = require("zlib");
for (const dir of ["tests/fixtures/ssi-page", "tests/fixtures/ssi-page-more"])
  for (const f of fs.readdirSync(dir).filter((f) => f.endsWith(".txt"))) {
    const packed = zlib.deflateRawSync(fs.readFileSync(`${dir}/${f}`)).toString("base64url");
    fs.writeFileSync(`fuzz/corpus/capture/${f}`, `capture=1.${packed}`);
  }'
for target in $(cargo fuzz list); do
  echo "==> fuzzing $target for ${seconds}s"
  RUSTC_BOOTSTRAP=1 cargo fuzz run "$target" -- -max_total_time="$seconds" -max_len=65536
done
