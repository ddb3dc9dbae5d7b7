// 25 lines, then the same first-paint call as Steward's case list (ui/src/components/cases/
// CaseList.tsx): `bench_first_paint` on the first animation frame after they were rendered.
const list = document.getElementById("list");
for (let i = 1; i <= 25; i++) {
  const li = document.createElement("li");
  li.textContent = `Case ${i}`;
  list.appendChild(li);
}
requestAnimationFrame(() => {
  void window.__TAURI_INTERNALS__.invoke("bench_first_paint").catch(() => undefined);
});
