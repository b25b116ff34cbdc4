#!/usr/bin/env bash
# Builds vendor/echarts.min.js: only the ECharts charts and components the app uses, from the
# locked npm packages (echarts, esbuild, terser), so the same lock gives the same file.
set -euo pipefail
cd "$(dirname "$0")/.."
mkdir -p vendor
node_modules/.bin/esbuild scripts/echarts/entry.js --bundle --minify --format=iife \
  --target=es2019 --legal-comments=none --log-level=warning --outfile=vendor/echarts.bundle.js
# terser's three compression passes take about 4% more off than esbuild's minifier alone
# (docs/performance.md).
node_modules/.bin/terser vendor/echarts.bundle.js --compress passes=3 --mangle --ecma 2019 \
  --output vendor/echarts.min.js
rm vendor/echarts.bundle.js
