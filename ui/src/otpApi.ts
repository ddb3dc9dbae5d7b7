// Typed wrappers over the authenticator commands (src-tauri/src/commands/otp.rs). Same contract
// as api.ts: resolve with the value or reject with an ErrorInfo; branch on `code` only.
import { call } from "./api";
import type { OtpBackupCodes as BackupCodes } from "./bindings/OtpBackupCodes";
import type { ClockCheck } from "./bindings/ClockCheck";
import type { OtpAddReport } from "./bindings/OtpAddReport";
import type { OtpCodeEntry } from "./bindings/OtpCodeEntry";
import type { OtpEntry } from "./bindings/OtpEntry";
import type { OtpExportFormat } from "./bindings/OtpExportFormat";
import type { OtpExportSaved } from "./bindings/OtpExportSaved";
import type { OtpFileInfo } from "./bindings/OtpFileInfo";
import type { OtpImportFormat } from "./bindings/OtpImportFormat";
import type { OtpImportSummary } from "./bindings/OtpImportSummary";
import type { OtpManualEntry } from "./bindings/OtpManualEntry";
import type { OtpNextCode } from "./bindings/OtpNextCode";
import type { OtpTagCount } from "./bindings/OtpTagCount";

export type { BackupCodes };

/** Error codes the authenticator UI treats specially. */
export const OtpCodes = {
  passwordRequired: "password_required",
  wrongPassword: "wrong_password",
  confirmationRequired: "confirmation_required",
} as const;

export const otpApi = {
  list: () => call<OtpEntry[]>("otp_list"),
  /** Codes for every account now; an account whose secret cannot be read carries `error`. */
  codes: () => call<OtpCodeEntry[]>("otp_codes"),
  addUri: (link: string) => call<OtpAddReport>("otp_add_uri", { link }),
  /** What a link holds (issuer, name, type; never its secret), before asking to add it. */
  previewLink: (link: string) => call<OtpImportSummary>("otp_preview_link", { link }),
  /** Links opened from the browser and not yet shown (taking them empties the queue). */
  pendingLinks: () => call<string[]>("pending_links"),
  addManual: (input: OtpManualEntry) => call<OtpAddReport>("otp_add_manual", { input }),
  /** A PNG/JPEG picture, sent as the raw IPC body. */
  addQrImage: (bytes: Uint8Array) => call<OtpAddReport>("otp_add_qr_image", bytes),
  addScreen: () => call<OtpAddReport>("otp_add_screen"),
  addClipboard: () => call<OtpAddReport>("otp_add_clipboard"),
  inspectFile: (bytes: Uint8Array) => call<OtpFileInfo>("otp_inspect_file", bytes),
  /** Another app's export (raw body); format and password travel in headers. */
  import: (bytes: Uint8Array, format: OtpImportFormat | null, password: string | null) => {
    const headers: Record<string, string> = {};
    if (format) headers["x-format"] = format;
    if (password) headers["x-password"] = encodeURIComponent(password);
    return call<OtpAddReport>("otp_import", bytes, headers);
  },
  export: (format: OtpExportFormat, password: string | null) =>
    call<OtpExportSaved>("otp_export", { format, password }),
  qrSvg: (id: string) => call<string>("otp_qr_svg", { id }),
  rename: (id: string, issuer: string | null, name: string) =>
    call<OtpEntry>("otp_rename", { id, issuer, name }),
  /** Stars (or un-stars) an account: favourites are listed first. */
  setFavourite: (id: string, favourite: boolean) => call<OtpEntry>("otp_set_favourite", { id, favourite }),
  addTags: (id: string, tags: string[]) => call<OtpEntry>("otp_add_tags", { id, tags }),
  removeTags: (id: string, tags: string[]) => call<OtpEntry>("otp_remove_tags", { id, tags }),
  /** The tags in use with how many accounts have each (the filter chips). */
  tags: () => call<OtpTagCount[]>("otp_tags"),
  /** `confirm` must be true: the UI asks first. */
  remove: (id: string, confirm: boolean) => call<OtpEntry>("otp_remove", { id, confirm }),
  nextHotp: (id: string) => call<OtpNextCode>("otp_next_hotp", { id }),
  /** Copies the current code; the clipboard is cleared after 30 s if it still holds it. */
  copyCode: (id: string) => call<null>("otp_copy_code", { id }),
  backupCodes: (id: string, reveal: boolean) =>
    call<BackupCodes>("otp_backup_codes", { id, reveal }),
  backupCodesAdd: (id: string, codes: string[]) =>
    call<BackupCodes>("otp_backup_codes_add", { id, codes }),
  backupCodeUse: (id: string, code: string) =>
    call<BackupCodes>("otp_backup_code_use", { id, code }),
  clockCheck: (server: string | null = null) => call<ClockCheck>("clock_check", { server }),
};
