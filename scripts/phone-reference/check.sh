#!/usr/bin/env bash
# Proves that tests/data/phone-reference.jsonl is exactly what the pinned Python phonenumbers
# says: regenerates it into a temporary folder and compares. With --write, regenerates it in
# place instead (after bumping requirements.txt).
#
# The virtualenv lives in target/phone-reference-venv (created on first run; later runs only
# check the pin). After that, a run takes a few seconds.
set -euo pipefail
cd "$(dirname "$0")/../.."
HERE=scripts/phone-reference
VENV=${PHONE_REFERENCE_VENV:-target/phone-reference-venv}
PIN=$(grep -E '^phonenumbers==' "$HERE/requirements.txt")

if [ ! -x "$VENV/bin/python" ]; then
  python3 -m venv "$VENV"
fi
if [ "$("$VENV/bin/python" -c 'import phonenumbers; print("phonenumbers==" + phonenumbers.__version__)' 2>/dev/null)" != "$PIN" ]; then
  "$VENV/bin/pip" install --quiet --disable-pip-version-check -r "$HERE/requirements.txt"
fi

if [ "${1:-}" = "--write" ]; then
  exec "$VENV/bin/python" "$HERE/generate.py"
fi

TMP=$(mktemp -d "${TMPDIR:-/tmp}/phone-reference.XXXXXX")
trap 'rm -rf "$TMP"' EXIT
"$VENV/bin/python" "$HERE/generate.py" --reference "$TMP/phone-reference.jsonl"
status=0
for pair in "tests/data/phone-reference.jsonl:$TMP/phone-reference.jsonl"; do
  committed=${pair%%:*} fresh=${pair#*:}
  if cmp -s "$committed" "$fresh"; then
    echo "$committed: identical to what $PIN says"
  else
    echo "$committed differs from what $PIN says:" >&2
    diff "$committed" "$fresh" | head -20 >&2 || true
    status=1
  fi
done
if [ $status -ne 0 ]; then
  echo "Regenerate with scripts/phone-reference/check.sh --write and commit the result." >&2
fi
exit $status
