#!/usr/bin/env bash
# Builds the release and measures it against issue 22's budgets: sizes (gzip -9 and brotli 11),
# time to the chart against a plain-JS reference page over loopback and on a phone profile
# (150 ms round trip, 1.6 Mbit/s, CPU slowed 4×; first and repeat visits), Lighthouse (mobile),
# save-to-chart, storage and link sizes, paste parsing, long tasks with large data
# (bench/large.mjs), how the domain's work grows with history length; writes
# docs/benchmarks.md. About half an hour on 2 cores.
# RUNS, PHONE_RUNS and LIGHTHOUSE_RUNS (7, 7, 3) set how many times each is measured.
set -euo pipefail
cd "$(dirname "$0")/.."
source scripts/setup.sh --test
mkdir -p target
cargo bench --locked --bench scaling | tee target/bench-scaling.md
cargo bench --locked --bench paste_recall | tee target/bench-paste-recall.md
trunk build --release --locked
node bench/run.mjs
