#!/usr/bin/env bash
# redmine-up.sh - bring up a REAL Redmine 5 (Debian bookworm's `redmine` package, SQLite) for
# integration tests: install if missing, enable the REST API, provision a project, a non-admin
# member with an API key (and, for negative tests, a private project with an issue the member
# cannot see), start it with WEBrick on 127.0.0.1:3300, print the address and the key.
# Idempotent: re-running leaves a healthy running instance alone. Prints how long each step took.
#
# Needs root (apt-get; the server runs as www-data).
#
# Environment (all optional):
#   REDMINE_HOST (127.0.0.1)  REDMINE_PORT (3300: not RT's 8080, privacyIDEA's 5711/5712 or
#   django-helpdesk's 8095)   REDMINE_USER (customer)  REDMINE_PROJECT (steward)
#   REDMINE_STATE_DIR (.redmine-state next to this script: pid, log, redmine.env)
#   REDMINE_READY_TIMEOUT (120 seconds)
#
# How it runs: Debian installs Redmine in /usr/share/redmine with an instance "default"
# (/etc/redmine/default: database.yml and secret written by the package; the SQLite database is
# made by dbconfig-common, preseeded below, and migrated by the package's postinst, which also
# loads the default trackers, statuses and roles). The package expects Passenger; here Rack's
# `rackup` serves it with WEBrick (ruby-webrick). WEBrick is required before Bundler.setup
# (`ruby -rwebrick`), since Redmine's Gemfile does not list it.
set -euo pipefail

HERE=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
STATE=${REDMINE_STATE_DIR:-$HERE/.redmine-state}
HOST=${REDMINE_HOST:-127.0.0.1}
PORT=${REDMINE_PORT:-3300}
USER_LOGIN=${REDMINE_USER:-customer}
PROJECT=${REDMINE_PROJECT:-steward}
READY_TIMEOUT=${REDMINE_READY_TIMEOUT:-120}
BASE_URL="http://$HOST:$PORT"
APP=/usr/share/redmine
PKGS=(redmine redmine-sqlite ruby-webrick)

log() { printf '[redmine-up] %s\n' "$*" >&2; }
die() { printf '[redmine-up] ERROR: %s\n' "$*" >&2; exit 1; }

[ "$(id -u)" = 0 ] || die "run as root (needs apt-get and runs Redmine as www-data)"
case "$HOST" in 127.*) ;; *) die "REDMINE_HOST must be an IPv4 loopback address, got $HOST" ;; esac
mkdir -p "$STATE"; chmod 0700 "$STATE"
T0=$(date +%s.%N)
since() { awk -v a="$1" -v b="$(date +%s.%N)" 'BEGIN{printf "%.1f", b-a}'; }

as_www() { (cd "$APP" && setpriv --reuid=www-data --regid=www-data --init-groups \
             env -i PATH=/usr/sbin:/usr/bin:/sbin:/bin HOME=/var/lib/redmine LANG=C.UTF-8 \
             RAILS_ENV=production REDMINE_INSTANCE=default "$@"); }

server_pid() {  # the pid of our running server, if any
  local pid
  [ -s "$STATE/server.pid" ] || return 1
  pid=$(cat "$STATE/server.pid")
  [ -r "/proc/$pid/cmdline" ] && tr '\0' ' ' < "/proc/$pid/cmdline" | grep -q 'rackup' || return 1
  echo "$pid"
}

# ---------------------------------------------------------------- 1. install
pkg_ok() { [ "$(dpkg-query -W -f='${db:Status-Status}' "$1" 2>/dev/null)" = installed ]; }
need=()
for p in "${PKGS[@]}" curl; do pkg_ok "$p" || need+=("$p"); done
if [ ${#need[@]} -gt 0 ]; then
  log "installing: ${need[*]}"
  t=$(date +%s.%N)
  debconf-set-selections <<'EOF'
redmine redmine/instances/default/dbconfig-install boolean true
redmine redmine/instances/default/database-type select sqlite3
redmine redmine/instances/default/db/basepath string /var/lib/dbconfig-common/sqlite3/redmine/instances/default
EOF
  if ! DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends \
      -o Dpkg::Options::=--force-confdef -o Dpkg::Options::=--force-confold "${need[@]}" \
      > "$STATE/apt-install.log" 2>&1; then
    apt-get update -qq
    DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends \
      -o Dpkg::Options::=--force-confdef -o Dpkg::Options::=--force-confold "${need[@]}" \
      > "$STATE/apt-install.log" 2>&1 || { tail -40 "$STATE/apt-install.log" >&2; die "apt-get install failed"; }
  fi
  log "installed in $(since "$t")s (log: $STATE/apt-install.log)"
fi
grep -q sqlite3 /etc/redmine/default/database.yml 2>/dev/null \
  || die "/etc/redmine/default/database.yml is not an SQLite configuration (dpkg-reconfigure redmine?)"

# ---------------------------------------------------------------- 2. provision
# REST API on; default data (trackers, statuses, roles, priorities) if the postinst left none;
# a public project with every tracker; the member (role Reporter: add and see issues, add
# notes and files) with an API key, kept across runs; a private project with one issue the
# member cannot see. Prints KEY=value lines.
t=$(date +%s.%N)
old_key=$(cat "$STATE/redmine.env" "$STATE/redmine.env.last" 2>/dev/null | sed -n 's/^REDMINE_KEY=//p' | head -1 || true)
PROVISION=$(cat <<'RUBY'
e = ENV
changed = false
must = lambda do |record, what|
  raise "#{what}: #{record.errors.full_messages.join('; ')}" unless record.save
  changed = true
end
if Tracker.count == 0 || IssueStatus.count == 0 || Role.givable.count == 0
  Redmine::DefaultData::Loader.load('en')
  changed = true
end
unless Setting.rest_api_enabled?
  Setting.rest_api_enabled = '1'
  changed = true
end
# anyone may open an account only by an admin; no e-mail is sent
Setting.self_registration = '0' unless Setting.self_registration == '0'
Setting.notified_events = [] unless Setting.notified_events.empty?

project = Project.find_by(identifier: e['REDMINE_PROJECT'])
unless project
  project = Project.new(name: 'Steward test', identifier: e['REDMINE_PROJECT'], is_public: true)
  project.enabled_module_names = %w(issue_tracking)
  project.trackers = Tracker.all
  must.call(project, 'create project')
end

user = User.find_by(login: e['REDMINE_USER'])
unless user
  user = User.new(firstname: 'Test', lastname: 'Customer', mail: "#{e['REDMINE_USER']}@example.com",
                  language: 'en')
  user.login = e['REDMINE_USER']
  user.admin = false
  user.password = user.password_confirmation = SecureRandom.hex(16)
  user.mail_notification = 'none'
  must.call(user, 'create user')
end
if user.admin?
  user.admin = false
  must.call(user, 'unadmin user')
end
role = Role.find_by(name: 'Reporter') || Role.givable.first
unless Member.exists?(project_id: project.id, user_id: user.id)
  m = Member.new(project: project, principal: user)
  m.role_ids = [role.id]
  must.call(m, 'add member')
end

key = user.api_key  # makes the token on first use
changed ||= key != e['REDMINE_KEY_IN']

private_project = Project.find_by(identifier: "#{e['REDMINE_PROJECT']}-private")
unless private_project
  private_project = Project.new(name: 'Not yours', identifier: "#{e['REDMINE_PROJECT']}-private",
                                is_public: false)
  private_project.enabled_module_names = %w(issue_tracking)
  private_project.trackers = Tracker.all
  must.call(private_project, 'create private project')
end
hidden = private_project.issues.first
unless hidden
  admin = User.where(admin: true).first
  hidden = Issue.new(project: private_project, tracker: private_project.trackers.first,
                     author: admin, subject: 'An issue the customer cannot see')
  must.call(hidden, 'create hidden issue')
end
puts "REDMINE_KEY=#{key}"
puts "REDMINE_USER_ID=#{user.id}"
puts "REDMINE_HIDDEN_ISSUE=#{hidden.id}"
puts "REDMINE_VERSION=#{Redmine::VERSION}"
puts "CHANGED=#{changed ? 1 : 0}"
RUBY
)
prov_out=$(as_www REDMINE_USER="$USER_LOGIN" REDMINE_PROJECT="$PROJECT" REDMINE_KEY_IN="$old_key" \
  ruby bin/rails runner "$PROVISION" 2>"$STATE/provision.log") \
  || { cat "$STATE/provision.log" >&2; die "provisioning failed"; }
KEY=$(sed -n 's/^REDMINE_KEY=//p' <<<"$prov_out")
HIDDEN=$(sed -n 's/^REDMINE_HIDDEN_ISSUE=//p' <<<"$prov_out")
VERSION=$(sed -n 's/^REDMINE_VERSION=//p' <<<"$prov_out")
changed=$(sed -n 's/^CHANGED=//p' <<<"$prov_out")
[ -n "$KEY" ] || die "no API key from provisioning"
log "provisioned in $(since "$t")s (Redmine $VERSION)"

# ---------------------------------------------------------------- 3. start
http_code() { curl -s -o /dev/null -w '%{http_code}' --max-time 5 "$@" || true; }
stop_server() {
  local pid
  pid=$(server_pid) || { rm -f "$STATE/server.pid"; return 0; }
  kill -TERM "$pid" 2>/dev/null || true
  for _ in $(seq 1 50); do kill -0 "$pid" 2>/dev/null || break; sleep 0.2; done
  kill -0 "$pid" 2>/dev/null && kill -KILL "$pid" 2>/dev/null || true
  rm -f "$STATE/server.pid"
}
running_pid=$(server_pid || true)
if [ -n "$running_pid" ] && [ "$changed" = 0 ] \
   && [ "$(http_code -H "X-Redmine-API-Key: $KEY" "$BASE_URL/users/current.json")" = 200 ]; then
  log "already running (pid $running_pid), nothing changed"
else
  # Settings are cached per process: a server started before they changed must restart.
  [ -n "$running_pid" ] && { log "restarting (settings changed)"; stop_server; }
  if (exec 3<>"/dev/tcp/$HOST/$PORT") 2>/dev/null; then
    die "something else already listens on $HOST:$PORT (not our Redmine); stop it or set REDMINE_PORT"
  fi
  t=$(date +%s.%N)
  # setsid: its own session, so a terminal hangup can't stop it; $! is the server itself.
  (cd "$APP" && exec setsid setpriv --reuid=www-data --regid=www-data --init-groups \
     env -i PATH=/usr/sbin:/usr/bin:/sbin:/bin HOME=/var/lib/redmine LANG=C.UTF-8 \
     RAILS_ENV=production REDMINE_INSTANCE=default \
     ruby -rwebrick /usr/bin/rackup -s webrick -o "$HOST" -p "$PORT" -E production config.ru) \
     >> "$STATE/server.log" 2>&1 < /dev/null &
  pid=$!
  echo "$pid" > "$STATE/server.pid"
  deadline=$(( $(date +%s) + READY_TIMEOUT ))
  until [ "$(http_code -H "X-Redmine-API-Key: $KEY" "$BASE_URL/users/current.json")" = 200 ]; do
    kill -0 "$pid" 2>/dev/null || { tail -20 "$STATE/server.log" >&2; die "Redmine exited during start-up"; }
    [ "$(date +%s)" -lt "$deadline" ] || { tail -20 "$STATE/server.log" >&2; die "not ready after ${READY_TIMEOUT}s"; }
    sleep 0.2
  done
  log "server pid $pid ready in $(since "$t")s"
fi

# ---------------------------------------------------------------- 4. report
umask 077
cat > "$STATE/redmine.env" <<EOF
REDMINE_URL=$BASE_URL
REDMINE_KEY=$KEY
REDMINE_PROJECT=$PROJECT
REDMINE_USER=$USER_LOGIN
REDMINE_HIDDEN_ISSUE=$HIDDEN
REDMINE_STATE_DIR=$STATE
EOF
log "done in $(since "$T0")s; env file: $STATE/redmine.env"
echo "REDMINE_URL=$BASE_URL"
echo "REDMINE_KEY=$KEY"
echo "REDMINE_PROJECT=$PROJECT"
