import { useState } from "preact/hooks";
import { api, toErrorInfo, type ErrorInfo } from "../../api";
import type { CaptureSuggestions } from "../../bindings/CaptureSuggestions";
import "../../evidence.css";
import { ErrorNotice } from "../frame/ErrorNotice";
import { t } from "../../i18n";

interface Props {
  text: string;
  onText: (text: string) => void;
  keep: boolean;
  onKeep: (keep: boolean) => void;
  /** Called with the suggestions the customer ticked. */
  onApply: (picked: CaptureSuggestions) => void;
}

interface Item {
  key: string;
  kind: string;
  text: string;
}

function dueText(minutes: number | null): string {
  if (minutes === null) return "";
  if (minutes % (24 * 60) === 0) return ` ${t("transcript-dueDays", { n: minutes / (24 * 60) })}`;
  if (minutes % 60 === 0) return ` ${t("transcript-dueHours", { n: minutes / 60 })}`;
  return ` ${t("transcript-dueMinutes", { n: minutes })}`;
}

function items(s: CaptureSuggestions): Item[] {
  return [
    ...s.references.map((r) => ({ key: `ref:${r}`, kind: t("transcript-reference"), text: r })),
    ...s.agents.map((a) => ({ key: `agent:${a}`, kind: t("transcript-agent"), text: a })),
    ...s.error_texts.map((e) => ({ key: `err:${e}`, kind: t("transcript-errorText"), text: `“${e}”` })),
    ...s.promises.map((p, n) => ({ key: `promise:${n}`, kind: t("transcript-promise"), text: p.text + dueText(p.due_in_minutes) })),
    ...(s.identity_method ? [{ key: "identity", kind: t("transcript-identityBy"), text: s.identity_method }] : []),
  ];
}

/** "Paste a transcript": reads a chat transcript or e-mail text on this machine and suggests
 * references, the agent, error texts, promises and the identity check. Nothing is filled in until
 * the customer accepts. */
export function TranscriptPaste({ text, onText, keep, onKeep, onApply }: Props) {
  const [suggestions, setSuggestions] = useState<CaptureSuggestions | null>(null);
  const [picked, setPicked] = useState<Set<string>>(new Set());
  const [error, setError] = useState<ErrorInfo | null>(null);
  const [busy, setBusy] = useState(false);
  const [applied, setApplied] = useState(false);

  const suggest = async () => {
    setBusy(true);
    setError(null);
    setApplied(false);
    try {
      const s = await api.captureSuggest(text);
      setSuggestions(s);
      // Everything ticked, except agents after the first (one contact, one agent).
      setPicked(new Set(items(s).filter((i) => !(i.key.startsWith("agent:") && i.text !== s.agents[0])).map((i) => i.key)));
    } catch (err) {
      setError(toErrorInfo(err));
    } finally {
      setBusy(false);
    }
  };

  const apply = () => {
    if (!suggestions) return;
    const has = (k: string) => picked.has(k);
    onApply({
      references: suggestions.references.filter((r) => has(`ref:${r}`)),
      agents: suggestions.agents.filter((a) => has(`agent:${a}`)),
      error_texts: suggestions.error_texts.filter((e) => has(`err:${e}`)),
      promises: suggestions.promises.filter((_, n) => has(`promise:${n}`)),
      identity_method: has("identity") ? suggestions.identity_method : null,
      // What an impostor got is confirmed on the alert ("What did they get?"), not logged here.
      disclosures: suggestions.disclosures,
    });
    setApplied(true);
  };

  const list = suggestions ? items(suggestions) : [];
  return (
    <details class="paste-transcript" data-testid="paste-transcript">
      <summary>{t("transcript-summary")}</summary>
      <div class="field">
        <label for="transcript-text">{t("transcript-label")}</label>
        <textarea
          id="transcript-text"
          data-testid="transcript-text"
          rows={5}
          class="mono"
          spellcheck={false}
          value={text}
          onInput={(e) => {
            onText(e.currentTarget.value);
            setSuggestions(null);
          }}
        />
      </div>
      <div class="actions">
        <label class="check">
          <input
            type="checkbox"
            data-testid="transcript-keep"
            checked={keep}
            onChange={(e) => onKeep(e.currentTarget.checked)}
          />
          {t("transcript-keep")}
        </label>
        <button type="button" data-testid="transcript-suggest" disabled={busy || text.trim() === ""} onClick={() => void suggest()}>
          {busy ? t("transcript-reading") : t("transcript-suggest")}
        </button>
      </div>
      {error && <ErrorNotice error={error} />}
      {suggestions && list.length === 0 && (
        <p class="muted" role="status">
          {t("transcript-nothing")}
        </p>
      )}
      {list.length > 0 && (
        <fieldset class="group" data-testid="suggestions">
          <legend>{t("transcript-found")}</legend>
          <ul class="suggestions">
            {list.map((i) => (
              <li key={i.key}>
                <label class="check">
                  <input
                    type="checkbox"
                    data-testid="suggestion"
                    checked={picked.has(i.key)}
                    onChange={(e) => {
                      const next = new Set(picked);
                      if (e.currentTarget.checked) next.add(i.key);
                      else next.delete(i.key);
                      setPicked(next);
                    }}
                  />
                  <span>
                    <span class="kind">{i.kind}</span>
                    {i.text}
                  </span>
                </label>
              </li>
            ))}
          </ul>
          <div class="actions">
            <span role="status" class="muted">
              {applied ? t("transcript-added") : ""}
            </span>
            <button type="button" class="primary" data-testid="suggestions-apply" disabled={picked.size === 0} onClick={apply}>
              {t("transcript-use")}
            </button>
          </div>
        </fieldset>
      )}
    </details>
  );
}
