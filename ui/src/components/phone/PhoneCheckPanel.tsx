import { useState } from "preact/hooks";
import type { PhoneCheck } from "../../bindings/PhoneCheck";
import { PhoneInput } from "./PhoneInput";
import { t } from "../../i18n";

interface Props {
  onClose: () => void;
}

/** "Check a phone number": the number as the customer would give it to a service, and, if the
 * service refused it, the exact message it showed. */
export function PhoneCheckPanel({ onClose }: Props) {
  const [number, setNumber] = useState("");
  const [region, setRegion] = useState<string | null>(null);
  const [refusal, setRefusal] = useState("");
  const [check, setCheck] = useState<PhoneCheck | null>(null);
  const r = check?.refusal ?? null;

  return (
    <section class="phone-panel" data-testid="phone-check-panel" aria-labelledby="phone-check-title">
      <header class="phone-panel-head">
        <h1 id="phone-check-title">{t("phoneCheck-title")}</h1>
        <button type="button" class="quiet" data-testid="phone-check-close" onClick={onClose}>
          {t("common-close")}
        </button>
      </header>
      <p class="muted">
        {t("phoneCheck-intro")}
      </p>
      <PhoneInput
        id="phone-check-number"
        label={t("phoneCheck-number")}
        value={number}
        region={region}
        refusal={refusal.trim() === "" ? null : refusal}
        onChange={(value, code) => {
          setNumber(value);
          setRegion(code);
        }}
        onCheck={setCheck}
      />
      <div class="field">
        <label for="phone-refusal">{t("phoneCheck-refusal")}</label>
        <textarea
          id="phone-refusal"
          data-testid="phone-refusal"
          rows={2}
          placeholder={t("phoneCheck-refusalPh")}
          value={refusal}
          onInput={(e) => setRefusal(e.currentTarget.value)}
        />
      </div>
      {r && (
        <div class="refusal-advice" data-testid="phone-refusal-advice" data-kind={r.kind} aria-live="polite">
          <h2>{r.title}</h2>
          <p>{r.explanation}</p>
          {!r.customer_fault && <p class="refusal-not-you">{t("phoneCheck-notYou")}</p>}
          <ol>
            {r.advice.map((a) => (
              <li key={a.action} data-action={a.action}>
                {a.text}
              </li>
            ))}
          </ol>
        </div>
      )}
    </section>
  );
}
