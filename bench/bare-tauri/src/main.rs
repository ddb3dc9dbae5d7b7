//! A bare Tauri 2 window, the yardstick `scripts/bench-desktop.sh` measures Steward against: the
//! same tauri (one Cargo.lock), the same release profile, the same window size, and the same
//! first-paint hook (Steward's own `bench.rs`, compiled in here unchanged), nothing else.
//! Its page (`ui/index.html`) paints 25 lines and calls `bench_first_paint` on the next
//! animation frame, as Steward's case list does.

#[path = "../../../src-tauri/src/bench.rs"]
mod bench;

fn main() {
    bench::mark("run");
    tauri::Builder::default()
        .setup(|_| {
            bench::mark("setup-start");
            bench::mark("setup-end");
            Ok(())
        })
        .on_page_load(|_, load| bench::page_load(load))
        .invoke_handler(tauri::generate_handler![bench::bench_first_paint])
        .run(tauri::generate_context!())
        .expect("bare-tauri: the window did not start");
}
