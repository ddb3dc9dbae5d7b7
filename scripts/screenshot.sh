#!/usr/bin/env bash
# Takes docs/screenshot.png: the real Steward window under Xvfb, on a demo profile filled in with
# the `steward` CLI (the same core and data directory the window uses), key in a throw-away keyring.
#
#   scripts/screenshot.sh [OUT.png]           # default docs/screenshot.png
#   scripts/screenshot.sh --build [OUT.png]   # builds the UI (npm run build) first
#
# Always (re)builds the CLI and the window with the UI embedded (a few seconds when nothing
# changed; a plain `cargo build`/`cargo test` leaves a dev-mode window that wants the dev server):
#   cargo build -p steward-cli --bin steward
#   cargo build -p steward-desktop --features custom-protocol
# Needs xvfb, dbus, gnome-keyring, x11-utils and ImageMagick (scripts/install-deps.sh).
set -euo pipefail
cd "$(dirname "$0")/.."
ROOT=$PWD

if [ "${1:-}" = "--build" ]; then
  shift
  npm --prefix ui run build
fi
[ -f ui/dist/index.html ] || { echo "screenshot: ui/dist is missing; run scripts/screenshot.sh --build" >&2; exit 1; }
cargo build -p steward-cli --bin steward
cargo build -p steward-desktop --features custom-protocol
OUT=$(realpath -m "${1:-docs/screenshot.png}")
APP="$ROOT/target/debug/steward-desktop"
CLI="$ROOT/target/debug/steward"
for tool in xvfb-run dbus-run-session gnome-keyring-daemon xwininfo import; do
  command -v "$tool" >/dev/null 2>&1 || { echo "screenshot: $tool is missing; run scripts/install-deps.sh" >&2; exit 1; }
done

DEMO=$(mktemp -d "${TMPDIR:-/tmp}/steward-demo.XXXXXX")
trap 'rm -rf "$DEMO"' EXIT
export HOME="$DEMO/home" XDG_DATA_HOME="$DEMO/home/.local/share" XDG_CONFIG_HOME="$DEMO/home/.config"
export XDG_CACHE_HOME="$DEMO/home/.cache" XDG_RUNTIME_DIR="$DEMO/run"
export STEWARD_DATA_DIR="$DEMO/steward" NO_AT_BRIDGE=1
mkdir -p "$XDG_DATA_HOME" "$XDG_CONFIG_HOME" "$XDG_CACHE_HOME" "$XDG_RUNTIME_DIR" "$(dirname "$OUT")"
chmod 700 "$XDG_RUNTIME_DIR"
export APP CLI OUT

# Everything below runs on one X display and one D-Bus session with an unlocked keyring.
timeout 300 xvfb-run -a -s "-screen 0 1280x800x24" dbus-run-session -- bash -euo pipefail -c '
echo -n steward-demo | gnome-keyring-daemon --unlock --components=secrets >/dev/null

s() { "$CLI" "$@" >/dev/null; }
first_id() { sed -n "s/.*\"id\": *\"\([0-9a-f-]\{36\}\)\".*/\1/p" | head -n 1; }
# A demo profile: three cases, the first with the refusal the design starts from.
case_id=$("$CLI" --json case new "Vietnamese number refused for 2-step verification" \
  --service "Example Bank" --want "SMS sign-in codes on my Vietnamese mobile" | first_id)
s case log 1 --at "-6d" --channel portal --direction outbound --team "Security settings" \
  --summary "Tried to add +84 91 234 5678 for sign-in codes. The site refused the number." \
  --error "We detected unusual activity and are unable to verify your mobile number at this time"
s case log 1 --at "-5d" --channel chat --direction outbound --team "Online banking support" \
  --agent "Minh" --wait 25m --ref "CHAT-48213" \
  --summary "Agent confirmed the block is a risk check on their side, not my number. Cannot lift it in chat." \
  --quote "It is an automatic security check, I cannot override it" \
  --promise "Security team will call back|+48h" --verified yes --verified-how "code sent by e-mail"
s case log 1 --at "-2d" --channel phone --direction outbound --team "Security team" --agent "A. Tran" \
  --wait 40m --ref "SEC-99107" \
  --summary "No call-back came. Phone agent escalated to the security team and opened a ticket." \
  --outcome "Escalated; told to wait 3 working days" --verified yes --verified-how "security questions"
s case new "Royalty payment missing" --service "Kindle Direct Publishing" --want "The March royalties paid"
s case log 2 --at "-9d" --channel email --team "KDP publishing support" --ref "KDP-7731" \
  --summary "Publishing support said payments are handled by retail support."
s case log 2 --at "-8d" --channel chat --team "Retail support" \
  --summary "Retail support sent me back to publishing support."
s case new "Chat transcript for a chat I never had" --service "Example Shop" \
  --want "Know who asked for my address"
s case log 3 --at "-1d" --channel email --direction unsolicited --team "Customer service" \
  --summary "Received a transcript of a support chat I never had; someone asked for my delivery address."
# Open the first case when the window starts, as if it was the one open last time
# (tauri-plugin-store keeps the UI preferences in the app data dir).
prefs="$XDG_DATA_HOME/app.steward.desktop"
mkdir -p "$prefs"
printf "{\"last_case_id\": \"%s\"}\n" "$case_id" > "$prefs/prefs.json"

"$APP" >"$XDG_CACHE_HOME/app.log" 2>&1 &
app=$!
win=""
for _ in $(seq 1 100); do
  win=$(xwininfo -root -tree 2>/dev/null | awk "/\"Steward\"/ {print \$1; exit}")
  [ -n "$win" ] && break
  sleep 0.2
done
[ -n "$win" ] || { echo "screenshot: the Steward window did not appear" >&2; cat "$XDG_CACHE_HOME/app.log" >&2; exit 1; }
sleep 6   # first paint, the case loading, fonts
geo=$(xwininfo -id "$win")
w=$(awk "/Width:/ {print \$2}" <<<"$geo"); h=$(awk "/Height:/ {print \$2}" <<<"$geo")
x=$(awk "/Absolute upper-left X:/ {print \$4}" <<<"$geo"); y=$(awk "/Absolute upper-left Y:/ {print \$4}" <<<"$geo")
import -window root -crop "${w}x${h}+${x}+${y}" +repage "$OUT"
kill "$app" 2>/dev/null || true
wait "$app" 2>/dev/null || true
'
echo "wrote $OUT"
