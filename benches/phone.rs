//! Phone numbers parsed + validated + typed + formatted (E.164, international, national) per
//! second, over the inputs of the differential test's reference file, and the full diagnosis
//! (`steward::phone::check`) per second. `scripts/phone-reference/bench.py` measures the same
//! work in Python `phonenumbers`. Run by hand: `cargo bench --bench phone` (prints both figures
//! when the reference venv exists: `scripts/phone-reference/check.sh` creates it).

use std::hint::black_box;
use std::time::{Duration, Instant};

fn inputs() -> Vec<(String, Option<String>)> {
    let path = concat!(
        env!("CARGO_MANIFEST_DIR"),
        "/tests/data/phone-reference.jsonl"
    );
    let text = std::fs::read_to_string(path).expect("tests/data/phone-reference.jsonl");
    text.lines()
        .skip(1)
        .map(|line| {
            let row: serde_json::Value = serde_json::from_str(line).expect("JSON");
            (
                row["input"].as_str().unwrap_or_default().to_string(),
                row["region"].as_str().map(str::to_string),
            )
        })
        .collect()
}

/// Runs `work` over all inputs until at least `min` has passed; returns inputs per second.
fn rate(
    inputs: &[(String, Option<String>)],
    min: Duration,
    work: impl Fn(&str, Option<&str>),
) -> f64 {
    // Warm up: lazy metadata and regexes are compiled on first use.
    for (input, region) in inputs {
        work(input, region.as_deref());
    }
    let start = Instant::now();
    let mut done = 0usize;
    while start.elapsed() < min {
        for (input, region) in inputs {
            work(input, region.as_deref());
        }
        done += inputs.len();
    }
    done as f64 / start.elapsed().as_secs_f64()
}

fn main() {
    // `cargo test --benches` runs bench targets with --bench absent; keep that quick.
    let quick = !std::env::args().any(|a| a == "--bench");
    let min = if quick {
        Duration::from_millis(1)
    } else {
        Duration::from_secs(3)
    };
    let inputs = inputs();

    let parse = rate(&inputs, min, |input, region| {
        if let Ok(info) = steward::phone::parse(input, region) {
            black_box(info);
        }
    });
    let check = rate(&inputs, min, |input, region| {
        black_box(steward::phone::check(input, region, None).ok());
    });
    println!(
        "inputs: {} (tests/data/phone-reference.jsonl)",
        inputs.len()
    );
    println!("steward (rlibphonenumber) parse+validate+type+format: {parse:>10.0} numbers/s");
    println!("steward full check (diagnosis, as-you-type):          {check:>10.0} numbers/s");

    if quick {
        return;
    }
    let root = env!("CARGO_MANIFEST_DIR");
    let python = format!("{root}/target/phone-reference-venv/bin/python");
    match std::process::Command::new(&python)
        .arg(format!("{root}/scripts/phone-reference/bench.py"))
        .output()
    {
        Ok(out) if out.status.success() => print!("{}", String::from_utf8_lossy(&out.stdout)),
        _ => println!(
            "python phonenumbers: not measured (run scripts/phone-reference/check.sh first)"
        ),
    }
}
