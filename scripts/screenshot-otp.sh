#!/usr/bin/env bash
# Takes docs/authenticator.png: the real Steward window under Xvfb, opened on the Authenticator,
# with a demo profile filled in with the `steward` CLI (random secrets, key and secrets in a
# throw-away keyring). Also docs/authenticator-clock.png: the same with the clock-drift warning,
# the time server being a LOCAL STAND-IN (python3 on 127.0.0.1 answering with a Date header 40 s
# ahead), since the point is to show the warning, not to test a real server.
#
#   scripts/screenshot-otp.sh [--build] [OUT_DIR]    # default docs/
#
# Needs the UI built (--build runs npm run build), xvfb, dbus, gnome-keyring, x11-utils,
# ImageMagick and python3 (scripts/install-deps.sh).
set -euo pipefail
cd "$(dirname "$0")/.."
ROOT=$PWD

if [ "${1:-}" = "--build" ]; then
  shift
  npm --prefix ui run build
fi
[ -f ui/dist/index.html ] || { echo "screenshot: ui/dist is missing; run with --build" >&2; exit 1; }
cargo build -p steward-cli --bin steward
cargo build -p steward-desktop --features custom-protocol
OUT_DIR=$(realpath -m "${1:-docs}")
APP="$ROOT/target/debug/steward-desktop"
CLI="$ROOT/target/debug/steward"
for tool in xvfb-run dbus-run-session gnome-keyring-daemon xwininfo import python3 base32; do
  command -v "$tool" >/dev/null 2>&1 || { echo "screenshot: $tool is missing; run scripts/install-deps.sh" >&2; exit 1; }
done

DEMO=$(mktemp -d "${TMPDIR:-/tmp}/steward-demo.XXXXXX")
trap 'rm -rf "$DEMO"' EXIT
export HOME="$DEMO/home" XDG_DATA_HOME="$DEMO/home/.local/share" XDG_CONFIG_HOME="$DEMO/home/.config"
export XDG_CACHE_HOME="$DEMO/home/.cache" XDG_RUNTIME_DIR="$DEMO/run"
export STEWARD_DATA_DIR="$DEMO/steward" NO_AT_BRIDGE=1
mkdir -p "$XDG_DATA_HOME" "$XDG_CONFIG_HOME" "$XDG_CACHE_HOME" "$XDG_RUNTIME_DIR" "$OUT_DIR"
chmod 700 "$XDG_RUNTIME_DIR"
export APP CLI OUT_DIR DEMO

timeout 400 xvfb-run -a -s "-screen 0 1280x960x24" dbus-run-session -- bash -euo pipefail -c '
echo -n steward-demo | gnome-keyring-daemon --unlock --components=secrets >/dev/null

key() { head -c 20 /dev/urandom | base32 | tr -d "="; }
add() { key | "$CLI" otp add --manual --secret - "$@" >/dev/null; }
# A few accounts a customer might have: random secrets, never real ones.
add --issuer GitHub --name minh.tran
add --issuer "Example Bank" --name "minh.tran@example.org" --digits 8
add --issuer Microsoft --name "minh.tran@outlook.com"
add --issuer Steam --name minhtran --steam
add --issuer "Work VPN" --name mtran --hotp --counter 12
"$CLI" otp backup-codes add GitHub 4f7k-29qd 8m3x-v71p 2c9w-kk40 >/dev/null
"$CLI" otp backup-codes use GitHub 4f7k-29qd >/dev/null

prefs="$XDG_DATA_HOME/app.steward.desktop"
mkdir -p "$prefs"
printf "{\"authenticator_open\": true, \"window\": {\"width\": 1100, \"height\": 720, \"x\": 0, \"y\": 0, \"maximized\": false}}\n" > "$prefs/prefs.json"

shot() {  # shot OUT.png
  "$APP" >"$XDG_CACHE_HOME/app.log" 2>&1 &
  app=$!
  win=""
  for _ in $(seq 1 100); do
    win=$(xwininfo -root -tree 2>/dev/null | awk "/\"Steward\"/ {print \$1; exit}")
    [ -n "$win" ] && break
    sleep 0.2
  done
  [ -n "$win" ] || { echo "screenshot: the Steward window did not appear" >&2; cat "$XDG_CACHE_HOME/app.log" >&2; exit 1; }
  sleep 8   # first paint, codes, the clock check
  geo=$(xwininfo -id "$win")
  w=$(awk "/Width:/ {print \$2}" <<<"$geo"); h=$(awk "/Height:/ {print \$2}" <<<"$geo")
  x=$(awk "/Absolute upper-left X:/ {print \$4}" <<<"$geo"); y=$(awk "/Absolute upper-left Y:/ {print \$4}" <<<"$geo")
  import -window root -crop "${w}x${h}+${x}+${y}" +repage "$1"
  kill "$app" 2>/dev/null || true
  wait "$app" 2>/dev/null || true
  echo "wrote $1"
}
shot "$OUT_DIR/authenticator.png"

# The local stand-in time server, 40 s ahead of this computer.
port_file="$DEMO/port"
python3 - "$port_file" <<"PY" &
import email.utils, http.server, sys, time
class H(http.server.BaseHTTPRequestHandler):
    def do_HEAD(self):
        self.send_response_only(200)
        self.send_header("Date", email.utils.formatdate(time.time() + 40, usegmt=True))
        self.send_header("Content-Length", "0")
        self.end_headers()
    do_GET = do_HEAD
    def log_message(self, *a):
        pass
s = http.server.HTTPServer(("127.0.0.1", 0), H)
open(sys.argv[1], "w").write(str(s.server_address[1]))
s.serve_forever()
PY
server=$!
for _ in $(seq 1 50); do [ -s "$port_file" ] && break; sleep 0.1; done
export STEWARD_TIME_SERVER="http://127.0.0.1:$(cat "$port_file")/"
shot "$OUT_DIR/authenticator-clock.png"
kill "$server" 2>/dev/null || true
'
