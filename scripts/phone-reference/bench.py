#!/usr/bin/env python3
"""Python phonenumbers doing what benches/phone.rs measures for Steward: parse + validate +
type + region + format (E.164, international, national) per second over the inputs of
tests/data/phone-reference.jsonl. Run with the reference venv:
target/phone-reference-venv/bin/python scripts/phone-reference/bench.py"""

import json
import time
from pathlib import Path

import phonenumbers
from phonenumbers import NumberParseException, PhoneNumberFormat

ROOT = Path(__file__).resolve().parents[2]


def work(text, region):
    try:
        n = phonenumbers.parse(text, region)
    except NumberParseException:
        return None
    return (
        phonenumbers.format_number(n, PhoneNumberFormat.E164),
        phonenumbers.format_number(n, PhoneNumberFormat.INTERNATIONAL),
        phonenumbers.format_number(n, PhoneNumberFormat.NATIONAL),
        phonenumbers.is_valid_number(n),
        phonenumbers.is_possible_number(n),
        phonenumbers.number_type(n),
        phonenumbers.region_code_for_number(n),
    )


def main():
    lines = (ROOT / "tests/data/phone-reference.jsonl").read_text(encoding="utf-8").splitlines()[1:]
    inputs = [(r["input"], r["region"]) for r in map(json.loads, lines)]
    for text, region in inputs:  # warm up: metadata is loaded lazily
        work(text, region)
    done, start = 0, time.perf_counter()
    while time.perf_counter() - start < 3.0:
        for text, region in inputs:
            work(text, region)
        done += len(inputs)
    rate = done / (time.perf_counter() - start)
    print(f"python phonenumbers {phonenumbers.__version__} parse+validate+type+format: {rate:>10.0f} numbers/s")


if __name__ == "__main__":
    main()
