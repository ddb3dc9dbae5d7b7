#!/usr/bin/env bash
# Runs a command inside a throw-away headless Wayland desktop, from Debian 12 packages:
#   sway (wlroots, WLR_BACKENDS=headless, pixman renderer: no GPU, no input devices), one
#   1280x800 output, no XWayland;
#   a private D-Bus session (dbus-run-session) with PipeWire, xdg-desktop-portal and its wlroots
#   back end xdg-desktop-portal-wlr (Screenshot through grim's protocol, zwlr_screencopy) —
#   xdg-desktop-portal 1.16 only offers the Screenshot portal when an Access back end exists too,
#   so xdg-desktop-portal-gtk is installed and runs on the same Wayland display.
# The command sees WAYLAND_DISPLAY, XDG_RUNTIME_DIR (a private one), XDG_CURRENT_DESKTOP=sway,
# XDG_SESSION_TYPE=wayland, SWAYSOCK (for swaymsg), and no DISPLAY; its exit status is this
# script's. Everything started here stops when the command ends.
#
#   scripts/wayland/session.sh cargo test -p steward-cli --test otp_screen_wayland
#   STEWARD_WAYLAND_KEYRING=1 scripts/wayland/session.sh …   # also a throw-away gnome-keyring
#
# sway refuses to run as root ("Unable to drop root"); as root (CI containers) it runs as
# `nobody` through setpriv, in a runtime folder that user owns; the rest runs as the caller.
# Prints how long the desktop took to be ready. Packages: scripts/install-deps.sh.
set -euo pipefail

if [ "${1:-}" = "--inner" ]; then
  shift
  start=$(date +%s%N)
  ms() { echo $(( ($(date +%s%N) - start) / 1000000 )); }
  pids=()
  cleanup() {
    for ((i = ${#pids[@]} - 1; i >= 0; i--)); do kill "${pids[$i]}" 2>/dev/null || true; done
    wait 2>/dev/null || true
    # xdg-document-portal (started by xdg-desktop-portal) mounts a FUSE folder in the runtime dir.
    fusermount3 -u -z "$WL_DIR/runtime/doc" 2>/dev/null || fusermount -u -z "$WL_DIR/runtime/doc" 2>/dev/null || true
    rm -rf "$WL_DIR" 2>/dev/null || true
  }
  trap cleanup EXIT
  log="$WL_DIR/log"
  mkdir -p "$log"
  runtime="$WL_DIR/runtime"
  mkdir -m 700 "$runtime"
  export XDG_RUNTIME_DIR="$runtime" WLR_BACKENDS=headless WLR_RENDERER=pixman \
    WLR_LIBINPUT_NO_DEVICES=1 XDG_CURRENT_DESKTOP=sway XDG_SESSION_TYPE=wayland
  unset DISPLAY WAYLAND_DISPLAY SWAYSOCK
  cat >"$WL_DIR/sway.conf" <<'EOF'
output HEADLESS-1 resolution 1280x800 background #336699 solid_color
xwayland disable
default_border none
focus_on_window_activation focus
EOF
  chmod 755 "$WL_DIR"
  chmod 644 "$WL_DIR/sway.conf"
  as_user=()
  if [ "$(id -u)" = 0 ]; then
    chown 65534:65534 "$runtime"
    as_user=(setpriv --reuid=65534 --regid=65534 --clear-groups --)
  fi
  HOME="$runtime" "${as_user[@]}" sway -c "$WL_DIR/sway.conf" >"$log/sway.log" 2>&1 &
  pids+=($!)
  for _ in $(seq 200); do
    [ -S "$runtime/wayland-1" ] && break
    kill -0 "${pids[0]}" 2>/dev/null || { cat "$log/sway.log" >&2; exit 1; }
    sleep 0.02
  done
  [ -S "$runtime/wayland-1" ] || { echo "sway did not start" >&2; cat "$log/sway.log" >&2; exit 1; }
  export WAYLAND_DISPLAY=wayland-1
  for _ in $(seq 200); do
    SWAYSOCK=$(ls "$runtime"/sway-ipc.*.sock 2>/dev/null | head -1) && [ -n "$SWAYSOCK" ] && break
    sleep 0.02
  done
  export SWAYSOCK
  echo "==> sway (headless) up in $(ms) ms"
  # The portals started by D-Bus activation (the gtk Access back end) need the display too.
  dbus-update-activation-environment WAYLAND_DISPLAY XDG_RUNTIME_DIR XDG_CURRENT_DESKTOP \
    XDG_SESSION_TYPE
  # Before the portal, which would otherwise start a locked gnome-keyring by D-Bus activation.
  if [ "${STEWARD_WAYLAND_KEYRING:-0}" = 1 ]; then
    echo -n steward-test | gnome-keyring-daemon --unlock --components=secrets >/dev/null
  fi
  pipewire >"$log/pipewire.log" 2>&1 &
  pids+=($!)
  for _ in $(seq 200); do [ -S "$runtime/pipewire-0" ] && break; sleep 0.02; done
  /usr/libexec/xdg-desktop-portal-wlr >"$log/xdpw.log" 2>&1 &
  pids+=($!)
  for _ in $(seq 200); do
    busctl --user status org.freedesktop.impl.portal.desktop.wlr >/dev/null 2>&1 && break
    sleep 0.02
  done
  /usr/libexec/xdg-desktop-portal >"$log/xdp.log" 2>&1 &
  pids+=($!)
  for _ in $(seq 250); do
    busctl --user introspect org.freedesktop.portal.Desktop /org/freedesktop/portal/desktop \
      org.freedesktop.portal.Screenshot >/dev/null 2>&1 && break
    sleep 0.02
  done
  if ! busctl --user introspect org.freedesktop.portal.Desktop /org/freedesktop/portal/desktop \
    org.freedesktop.portal.Screenshot >/dev/null 2>&1; then
    echo "xdg-desktop-portal offers no Screenshot portal; its log:" >&2
    cat "$log/xdp.log" "$log/xdpw.log" >&2
    exit 1
  fi
  echo "==> Wayland desktop with the Screenshot portal ready in $(ms) ms"
  set +e
  "$@"
  status=$?
  set -e
  if [ "$status" != 0 ] && [ "${STEWARD_WAYLAND_LOGS:-0}" = 1 ]; then
    tail -n 30 "$log"/*.log >&2
  fi
  exit "$status"
fi

[ $# -gt 0 ] || { echo "usage: $0 COMMAND [ARGS...]" >&2; exit 2; }
for tool in sway pipewire dbus-run-session busctl setpriv; do
  command -v "$tool" >/dev/null || { echo "$tool is missing: run scripts/install-deps.sh" >&2; exit 1; }
done
for exe in /usr/libexec/xdg-desktop-portal /usr/libexec/xdg-desktop-portal-wlr; do
  [ -x "$exe" ] || { echo "$exe is missing: run scripts/install-deps.sh" >&2; exit 1; }
done
WL_DIR=$(mktemp -d "${TMPDIR:-/tmp}/steward-wayland.XXXXXX")
export WL_DIR
exec dbus-run-session -- "$0" --inner "$@" 2> >(grep --line-buffered -v -E "^dbus-daemon\[[0-9]+\]" >&2)
