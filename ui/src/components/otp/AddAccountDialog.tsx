import { useState } from "preact/hooks";
import { toErrorInfo, type ErrorInfo } from "../../api";
import type { OtpAddReport } from "../../bindings/OtpAddReport";
import type { OtpAlgorithm } from "../../bindings/OtpAlgorithm";
import { otpApi } from "../../otpApi";
import { Dialog } from "../frame/Dialog";
import { ErrorNotice } from "../frame/ErrorNotice";
import { AddReportView } from "./AddReportView";
import { MAX_FILE_BYTES, readFileBytes } from "./otpText";
import { t, type MessageKey } from "../../i18n";

type Way = "link" | "image" | "screen" | "clipboard" | "manual";

const WAYS: { value: Way; label: MessageKey }[] = [
  { value: "link", label: "otpAdd-wayLink" },
  { value: "image", label: "otpAdd-wayImage" },
  { value: "screen", label: "otpAdd-wayScreen" },
  { value: "clipboard", label: "otpAdd-wayClipboard" },
  { value: "manual", label: "otpAdd-wayManual" },
];

interface Props {
  onClose: () => void;
  onAdded: () => void;
}

/** Add an account: from the setup link, a QR code (picture file, on screen, on the clipboard)
 * or the setup key the service shows under "can't scan the code?". */
export function AddAccountDialog({ onClose, onAdded }: Props) {
  const [way, setWay] = useState<Way>("link");
  const [link, setLink] = useState("");
  const [file, setFile] = useState<File | null>(null);
  const [issuer, setIssuer] = useState("");
  const [name, setName] = useState("");
  const [secret, setSecret] = useState("");
  const [kind, setKind] = useState("totp");
  const [digits, setDigits] = useState("6");
  const [periodSecs, setPeriodSecs] = useState("30");
  const [algorithm, setAlgorithm] = useState<OtpAlgorithm>("SHA1");
  const [counter, setCounter] = useState("0");
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<ErrorInfo | null>(null);
  const [report, setReport] = useState<OtpAddReport | null>(null);

  const run = async (action: () => Promise<OtpAddReport>) => {
    setBusy(true);
    setError(null);
    try {
      const r = await action();
      setReport(r);
      setSecret("");
      setLink("");
      if (r.added.length > 0) onAdded();
    } catch (err) {
      setError(toErrorInfo(err));
    } finally {
      setBusy(false);
    }
  };

  const submit = (e: Event) => {
    e.preventDefault();
    switch (way) {
      case "link":
        void run(() => otpApi.addUri(link.trim()));
        break;
      case "image":
        if (!file) {
          setError({ code: "no_file", args: {}, message: t("otpAdd-chooseFirst"), hint: null, kind: "input" });
          return;
        }
        void run(async () => {
          const bytes = await readFileBytes(file, MAX_FILE_BYTES);
          if (!bytes) {
            const tooLarge: ErrorInfo = {
              code: "image_too_large",
              args: {},
              message: t("otpAdd-tooLarge"),
              hint: t("otpAdd-crop"),
              kind: "input",
            };
            throw tooLarge;
          }
          return otpApi.addQrImage(bytes);
        });
        break;
      case "screen":
        void run(() => otpApi.addScreen());
        break;
      case "clipboard":
        void run(() => otpApi.addClipboard());
        break;
      case "manual":
        void run(() =>
          otpApi.addManual({
            issuer: issuer.trim() || null,
            name: name.trim(),
            secret,
            kind,
            algorithm,
            digits: kind === "steam" ? null : Number(digits),
            period: kind === "hotp" ? null : Number(periodSecs),
            counter: kind === "hotp" ? Number(counter) : null,
          }),
        );
        break;
    }
  };

  if (report) {
    return (
      <Dialog title={t("otpAdd-title")} onClose={onClose} testId="otp-add-dialog">
        <AddReportView report={report} />
        <div class="actions">
          <button type="button" onClick={() => setReport(null)}>
            {t("otpAdd-another")}
          </button>
          <button type="button" class="primary" data-testid="otp-add-done" onClick={onClose}>
            {t("otpAdd-done")}
          </button>
        </div>
      </Dialog>
    );
  }

  return (
    <Dialog title={t("otpAdd-title")} onClose={onClose} testId="otp-add-dialog">
      <form onSubmit={submit}>
        <fieldset class="segmented otp-ways">
          <legend class="visually-hidden">{t("otpAdd-how")}</legend>
          {WAYS.map((w) => (
            <label key={w.value} class={way === w.value ? "on" : undefined}>
              <input
                type="radio"
                name="otp-add-way"
                value={w.value}
                checked={way === w.value}
                data-testid={`otp-add-way-${w.value}`}
                onChange={() => {
                  setWay(w.value);
                  setError(null);
                }}
              />
              <span>{t(w.label)}</span>
            </label>
          ))}
        </fieldset>

        {way === "link" && (
          <div class="field">
            <label for="otp-add-link">{t("otpAdd-link")}</label>
            <textarea
              id="otp-add-link"
              data-testid="otp-add-link"
              rows={3}
              spellcheck={false}
              autocomplete="off"
              placeholder="otpauth://totp/Service:you@example.com?secret=…"
              value={link}
              onInput={(e) => setLink(e.currentTarget.value)}
            />
            <p class="help">
              {t("otpAdd-linkHelp")}
            </p>
          </div>
        )}
        {way === "image" && (
          <div class="field">
            <label for="otp-add-file">{t("otpAdd-picture")}</label>
            <input
              id="otp-add-file"
              type="file"
              accept="image/png,image/jpeg"
              data-testid="otp-add-file"
              onChange={(e) => setFile(e.currentTarget.files?.[0] ?? null)}
            />
            <p class="help">{t("otpAdd-pictureHelp")}</p>
          </div>
        )}
        {way === "screen" && (
          <p class="help otp-way-help">
            {t("otpAdd-screenHelp")}
          </p>
        )}
        {way === "clipboard" && (
          <p class="help otp-way-help">
            {t("otpAdd-clipHelp")}
          </p>
        )}
        {way === "manual" && (
          <>
            <div class="grid-2">
              <div class="field">
                <label for="otp-add-issuer">{t("accounts-service")}</label>
                <input id="otp-add-issuer" type="text" data-testid="otp-add-issuer" placeholder={t("otpAdd-issuerPh")} value={issuer} onInput={(e) => setIssuer(e.currentTarget.value)} />
              </div>
              <div class="field">
                <label for="otp-add-name">{t("otpDialogs-yourAccount")}</label>
                <input id="otp-add-name" type="text" data-testid="otp-add-name" placeholder={t("otpAdd-namePh")} value={name} onInput={(e) => setName(e.currentTarget.value)} />
              </div>
            </div>
            <div class="field">
              <label for="otp-add-secret">{t("otpAdd-key")}</label>
              <input
                id="otp-add-secret"
                type="password"
                data-testid="otp-add-secret"
                autocomplete="off"
                spellcheck={false}
                value={secret}
                onInput={(e) => setSecret(e.currentTarget.value)}
              />
              <p class="help">{t("otpAdd-keyHelp")}</p>
            </div>
            <div class="field">
              <label for="otp-add-kind">{t("otpAdd-type")}</label>
              <select id="otp-add-kind" value={kind} onChange={(e) => setKind(e.currentTarget.value)}>
                <option value="totp">{t("otpAdd-timeBased")}</option>
                <option value="hotp">{t("otpAdd-counterBased")}</option>
                <option value="steam">Steam Guard</option>
              </select>
            </div>
            <details class="otp-advanced">
              <summary>{t("otpAdd-advanced")}</summary>
              <div class="grid-3">
                {kind !== "steam" && (
                  <div class="field">
                    <label for="otp-add-digits">{t("otpAdd-digits")}</label>
                    <select id="otp-add-digits" value={digits} onChange={(e) => setDigits(e.currentTarget.value)}>
                      {["6", "7", "8", "9", "10"].map((d) => (
                        <option key={d} value={d}>
                          {d}
                        </option>
                      ))}
                    </select>
                  </div>
                )}
                {kind !== "hotp" ? (
                  <div class="field">
                    <label for="otp-add-period">{t("otpAdd-seconds")}</label>
                    <input id="otp-add-period" type="number" min={1} max={3600} value={periodSecs} onInput={(e) => setPeriodSecs(e.currentTarget.value)} />
                  </div>
                ) : (
                  <div class="field">
                    <label for="otp-add-counter">{t("otpAdd-counter")}</label>
                    <input id="otp-add-counter" type="number" min={0} value={counter} onInput={(e) => setCounter(e.currentTarget.value)} />
                  </div>
                )}
                <div class="field">
                  <label for="otp-add-algorithm">{t("otpAdd-algorithm")}</label>
                  <select id="otp-add-algorithm" value={algorithm} onChange={(e) => setAlgorithm(e.currentTarget.value as OtpAlgorithm)}>
                    <option value="SHA1">SHA1</option>
                    <option value="SHA256">SHA256</option>
                    <option value="SHA512">SHA512</option>
                  </select>
                </div>
              </div>
            </details>
          </>
        )}

        {error && <ErrorNotice error={error} />}
        <div class="actions">
          <button type="button" onClick={onClose}>
            {t("common-cancel")}
          </button>
          <button type="submit" class="primary" data-testid="otp-add-submit" disabled={busy}>
            {busy ? t("otpAdd-working") : way === "screen" ? t("otpAdd-scan") : way === "clipboard" ? t("otpAdd-read") : t("otpAdd-add")}
          </button>
        </div>
      </form>
    </Dialog>
  );
}
