// Typed wrappers over the 2FA directory commands (src-tauri/src/commands/directory.rs): which
// services support which 2FA methods. Same contract as api.ts: resolve with the value or reject
// with an ErrorInfo; branch on `code` only. The data is public: no unlocked profile is needed.
import { call } from "./api";
import type { DirectoryService } from "./bindings/DirectoryService";
import type { Method } from "./bindings/Method";

export type { DirectoryService, Method };

/** Services by name or web address ("amazon", "amazon.de", a sign-in page's URL), best first.
 *  Offline with no saved copy, the list is empty: the customer then types the service's name. */
export const directorySearch = (query: string, limit: number | null = null) =>
  call<DirectoryService[]>("directory_search", { query, limit });

/** The service with exactly this name or domain (or a web address on it), or null. */
export const directoryService = (name: string) =>
  call<DirectoryService | null>("directory_service", { name });
