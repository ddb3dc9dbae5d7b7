import { useState } from "preact/hooks";
import { toErrorInfo, type ErrorInfo } from "../../api";
import type { OtpAddReport } from "../../bindings/OtpAddReport";
import type { OtpAlgorithm } from "../../bindings/OtpAlgorithm";
import { otpApi } from "../../otpApi";
import { Dialog } from "../Dialog";
import { ErrorNotice } from "../ErrorNotice";
import { AddReportView } from "./AddReportView";
import { MAX_FILE_BYTES, readFileBytes } from "./otpText";

type Way = "link" | "image" | "screen" | "clipboard" | "manual";

const WAYS: { value: Way; label: string }[] = [
  { value: "link", label: "Paste a link" },
  { value: "image", label: "Picture file" },
  { value: "screen", label: "Scan the screen" },
  { value: "clipboard", label: "Copied picture" },
  { value: "manual", label: "Type the key" },
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
          setError({ code: "no_file", message: "Choose a picture first.", hint: null, kind: "input" });
          return;
        }
        void run(async () => {
          const bytes = await readFileBytes(file, MAX_FILE_BYTES);
          if (!bytes) {
            const tooLarge: ErrorInfo = {
              code: "image_too_large",
              message: "This file is too large to be a picture of a QR code.",
              hint: "Crop the picture to the QR code and try again.",
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
      <Dialog title="Add an account" onClose={onClose} testId="otp-add-dialog">
        <AddReportView report={report} />
        <div class="actions">
          <button type="button" onClick={() => setReport(null)}>
            Add another
          </button>
          <button type="button" class="primary" data-testid="otp-add-done" onClick={onClose}>
            Done
          </button>
        </div>
      </Dialog>
    );
  }

  return (
    <Dialog title="Add an account" onClose={onClose} testId="otp-add-dialog">
      <form onSubmit={submit}>
        <fieldset class="segmented otp-ways">
          <legend class="visually-hidden">How to add it</legend>
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
              <span>{w.label}</span>
            </label>
          ))}
        </fieldset>

        {way === "link" && (
          <div class="field">
            <label for="otp-add-link">Setup link</label>
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
              The link behind the service's QR code (it starts with otpauth://), or a Google
              Authenticator transfer link.
            </p>
          </div>
        )}
        {way === "image" && (
          <div class="field">
            <label for="otp-add-file">Picture of the QR code (PNG or JPEG)</label>
            <input
              id="otp-add-file"
              type="file"
              accept="image/png,image/jpeg"
              data-testid="otp-add-file"
              onChange={(e) => setFile(e.currentTarget.files?.[0] ?? null)}
            />
            <p class="help">A screenshot or a photo; the whole code must be visible.</p>
          </div>
        )}
        {way === "screen" && (
          <p class="help otp-way-help">
            Show the QR code on your screen (for example on the service's security page), then press
            Scan. Steward steps aside for a moment and reads it. This works on X11 desktops; on
            Wayland, take a screenshot and use "Picture file" or "Copied picture".
          </p>
        )}
        {way === "clipboard" && (
          <p class="help otp-way-help">
            Right-click the QR code and choose "Copy image", or take a screenshot to the clipboard,
            then press Read.
          </p>
        )}
        {way === "manual" && (
          <>
            <div class="grid-2">
              <div class="field">
                <label for="otp-add-issuer">Service</label>
                <input id="otp-add-issuer" type="text" data-testid="otp-add-issuer" placeholder="e.g. GitHub" value={issuer} onInput={(e) => setIssuer(e.currentTarget.value)} />
              </div>
              <div class="field">
                <label for="otp-add-name">Your account there</label>
                <input id="otp-add-name" type="text" data-testid="otp-add-name" placeholder="e.g. you@example.com" value={name} onInput={(e) => setName(e.currentTarget.value)} />
              </div>
            </div>
            <div class="field">
              <label for="otp-add-secret">Setup key</label>
              <input
                id="otp-add-secret"
                type="password"
                data-testid="otp-add-secret"
                autocomplete="off"
                spellcheck={false}
                value={secret}
                onInput={(e) => setSecret(e.currentTarget.value)}
              />
              <p class="help">Letters A–Z and digits 2–7; spaces do not matter.</p>
            </div>
            <div class="field">
              <label for="otp-add-kind">Type</label>
              <select id="otp-add-kind" value={kind} onChange={(e) => setKind(e.currentTarget.value)}>
                <option value="totp">Time-based (most services)</option>
                <option value="hotp">Counter-based</option>
                <option value="steam">Steam Guard</option>
              </select>
            </div>
            <details class="otp-advanced">
              <summary>Advanced (only if the service says so)</summary>
              <div class="grid-3">
                {kind !== "steam" && (
                  <div class="field">
                    <label for="otp-add-digits">Digits</label>
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
                    <label for="otp-add-period">Seconds per code</label>
                    <input id="otp-add-period" type="number" min={1} max={3600} value={periodSecs} onInput={(e) => setPeriodSecs(e.currentTarget.value)} />
                  </div>
                ) : (
                  <div class="field">
                    <label for="otp-add-counter">Counter</label>
                    <input id="otp-add-counter" type="number" min={0} value={counter} onInput={(e) => setCounter(e.currentTarget.value)} />
                  </div>
                )}
                <div class="field">
                  <label for="otp-add-algorithm">Algorithm</label>
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
            Cancel
          </button>
          <button type="submit" class="primary" data-testid="otp-add-submit" disabled={busy}>
            {busy ? "Working…" : way === "screen" ? "Scan" : way === "clipboard" ? "Read" : "Add"}
          </button>
        </div>
      </form>
    </Dialog>
  );
}
