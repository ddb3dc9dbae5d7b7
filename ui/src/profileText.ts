import type { ProfileStatus } from "./bindings/ProfileStatus";
import { t } from "./i18n";

/** One sentence on how the records are protected, for the unlock screen and the sidebar. */
export function protectionText(status: ProfileStatus): string {
  switch (status.state) {
    case "keyring":
      return t("profile-keyring");
    case "passphrase":
      return t("profile-passphrase");
    case "new":
      return status.keyring_available
        ? t("profile-newKeyring")
        : t("profile-newPassphrase");
  }
}

/** The shortest passphrase a profile accepts, counted as the core counts it (src/profile.rs,
 * `MIN_PASSPHRASE_CHARS`: characters after trimming). The page says so before asking; the core
 * refuses a shorter one anyway (`passphrase_too_short`). */
export const MIN_PASSPHRASE_CHARS = 8;

/** Rust's `str::trim`: Unicode's White_Space at both ends. JavaScript's `trim()` differs at two
 * code points (it trims U+FEFF, which Rust keeps, and keeps U+0085, which Rust trims; checked
 * over every code point). */
const EDGE_SPACE = /^\p{White_Space}+|\p{White_Space}+$/gu;

function passphraseTooShort(passphrase: string): boolean {
  return [...passphrase.replace(EDGE_SPACE, "")].length < MIN_PASSPHRASE_CHARS;
}

/** What is wrong with a new passphrase typed twice, and in which of the two fields to say it;
 * null when nothing is. A new profile (the unlock screen) and the unlock change ask the same. */
export function newPassphraseProblem(passphrase: string, again: string): { field: "new" | "again"; message: string } | null {
  if (passphraseTooShort(passphrase)) return { field: "new", message: t("unlock-minLength", { n: MIN_PASSPHRASE_CHARS }) };
  if (passphrase !== again) return { field: "again", message: t("unlock-notSame") };
  return null;
}
