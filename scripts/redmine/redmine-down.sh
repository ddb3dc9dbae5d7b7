#!/usr/bin/env bash
# redmine-down.sh - stop the Redmine server started by redmine-up.sh. The packages, the SQLite
# database and the API key stay, so the next redmine-up.sh is fast (a few seconds).
#   --purge   also purge the Redmine packages (and what apt pulled in for them), the database
#             and the state dir: back to a clean machine.
set -euo pipefail
HERE=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
STATE=${REDMINE_STATE_DIR:-$HERE/.redmine-state}
log() { printf '[redmine-down] %s\n' "$*" >&2; }

is_ours() { [ -r "/proc/$1/cmdline" ] && tr '\0' ' ' < "/proc/$1/cmdline" | grep -q 'rackup'; }

if [ -s "$STATE/server.pid" ]; then
  pid=$(cat "$STATE/server.pid")
  if is_ours "$pid"; then
    kill -TERM "$pid"
    for _ in $(seq 1 50); do kill -0 "$pid" 2>/dev/null || break; sleep 0.2; done
    if kill -0 "$pid" 2>/dev/null; then
      log "pid $pid ignored TERM for 10s; sending KILL"
      kill -KILL "$pid" 2>/dev/null || true
    fi
    log "stopped Redmine (pid $pid)"
  else
    log "stale pid file (pid $pid is not our Redmine)"
  fi
  rm -f "$STATE/server.pid"
else
  log "not running (no pid file)"
fi

# Tests read redmine.env to find the server: with it stopped they must skip, not fail. The key
# is kept aside (redmine.env.last) for the next redmine-up.sh.
[ -f "$STATE/redmine.env" ] && mv -f "$STATE/redmine.env" "$STATE/redmine.env.last"

if [ "${1:-}" = --purge ]; then
  [ "$(id -u)" = 0 ] || { log "--purge needs root"; exit 1; }
  DEBIAN_FRONTEND=noninteractive apt-get purge -y -qq redmine redmine-sqlite >/dev/null
  DEBIAN_FRONTEND=noninteractive apt-get autoremove -y -qq --purge >/dev/null
  rm -rf /var/lib/dbconfig-common/sqlite3/redmine "$STATE"
  log "purged the Redmine packages, database and state"
fi
