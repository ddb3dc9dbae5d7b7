#!/usr/bin/env bash
# Desktop figures for BENCHMARKS.md: launch time to the first painted case list, and the memory of
# the app with all its WebKit processes, idle and with a 1,000-interaction case open — side by
# side with a bare Tauri 2 window (bench/bare-tauri) built and measured in the same run, the same
# way, with the ratios against issue 18's targets.
#
#   scripts/bench-desktop.sh              # builds the UI, the release app and the bare app, then
#                                         # N=5 launches of each (interleaved: Steward, bare, ...)
#   scripts/bench-desktop.sh --no-build   # measures the binaries already built
#   BENCH_RUNS=10 scripts/bench-desktop.sh
#   BENCH_APP=/tmp/x BENCH_BARE_APP=/tmp/y BENCH_FILL=/tmp/z scripts/bench-desktop.sh --no-build
#                                         # other binaries (app, bare app, bench_profile example)
#   BENCH_APP_ENV="WEBKIT_DISABLE_COMPOSITING_MODE=0" scripts/bench-desktop.sh --no-build
#                                         # extra environment for Steward's launches only (A/B:
#                                         # this one puts WebKit's compositing back on)
#   BENCH_BARE_ENV="..."                  # the same for the bare app's launches
#   BENCH_PAINT_ONLY=1 scripts/bench-desktop.sh --no-build
#                                         # first paint only (no memory waits: ~2 s a launch)
#
# The bare app is a workspace member (one Cargo.lock: the same tauri, wry and webkit2gtk) built
# with the same release profile in the same cargo build as the app (so one tauri, with the same
# features, serves both); its page paints 25 lines and calls the same `bench_first_paint` hook
# (Steward's src-tauri/src/bench.rs, compiled into it). It has no profile, so it is measured idle
# only; the case-open target compares Steward with the 1,000-interaction case open against the
# bare app idle.
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
#    (which adds the fork/exec) as a cross-check. Where the time went: both apps print
#    `bench-mark <step> <ms>` lines (src-tauri/src/bench.rs: the shell's run/setup/page load, and
#    the page's own steps — navigation, script fetched, main-start, each IPC call, catalogue
#    parsed, list rendered, list-frame), and the script adds when each child process (the WebKit
#    web and network processes) started; it prints the median of each step over the runs.
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
PAINT_ONLY=${BENCH_PAINT_ONLY:-}
INTERACTIONS=${BENCH_INTERACTIONS:-1000}
APP=${BENCH_APP:-$ROOT/target/release/steward-desktop}
BARE=${BENCH_BARE_APP:-$ROOT/target/release/bare-tauri}
FILL=${BENCH_FILL:-$ROOT/target/release/examples/bench_profile}

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
  # Sums of Pss and of private pages (USS, kB) over the tree, the process names with their Pss,
  # and how many WebKit web processes run on the machine outside the tree: those share WebKit's
  # library pages with ours, and PSS divides shared pages among everyone mapping them, so the
  # PSS of the same app is lower while another WebKit app (an e2e run) is up. USS is not.
  pss() {
    local total=0 private=0 detail="" p kb uss name ours=0 all
    for p in $(tree "$1"); do
      read -r kb uss < <(awk '/^Pss:/ { p = $2 } /^Private_(Clean|Dirty):/ { u += $2 }
        END { if (p != "") print p, u }' "/proc/$p/smaps_rollup" 2>/dev/null) || true
      [ -n "${kb:-}" ] || continue
      name=$(cat "/proc/$p/comm" 2>/dev/null || echo "?")
      [ "$name" = WebKitWebProces ] && ours=$((ours + 1))
      total=$((total + kb))
      private=$((private + uss))
      detail="$detail $name=$((kb / 1024))MB"
      kb=""
    done
    all=$(pgrep -c -x WebKitWebProces || true)
    echo "$total $private $((${all:-0} - ours))$detail"
  }
  now_ms() { date +%s%3N; }
  # Removes a launch's directories; WebKit's children may still be writing to its cache for a
  # moment after the app was killed.
  cleanup_run() { rm -rf "$1" 2>/dev/null || { sleep 1; rm -rf "$1" 2>/dev/null; } || true; }
  # The kernel's start time of process $1 (clock ticks since boot).
  starttime() { sed 's/.*) //' "/proc/$1/stat" 2>/dev/null | awk '{ print $20 }'; }
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

  # One launch of $1 (steward | bare), run $2: prints a line of figures and the per-process PSS.
  launch() {
    local who=$1 i=$2 bin run t0 pid line proc_ms wall_ms sleep_ms idle opened extra=()
    run="$WORK/run-$who-$i"
    mkdir -p "$run/xdg/data" "$run/xdg/config" "$run/xdg/cache"
    if [ "$who" = steward ]; then
      bin=$APP
      cp -a "$WORK/template" "$run/data"
      # shellcheck disable=SC2206 # words on purpose: VAR=value pairs
      extra=(${BENCH_APP_ENV:-})
    else
      bin=$BARE
      mkdir -p "$run/data"
      # shellcheck disable=SC2206 # words on purpose: VAR=value pairs
      extra=(${BENCH_BARE_ENV:-})
    fi
    t0=$(now_ms)
    XDG_DATA_HOME="$run/xdg/data" XDG_CONFIG_HOME="$run/xdg/config" XDG_CACHE_HOME="$run/xdg/cache" \
      STEWARD_DATA_DIR="$run/data" STEWARD_BENCH_FIRST_PAINT=1 STEWARD_BENCH_OPEN_CASE="$CASE" \
      STEWARD_BENCH_OPEN_AFTER_MS=8000 env "${extra[@]}" "$bin" 2>"$run/stderr" >/dev/null &
    pid=$!
    if ! line=$(wait_line "$run/stderr" first-paint-ms 60); then
      echo "run $i $who: no first paint within 60 s; stderr:" >&2
      cat "$run/stderr" >&2
      kill "$pid" 2>/dev/null || true
      exit 1
    fi
    proc_ms=$(echo "$line" | awk '{ print $2 }')
    wall_ms=$(($(echo "$line" | awk '{ print $4 }') - t0))
    # When each child process started, in ms after the app (starttime, field 22, clock ticks).
    local st0 kids="" p
    st0=$(starttime "$pid")
    for p in $(tree "$pid"); do
      [ "$p" = "$pid" ] && continue
      kids="$kids $(cat "/proc/$p/comm" 2>/dev/null || echo "?")@$((($(starttime "$p") - st0) * 10))ms"
    done
    echo "run $i $who marks: $(grep '^bench-mark ' "$run/stderr" | awk '{ printf "%s=%s ", $2, $3 }')children:$kids"
    if [ -n "$PAINT_ONLY" ]; then
      kill "$pid" 2>/dev/null || true
      wait "$pid" 2>/dev/null || true
      echo "run $i $who: first-paint-ms $proc_ms (wall-clock-ms $wall_ms from the launch)"
      cleanup_run "$run"
      return 0
    fi
    # Idle: 5 s after launch.
    sleep_ms=$((t0 + 5000 - $(now_ms)))
    [ "$sleep_ms" -gt 0 ] && sleep "$(awk -v ms="$sleep_ms" 'BEGIN { print ms / 1000 }')"
    idle=$(pss "$pid")
    opened=""
    if [ "$who" = steward ]; then
      if ! wait_line "$run/stderr" open-case 60 >/dev/null; then
        echo "run $i: the app did not open case #$CASE" >&2
        kill "$pid" 2>/dev/null || true
        exit 1
      fi
      sleep 10
      opened=$(pss "$pid")
    fi
    kill "$pid" 2>/dev/null || true
    wait "$pid" 2>/dev/null || true
    # shellcheck disable=SC2086 # split on purpose: pss, uss, other web processes, detail
    set -- $idle
    local line1="run $i $who: first-paint-ms $proc_ms (wall-clock-ms $wall_ms from the launch) idle-pss-kb $1 idle-uss-kb $2"
    local other=$3 detail_idle="${*:4}"
    if [ "$who" = steward ]; then
      # shellcheck disable=SC2086
      set -- $opened
      echo "$line1 case-open-pss-kb $1 case-open-uss-kb $2 (other WebKit web processes on the machine: $other, $3)"
      echo "  idle: $detail_idle"
      echo "  case open: ${*:4}"
    else
      echo "$line1 (other WebKit web processes on the machine: $other)"
      echo "  idle: $detail_idle"
    fi
    cleanup_run "$run"
  }

  # Interleaved, so load from anything else running on the machine falls on both alike.
  for i in $(seq 1 "$RUNS"); do
    launch steward "$i"
    launch bare "$i"
  done
  exit 0
fi

# ----- outside: build, then run the measurements in a private session --------------------------
if [ "${1:-}" != "--no-build" ]; then
  npm --prefix ui run build
  # Both in one build: one tauri for both, with the same features (the bare app is Steward's tauri
  # baseline with nothing of Steward's on top), and no second build of the tauri crates.
  cargo build --release -p steward-desktop -p bare-tauri \
    --features steward-desktop/custom-protocol,bare-tauri/custom-protocol
  cargo build --release --example bench_profile
fi
for f in "$APP" "$BARE" "$FILL"; do
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
# As in e2e.sh: the document portal (started in the session) may still hold its FUSE mount under
# XDG_RUNTIME_DIR; unmount it first, and never let the clean-up turn the run into a failure.
trap 'fusermount -uz "$WORK/home/run/doc" 2>/dev/null || true; rm -rf "$WORK" 2>/dev/null ||
  echo "bench-desktop: could not remove $WORK" >&2' EXIT
export HOME="$WORK/home" XDG_DATA_HOME="$WORK/home/.local/share" XDG_CONFIG_HOME="$WORK/home/.config"
export XDG_CACHE_HOME="$WORK/home/.cache" XDG_RUNTIME_DIR="$WORK/home/run"
mkdir -p "$XDG_DATA_HOME" "$XDG_CONFIG_HOME" "$XDG_CACHE_HOME" "$XDG_RUNTIME_DIR"
chmod 700 "$XDG_RUNTIME_DIR"
export BENCH_APP_ENV="${BENCH_APP_ENV:-}" BENCH_BARE_ENV="${BENCH_BARE_ENV:-}"
export NO_AT_BRIDGE=1 BENCH_PAINT_ONLY="$PAINT_ONLY" BENCH_RUNS="$RUNS" BENCH_INTERACTIONS="$INTERACTIONS" BENCH_APP="$APP" BENCH_BARE_APP="$BARE" BENCH_FILL="$FILL"

OUT=$WORK/out.txt
timeout 900 xvfb-run -a -s "-screen 0 1920x1080x24" \
  dbus-run-session -- "$ROOT/scripts/bench-desktop.sh" --inner "$WORK" \
  2> >(grep -v -E "^dbus-daemon\[[0-9]+\]|org\.a11y|SpiRegistry" >&2) | grep --line-buffered -v SpiRegistry | tee "$OUT"

# Median, min, max, count and lower quartile (nearest rank) of the numbers on stdin:
# "median min max n q1".
summary() {
  sort -n | awk '
    { v[NR] = $1 }
    END {
      if (NR == 0) { print "0 0 0 0 0"; exit }
      m = (NR % 2) ? v[(NR + 1) / 2] : (v[NR / 2] + v[NR / 2 + 1]) / 2
      print m, v[1], v[NR], NR, v[int((NR + 3) / 4)]
    }'
}
# A summary with its lower quartile in the median's place, for `row`.
lower_quartile() { awk '{ print $5, $2, $3, $4 }' <<<"$1"; }
# The summary of figure $2 over app $1's runs.
stats() {
  { grep "^run [0-9]* $1:" "$OUT" | grep -o "$2 [0-9]*" || true; } | awk '{ print $2 }' | summary
}
# The same, of a step in the runs' marks (ms since the process started).
mark_stats() {
  { grep "^run [0-9]* $1 marks:" "$OUT" | grep -o " $2=[0-9.]*" || true; } | cut -d= -f2 | summary
}
# One row: label, Steward stats, bare stats, divisor, unit, target ratio ("" for none).
row() {
  awk -v what="$1" -v s="$2" -v b="$3" -v div="$4" -v unit="$5" -v target="$6" 'BEGIN {
    split(s, S, " "); split(b, B, " ")
    sv = S[1] / div; bv = B[1] / div
    left = sprintf("%.1f %s (%.1f-%.1f)", sv, unit, S[2] / div, S[3] / div)
    right = (B[4] > 0) ? sprintf("%.1f %s (%.1f-%.1f)", bv, unit, B[2] / div, B[3] / div) : "-"
    ratio = (bv > 0) ? sv / bv : 0
    verdict = ""
    if (target != "" && ratio > 0) verdict = sprintf("<= %.2fx %s", target, (ratio <= target) ? "met" : "NOT met")
    printf "| %-40s | %-28s | %-28s | %6s | %-16s |\n", what, left, right, (ratio > 0) ? sprintf("%.2fx", ratio) : "-", verdict
  }'
}
mb() { awk -v b="$1" 'BEGIN { printf "%.1f MB", b / 1e6 }'; }
st_fp=$(stats steward first-paint-ms); ba_fp=$(stats bare first-paint-ms)
st_wall=$(stats steward wall-clock-ms); ba_wall=$(stats bare wall-clock-ms)
st_idle=$(stats steward idle-pss-kb); ba_idle=$(stats bare idle-pss-kb)
st_open=$(stats steward case-open-pss-kb)
st_iu=$(stats steward idle-uss-kb); ba_iu=$(stats bare idle-uss-kb)
st_ou=$(stats steward case-open-uss-kb)
st_bin=$(stat -c %s "$APP"); ba_bin=$(stat -c %s "$BARE")
echo
echo "== Steward vs a bare Tauri 2 app, $RUNS launches each, medians (min–max); $(date -u +%Y-%m-%dT%H:%MZ), load $(cut -d' ' -f1-3 /proc/loadavg) =="
printf "| %-40s | %-28s | %-28s | %6s | %-16s |\n" "what" "Steward" "bare Tauri" "ratio" "target"
printf "|%s|%s|%s|%s|%s|\n" "$(printf -- '-%.0s' {1..42})" "$(printf -- '-%.0s' {1..30})" "$(printf -- '-%.0s' {1..30})" "--------" "------------------"
row "launch to first paint" "$st_fp" "$ba_fp" 1 ms 1.1
row "  same, wall clock from the script" "$st_wall" "$ba_wall" 1 ms ""
# The bare app's launches are bimodal (its window is shown at once, and some launches wait up to
# 500 ms for the web process's first contents: BENCHMARKS.md), so the median can fall between its
# two modes and move with the hour; the lower quartile compares fast launches with fast launches.
row "  same, lower quartile (fast launches)" "$(lower_quartile "$st_fp")" "$(lower_quartile "$ba_fp")" 1 ms ""
# Not the target's figure, for reading it: the window's first frame, which for Steward is the
# "Opening…" line (the case list comes after the unlock); the bare page's first frame is its list.
row "  first frame of any content" "$(mark_stats steward first-frame)" "$ba_fp" 1 ms ""
if [ -z "$PAINT_ONLY" ]; then
  row "memory idle 5 s after start (PSS, all)" "$st_idle" "$ba_idle" 1024 MB 1.15
  row "${INTERACTIONS}-interaction case open vs bare idle" "$st_open" "$ba_idle" 1024 MB 1.3
  row "  idle, private pages only (USS, all)" "$st_iu" "$ba_iu" 1024 MB ""
  row "  case open, private pages only (USS)" "$st_ou" "$ba_iu" 1024 MB ""
fi
printf "| %-40s | %-28s | %-28s | %6s | %-16s |\n" "release binary (stripped)" "$(mb "$st_bin")" "$(mb "$ba_bin")" \
  "$(awk -v a="$st_bin" -v b="$ba_bin" 'BEGIN { printf "%.2fx", a / b }')" ""
echo "binaries: $APP ($st_bin bytes), $BARE ($ba_bin bytes)"
# Where the time went: each step's median (min-max) over the runs, in ms since the process started.
for who in steward bare; do
  echo "steps of $who's start, ms since the process started, median (min-max) of the runs:"
  grep "^run [0-9]* $who marks:" "$OUT" | sed 's/.*marks: //; s/children://' | tr ' ' '\n' |
    sed -E 's/^([^=@]+)@([0-9]+)ms$/child:\1=\2/' | grep '=' | awk -F= '
      { n = $1; v[n, ++c[n]] = $2 + 0 }
      END {
        for (n in c) {
          k = c[n]
          for (i = 1; i <= k; i++) a[i] = v[n, i]
          for (i = 2; i <= k; i++) { x = a[i]; j = i - 1; while (j > 0 && a[j] > x) { a[j + 1] = a[j]; j-- } a[j + 1] = x }
          m = (k % 2) ? a[(k + 1) / 2] : (a[k / 2] + a[k / 2 + 1]) / 2
          printf "%10.0f  %-44s (%d-%d, %d runs)\n", m, n, a[1], a[k], k
        }
      }' | sort -n
done
[ -z "$BENCH_APP_ENV" ] || echo "Steward launched with: $BENCH_APP_ENV"
[ -z "$BENCH_BARE_ENV" ] || echo "bare app launched with: $BENCH_BARE_ENV"
debs=$(ls "$ROOT"/target/release/bundle/deb/*.deb 2>/dev/null || true)
if [ -n "$debs" ]; then
  for d in $debs; do
    echo ".deb: $(stat -c %s "$d") bytes ($(awk -v b="$(stat -c %s "$d")" 'BEGIN { printf "%.1f MB", b / 1e6 }')) $d"
  done
else
  echo ".deb: none under target/release/bundle/deb/"
fi
