#!/usr/bin/env bash
# Installs what is missing, builds Steward and opens the desktop app.
# Data lives in $STEWARD_DATA_DIR, or ~/.local/share/steward (shared with the `steward` CLI).
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/install-deps.sh
echo "==> Building the interface"
npm --prefix ui run build --silent
echo "==> Building Steward (the first build takes several minutes)"
cargo build --release -p steward-desktop --features custom-protocol -p steward-cli
echo "==> Starting Steward. The CLI is at target/release/steward (try: target/release/steward --help)"
exec target/release/steward-desktop "$@"
