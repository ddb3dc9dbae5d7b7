// Typed wrappers over the share commands (src-tauri/src/commands/share.rs). Same contract as
// api.ts: resolve with the value or reject with an ErrorInfo; branch on `code` only.
import { call } from "./api";
import type { RedactFlag } from "./bindings/RedactFlag";
import type { RedactFlagReason } from "./bindings/RedactFlagReason";
import type { RedactKind } from "./bindings/RedactKind";
import type { RedactOptions } from "./bindings/RedactOptions";
import type { RedactPreview } from "./bindings/RedactPreview";
import type { RedactPreviewFlag } from "./bindings/RedactPreviewFlag";
import type { ShareExported } from "./bindings/ShareExported";
import type { ShareFormat } from "./bindings/ShareFormat";
import type { ShareVerification } from "./bindings/ShareVerification";

export type {
  RedactFlag,
  RedactFlagReason,
  RedactKind,
  RedactOptions,
  RedactPreview,
  RedactPreviewFlag,
  ShareExported,
  ShareFormat,
  ShareVerification,
};

export const shareApi = {
  /** What would be masked with these choices, and what was left that looks private; nothing
   * is written. */
  preview: (caseId: string, options: RedactOptions) =>
    call<RedactPreview>("share_preview", { case: caseId, options }),
  /** The brief as text; `chat` gives the version of at most 1,000 characters. */
  brief: (caseId: string, chat: boolean, options: RedactOptions) =>
    call<string>("share_brief", { case: caseId, chat, options }),
  /** Writes a signed export to `path`, or to the Downloads folder when `path` is null. */
  export: (caseId: string, format: ShareFormat, options: RedactOptions, path: string | null) =>
    call<ShareExported>("share_export", { case: caseId, format, options, path }),
  /** Copies the brief to the clipboard from the app (the webview's clipboard is refused). */
  copyBrief: (caseId: string, chat: boolean, options: RedactOptions) =>
    call<string>("share_copy_brief", { case: caseId, chat, options }),
  verify: (path: string) => call<ShareVerification>("share_verify", { path }),
};
