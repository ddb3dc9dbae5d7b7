#!/usr/bin/env bash
# Takes docs/insights.png (a case caught in a hand-off loop, with its insights: a bounce and an
# overdue promise) and docs/impostor.png (the impostor checklist raised from an e-mailed transcript
# of a chat the customer never had): the real Steward window under Xvfb, on a demo profile filled
# in with the `steward` CLI, key in a throw-away keyring. Same set-up as scripts/screenshot.sh.
#
#   scripts/screenshot-evidence.sh [--build] [OUT_DIR]    # default docs/
#
# Needs the UI built (--build runs npm run build) and xvfb, dbus, gnome-keyring, x11-utils and
# ImageMagick (scripts/install-deps.sh).
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
for tool in xvfb-run dbus-run-session gnome-keyring-daemon xwininfo import; do
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

# The e-mail the shop sent after a chat the customer never had (signed: DKIM-Signature kept).
printf '%s\r\n' \
  "DKIM-Signature: v=1; a=rsa-sha256; c=relaxed/relaxed; d=shop.example; s=mail2026;" \
  " h=from:to:subject:date; bh=47DEQpj8HBSa+/TImW+5JCeuQeRkm5NMpJWZG3hSuFU=; b=ZGVtbw==" \
  "From: Example Shop Customer Service <no-reply@shop.example>" \
  "To: minh.tran@example.org" \
  "Subject: Transcript of your chat with Example Shop" \
  "Date: $(date -u -R -d '-2 days')" \
  "Message-ID: <chat-77120@shop.example>" \
  "Content-Type: text/plain; charset=utf-8" \
  "" \
  "Here is the transcript of your chat." \
  "[14:02] You are now chatting with Hoa." \
  "[14:03] Customer: I moved house, please update my delivery address." \
  "[14:05] Hoa: To verify your identity, please confirm your date of birth." \
  "[14:08] Hoa: Your current address is 12 Ly Thuong Kiet, Ha Noi. It is updated now." \
  "[14:09] Hoa: Your reference number is CS-440219." > "$DEMO/transcript.eml"

timeout 400 xvfb-run -a -s "-screen 0 1280x960x24" dbus-run-session -- bash -euo pipefail -c '
echo -n steward-demo | gnome-keyring-daemon --unlock --components=secrets >/dev/null

s() { "$CLI" "$@" >/dev/null; }
first_id() { sed -n "s/.*\"id\": *\"\([0-9a-f-]\{36\}\)\".*/\1/p" | head -n 1; }

# Case 1: bounced between publishing and retail support, a promised e-mail that never came.
loop_id=$("$CLI" --json case new "Royalty payment missing" --service "Kindle Direct Publishing" \
  --want "The March royalties paid into my account" | first_id)
s case log 1 --at "-12d" --channel email --team "KDP publishing support" --ref "KDP-7731" \
  --summary "Publishing support said payments are handled by retail support." \
  --quote "You need to contact retail support" --verified yes --verified-how "e-mail on file"
s case log 1 --at "-10d" --channel phone --team "Retail support" --agent "Minh" --wait 40m \
  --ref "TKT-4471" --summary "Retail support cannot see publishing accounts and sent me back." \
  --quote "You need to contact the publishing team" --verified yes --verified-how "code sent by SMS"
s case log 1 --at "-8d" --channel chat --team "KDP publishing support" --agent "Priya" --wait 15m \
  --ref "KDP-7790" --summary "Publishing support again. Promised the payments team would write." \
  --quote "You need to contact retail support" \
  --promise "The payments team will e-mail you within 48 hours|+48h" --verified no

# Case 2: an e-mailed transcript of a chat the customer never had.
imp_id=$("$CLI" --json case new "Chat transcript for a chat I never had" --service "Example Shop" \
  --want "Know who changed my address, and stop it happening again" | first_id)
s case log 2 --at "-9d" --channel phone --team "Customer service" \
  --summary "Asked about a late parcel. Nothing else." --verified yes --verified-how "security questions"
s case attach 2 "$DEMO/transcript.eml"
s case alert 2 --kind contact-not-made --attachment 1 \
  --summary "Example Shop e-mailed me the transcript of a chat I never had: someone passed as me and changed my delivery address."
s case alert-step 1 change-password --done
s accounts edit "Example Shop" --identifier "minh.tran@example.org" --domain shop.example

prefs="$XDG_DATA_HOME/app.steward.desktop"
mkdir -p "$prefs"

shot() {  # shot CASE_ID OUT.png
  # The case to open, and a window tall enough for a whole checklist (the UI restores both).
  printf "{\"last_case_id\": \"%s\", \"window\": {\"width\": 1100, \"height\": 900, \"x\": 0, \"y\": 0, \"maximized\": false}}\n" "$1" > "$prefs/prefs.json"
  "$APP" >"$XDG_CACHE_HOME/app.log" 2>&1 &
  app=$!
  win=""
  for _ in $(seq 1 100); do
    win=$(xwininfo -root -tree 2>/dev/null | awk "/\"Steward\"/ {print \$1; exit}")
    [ -n "$win" ] && break
    sleep 0.2
  done
  [ -n "$win" ] || { echo "screenshot: the Steward window did not appear" >&2; cat "$XDG_CACHE_HOME/app.log" >&2; exit 1; }
  sleep 7   # first paint, the case, its insights, alerts and attachments loading
  geo=$(xwininfo -id "$win")
  w=$(awk "/Width:/ {print \$2}" <<<"$geo"); h=$(awk "/Height:/ {print \$2}" <<<"$geo")
  x=$(awk "/Absolute upper-left X:/ {print \$4}" <<<"$geo"); y=$(awk "/Absolute upper-left Y:/ {print \$4}" <<<"$geo")
  import -window root -crop "${w}x${h}+${x}+${y}" +repage "$2"
  kill "$app" 2>/dev/null || true
  wait "$app" 2>/dev/null || true
  echo "wrote $2"
}
shot "$loop_id" "$OUT_DIR/insights.png"
shot "$imp_id" "$OUT_DIR/impostor.png"
'
