#!/usr/bin/env python3
"""Writes the expected results of Steward's phone-number differential test.

Python `phonenumbers` (a port of Google's libphonenumber, pinned in requirements.txt to the same
metadata as the rlibphonenumber crate Steward uses) is the reference. For every case the file
records what the reference says about (input, region): parse error or E.164, validity,
possibility, number type, region and the international/national formats; and, where a person's
input has no "+" and the reference does not read it as a valid number, the first other reading
of its digits that the reference finds valid (see rescue_candidates: Steward's "symbols left
out", "00 prefix" and "country code without +" readings).

Cases: every region's example number of every type (and every non-geographic entity's) in
E.164, international and national form; mutated inputs built from them (dropped and added
digits, trunk prefix after the country code, 00 and 011 prefixes, country code without +,
punctuation, full-width and Arabic-Indic digits, letters, emoji, extensions); and malformed
inputs (empty, only "+", letters, emoji, 40 digits...).

(Country names are not generated here: Steward takes them from CLDR in the reader's language.)

Usage: generate.py [--reference PATH]
  (default: tests/data/phone-reference.jsonl; run from the repository root). The output is
  deterministic: the same phonenumbers version gives a byte-identical file.
"""

import json
import sys
from pathlib import Path

import phonenumbers
from phonenumbers import NumberParseException, PhoneMetadata, PhoneNumberFormat, PhoneNumberType

TYPES = [
    ("fixed_line", PhoneNumberType.FIXED_LINE),
    ("mobile", PhoneNumberType.MOBILE),
    ("toll_free", PhoneNumberType.TOLL_FREE),
    ("premium_rate", PhoneNumberType.PREMIUM_RATE),
    ("shared_cost", PhoneNumberType.SHARED_COST),
    ("voip", PhoneNumberType.VOIP),
    ("personal_number", PhoneNumberType.PERSONAL_NUMBER),
    ("pager", PhoneNumberType.PAGER),
    ("uan", PhoneNumberType.UAN),
    ("voicemail", PhoneNumberType.VOICEMAIL),
]

TYPE_NAMES = {
    PhoneNumberType.FIXED_LINE: "fixed_line",
    PhoneNumberType.MOBILE: "mobile",
    PhoneNumberType.FIXED_LINE_OR_MOBILE: "fixed_line_or_mobile",
    PhoneNumberType.TOLL_FREE: "toll_free",
    PhoneNumberType.PREMIUM_RATE: "premium_rate",
    PhoneNumberType.SHARED_COST: "shared_cost",
    PhoneNumberType.VOIP: "voip",
    PhoneNumberType.PERSONAL_NUMBER: "personal_number",
    PhoneNumberType.PAGER: "pager",
    PhoneNumberType.UAN: "uan",
    PhoneNumberType.VOICEMAIL: "voicemail",
    PhoneNumberType.UNKNOWN: "unknown",
}

ERROR_NAMES = {
    NumberParseException.INVALID_COUNTRY_CODE: "invalid_country_code",
    NumberParseException.NOT_A_NUMBER: "not_a_number",
    NumberParseException.TOO_SHORT_AFTER_IDD: "too_short_after_idd",
    NumberParseException.TOO_SHORT_NSN: "too_short_nsn",
    NumberParseException.TOO_LONG: "too_long",
}

FULLWIDTH = {str(d): chr(0xFF10 + d) for d in range(10)}
ARABIC_INDIC = {str(d): chr(0x0660 + d) for d in range(10)}
EXT_ARABIC_INDIC = {str(d): chr(0x06F0 + d) for d in range(10)}
DEVANAGARI = {str(d): chr(0x0966 + d) for d in range(10)}

# Inputs that are not numbers, or barely; each is tried with these regions.
MALFORMED = [
    "", " ", "\t\n", "+", "++", "+ ", "-", "()", "+()", ".", "abc", "hello world", "NaN", "null",
    "📱", "☎️☎️", "📱📱📱📱📱📱📱📱", "+📱", "١٢٣", "0", "00", "000", "+0", "+00", "+1", "+12",
    "1" * 40, "+" + "1" * 40, "0" * 40, "1234567890" * 4, "+" + "9876543210" * 4, "12345678901234567",
    "+999 1234 5678", "+84+84", "+84 91234567891234567", "+84 91", "tel:+84-91-234-5678",
    "tel:0912345678;phone-context=+84", "tel:912345678;phone-context=abc",
    "+84 912 345 678 ext. 12", "0912 345 678 x 99", "1-800-FLOWERS", "+1 800 FLOWERS",
    "0800 FREE", "+44 (0) 20 7946 0958", "+44 020 7946 0958", "(+84) 912-345-678",
    "+84 ٩١٢ ٣٤٥ ٦٧٨", "＋８４ ９１２ ３４５ ６７８", "+84\u00a0912\u00a0345\u00a0678",
    "+84\u2011912\u2011345\u2011678", "0912\u2013345\u2013678", "☎ 0912 345 678",
    "My number is 0912 345 678", "0912 345 678 📱", "09 12 34 56 78", "+33 6 12 34 56 78",
    "+1 (650) 253-0000", "650.253.0000", "+49 (0)30 123456", "+7 8 912 345 67 89",
    "8 912 345 67 89", "+86 138 0013 8000", "+91 98765 43210", "098765 43210", "+8801812345678",
]
MALFORMED_REGIONS = [None, "VN", "US", "GB", "IN", "DE", "RU", "BR"]


def result(number_input, region):
    """What the reference says about one input, with or without a default region."""
    try:
        n = phonenumbers.parse(number_input, region)
    except NumberParseException as e:
        return {"error": ERROR_NAMES[e.error_type]}
    return {
        "e164": phonenumbers.format_number(n, PhoneNumberFormat.E164),
        "valid": phonenumbers.is_valid_number(n),
        "possible": phonenumbers.is_possible_number(n),
        "type": TYPE_NAMES[phonenumbers.number_type(n)],
        "region": phonenumbers.region_code_for_number(n),
        "international": phonenumbers.format_number(n, PhoneNumberFormat.INTERNATIONAL),
        "national": phonenumbers.format_number(n, PhoneNumberFormat.NATIONAL),
    }


def rescue_candidates(number_input, region):
    """The other readings Steward tries, in order, when a person's input is not a valid number
    as typed: (1) its digits alone with the chosen region (symbols such as emoji dropped);
    (2) its digits as "+<digits>", a leading international prefix 00 dropped. Never for input
    with a "+" or with letters (letters may be a vanity number or an extension marker)."""
    text = number_input.strip()
    if text[:1] in ("+", "\uff0b") or any(c.isalpha() for c in text):
        return []
    digits = phonenumbers.normalize_digits_only(text)
    if not digits:
        return []
    candidates = []
    if region is not None:
        candidates.append((digits, region))
    rest = digits[2:] if digits.startswith("00") else digits
    if rest:
        candidates.append(("+" + rest, None))
    return candidates


def case(group, number_input, region):
    expect = result(number_input, region)
    row = {"group": group, "input": number_input, "region": region, "expect": expect}
    if not expect.get("valid"):
        for candidate, candidate_region in rescue_candidates(number_input, region):
            reading = result(candidate, candidate_region)
            if reading.get("valid"):
                row["rescue"] = {"input": candidate, "region": candidate_region, **reading}
                break
    return row


def translate(text, table):
    return "".join(table.get(c, c) for c in text)


def digits_of(text):
    return "".join(c for c in text if c.isdigit())


def mutations(tag, region, n, all_mutations):
    """Mutated inputs built from one valid example number."""
    cc = n.country_code
    nsn = phonenumbers.national_significant_number(n)
    national = phonenumbers.format_number(n, PhoneNumberFormat.NATIONAL)
    intl = phonenumbers.format_number(n, PhoneNumberFormat.INTERNATIONAL)
    national_digits = digits_of(national)
    md = PhoneMetadata.metadata_for_region(region)
    trunk = (md.national_prefix if md and md.national_prefix else "0")
    other = "GB" if region != "GB" else "US"
    rows = [
        ("nsn_only", nsn, region),
        ("drop_last", national_digits[:-1], region),
        ("add_digit", national_digits + "5", region),
        ("drop_middle", national_digits[: len(national_digits) // 2] + national_digits[len(national_digits) // 2 + 1:], region),
        ("trunk_after_cc", f"+{cc} {trunk}{nsn}", None),
        ("cc_no_plus", f"{cc}{nsn}", region),
        ("cc_no_plus_other_region", f"{cc}{nsn}", other),
        ("idd_00", f"00{cc} {nsn}", region),
        ("idd_00_no_region", f"00{cc}{nsn}", None),
    ]
    if all_mutations:
        rows += [
            ("trunk_after_cc_bracketed", f"+{cc} ({trunk}) {nsn}", region),
            ("trunk_after_cc_idd", f"00{cc} {trunk}{nsn}", region),
            ("cc_no_plus_no_region", f"{cc}{nsn}", None),
            ("cc_no_plus_trunk", f"{cc}{trunk}{nsn}", other),
            ("idd_011_us", f"011 {cc} {nsn}", "US"),
            ("add_digit_e164", f"+{cc}{nsn}1", None),
            ("drop_last_e164", f"+{cc}{nsn[:-1]}", None),
            ("national_no_region", national, None),
            ("dashes", national.replace(" ", "-"), region),
            ("dots", national.replace(" ", "."), region),
            ("no_separators", national_digits, region),
            ("brackets", "(" + national.replace(" ", ") ", 1) if " " in national else f"({national})", region),
            ("intl_dashes", intl.replace(" ", "-"), None),
            ("nbsp", national.replace(" ", "\u00a0"), region),
            ("padded", f"  \t{national}\n", region),
            ("fullwidth", translate(national, FULLWIDTH), region),
            ("fullwidth_plus", "\uff0b" + translate(intl[1:], FULLWIDTH), None),
            ("arabic_indic", translate(national, ARABIC_INDIC), region),
            ("ext_arabic_indic", translate(national, EXT_ARABIC_INDIC), region),
            ("devanagari", translate(intl, DEVANAGARI), None),
            ("letters_inside", national_digits[:3] + "abc" + national_digits[3:], region),
            ("letters_after", national + " call me", region),
            ("emoji_before", "📱 " + national, region),
            ("emoji_inside", national_digits[:3] + "📱" + national_digits[3:], region),
            ("extension", intl + " ext. 123", None),
            ("tel_uri", "tel:" + phonenumbers.format_number(n, PhoneNumberFormat.RFC3966)[4:], None),
            ("double_plus", "+" + intl, None),
        ]
    return [case(f"mutation/{tag}/{name}", text, reg) for name, text, reg in rows]


def write(path, text, what):
    if path == "-":
        sys.stdout.write(text)
        return
    Path(path).parent.mkdir(parents=True, exist_ok=True)
    Path(path).write_text(text, encoding="utf-8")
    print(f"wrote {what} (phonenumbers {phonenumbers.__version__}) to {path}", file=sys.stderr)


def reference_rows():
    rows = []
    for region in sorted(phonenumbers.SUPPORTED_REGIONS):
        for type_name, t in TYPES:
            n = phonenumbers.example_number_for_type(region, t)
            if n is None:
                continue
            tag = f"{region}/{type_name}"
            rows.append(case(f"example/{tag}/e164", phonenumbers.format_number(n, PhoneNumberFormat.E164), None))
            rows.append(case(f"example/{tag}/international", phonenumbers.format_number(n, PhoneNumberFormat.INTERNATIONAL), region))
            rows.append(case(f"example/{tag}/national", phonenumbers.format_number(n, PhoneNumberFormat.NATIONAL), region))
        mobile = phonenumbers.example_number_for_type(region, PhoneNumberType.MOBILE) or phonenumbers.example_number(region)
        if mobile is not None:
            rows += mutations(f"{region}/mobile", region, mobile, True)
        fixed = phonenumbers.example_number_for_type(region, PhoneNumberType.FIXED_LINE)
        if fixed is not None and fixed != mobile:
            rows += mutations(f"{region}/fixed_line", region, fixed, False)
    for cc in sorted(phonenumbers.COUNTRY_CODES_FOR_NON_GEO_REGIONS):
        n = phonenumbers.example_number_for_non_geo_entity(cc)
        if n is None:
            continue
        rows.append(case(f"example/{cc}/e164", phonenumbers.format_number(n, PhoneNumberFormat.E164), None))
        rows.append(case(f"example/{cc}/international", phonenumbers.format_number(n, PhoneNumberFormat.INTERNATIONAL), None))
        rows.append(case(f"example/{cc}/international_with_region", phonenumbers.format_number(n, PhoneNumberFormat.INTERNATIONAL), "US"))
    for i, text in enumerate(MALFORMED):
        for region in MALFORMED_REGIONS:
            rows.append(case(f"malformed/{i}", text, region))
    return rows


def main():
    import argparse

    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--reference", default="tests/data/phone-reference.jsonl")
    args = parser.parse_args()

    rows = reference_rows()
    header = {
        "generator": "scripts/phone-reference/generate.py",
        "phonenumbers": phonenumbers.__version__,
        "cases": len(rows),
    }
    lines = [json.dumps(header, ensure_ascii=False)]
    lines += [json.dumps(r, ensure_ascii=False, separators=(",", ":")) for r in rows]
    write(args.reference, "\n".join(lines) + "\n", f"{len(rows)} cases")


if __name__ == "__main__":
    main()
