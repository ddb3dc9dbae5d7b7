// Small pure helpers for the authenticator view (no IPC).
import type { OtpEntry } from "../../bindings/OtpEntry";
import { t } from "../../i18n";

/** "123456" → "123 456", "1234567" → "123 4567", "12345678" → "1234 5678"; Steam's five
 * characters stay whole. Groups make a code easy to read aloud and to type. */
export function groupCode(code: string): string {
  if (!/^\d+$/.test(code) || code.length < 6) return code;
  const split = code.length === 6 ? 3 : code.length === 7 ? 3 : Math.ceil(code.length / 2);
  return `${code.slice(0, split)} ${code.slice(split)}`;
}

/** Codes are spoken digit by digit by screen readers: "1 2 3 4 5 6". */
export function spokenCode(code: string): string {
  return code.split("").join(" ");
}

export function kindText(e: OtpEntry): string {
  switch (e.kind.type) {
    case "totp":
      return t("otpText-totp", { digits: e.digits, period: e.kind.period });
    case "hotp":
      return t("otpText-hotp", { digits: e.digits });
    case "steam":
      return "Steam Guard";
  }
}

export function period(e: OtpEntry): number | null {
  return e.kind.type === "hotp" ? null : e.kind.period;
}

/** Whether `query` matches the account (service or name, any case). */
export function matches(e: OtpEntry, query: string): boolean {
  const q = query.trim().toLowerCase();
  if (!q) return true;
  return `${e.issuer ?? ""} ${e.name} ${e.number}`.toLowerCase().includes(q);
}

/** Reads a File into bytes, refusing anything over `max` (real exports and screenshots are far
 * smaller; the core refuses large ones too). */
export async function readFileBytes(file: File, max: number): Promise<Uint8Array | null> {
  if (file.size > max) return null;
  return new Uint8Array(await file.arrayBuffer());
}

/** 60 MB: the largest picture or export the core accepts. */
export const MAX_FILE_BYTES = 60 * 1024 * 1024;
