// Typed wrappers over the share commands (src-tauri/src/commands/share.rs). Same contract as
// api.ts: resolve with the value or reject with an ErrorInfo; branch on `code` only.
import { call } from "./api";
import type { RedactKind } from "./bindings/RedactKind";
import type { RedactPreview } from "./bindings/RedactPreview";
import type { ShareExported } from "./bindings/ShareExported";
import type { ShareFormat } from "./bindings/ShareFormat";
import type { ShareVerification } from "./bindings/ShareVerification";

export type { RedactKind, RedactPreview, ShareExported, ShareFormat, ShareVerification };

export const shareApi = {
  /** What would be masked with these choices; nothing is written. */
  preview: (caseId: string, unmask: RedactKind[], addresses: string[]) =>
    call<RedactPreview>("share_preview", { case: caseId, unmask, addresses }),
  /** The brief as text; `chat` gives the version of at most 1,000 characters. */
  brief: (caseId: string, chat: boolean, unmask: RedactKind[], addresses: string[]) =>
    call<string>("share_brief", { case: caseId, chat, unmask, addresses }),
  /** Writes a signed export to `path`, or to the Downloads folder when `path` is null. */
  export: (
    caseId: string,
    format: ShareFormat,
    unmask: RedactKind[],
    addresses: string[],
    path: string | null,
  ) => call<ShareExported>("share_export", { case: caseId, format, unmask, addresses, path }),
  /** Copies the brief to the clipboard from the app (the webview's clipboard is refused). */
  copyBrief: (caseId: string, chat: boolean, unmask: RedactKind[], addresses: string[]) =>
    call<string>("share_copy_brief", { case: caseId, chat, unmask, addresses }),
  verify: (path: string) => call<ShareVerification>("share_verify", { path }),
};
