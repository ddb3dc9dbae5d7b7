// "Your signing key": the public half of the key every file Steward hands over is signed with
// (`steward share key`), for the customer to give a support agent ahead of time, so the agent
// can pin it and a file re-signed by someone else fails their check. Public: nothing here is
// secret. Loaded only when opened.
import { useState } from "preact/hooks";
import { toErrorInfo, type ErrorInfo } from "../../api";
import type { PublicKeyCard } from "../../bindings/PublicKeyCard";
import { t } from "../../i18n";
import { shareApi } from "../../shareApi";
import { ErrorNotice } from "../frame/ErrorNotice";
import { copyText } from "./pieces";

export function SigningKey() {
  const [card, setCard] = useState<PublicKeyCard | null>(null);
  const [error, setError] = useState<ErrorInfo | null>(null);
  const [copied, setCopied] = useState<string | null>(null);

  const load = async (open: boolean) => {
    if (!open || card) return;
    try {
      setCard(await shareApi.key());
    } catch (e) {
      setError(toErrorInfo(e));
    }
  };

  const copy = async (what: string, field: string) => {
    const input = document.getElementById(field) as HTMLInputElement | null;
    if (input) setCopied((await copyText(input.value, input)) ? what : null);
  };

  return (
    <details
      class="share-section"
      data-testid="share-key"
      onToggle={(e) => void load(e.currentTarget.open)}
    >
      <summary data-testid="share-key-toggle">{t("share-key-title")}</summary>
      <p>{t("share-key-explain")}</p>
      {card && (
        <dl class="share-key-card">
          <dt>{t("share-key-fingerprint")}</dt>
          <dd>
            <code data-testid="share-key-fingerprint">{card.fingerprint}</code>
          </dd>
          <dt>{t("share-key-openssh")}</dt>
          <dd class="share-row">
            <input id="share-key-openssh" readOnly aria-label={t("share-key-openssh")} data-testid="share-key-openssh" value={card.openssh} />
            <button type="button" class="quiet" onClick={() => void copy("openssh", "share-key-openssh")}>
              {t("share-key-copy")}
            </button>
          </dd>
          <dt>{t("share-key-allowed")}</dt>
          <dd class="share-row">
            <input id="share-key-allowed" readOnly aria-label={t("share-key-allowed")} data-testid="share-key-allowed" value={card.allowed_signers} />
            <button type="button" class="quiet" onClick={() => void copy("allowed", "share-key-allowed")}>
              {t("share-key-copy")}
            </button>
          </dd>
        </dl>
      )}
      {copied && (
        <p role="status" class="saved-notice">
          {t("share-key-copied")}
        </p>
      )}
      {error && <ErrorNotice error={error} />}
    </details>
  );
}
