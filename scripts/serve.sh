#!/usr/bin/env bash
# Builds SSI Lens and serves it at http://127.0.0.1:8080 (PORT=... to change), rebuilding on change.
set -euo pipefail
cd "$(dirname "$0")/.."
source scripts/setup.sh
port="${PORT:-8080}"
echo "SSI Lens will be at http://127.0.0.1:$port/"
exec trunk serve --release --address 127.0.0.1 --port "$port"
