#!/usr/bin/env bash
# Builds the fuzz seed corpora in fuzz/corpus/<target>/ (git-ignored) from the test corpora in
# tests/fixtures/corpus (copies with their licences), the committed hand-written seeds in
# fuzz/seeds/<target>/ and the redaction phrasing table. Idempotent; files are named by content
# hash.
set -euo pipefail
cd "$(dirname "$0")"
SHARED=${STEWARD_SHARED_CORPUS:-../tests/fixtures/corpus}
python3 - "$SHARED" <<'PY'
import base64, hashlib, json, os, re, sys, urllib.parse
shared = sys.argv[1]
def put(target, data):
    if isinstance(data, str):
        data = data.encode()
    d = os.path.join("corpus", target)
    os.makedirs(d, exist_ok=True)
    with open(os.path.join(d, hashlib.sha1(data).hexdigest()), "wb") as f:
        f.write(data)
def read(*p):
    path = os.path.join(shared, *p)
    return open(path, "rb").read() if os.path.exists(path) else None

targets = ["otpauth_uri", "google_migration", "import_auto", "import_aegis_encrypted",
           "qr_image", "phone_check", "refusal_classify", "eml_parse", "redact"]
for t in targets:
    os.makedirs(os.path.join("corpus", t), exist_ok=True)
    seeds = os.path.join("seeds", t)
    if os.path.isdir(seeds):
        for name in os.listdir(seeds):
            put(t, open(os.path.join(seeds, name), "rb").read())

exports = os.path.join(shared, "authenticator-exports")
if os.path.isdir(exports):
    for name in sorted(os.listdir(exports)):
        if name.endswith(".md"):
            continue
        data = read("authenticator-exports", name)
        put("import_auto", data)
        if name == "aegis_encrypted.json":
            put("import_aegis_encrypted", b"\x00" + data)
        if name == "aegis_plain.json":
            # The decrypted contents, for the mode that seals them with a known key.
            put("import_aegis_encrypted", b"\x01" + json.dumps(json.loads(data)["db"]).encode())
    for line in (read("authenticator-exports", "plain.txt") or b"").decode().splitlines():
        if line.strip():
            put("otpauth_uri", line.strip())

gm = os.path.join(shared, "google-migration")
if os.path.isdir(gm):
    for name in sorted(os.listdir(gm)):
        if not name.endswith(".txt"):
            continue
        text = read("google-migration", name).decode("utf-8", "replace")
        put("import_auto", text)
        for line in text.splitlines():
            line = line.strip().lstrip("# ")
            if line.startswith("otpauth-migration://"):
                put("google_migration", line)
                m = re.search(r"data=([^&\s]+)", line)
                if m:
                    try:
                        raw = base64.b64decode(urllib.parse.unquote(m.group(1)) + "==")
                        put("google_migration", raw)
                    except Exception:
                        pass
            elif line.startswith("otpauth://"):
                put("otpauth_uri", line)
    small = read("google-migration", "qr_but_without_otp.png")
    if small:
        put("qr_image", small)
# Redaction: the real-world phrasing table in the repository (texts only).
table = os.path.join("..", "tests", "fixtures", "redaction", "phrasings.tsv")
if os.path.exists(table):
    for line in open(table, encoding="utf-8"):
        cols = line.rstrip("\n").split("\t")
        if len(cols) == 4 and not line.startswith("#"):
            put("redact", cols[3].replace("\\n", "\n"))
print("seed corpora:", ", ".join(f"{t} {len(os.listdir(os.path.join('corpus', t)))}" for t in targets))
PY
