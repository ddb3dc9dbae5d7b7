#!/usr/bin/env bash
# Desktop figures for BENCHMARKS.md: launch time to the first painted case list, and the memory of
# the app with all its WebKit processes, idle and with a 1,000-interaction case open.
#
#   scripts/bench-desktop.sh              # builds the UI and the release app, then N=5 launches
#   scripts/bench-desktop.sh --no-build   # measures the binaries already built
#   BENCH_RUNS=10 scripts/bench-desktop.sh
#
# Under Xvfb (1920x1080), inside a private D-Bus session with a throw-away, unlocked
# gnome-keyring (as scripts/e2e.sh), so the profile is keyring-protected and opens without a
# passphrase, as on a desktop. A profile with 25 cases, one of them with 1,000 interactions, is
# filled once by examples/bench_profile.rs; every launch gets a fresh copy of it and fresh
# XDG data/config/cache directories (no WebKit cache, no saved preferences: a first launch).
#
# How it is measured:
#  - first paint: the app runs with STEWARD_BENCH_FIRST_PAINT=1; the case list calls the
#    `bench_first_paint` command on the first animation frame after it rendered, and the shell
#    prints `first-paint-ms <ms since the kernel started the process> unix-ms <wall clock>`.
#    The script reports that figure, and the wall-clock time from its own launch of the binary
#    (which adds the fork/exec) as a cross-check.
#  - memory: the sum of Pss from /proc/<pid>/smaps_rollup over the app and every descendant
#    (WebKitWebProcess, WebKitNetworkProcess, bwrap, xdg-dbus-proxy), 5 s after launch, and again
#    10 s after the app opened the big case (STEWARD_BENCH_OPEN_CASE makes the case list select
#    it, STEWARD_BENCH_OPEN_AFTER_MS=8000 after the first paint, as a click would). PSS counts
#    shared libraries once across the tree, so the sum is what the app costs the machine.
# Needs: xvfb-run, dbus-run-session, gnome-keyring-daemon (scripts/install-deps.sh), node/npm.
set -euo pipefail
cd "$(dirname "$0")/.."
ROOT=$PWD
RUNS=${BENCH_RUNS:-5}
INTERACTIONS=${BENCH_INTERACTIONS:-1000}
APP=$ROOT/target/release/steward-desktop
FILL=$ROOT/target/release/examples/bench_profile

if [ "${1:-}" = "--inner" ]; then
  # ----- inside xvfb-run + dbus-run-session ------------------------------------------------
  WORK=$2
  echo -n steward-bench | gnome-keyring-daemon --unlock --components=secrets >/dev/null

  # PIDs of $1 and all its descendants.
  tree() {
    ps -e -o pid=,ppid= | awk -v root="$1" '
      { parent[$1] = $2; pids[NR] = $1 }
      END {
        keep[root] = 1; changed = 1
        while (changed) {
          changed = 0
          for (i in pids) { p = pids[i]; if (!(p in keep) && (parent[p] in keep)) { keep[p] = 1; changed = 1 } }
        }
        for (p in keep) print p
      }'
  }
  # Sum of Pss (kB) over the tree, and the process names with their Pss.
  pss() {
    local total=0 detail="" p kb name
    for p in $(tree "$1"); do
      kb=$(awk '/^Pss:/ { print $2 }' "/proc/$p/smaps_rollup" 2>/dev/null || true)
      [ -n "$kb" ] || continue
      name=$(cat "/proc/$p/comm" 2>/dev/null || echo "?")
      total=$((total + kb))
      detail="$detail $name=$((kb / 1024))MB"
    done
    echo "$total$detail"
  }
  now_ms() { date +%s%3N; }
  # Waits up to $3 s for a line starting with $2 in file $1; prints it.
  wait_line() {
    local deadline=$(($(date +%s) + $3))
    while [ "$(date +%s)" -lt "$deadline" ]; do
      if grep -q "^$2" "$1" 2>/dev/null; then
        grep -m1 "^$2" "$1"
        return 0
      fi
      sleep 0.02
    done
    return 1
  }

  STEWARD_DATA_DIR="$WORK/template" "$FILL" "$INTERACTIONS" >"$WORK/fill.txt"
  CASE=$(tail -n1 "$WORK/fill.txt")
  echo "profile: $(head -n1 "$WORK/fill.txt"); big case #$CASE with $INTERACTIONS interactions, 24 small cases"

  for i in $(seq 1 "$RUNS"); do
    run="$WORK/run$i"
    mkdir -p "$run/xdg/data" "$run/xdg/config" "$run/xdg/cache"
    cp -a "$WORK/template" "$run/data"
    t0=$(now_ms)
    XDG_DATA_HOME="$run/xdg/data" XDG_CONFIG_HOME="$run/xdg/config" XDG_CACHE_HOME="$run/xdg/cache" \
      STEWARD_DATA_DIR="$run/data" STEWARD_BENCH_FIRST_PAINT=1 STEWARD_BENCH_OPEN_CASE="$CASE" \
      STEWARD_BENCH_OPEN_AFTER_MS=8000 "$APP" 2>"$run/stderr" >/dev/null &
    pid=$!
    if ! line=$(wait_line "$run/stderr" first-paint-ms 60); then
      echo "run $i: no first paint within 60 s; stderr:" >&2
      cat "$run/stderr" >&2
      kill "$pid" 2>/dev/null || true
      exit 1
    fi
    proc_ms=$(echo "$line" | awk '{ print $2 }')
    wall_ms=$(($(echo "$line" | awk '{ print $4 }') - t0))
    # Idle: 5 s after launch.
    sleep_ms=$((t0 + 5000 - $(now_ms)))
    [ "$sleep_ms" -gt 0 ] && sleep "$(awk -v ms="$sleep_ms" 'BEGIN { print ms / 1000 }')"
    idle=$(pss "$pid")
    if ! wait_line "$run/stderr" open-case 60 >/dev/null; then
      echo "run $i: the app did not open case #$CASE" >&2
      kill "$pid" 2>/dev/null || true
      exit 1
    fi
    sleep 10
    opened=$(pss "$pid")
    kill "$pid" 2>/dev/null || true
    wait "$pid" 2>/dev/null || true
    echo "run $i: first-paint-ms $proc_ms (wall-clock-ms $wall_ms from the launch)" \
      "idle-pss-kb ${idle%% *} case-open-pss-kb ${opened%% *}"
    echo "  idle:${idle#* }"
    echo "  case open:${opened#* }"
    rm -rf "$run"
  done
  exit 0
fi

# ----- outside: build, then run the measurements in a private session --------------------------
if [ "${1:-}" != "--no-build" ]; then
  npm --prefix ui run build
  cargo build --release -p steward-desktop --features custom-protocol
  cargo build --release --example bench_profile
fi
for f in "$APP" "$FILL"; do
  if [ ! -x "$f" ]; then
    echo "bench-desktop: $f is missing (run without --no-build)" >&2
    exit 1
  fi
done
missing=()
for tool in xvfb-run dbus-run-session gnome-keyring-daemon ps; do
  command -v "$tool" >/dev/null 2>&1 || missing+=("$tool")
done
if [ ${#missing[@]} -gt 0 ]; then
  echo "bench-desktop: missing ${missing[*]}; run scripts/install-deps.sh" >&2
  exit 1
fi

# A temporary HOME for the keyring daemon and everything else: never the user's.
WORK=$(mktemp -d "${TMPDIR:-/tmp}/steward-bench-desktop.XXXXXX")
trap 'rm -rf "$WORK"' EXIT
export HOME="$WORK/home" XDG_DATA_HOME="$WORK/home/.local/share" XDG_CONFIG_HOME="$WORK/home/.config"
export XDG_CACHE_HOME="$WORK/home/.cache" XDG_RUNTIME_DIR="$WORK/home/run"
mkdir -p "$XDG_DATA_HOME" "$XDG_CONFIG_HOME" "$XDG_CACHE_HOME" "$XDG_RUNTIME_DIR"
chmod 700 "$XDG_RUNTIME_DIR"
export NO_AT_BRIDGE=1 BENCH_RUNS="$RUNS" BENCH_INTERACTIONS="$INTERACTIONS"

OUT=$WORK/out.txt
timeout 900 xvfb-run -a -s "-screen 0 1920x1080x24" \
  dbus-run-session -- "$ROOT/scripts/bench-desktop.sh" --inner "$WORK" \
  2> >(grep -v -E "^dbus-daemon\[[0-9]+\]|org\.a11y|SpiRegistry" >&2) | grep --line-buffered -v SpiRegistry | tee "$OUT"

# Median, min and max of each figure over the runs.
summary() {
  grep -o "$1 [0-9]*" "$OUT" | awk '{ print $2 }' | sort -n | awk -v what="$2" -v div="$3" -v unit="$4" '
    { v[NR] = $1 / div }
    END {
      if (NR == 0) exit
      m = (NR % 2) ? v[(NR + 1) / 2] : (v[NR / 2] + v[NR / 2 + 1]) / 2
      printf "%-44s median %7.1f %s  (min %.1f, max %.1f, %d runs)\n", what, m, unit, v[1], v[NR], NR
    }'
}
echo
echo "== steward-desktop (release), $RUNS launches =="
summary first-paint-ms "launch to first painted case list" 1 ms
summary wall-clock-ms "  same, wall clock from the script's launch" 1 ms
summary idle-pss-kb "memory idle 5 s after start (PSS, all procs)" 1024 MB
summary case-open-pss-kb "memory with the ${INTERACTIONS}-interaction case open" 1024 MB
echo "release binary: $(stat -c %s "$APP") bytes ($(awk -v b="$(stat -c %s "$APP")" 'BEGIN { printf "%.1f MB", b / 1e6 }')) $APP"
debs=$(ls "$ROOT"/target/release/bundle/deb/*.deb 2>/dev/null || true)
if [ -n "$debs" ]; then
  for d in $debs; do
    echo ".deb: $(stat -c %s "$d") bytes ($(awk -v b="$(stat -c %s "$d")" 'BEGIN { printf "%.1f MB", b / 1e6 }')) $d"
  done
else
  echo ".deb: none under target/release/bundle/deb/"
fi
