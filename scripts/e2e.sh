#!/usr/bin/env bash
# Drives the real Steward window: tests/e2e/*.test.mjs under Xvfb, inside a private D-Bus session
# with a throw-away, unlocked gnome-keyring (so the OS-keyring path is the one exercised).
#
#   scripts/e2e.sh                 # all tests, on the UI already built in ui/dist
#   scripts/e2e.sh --build         # builds the UI (npm run build) first
#   scripts/e2e.sh journey.test.mjs
#
# The window must embed the built UI, or it would try to reach the Vite dev server. That takes
#   cargo build -p steward-desktop --features custom-protocol
# which this script always runs (a few seconds when nothing changed): a plain `cargo build` or
# `cargo test` writes a dev-mode binary to the same target/debug/steward-desktop.
# STEWARD_APP=/path/to/binary tests that binary instead and builds nothing.
# Needs (scripts/install-deps.sh): xvfb, dbus, gnome-keyring, webkit2gtk-driver, tauri-driver.
set -euo pipefail
cd "$(dirname "$0")/.."
ROOT=$PWD

if [ "${1:-}" = "--build" ]; then
  shift
  npm --prefix ui run build
fi

if [ -z "${STEWARD_APP:-}" ]; then
  if [ ! -f ui/dist/index.html ]; then
    echo "e2e: ui/dist is missing; run npm --prefix ui run build (or scripts/e2e.sh --build)" >&2
    exit 1
  fi
  cargo build -p steward-desktop --features custom-protocol
  export STEWARD_APP="$ROOT/target/debug/steward-desktop"
fi
if [ ! -x "$STEWARD_APP" ]; then
  echo "e2e: $STEWARD_APP is missing" >&2
  exit 1
fi
missing=()
for tool in node tauri-driver WebKitWebDriver xvfb-run dbus-run-session gnome-keyring-daemon; do
  command -v "$tool" >/dev/null 2>&1 || missing+=("$tool")
done
if [ ${#missing[@]} -gt 0 ]; then
  echo "e2e: missing ${missing[*]}; run scripts/install-deps.sh" >&2
  exit 1
fi

# The keyring daemon keeps its files under HOME/XDG_DATA_HOME: a temporary one, never the user's.
KEYRING_HOME=$(mktemp -d "${TMPDIR:-/tmp}/steward-e2e-keyring.XXXXXX")
# The document portal (started in the test session by a file dialog) may still hold its FUSE
# mount under XDG_RUNTIME_DIR for a moment after the session ended: unmount it first, and never
# let the clean-up turn the tests' result into a failure.
trap 'fusermount -uz "$KEYRING_HOME/run/doc" 2>/dev/null || true; rm -rf "$KEYRING_HOME" 2>/dev/null ||
  echo "e2e: could not remove $KEYRING_HOME" >&2' EXIT
export HOME="$KEYRING_HOME" XDG_DATA_HOME="$KEYRING_HOME/.local/share" XDG_CONFIG_HOME="$KEYRING_HOME/.config"
export XDG_CACHE_HOME="$KEYRING_HOME/.cache" XDG_RUNTIME_DIR="$KEYRING_HOME/run"
mkdir -p "$XDG_DATA_HOME" "$XDG_CONFIG_HOME" "$XDG_CACHE_HOME" "$XDG_RUNTIME_DIR"
chmod 700 "$XDG_RUNTIME_DIR"
# Keep the GTK accessibility bridge out of the test session.
export NO_AT_BRIDGE=1

files=("$@")
[ ${#files[@]} -gt 0 ] || files=($(cd tests/e2e && ls *.test.mjs))

cd tests/e2e
# The whole suite (~30 files, ~7 min on the CI machine) under one bound, so a hung window never
# holds CI; each test file has its own 240 s bound below.
timeout 1200 xvfb-run -a -s "-screen 0 1280x800x24" \
  dbus-run-session -- sh -c '
    echo -n steward-e2e | gnome-keyring-daemon --unlock --components=secrets >/dev/null
    exec node --test --test-concurrency=1 --test-timeout=240000 "$@"
  ' sh "${files[@]}" 2> >(grep -v -E "^dbus-daemon\[[0-9]+\]|org\.a11y|SpiRegistry" >&2)
