#!/usr/bin/env bash
# dh-down.sh - stop the django-helpdesk server (gunicorn master + workers) started by dh-up.sh, by
# its recorded pid, and remove dh.env. The venv and the last instance stay, so the next dh-up.sh
# is fast (it starts a fresh instance anyway).
#   --purge   also delete the state dir (venv, instance, logs, dh.env)
set -euo pipefail
HERE=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
STATE=${DH_STATE_DIR:-$HERE/.dh-state}
log() { printf '[dh-down] %s\n' "$*" >&2; }

# is_ours PID: the pid is alive and is our gunicorn (guards against pid reuse)
is_ours() { [ -r "/proc/$1/cmdline" ] && tr '\0' ' ' < "/proc/$1/cmdline" | grep -q -- 'gunicorn.*dhsite.wsgi'; }

if [ -s "$STATE/server.pid" ]; then
  pid=$(cat "$STATE/server.pid")
  if is_ours "$pid"; then
    kids=$(pgrep -P "$pid" || true)     # the gunicorn workers
    kill -TERM "$pid" 2>/dev/null || true
    for _ in $(seq 1 60); do kill -0 "$pid" 2>/dev/null || break; sleep 0.25; done
    if kill -0 "$pid" 2>/dev/null; then
      log "gunicorn $pid ignored TERM for 15 s; sending KILL"
      kill -KILL "$pid" 2>/dev/null || true
    fi
    for k in $kids; do if is_ours "$k"; then kill -KILL "$k" 2>/dev/null || true; fi; done
    log "stopped django-helpdesk (gunicorn pid $pid)"
  else
    log "stale pid file (pid $pid is not our gunicorn)"
  fi
  rm -f "$STATE/server.pid"
fi
# Without a server the tests must skip (or fail under STEWARD_TEST_DH=required), not time out.
rm -f "$STATE/dh.env"

if [ "${1:-}" = --purge ]; then
  rm -rf "$STATE"
  log "purged $STATE"
fi
