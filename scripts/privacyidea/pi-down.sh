#!/usr/bin/env bash
# pi-down.sh - stop the privacyIDEA server (gunicorn master + worker) and the SMS sink started by
# pi-up.sh, by their recorded pids, and remove pi.env. The venv and the last instance stay, so
# the next pi-up.sh is fast (it starts a fresh instance anyway).
#   --purge   also delete the state dir (venv, instance, logs, pi.env)
set -euo pipefail
HERE=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
STATE=${PI_STATE_DIR:-$HERE/.pi-state}
log() { printf '[pi-down] %s\n' "$*" >&2; }

# is_ours PID PATTERN: the pid is alive and its command line matches (guards against pid reuse)
is_ours() { [ -r "/proc/$1/cmdline" ] && tr '\0' ' ' < "/proc/$1/cmdline" | grep -q -- "$2"; }

stop() {  # stop PIDFILE PATTERN NAME
  local pid kids
  [ -s "$1" ] || return 0
  pid=$(cat "$1")
  if is_ours "$pid" "$2"; then
    kids=$(pgrep -P "$pid" || true)     # the gunicorn worker
    kill -TERM "$pid" 2>/dev/null || true
    for _ in $(seq 1 60); do kill -0 "$pid" 2>/dev/null || break; sleep 0.25; done
    if kill -0 "$pid" 2>/dev/null; then
      log "$3 $pid ignored TERM for 15 s; sending KILL"
      kill -KILL "$pid" 2>/dev/null || true
    fi
    for k in $kids; do if is_ours "$k" "$2"; then kill -KILL "$k" 2>/dev/null || true; fi; done
    log "stopped $3 (pid $pid)"
  else
    log "stale pid file for $3 (pid $pid is not ours)"
  fi
  rm -f "$1"
}
stop "$STATE/server.pid" gunicorn "privacyIDEA (gunicorn)"
stop "$STATE/sink.pid" sms_sink.py "SMS sink"
# Without a server the tests must skip (or fail under STEWARD_TEST_PI=required), not time out.
rm -f "$STATE/pi.env"

if [ "${1:-}" = --purge ]; then
  rm -rf "$STATE"
  log "purged $STATE"
fi
