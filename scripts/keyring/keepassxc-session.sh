#!/usr/bin/env bash
# Runs a command with KeePassXC (Debian's keepassxc 2.7) as the Secret Service instead of
# gnome-keyring: a private D-Bus session (dbus-run-session), a throw-away KeePass database whose
# "Steward" group is exposed over org.freedesktop.secrets (FdoSecrets), KeePassXC started
# headless (QT_QPA_PLATFORM=offscreen) and unlocked with --pw-stdin.
#
#   scripts/keyring/keepassxc-session.sh cargo test --test keyring --test otp_keyring
#
# How the database is made without the GUI: keepassxc-cli creates it and the "Steward" group,
# exports it as KeePass XML, the exposed group's UUID goes into the metadata's CustomData
# (FDO_SECRETS_EXPOSED_GROUP = "{uuid}", what Database settings → Secret Service Integration
# writes), and keepassxc-cli imports that XML into the database KeePassXC opens. keepassxc.ini
# turns the integration on and its confirmation dialogs off (nobody is there to click them).
#
# The command sees STEWARD_KEEPASSXC_DIR: db.kdbx, its password in `password`, `start` (starts
# KeePassXC again and waits until it serves the default collection; its pid goes to `pid`), and
# XDG_CONFIG_HOME pointing at the config there. Everything stops when the command ends.
set -euo pipefail

if [ "${1:-}" = "--inner" ]; then
  shift
  t0=$(date +%s%N)
  dir=$STEWARD_KEEPASSXC_DIR
  cleanup() {
    # Every KeePassXC `start` launched (a test may restart it several times): asked to quit,
    # then killed if it is still there after 5 s (one whose bus is gone can hang on the way out).
    local pids=()
    [ -f "$dir/pids" ] && mapfile -t pids <"$dir/pids"
    for pid in "${pids[@]}"; do kill "$pid" 2>/dev/null || true; done
    for _ in $(seq 50); do
      alive=0
      for pid in "${pids[@]}"; do kill -0 "$pid" 2>/dev/null && alive=1; done
      [ "$alive" = 0 ] && break
      sleep 0.1
    done
    for pid in "${pids[@]}"; do kill -9 "$pid" 2>/dev/null || true; done
    rm -rf "$dir" 2>/dev/null || true
  }
  trap cleanup EXIT
  export XDG_CONFIG_HOME="$dir/config" QT_QPA_PLATFORM=offscreen
  mkdir -p "$XDG_CONFIG_HOME/keepassxc"
  cat >"$XDG_CONFIG_HOME/keepassxc/keepassxc.ini" <<'EOF'
[General]
ConfigVersion=2
SingleInstance=false
RememberLastDatabases=false
RememberLastKeyFiles=false
AutoSaveAfterEveryChange=true
[GUI]
CheckForUpdates=false
ShowTrayIcon=false
[FdoSecrets]
Enabled=true
ShowNotification=false
ConfirmDeleteItem=false
ConfirmAccessItem=false
UnlockBeforeSearch=false
EOF
  head -c 18 /dev/urandom | base64 | tr -d '/+=' >"$dir/password"
  pw=$(cat "$dir/password")
  printf '%s\n%s\n' "$pw" "$pw" | keepassxc-cli db-create -q -p "$dir/plain.kdbx" >/dev/null 2>&1
  echo "$pw" | keepassxc-cli mkdir -q "$dir/plain.kdbx" Steward >/dev/null
  echo "$pw" | keepassxc-cli export -q -f xml "$dir/plain.kdbx" >"$dir/plain.xml"
  python3 - "$dir/plain.xml" "$dir/exposed.xml" <<'EOF'
import base64, re, sys, uuid
xml = open(sys.argv[1], encoding="utf-8").read()
raw = re.search(r"<UUID>([^<]+)</UUID>\s*<Name>Steward</Name>", xml).group(1)
group = "{%s}" % uuid.UUID(bytes=base64.b64decode(raw))
item = "<Item><Key>FDO_SECRETS_EXPOSED_GROUP</Key><Value>%s</Value></Item>" % group
if "<CustomData>" in xml.split("</Meta>")[0]:
    xml = xml.replace("<CustomData>", "<CustomData>" + item, 1)
else:
    xml = xml.replace("</Meta>", "<CustomData>%s</CustomData></Meta>" % item, 1)
open(sys.argv[2], "w", encoding="utf-8").write(xml)
EOF
  printf '%s\n%s\n' "$pw" "$pw" | keepassxc-cli import -q -p "$dir/exposed.xml" "$dir/db.kdbx" >/dev/null 2>&1
  rm -f "$dir/plain.kdbx" "$dir/plain.xml" "$dir/exposed.xml"
  cat >"$dir/start" <<'EOF'
#!/usr/bin/env bash
# (Re)starts KeePassXC on db.kdbx, unlocked, and waits until the default collection answers
# unlocked (KeePassXC shows a locked database's collection before --pw-stdin has opened it).
set -euo pipefail
dir=$(dirname "$0")
export XDG_CONFIG_HOME="$dir/config" QT_QPA_PLATFORM=offscreen
keepassxc --pw-stdin "$dir/db.kdbx" <"$dir/password" >>"$dir/keepassxc.log" 2>&1 &
echo $! >"$dir/pid"
echo $! >>"$dir/pids"
for _ in $(seq 300); do
  path=$(busctl --user --auto-start=no call org.freedesktop.secrets /org/freedesktop/secrets \
    org.freedesktop.Secret.Service ReadAlias s default 2>/dev/null | sed -n 's/^o "\(.*collection.*\)"$/\1/p' || true)
  if [ -n "$path" ] && busctl --user --auto-start=no get-property org.freedesktop.secrets "$path" \
    org.freedesktop.Secret.Collection Locked 2>/dev/null | grep -q "b false"; then
    exit 0
  fi
  sleep 0.05
done
echo "KeePassXC did not serve the Secret Service; its log:" >&2
cat "$dir/keepassxc.log" >&2
exit 1
EOF
  chmod +x "$dir/start"
  "$dir/start"
  echo "==> KeePassXC $(keepassxc-cli --version 2>/dev/null) serves the Secret Service, ready in $(( ($(date +%s%N) - t0) / 1000000 )) ms"
  set +e
  "$@"
  status=$?
  set -e
  exit "$status"
fi

[ $# -gt 0 ] || { echo "usage: $0 COMMAND [ARGS...]" >&2; exit 2; }
for tool in keepassxc keepassxc-cli dbus-run-session busctl python3; do
  command -v "$tool" >/dev/null || { echo "$tool is missing: run scripts/install-deps.sh" >&2; exit 1; }
done
STEWARD_KEEPASSXC_DIR=$(mktemp -d "${TMPDIR:-/tmp}/steward-keepassxc.XXXXXX")
export STEWARD_KEEPASSXC_DIR
# A session bus with nothing activatable: no gnome-keyring started behind KeePassXC's back (the
# Debian package makes it activatable as org.freedesktop.secrets), so "KeePassXC stopped" really
# means no Secret Service.
cat >"$STEWARD_KEEPASSXC_DIR/bus.conf" <<'EOF'
<!DOCTYPE busconfig PUBLIC "-//freedesktop//DTD D-Bus Bus Configuration 1.0//EN"
 "http://www.freedesktop.org/standards/dbus/1.0/busconfig.dtd">
<busconfig>
  <type>session</type>
  <keep_umask/>
  <listen>unix:tmpdir=/tmp</listen>
  <auth>EXTERNAL</auth>
  <policy context="default">
    <allow send_destination="*" eavesdrop="true"/>
    <allow eavesdrop="true"/>
    <allow own="*"/>
  </policy>
</busconfig>
EOF
exec dbus-run-session --config-file="$STEWARD_KEEPASSXC_DIR/bus.conf" -- "$0" --inner "$@" 2> >(grep --line-buffered -v -E "^dbus-daemon\[[0-9]+\]|WARNING|cannot open display|^$|max threads|XDG_RUNTIME_DIR|failed to connect to display" >&2)
