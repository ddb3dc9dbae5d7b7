// 25 lines, then the same first-paint call as Steward's case list (ui/src/components/cases/
// CaseList.tsx): `bench_first_paint` on the first animation frame after they were rendered, with
// the same start-up marks (ui/src/benchMarks.ts: wall-clock ms of the page load's steps).
const now = () => performance.timeOrigin + performance.now();
const marks = [["main-start", now()]];
const list = document.getElementById("list");
for (let i = 1; i <= 25; i++) {
  const li = document.createElement("li");
  li.textContent = `Case ${i}`;
  list.appendChild(li);
}
marks.push(["list-rendered", now()]);
requestAnimationFrame(() => {
  marks.push(["list-frame", now()]);
  const origin = performance.timeOrigin;
  const nav = performance.getEntriesByType("navigation")[0];
  if (nav) {
    marks.push(["nav-start", origin + nav.startTime]);
    marks.push(["nav-response-end", origin + nav.responseEnd]);
    marks.push(["nav-dom-interactive", origin + nav.domInteractive]);
    marks.push(["nav-dom-content-loaded", origin + nav.domContentLoadedEventStart]);
  }
  for (const r of performance.getEntriesByType("resource")) {
    const file = r.name.split("/").pop() ?? r.name;
    if (/\.(js|css)$/.test(file)) {
      marks.push([`fetch-start:${file}`, origin + r.fetchStart]);
      marks.push([`fetched:${file}`, origin + r.responseEnd]);
    }
  }
  marks.sort((a, b) => a[1] - b[1]);
  void window.__TAURI_INTERNALS__.invoke("bench_first_paint", { marks }).catch(() => undefined);
});
