import { useRef, useState } from "preact/hooks";
import { toErrorInfo, type ErrorInfo } from "../../api";
import type { OtpCode } from "../../bindings/OtpCode";
import type { OtpEntry } from "../../bindings/OtpEntry";
import { otpApi } from "../../otpApi";
import { ErrorNotice } from "../frame/ErrorNotice";
import { ServiceIcon } from "../ServiceIcon";
import { groupCode, kindText, period, spokenCode } from "./otpText";
import { t } from "../../i18n";

/** Show the next code this many seconds before the current one runs out. */
const NEXT_CODE_WITHIN = 7;

export type OtpAction = "qr" | "backup" | "rename" | "tags" | "remove";

interface Props {
  entry: OtpEntry;
  /** The code for the current moment (already switched to the next one at a period end). */
  code: OtpCode | null;
  /** Seconds left in the current period, from the page's clock (TOTP/Steam). */
  remaining: number | null;
  /** Why there is no code (e.g. the keyring is locked). */
  error: ErrorInfo | null;
  onHotpAdvanced: (entry: OtpEntry, code: OtpCode) => void;
  /** The account changed here (starred): the list reloads. */
  onChanged: (entry: OtpEntry) => void;
  onAction: (action: OtpAction, entry: OtpEntry) => void;
}

/** The countdown as a ring: the coloured arc is the time left. */
function Ring({ remaining, total }: { remaining: number; total: number }) {
  const r = 15;
  const c = 2 * Math.PI * r;
  const left = Math.max(0, Math.min(1, remaining / total));
  const low = remaining <= 5;
  return (
    <svg class={low ? "otp-ring low" : "otp-ring"} viewBox="0 0 36 36" width="36" height="36" aria-hidden="true">
      <circle class="otp-ring-track" cx="18" cy="18" r={r} />
      <circle
        class="otp-ring-left"
        cx="18"
        cy="18"
        r={r}
        stroke-dasharray={`${c * left} ${c}`}
        transform="rotate(-90 18 18)"
      />
      <text x="18" y="22" text-anchor="middle" class="otp-ring-text">
        {remaining}
      </text>
    </svg>
  );
}

/** One account: who it is for, its code in big grouped digits, the time left, copy. */
export function OtpItem({ entry, code, remaining, error, onHotpAdvanced, onChanged, onAction }: Props) {
  const [status, setStatus] = useState("");
  const [actionError, setActionError] = useState<ErrorInfo | null>(null);
  const [busy, setBusy] = useState(false);
  const total = period(entry);
  const isHotp = entry.kind.type === "hotp";
  const labelId = `otp-label-${entry.id}`;

  const copy = async () => {
    setActionError(null);
    try {
      await otpApi.copyCode(entry.id);
      setStatus(t("otpItem-copied"));
    } catch (err) {
      setActionError(toErrorInfo(err));
    }
  };

  const next = async () => {
    setBusy(true);
    setActionError(null);
    try {
      const result = await otpApi.nextHotp(entry.id);
      onHotpAdvanced(result.account, result.code);
      setStatus(t("otpItem-newCode"));
    } catch (err) {
      setActionError(toErrorInfo(err));
    } finally {
      setBusy(false);
    }
  };

  const more = useRef<HTMLDetailsElement>(null);
  /** A menu item was chosen: the menu closes (else it would stay open over the list). */
  const act = (kind: OtpAction) => {
    if (more.current) more.current.open = false;
    onAction(kind, entry);
  };

  const star = async () => {
    setActionError(null);
    try {
      onChanged(await otpApi.setFavourite(entry.id, !entry.favourite));
    } catch (err) {
      setActionError(toErrorInfo(err));
    }
  };

  const lowCodes = entry.backup_codes_total > 0 && entry.backup_codes_unused <= 2;

  return (
    <li
      class={entry.favourite ? "otp-item otp-item-fav" : "otp-item"}
      data-testid="otp-item"
      data-account-id={entry.id}
      data-favourite={entry.favourite ? "true" : "false"}
      aria-labelledby={labelId}
    >
      <div class="otp-who">
        <h2 id={labelId} class="otp-issuer">
          <button
            type="button"
            class={entry.favourite ? "otp-star on" : "otp-star"}
            data-testid="otp-fav"
            aria-pressed={entry.favourite}
            aria-label={t("otp-fav-for", { who: entry.issuer ?? entry.name })}
            title={entry.favourite ? t("otp-fav-off") : t("otp-fav")}
            onClick={() => void star()}
          >
            {entry.favourite ? "★" : "☆"}
          </button>
          <ServiceIcon badge={entry.badge} />
          {entry.issuer ?? entry.name}
        </h2>
        {entry.issuer && entry.name && <p class="otp-name">{entry.name}</p>}
        <p class="otp-kind muted">
          {kindText(entry)}
          {entry.backup_codes_total > 0 && (
            <span class={lowCodes ? "badge badge-warn" : "badge"} data-testid="otp-backup-badge">
              {t("otpItem-backupLeft", { n: entry.backup_codes_unused })}
            </span>
          )}
        </p>
        {entry.tags.length > 0 && (
          <ul class="otp-tags" data-testid="otp-item-tags" aria-label={t("otp-tags-list")}>
            {entry.tags.map((tag) => (
              <li key={tag} class="otp-tag">
                {tag}
              </li>
            ))}
          </ul>
        )}
      </div>

      <div class="otp-code-area">
        {code ? (
          <>
            <output
              class="otp-code"
              data-testid="otp-code"
              data-code={code.code}
              aria-label={t("otpItem-codeFor", { who: entry.issuer ?? entry.name, code: spokenCode(code.code) })}
            >
              {groupCode(code.code)}
            </output>
            {!isHotp && remaining !== null && remaining <= NEXT_CODE_WITHIN && code.next_code && (
              <p class="otp-next" data-testid="otp-next-code">
                {t("otpItem-next")} <span class="mono">{groupCode(code.next_code)}</span>
              </p>
            )}
            {isHotp && (
              <p class="otp-next">
                {code.counter !== null && <span>{t("otpItem-counter", { n: String(code.counter) })} · </span>}
                <button type="button" class="quiet otp-hotp-next" data-testid="otp-next-hotp" disabled={busy} onClick={() => void next()}>
                  {t("otpItem-getNext")}
                </button>
              </p>
            )}
          </>
        ) : error ? (
          <ErrorNotice error={error} variant="inline" />
        ) : (
          <span class="otp-code otp-code-pending" aria-label={t("otpItem-loading")}>
            ··· ···
          </span>
        )}
      </div>

      <div class="otp-controls">
        {!isHotp && total !== null && remaining !== null && code && (
          <span class="otp-timer" title={t("otpItem-secondsLeft", { n: remaining })}>
            <Ring remaining={remaining} total={total} />
            <span class="visually-hidden">{t("otpItem-secondsLeft", { n: remaining })}</span>
          </span>
        )}
        {(isHotp || !code) && <span class="otp-timer otp-timer-none" aria-hidden="true" />}
        <button
          type="button"
          class="primary"
          data-testid="otp-copy"
          disabled={!code}
          aria-label={t("otpItem-copyFor", { who: entry.issuer ?? entry.name })}
          onClick={() => void copy()}
        >
          {t("otpItem-copy")}
        </button>
        <details class="otp-more" ref={more}>
          <summary aria-label={t("otpItem-moreFor", { who: entry.issuer ?? entry.name })}>{t("otpItem-more")}</summary>
          <div class="otp-menu">
            <button type="button" class="quiet" data-testid="otp-backup-codes" onClick={() => act("backup")}>
              {t("otpItem-backupCodes")}
            </button>
            <button type="button" class="quiet" data-testid="otp-show-qr" onClick={() => act("qr")}>
              {t("otpItem-qr")}
            </button>
            <button type="button" class="quiet" data-testid="otp-rename" onClick={() => act("rename")}>
              {t("otpItem-rename")}
            </button>
            <button type="button" class="quiet" data-testid="otp-edit-tags" onClick={() => act("tags")}>
              {t("otp-tags-edit")}
            </button>
            <button type="button" class="quiet danger" data-testid="otp-remove" onClick={() => act("remove")}>
              {t("otpItem-remove")}
            </button>
          </div>
        </details>
      </div>

      <p class="otp-status" role="status" aria-live="polite">
        {status}
      </p>
      {actionError && <ErrorNotice error={actionError} />}
    </li>
  );
}
