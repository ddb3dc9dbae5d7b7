#!/usr/bin/env bash
# Fuzzes the core's parsers with cargo-fuzz (libFuzzer) on stable Rust: builds every target in
# fuzz/ and runs each for SECONDS (default: $STEWARD_FUZZ_SECONDS, else 10; CI uses 10, run it
# longer by hand, e.g. scripts/fuzz.sh 600). Fails on the first crash, hang (>10 s per input)
# or out-of-memory, printing the reproducer and how to replay it. See docs/robustness.md.
#
#   STEWARD_FUZZ_SANITIZER  none (default: fastest build and runs) or address (AddressSanitizer;
#                           works on stable too, about 2x slower to build and run)
#   STEWARD_FUZZ_TARGETS    a space-separated subset of targets (default: all)
#
# cargo-fuzz passes nightly-only rustc flags (-Zsanitizer, -Cpasses=sancov-module...);
# RUSTC_BOOTSTRAP=1 lets the stable compiler accept them, for this build only.
set -euo pipefail
cd "$(dirname "$0")/.."
SECONDS_PER_TARGET=${1:-${STEWARD_FUZZ_SECONDS:-10}}
SANITIZER=${STEWARD_FUZZ_SANITIZER:-none}
start=$(date +%s)

if ! command -v cargo-fuzz >/dev/null 2>&1; then
  echo "Installing cargo-fuzz (once)..."
  cargo install cargo-fuzz --locked
fi
export RUSTC_BOOTSTRAP=1

fuzz/seed.sh
cd fuzz
if [ -n "${STEWARD_FUZZ_TARGETS:-}" ]; then
  for t in $STEWARD_FUZZ_TARGETS; do cargo fuzz build --sanitizer "$SANITIZER" "$t"; done
else
  cargo fuzz build --sanitizer "$SANITIZER"
fi
built=$(date +%s)
echo "fuzz: built in $(( built - start ))s"

targets=${STEWARD_FUZZ_TARGETS:-$(cargo fuzz list)}
failed=0
summary=()
for t in $targets; do
  log=$(mktemp "${TMPDIR:-/tmp}/steward-fuzz-$t.XXXXXX")
  mkdir -p "corpus/$t" "artifacts/$t"
  echo "==> fuzz $t for ${SECONDS_PER_TARGET}s"
  # corpus/$t (git-ignored) gathers what the fuzzer finds; seeds/$t is read only.
  if cargo fuzz run --sanitizer "$SANITIZER" "$t" "corpus/$t" "seeds/$t" -- \
      -max_total_time="$SECONDS_PER_TARGET" -timeout=10 -rss_limit_mb=2048 \
      -max_len=65536 -print_final_stats=1 >"$log" 2>&1; then
    execs=$(sed -n 's/^stat::number_of_executed_units: *//p' "$log" | tail -1)
    rate=$(sed -n 's/^stat::average_exec_per_sec: *//p' "$log" | tail -1)
    summary+=("$(printf '%-24s %10s execs  %8s execs/s' "$t" "${execs:-?}" "${rate:-?}")")
  else
    failed=1
    tail -40 "$log"
    artifact=$(grep -o "artifacts/$t/[A-Za-z0-9_-]*" "$log" | tail -1 || true)
    echo
    echo "fuzz: $t FAILED. Reproducer: fuzz/${artifact:-artifacts/$t/ (see the log above)}"
    echo "  replay:   cd fuzz && RUSTC_BOOTSTRAP=1 cargo fuzz run --sanitizer $SANITIZER $t ${artifact:-artifacts/$t/<file>}"
    echo "  minimise: cd fuzz && RUSTC_BOOTSTRAP=1 cargo fuzz tmin --sanitizer $SANITIZER $t ${artifact:-artifacts/$t/<file>}"
    echo "  then add it to tests/fuzz_regressions.rs"
    summary+=("$(printf '%-24s FAILED (log %s)' "$t" "$log")")
    continue
  fi
  rm -f "$log"
done
echo
echo "fuzz summary (${SECONDS_PER_TARGET}s per target, sanitizer $SANITIZER):"
printf '  %s\n' "${summary[@]}"
echo "fuzz: done in $(( $(date +%s) - start ))s"
exit $failed
