#!/usr/bin/env bash
# Builds the release and measures it (sizes, time to chart against a plain-JS reference,
# save-to-chart, storage and link sizes, paste parsing, how the domain's work grows with
# history length); writes docs/benchmarks.md.
set -euo pipefail
cd "$(dirname "$0")/.."
source scripts/setup.sh --test
cargo bench --locked --bench scaling | tee target/bench-scaling.md
cargo bench --locked --bench paste_recall | tee target/bench-paste-recall.md
trunk build --release --locked
node bench/run.mjs
