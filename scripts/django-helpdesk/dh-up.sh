#!/usr/bin/env bash
# dh-up.sh - bring up a REAL django-helpdesk 2.6.1 (from PyPI) for integration tests: a fresh
# instance on 127.0.0.1 with SQLite, served by gunicorn, with the REST API on, two queues, an
# API account with a token, and a few accounts to test refusals with. Every run starts a FRESH
# instance (the old one is stopped and wiped); the venv is kept, so a rerun skips the install.
# Writes $STATE/dh.env (URL, token, queue, passwords) for the tests. Prints how long each part
# took. Measured on this machine: cold (new venv) 17-24 s, of which pip install 10-17 s; warm
# 4.7-6.6 s (stopping the previous instance ~2.5 s, migrate + accounts 1.3-2.5 s, gunicorn ready
# 0.6-1.2 s).
#
# What django-helpdesk 2.6.1's API really is (read from helpdesk/urls.py, views/api.py and
# serializers.py in the venv, then checked with curl against this instance):
#   * It is Django REST framework, on unless HELPDESK_API_ENABLED = False (older releases, up to
#     0.5/1.x, had it off unless HELPDESK_ACTIVATE_API_ENDPOINT = True; both are set here).
#     Routes: /api/tickets/, /api/followups/, /api/followups-attachments/, /api/user_tickets/,
#     /api/users/. There is NO queue listing: a ticket names its queue by number (queue id).
#   * Authentication is whatever the site's REST_FRAMEWORK DEFAULT_AUTHENTICATION_CLASSES say
#     (django-helpdesk's own standalone settings use BasicAuthentication). This instance has
#     TokenAuthentication ("Authorization: Token <40 hex>", rest_framework.authtoken) AND
#     BasicAuthentication (user name + password). A wrong token or password: 401
#     {"detail":"Invalid token."} / {"detail":"Invalid username/password."}, with
#     WWW-Authenticate. No credentials at all: 401 too.
#   * tickets, followups and followups-attachments are IsAdminUser: STAFF accounts only. A
#     signed-in customer (is_staff false) gets 403 {"detail":"You do not have permission to
#     perform this action."}; customers only have the read-only /api/user_tickets/ (tickets whose
#     submitter_email is theirs). So a program that opens and updates tickets, like Steward,
#     uses an API account the helpdesk's owner gives it. With
#     HELPDESK_ENABLE_PER_QUEUE_STAFF_PERMISSION = True (set here) that account sees only the
#     queues it was granted ("helpdesk.queue_access_<slug>"): a ticket in any other queue
#     answers 404 like one that does not exist, and creating in another queue is 400
#     {"queue":["Invalid pk \"2\" - object does not exist."]}.
#   * Create: POST /api/tickets/ (multipart/form-data or JSON) with queue (id), title,
#     description, submitter_email, priority (1-5; 3 = normal), and at most ONE file in
#     "attachment" (the ticket serializer has a single FileField). 201 answers the ticket as
#     JSON: id, queue, title, description, status (1 = Open), followup_set (the first follow-up
#     with its followupattachment_set: id, followup, file (URL), filename, mime_type, size).
#     The product shows a ticket as "[<queue slug>-<id>]", e.g. "[customers-3]"
#     (Ticket.ticket); its web page is /tickets/<id>/ (staff) or /view/?ticket=customers-3&
#     email=..&key=.. (public).
#   * Append: POST /api/followups/ (multipart) with ticket (id), comment, public (true: the
#     submitter sees it and is e-mailed), title, and any number of files, each as a part named
#     "attachments". 201 answers the follow-up with followupattachment_set.
#   * Read back: GET /api/tickets/<id>/ (with followup_set and each follow-up's attachments);
#     unknown or not-granted ticket: 404 {"detail":"No Ticket matches the given query."}.
#     GET /api/followups-attachments/?page_size=100 lists attachments (id, followup, file,
#     filename, mime_type, size); GET on the file URL downloads it (served under /media/ here by
#     Django itself; a real site serves MEDIA_ROOT from its web server).
#   * Attachments are checked by file extension: HELPDESK_VALID_EXTENSIONS defaults to .txt .asc
#     .pdf .doc .docx .odt .jpg .png .eml - NOT .json. A refused file is 400
#     {"attachments":{"0":["Unsupported file extension: .json"]}} (follow-up) or
#     {"attachment":["Unsupported file extension: .json"]} (ticket); a follow-up's refused file
#     is a 500 HTML page, with the follow-up KEPT without that file. This instance adds .json
#     and .sig (Steward attaches the signed JSON export and the files' OpenSSH signatures), as a
#     helpdesk that wants Steward's files must.
#   * Errors are JSON objects of field -> [messages] (400) or {"detail": ...} (401/403/404).
#   * Each new ticket and public follow-up sends e-mail; here it goes to files under
#     $STATE/instance/mail (Django's file-based e-mail backend), never out.
#
# Accounts of this instance (passwords in dh.env):
#   steward  staff, NOT superuser, granted only queue "customers"; has the API token (DH_TOKEN)
#   carol    a customer (not staff) with e-mail carol@example.test: the API refuses her (403)
#   agent    superuser (the helpdesk's owner; to look at the web UI: /login/)
# Queues: customers (DH_QUEUE, the id), internal (DH_OTHER_QUEUE; steward has no access) with one
# ticket in it (DH_OTHER_TICKET) for the "not yours" test.
#
# Needs: python3 (>= 3.10) with venv, curl, jq. Network: PyPI for the first install only.
#
# Environment (all optional):
#   DH_STATE_DIR (.dh-state next to this script: venv, instance, logs, pids, dh.env)
#   DH_VENV      ($DH_STATE_DIR/venv; kept across runs, reinstalled when requirements.txt changes)
#   DH_PORT (8095: not RT's 8080, not privacyIDEA's 5711/5712)  DH_READY_TIMEOUT (60 seconds)
set -euo pipefail

HERE=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
STATE=${DH_STATE_DIR:-$HERE/.dh-state}
mkdir -p "$STATE"; chmod 0700 "$STATE"
STATE=$(cd "$STATE" && pwd)
VENV=${DH_VENV:-$STATE/venv}
PORT=${DH_PORT:-8095}
READY_TIMEOUT=${DH_READY_TIMEOUT:-60}
CONSTRAINTS=$HERE/requirements.txt
INST=$STATE/instance
URL="http://127.0.0.1:$PORT"
STEWARD_PASS='StewardApi1!'
CAROL_PASS='CarolPass1!'
AGENT_PASS='AgentPass1!'

T0=$(date +%s.%N)
elapsed() { awk -v a="${1:-$T0}" -v b="$(date +%s.%N)" 'BEGIN{printf "%.1f", b-a}'; }
log() { printf '[dh-up] %s\n' "$*" >&2; }
die() { printf '[dh-up] ERROR: %s\n' "$*" >&2; exit 1; }

for tool in python3 curl jq; do command -v "$tool" >/dev/null || die "$tool not found (scripts/install-deps.sh installs it)"; done
python3 -c 'import sys; sys.exit(sys.version_info < (3, 10))' || die "python3 >= 3.10 needed (django-helpdesk 2.6 requires it)"
python3 -c 'import venv, ensurepip' 2>/dev/null || die "python3-venv is missing (apt-get install python3-venv)"

# ---------------------------------------------------------------- 1. stop a previous instance
DH_STATE_DIR="$STATE" "$HERE/dh-down.sh" >/dev/null 2>&1 || true
port_busy() { (exec 3<>"/dev/tcp/127.0.0.1/$1") 2>/dev/null; }
port_busy "$PORT" && die "something else already listens on 127.0.0.1:$PORT; stop it or set DH_PORT"

# ---------------------------------------------------------------- 2. venv (kept across runs)
stamp=$(sha256sum "$CONSTRAINTS" | cut -d' ' -f1)
install_kind=warm
if [ ! -x "$VENV/bin/gunicorn" ] || [ ! -x "$VENV/bin/django-admin" ] \
   || [ "$(cat "$VENV/.steward-constraints" 2>/dev/null)" != "$stamp" ]; then
  install_kind=cold
  t=$(date +%s.%N)
  log "installing django-helpdesk==2.6.1 + gunicorn into $VENV (pinned by requirements.txt)"
  [ -x "$VENV/bin/python" ] || python3 -m venv "$VENV"
  # As pi-up.sh: PyPI drops a connection once in a while; pip retries single requests, and the
  # whole install is tried three times.
  for attempt in 1 2 3; do
    "$VENV/bin/pip" install -q --disable-pip-version-check --retries 10 --timeout 60 \
      -c "$CONSTRAINTS" django-helpdesk==2.6.1 gunicorn > "$STATE/pip-install.log" 2>&1 && break
    tail -30 "$STATE/pip-install.log" >&2
    [ "$attempt" = 3 ] && die "pip install failed three times (log above; $STATE/pip-install.log)"
    log "pip install failed (attempt $attempt of 3); trying again in $((attempt * 15)) s"
    sleep $((attempt * 15))
  done
  rm -f "$VENV/.steward-migrated.sqlite3"
  echo "$stamp" > "$VENV/.steward-constraints"
  log "installed in $(elapsed "$t")s"
else
  log "reusing venv $VENV"
fi
PY=$VENV/bin/python

# ---------------------------------------------------------------- 3. fresh instance
rm -rf "$INST"; mkdir -p "$INST/dhsite" "$INST/media" "$INST/mail"; chmod 0700 "$INST"
t=$(date +%s.%N)
SECRET_KEY=$("$PY" -c 'import secrets; print(secrets.token_urlsafe(50))')
: > "$INST/dhsite/__init__.py"
cat > "$INST/dhsite/settings.py" <<EOF
# django-helpdesk test instance, generated by scripts/django-helpdesk/dh-up.sh
from pathlib import Path
BASE_DIR = Path(__file__).resolve().parent.parent
SECRET_KEY = '$SECRET_KEY'
DEBUG = False
ALLOWED_HOSTS = ['127.0.0.1', 'localhost']
INSTALLED_APPS = [
    'django.contrib.admin', 'django.contrib.auth', 'django.contrib.contenttypes',
    'django.contrib.sessions', 'django.contrib.messages', 'django.contrib.staticfiles',
    'django.contrib.sites', 'django.contrib.humanize',
    'rest_framework', 'rest_framework.authtoken', 'helpdesk',
]
MIDDLEWARE = [
    'django.middleware.security.SecurityMiddleware',
    'django.contrib.sessions.middleware.SessionMiddleware',
    'django.middleware.common.CommonMiddleware',
    'django.middleware.csrf.CsrfViewMiddleware',
    'django.contrib.auth.middleware.AuthenticationMiddleware',
    'django.contrib.messages.middleware.MessageMiddleware',
    'django.middleware.clickjacking.XFrameOptionsMiddleware',
]
ROOT_URLCONF = 'dhsite.urls'
TEMPLATES = [{
    'BACKEND': 'django.template.backends.django.DjangoTemplates', 'DIRS': [], 'APP_DIRS': True,
    'OPTIONS': {'context_processors': [
        'django.template.context_processors.debug', 'django.template.context_processors.request',
        'django.contrib.auth.context_processors.auth',
        'django.contrib.messages.context_processors.messages']},
}]
WSGI_APPLICATION = 'dhsite.wsgi.application'
DATABASES = {'default': {'ENGINE': 'django.db.backends.sqlite3', 'NAME': BASE_DIR / 'dh.sqlite3'}}
USE_TZ = True
TIME_ZONE = 'UTC'
SITE_ID = 1
STATIC_URL = '/static/'
MEDIA_URL = '/media/'
MEDIA_ROOT = BASE_DIR / 'media'
LOGIN_URL = 'helpdesk:login'
LOGIN_REDIRECT_URL = 'helpdesk:home'
DEFAULT_AUTO_FIELD = 'django.db.models.BigAutoField'
EMAIL_BACKEND = 'django.core.mail.backends.filebased.EmailBackend'
EMAIL_FILE_PATH = BASE_DIR / 'mail'
DEFAULT_FROM_EMAIL = 'helpdesk@example.test'
REST_FRAMEWORK = {'DEFAULT_AUTHENTICATION_CLASSES': [
    'rest_framework.authentication.TokenAuthentication',
    'rest_framework.authentication.BasicAuthentication']}
HELPDESK_API_ENABLED = True              # 2.x (default True)
HELPDESK_ACTIVATE_API_ENDPOINT = True    # older releases' name for the same switch
HELPDESK_TEAMS_MODE_ENABLED = False      # else pinax-teams is required
HELPDESK_ENABLE_PER_QUEUE_STAFF_PERMISSION = True
HELPDESK_VALID_EXTENSIONS = ['.txt', '.asc', '.pdf', '.doc', '.docx', '.odt', '.jpg', '.png', '.eml', '.json', '.sig']
# (HELPDESK_KB_ENABLED = False breaks 2.6.1's urls.py: NameError 'kb'; so the KB stays on)
EOF
cat > "$INST/dhsite/urls.py" <<'EOF'
from django.conf import settings
from django.contrib import admin
from django.urls import include, path, re_path
from django.views.static import serve
urlpatterns = [
    path('admin/', admin.site.urls),
    # attachments, for the tests to download and compare (a real site serves MEDIA_ROOT itself)
    re_path(r'^media/(?P<path>.*)$', serve, {'document_root': settings.MEDIA_ROOT}),
    path('', include('helpdesk.urls', namespace='helpdesk')),
]
EOF
cat > "$INST/dhsite/wsgi.py" <<'EOF'
import os
from django.core.wsgi import get_wsgi_application
os.environ.setdefault('DJANGO_SETTINGS_MODULE', 'dhsite.settings')
application = get_wsgi_application()
EOF
export DJANGO_SETTINGS_MODULE=dhsite.settings PYTHONPATH=$INST

# The migrated empty database is kept beside the venv (it depends only on the installed
# versions): copying it saves ~4 s of a warm start's migrate; migrate still runs (a no-op then).
MIGRATED=$VENV/.steward-migrated.sqlite3
[ -s "$MIGRATED" ] && cp "$MIGRATED" "$INST/dh.sqlite3"
# migrate + accounts, queues, token in ONE Python process (each manage.py run pays Django's start)
if ! MIGRATED=$MIGRATED STEWARD_PASS=$STEWARD_PASS CAROL_PASS=$CAROL_PASS AGENT_PASS=$AGENT_PASS \
     "$PY" - "$INST/setup.json" > "$INST/setup.log" 2>&1 <<'EOF'
import json, os, sys
import django
django.setup()
from django.core.management import call_command
call_command("migrate", interactive=False, verbosity=0)
if not os.path.exists(os.environ["MIGRATED"]):
    import shutil
    from django.conf import settings
    shutil.copyfile(settings.DATABASES["default"]["NAME"], os.environ["MIGRATED"])
from django.contrib.auth.models import Permission, User
from django.contrib.sites.models import Site
from rest_framework.authtoken.models import Token
from helpdesk.models import Queue, Ticket
Site.objects.update_or_create(id=1, defaults={"domain": "127.0.0.1", "name": "Steward test helpdesk"})
customers = Queue.objects.create(title="Customers", slug="customers", allow_public_submission=False,
                                 default_owner=None)
internal = Queue.objects.create(title="Internal", slug="internal", allow_public_submission=False)
agent = User.objects.create_superuser("agent", "agent@example.test", os.environ["AGENT_PASS"])
api = User.objects.create_user("steward", "steward@example.test", os.environ["STEWARD_PASS"],
                               is_staff=True)
api.user_permissions.add(Permission.objects.get(codename=f"queue_access_{customers.slug}"))
User.objects.create_user("carol", "carol@example.test", os.environ["CAROL_PASS"])
token = Token.objects.create(user=api)
other = Ticket.objects.create(queue=internal, title="Staff only", description="not for the API account",
                              submitter_email="someone@example.test")
json.dump({"token": token.key, "queue": customers.id, "other_queue": internal.id,
           "other_ticket": other.id}, open(sys.argv[1], "w"))
EOF
then
  tail -30 "$INST/setup.log" >&2; die "Django setup (migrate, accounts) failed"
fi
chmod 0600 "$INST/setup.json"
TOKEN=$(jq -r .token "$INST/setup.json")
QUEUE=$(jq -r .queue "$INST/setup.json")
OTHER_QUEUE=$(jq -r .other_queue "$INST/setup.json")
OTHER_TICKET=$(jq -r .other_ticket "$INST/setup.json")
log "instance initialised (migrate, queues, accounts, token) in $(elapsed "$t")s"

# ---------------------------------------------------------------- 4. server (gunicorn)
t=$(date +%s.%N)
extra=()
"$VENV/bin/gunicorn" --help 2>/dev/null | grep -q -- '--no-control-socket' && extra+=(--no-control-socket)
# setsid: own session, so a terminal hangup can't stop it ($! is gunicorn itself: see pi-up.sh).
(cd "$INST" && exec setsid "$VENV/bin/gunicorn" -w 2 --graceful-timeout 5 -b "127.0.0.1:$PORT" \
    "${extra[@]}" dhsite.wsgi:application > "$INST/server.out" 2>&1 < /dev/null) &
echo $! > "$STATE/server.pid"
deadline=$(( $(date +%s) + READY_TIMEOUT ))
# ready = the API answers an unauthenticated request with 401 (its own JSON, not a proxy's page)
while code=$(curl -s -o /dev/null -w '%{http_code}' --max-time 5 "$URL/api/tickets/" || true); [ "$code" != 401 ]; do
  # a 500 is Django failing to load (settings, urls): it will not get better by waiting
  [ "$code" != 500 ] || { tail -30 "$INST/server.out" >&2; die "the server answers 500 (log above)"; }
  kill -0 "$(cat "$STATE/server.pid")" 2>/dev/null || { tail -30 "$INST/server.out" >&2; die "gunicorn exited during startup"; }
  [ "$(date +%s)" -lt "$deadline" ] || { tail -30 "$INST/server.out" >&2; die "not ready after ${READY_TIMEOUT}s"; }
  sleep 0.2
done
log "server pid $(cat "$STATE/server.pid") ready in $(elapsed "$t")s"

# ---------------------------------------------------------------- 5. smoke check (token works)
code=$(curl -s -o /dev/null -w '%{http_code}' --max-time 10 -H "Authorization: Token $TOKEN" "$URL/api/tickets/")
[ "$code" = 200 ] || die "the API token is refused ($code)"

# ---------------------------------------------------------------- 6. report
umask 077
cat > "$STATE/dh.env" <<EOF
DH_URL=$URL
DH_TOKEN=$TOKEN
DH_QUEUE=$QUEUE
DH_OTHER_QUEUE=$OTHER_QUEUE
DH_OTHER_TICKET=$OTHER_TICKET
DH_USER=steward
DH_PASSWORD=$STEWARD_PASS
DH_CUSTOMER_USER=carol
DH_CUSTOMER_PASSWORD=$CAROL_PASS
DH_CUSTOMER_EMAIL=carol@example.test
DH_ADMIN_USER=agent
DH_ADMIN_PASSWORD=$AGENT_PASS
DH_MAIL_DIR=$INST/mail
DH_STATE_DIR=$STATE
EOF
secs=$(elapsed)
log "django-helpdesk $("$VENV/bin/pip" show django-helpdesk 2>/dev/null | awk '/^Version/{print $2}') up in ${secs}s ($install_kind venv); env file: $STATE/dh.env"
echo "DH_URL=$URL"
echo "DH_STARTUP_SECONDS=$secs ($install_kind)"
