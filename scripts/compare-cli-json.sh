#!/bin/bash
# usage: scripts/compare-cli-json.sh BINARY OUTDIR — the seed stories through the CLI, every --json
# output kept in OUTDIR.
# For refactors that must not change behaviour: run it with the binary built before and after,
# then diff the two folders through scripts/compare-cli-json.sh --diff OLD NEW (ids, times,
# keys and temp paths are normalised).
if [ "$1" = "--diff" ]; then
  norm() { sed -E "s/[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}/UUID/g; s/20[0-9]{2}-[0-9]{2}-[0-9]{2}T[0-9:.]+Z/TS/g; s/[0-9a-f]{16,64}/HEX/g; s/SHA256:[A-Za-z0-9+\/]+/SHA256:FP/g; s#/tmp/[^\"]*#TMP#g" "$1"; }
  for f in "$2"/*.json; do b=$(basename "$f"); diff -u --label "old/$b" --label "new/$b" <(norm "$f") <(norm "$3/$b"); done
  exit 0
fi
B=$1; O=$2; rm -rf $O; mkdir -p $O; T=$(mktemp -d)
echo 'correct horse battery staple 42' > $T/pass
export STEWARD_DATA_DIR=$T/data STEWARD_PASSPHRASE_FILE=$T/pass STEWARD_KEYRING=off
n=0
run() { n=$((n+1)); f=$O/$(printf %02d $n).json; echo "\$ $*" > $f; "$B" --json --no-keyring "$@" >> $f 2>&1; echo "exit $?" >> $f; }
id() { "$B" --json --no-keyring "$@" | python3 -c 'import json,sys; print(json.load(sys.stdin)["id"])'; }
A=$(id case new "Publishing account loop" --service "Amazon KDP" --want "One team owns it")
run case show $A
run case log $A --channel phone --direction outbound --at 2026-03-01T10:00:00Z --wait 25 --team "Retail support" --agent "Minh" --ref "CS-88123" -s "Told to call publishing support" --promise "we will call you back within 48 hours@2026-03-03T10:00:00Z" --error "We detected unusual activity" --quote "It's not our team" --verified yes --verified-how "code by SMS to +84 91 234 5678"
run case log $A --channel chat --direction outbound --at 2026-03-04T09:00:00Z --team "KDP publishing support" -s "Sent back to retail" --ref "KDP-5512" --verified no
run case log $A --channel phone --direction outbound --at 2026-03-06T09:00:00Z --team "Retail support" -s "Back to retail again; card 4111 1111 1111 1111 mentioned"
run case show $A
run case insights $A
run case escalate $A
run case promise $A 1 --status broken
run case search retail
run case list --all
run case export $A --format json --out $T/export.json
run case export $A --format brief --out $T/brief.txt
B2=$(id case new "A stranger's account was shown" --service "Shopee")
run case log $B2 --channel chat --direction outbound --at 2026-02-01T10:00:00Z -s "Agent showed me another customer's orders and address 12 Nguyen Trai"
run case alert $B2 --kind data-exposed --summary "Another customer's address shown" --contact 1
run case alerts $B2
run case alerts
run phone check "0912345678" --region VN
run phone check "+84912345678"
run phone check "84 912 345 678"
run phone refusal "This phone number cannot be used for verification"
run phone refusal "We detected unusual activity. Please try again later."
run phone regions
run accounts
run status
rm -rf $T
