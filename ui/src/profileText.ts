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
