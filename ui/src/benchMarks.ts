// Steps of the window's start, for scripts/bench-desktop.sh: each a name and its wall-clock time
// (performance.timeOrigin + performance.now(), unix ms). The case list hands them to the shell's
// `bench_first_paint` with its first paint, and the shell prints them only when the benchmark
// asks (STEWARD_BENCH_FIRST_PAINT); otherwise they are a few numbers kept in memory, no more.
const MAX = 48;
const marks: [string, number][] = [];

function now(): number {
  return performance.timeOrigin + performance.now();
}

/** Notes that the start reached `name` (the first 48 marks are kept). */
export function benchMark(name: string): void {
  if (marks.length < MAX) marks.push([name, now()]);
}

/** The marks so far, with the page load's own steps (navigation and script timings). */
export function benchMarks(): [string, number][] {
  const out: [string, number][] = [];
  const origin = performance.timeOrigin;
  const nav = performance.getEntriesByType("navigation")[0] as PerformanceNavigationTiming | undefined;
  if (nav) {
    out.push(["nav-start", origin + nav.startTime]);
    out.push(["nav-response-end", origin + nav.responseEnd]);
    out.push(["nav-dom-interactive", origin + nav.domInteractive]);
    out.push(["nav-dom-content-loaded", origin + nav.domContentLoadedEventStart]);
  }
  for (const r of performance.getEntriesByType("resource") as PerformanceResourceTiming[]) {
    const file = r.name.split("/").pop() ?? r.name;
    if (/\.(js|css)$/.test(file)) {
      out.push([`fetch-start:${file}`, origin + r.fetchStart]);
      out.push([`fetched:${file}`, origin + r.responseEnd]);
    }
  }
  return [...out, ...marks].sort((a, b) => a[1] - b[1]);
}
