// Typed wrappers over the share commands (src-tauri/src/commands/share.rs). Same contract as
// api.ts: resolve with the value or reject with an ErrorInfo; branch on `code` only.
import { call } from "./api";
import type { PublicKeyCard } from "./bindings/PublicKeyCard";
import type { RedactFlag } from "./bindings/RedactFlag";
import type { RedactFlagReason } from "./bindings/RedactFlagReason";
import type { RedactKind } from "./bindings/RedactKind";
import type { RedactOptions } from "./bindings/RedactOptions";
import type { RedactPreview } from "./bindings/RedactPreview";
import type { RedactPreviewFlag } from "./bindings/RedactPreviewFlag";
import type { ShareExported } from "./bindings/ShareExported";
import type { ShareFormat } from "./bindings/ShareFormat";
import type { ShareSettings } from "./bindings/ShareSettings";
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
  ShareSettings,
  ShareVerification,
};

export const shareApi = {
  /** What would be masked with these choices, and what was left that looks private; nothing
   * is written. */
  preview: (caseId: string, options: RedactOptions) =>
    call<RedactPreview>("share_preview", { case: caseId, options }),
  /** The brief as text; `chat` gives the version of at most 1,000 characters. `lang`: the
   * language support reads (null: the window's); quotes and error texts stay as written. */
  brief: (caseId: string, chat: boolean, options: RedactOptions, lang: string | null = null) =>
    call<string>("share_brief", { case: caseId, chat, options, lang }),
  /** Asks where to save in the system's Save dialog (opened by the app, in Downloads, named
   * steward-case-N.ext), then writes the signed export there; null when the customer cancelled.
   * The page never names a file. */
  export: (caseId: string, format: ShareFormat, options: RedactOptions, lang: string | null = null) =>
    call<ShareExported | null>("share_export", { case: caseId, format, options, lang }),
  /** Copies the brief to the clipboard from the app (the webview's clipboard is refused). */
  copyBrief: (caseId: string, chat: boolean, options: RedactOptions, lang: string | null = null) =>
    call<string>("share_copy_brief", { case: caseId, chat, options, lang }),
  /** Checks a file the customer picks in the system's Open dialog (opened by the app); null
   * when they cancelled. */
  verify: () => call<ShareVerification | null>("share_verify"),
  /** The public half of the signing key, for a reader to pin. */
  key: () => call<PublicKeyCard>("share_key"),
  /** How this profile shares: the time-stamping authority for proof of when, or none. */
  settings: () => call<ShareSettings>("share_settings"),
  /** Turns proof of when on with the authority at `url` (checked by the core:
   * `timestamp_url_invalid`), or off with null. */
  setTimestampUrl: (url: string | null) => call<ShareSettings>("share_set_timestamp_url", { url }),
};

/** Several cases in one Markdown, HTML or JSON file, in the order given: the app asks where in
 * the system's Save dialog (named steward-cases-A-B.ext), then writes it signed; null when the
 * customer cancelled. */
export const exportSeveral = (
  caseIds: string[],
  format: ShareFormat,
  options: RedactOptions,
  lang: string | null = null,
) => call<ShareExported | null>("share_export_several", { cases: caseIds, format, options, lang });
