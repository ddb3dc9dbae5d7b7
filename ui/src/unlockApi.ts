// Changing how the profile is unlocked (issue 18): to a passphrase, a new passphrase, or the
// system keyring. The core does the change (src/profile/unlock.rs); the shell command closes
// and reopens its handles around it.
import { call } from "./api";
import type { UnlockChanged } from "./bindings/UnlockChanged";
import type { UnlockMethod } from "./bindings/UnlockMethod";

export type { UnlockChanged, UnlockMethod };

export const unlockApi = {
  change: (method: UnlockMethod, current: string | null, passphrase: string | null) =>
    call<UnlockChanged>("profile_change_unlock", { method, current, passphrase }),
};
