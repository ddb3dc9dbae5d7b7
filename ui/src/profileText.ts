import type { ProfileStatus } from "./bindings/ProfileStatus";

/** One sentence on how the records are protected, for the unlock screen and the sidebar. */
export function protectionText(status: ProfileStatus): string {
  switch (status.state) {
    case "keyring":
      return "Encrypted; the key is kept in your system keyring.";
    case "passphrase":
      return "Encrypted with your passphrase.";
    case "new":
      return status.keyring_available
        ? "Will be encrypted; the key will be kept in your system keyring."
        : "Will be encrypted with a passphrase you choose.";
  }
}
