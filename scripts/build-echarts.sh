#!/usr/bin/env bash
# Builds vendor/echarts.min.js: only the ECharts charts and components the app uses, from the
# locked npm packages (echarts, esbuild), so the same lock gives the same file.
set -euo pipefail
cd "$(dirname "$0")/.."
mkdir -p vendor
node_modules/.bin/esbuild scripts/echarts/entry.js --bundle --minify --format=iife \
  --target=es2019 --legal-comments=none --log-level=warning --outfile=vendor/echarts.min.js
