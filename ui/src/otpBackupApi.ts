// Typed wrappers over the authenticator's backup commands (src-tauri/src/commands/otp_backup.rs).
// Same contract as api.ts: resolve with the value or reject with an ErrorInfo.
import { call } from "./api";
import type { OtpAddReport } from "./bindings/OtpAddReport";
import type { OtpBackupCheck } from "./bindings/OtpBackupCheck";
import type { OtpBackupOptions } from "./bindings/OtpBackupOptions";
import type { OtpBackupStatus } from "./bindings/OtpBackupStatus";
import type { OtpBackupWritten } from "./bindings/OtpBackupWritten";

export const otpBackupApi = {
  status: () => call<OtpBackupStatus>("otp_backup_status"),
  /** The system's folder dialog; null when the person cancelled. */
  chooseFolder: () => call<OtpBackupStatus | null>("otp_backup_choose_folder"),
  configure: (options: OtpBackupOptions) => call<OtpBackupStatus>("otp_backup_configure", { options }),
  now: () => call<OtpBackupWritten>("otp_backup_now"),
  check: () => call<OtpBackupCheck>("otp_backup_check"),
  importFound: (fingerprint: string, password: string | null) =>
    call<OtpAddReport>("otp_backup_import_found", { fingerprint, password }),
  dismissFound: (fingerprint: string) => call<null>("otp_backup_dismiss_found", { fingerprint }),
};
