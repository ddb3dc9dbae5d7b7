import { useEffect, useMemo, useRef, useState } from "preact/hooks";
import { api, toErrorInfo, type ErrorInfo } from "../../api";
import type { PhoneCheck } from "../../bindings/PhoneCheck";
import type { PhoneFinding } from "../../bindings/PhoneFinding";
import type { PhoneNumberType } from "../../bindings/PhoneNumberType";
import type { PhoneRegion } from "../../bindings/PhoneRegion";
import type { SmsOutlook } from "../../bindings/SmsOutlook";
import { ErrorNotice } from "../frame/ErrorNotice";
import "./PhoneInput.css";
import { labelMap, t, type MessageKey } from "../../i18n";
import { useLoad } from "../../useLoad";

// Phone entry: a searchable country picker, formatting as you type, the country's example mobile
// number as placeholder, and Steward's findings next to the field. Everything about numbers
// comes from the core (phone_check, phone_regions); nothing is parsed here.
//
// Formatting as you type: the core formats the typed digits for the chosen country (it completes
// them with the country's example number, formats with libphonenumber and cuts after the last
// typed digit). The field takes that text when the answer arrives, only if the field still holds
// what was checked and the caret is at its end, so typing in the middle is never disturbed.

/** How long typing must pause before the number is checked. */
const CHECK_DELAY_MS = 180;

let regionsPromise: Promise<PhoneRegion[]> | null = null;

/** The region list, fetched once per window. */
export function loadRegions(): Promise<PhoneRegion[]> {
  regionsPromise ??= api.phoneRegions().catch((err: unknown) => {
    regionsPromise = null;
    throw toErrorInfo(err);
  });
  return regionsPromise;
}

/** The flag emoji of a region code: its two letters as regional indicator symbols. */
export function flag(code: string): string {
  if (!/^[A-Z]{2}$/.test(code)) return "";
  return String.fromCodePoint(...[...code].map((c) => 0x1f1e6 + c.charCodeAt(0) - 65));
}

/** The country of the system's language setting ("vi-VN" → "VN"), when it is a known region. */
export function systemRegion(regions: PhoneRegion[]): string | null {
  const tags = navigator.languages.length > 0 ? navigator.languages : [navigator.language];
  for (const tag of tags) {
    const match = /-([a-z]{2})(?:-|$)/i.exec(tag);
    const code = match?.[1]?.toUpperCase();
    if (code && regions.some((r) => r.code === code)) return code;
  }
  return null;
}

const TYPE_LABELS: Record<PhoneNumberType, string> = labelMap({
  mobile: "phone-type-mobile",
  fixed_line: "phone-type-fixed_line",
  fixed_line_or_mobile: "phone-type-fixed_line_or_mobile",
  voip: "phone-type-voip",
  toll_free: "phone-type-toll_free",
  premium_rate: "phone-type-premium_rate",
  shared_cost: "phone-type-shared_cost",
  personal_number: "phone-type-personal_number",
  pager: "phone-type-pager",
  uan: "phone-type-uan",
  voicemail: "phone-type-voicemail",
  unknown: "phone-type-unknown",
});

const SMS_LABELS: Record<SmsOutlook, { text: MessageKey; badge: string }> = {
  likely: { text: "phone-sms-likely", badge: "badge-ok" },
  uncertain: { text: "phone-sms-uncertain", badge: "badge-caution" },
  unlikely: { text: "phone-sms-unlikely", badge: "badge-warn" },
  impossible: { text: "phone-sms-impossible", badge: "badge-warn" },
};

const SEVERITY_MARKS: Record<PhoneFinding["severity"], { mark: string; label: MessageKey }> = {
  problem: { mark: "✗", label: "phone-sev-problem" },
  warning: { mark: "!", label: "phone-sev-warning" },
  info: { mark: "i", label: "phone-sev-info" },
  ok: { mark: "✓", label: "phone-sev-ok" },
};

/** Lower case without accents, đ as d and without spaces, for searching names in any language:
 * "cote" finds "Côte d'Ivoire", "vietnam" finds "Việt Nam", "dan mach" finds "Đan Mạch". */
function fold(text: string): string {
  return text
    .normalize("NFD")
    .replace(/\p{M}/gu, "")
    .replace(/[đĐ]/g, "d")
    .replace(/\s+/g, "")
    .toLowerCase();
}

function matches(region: PhoneRegion, query: string): boolean {
  const q = fold(query.trim());
  if (q.length === 0) return true;
  const digits = q.replace(/^\+/, "");
  if (/^\d+$/.test(digits)) return String(region.calling_code).startsWith(digits);
  return fold(region.name).includes(q) || region.code.toLowerCase() === q;
}

const isDigit = (c: string) => /\p{Nd}/u.test(c);

/** The caret position just after the `count`-th digit of `text`. */
function afterDigits(text: string, count: number): number {
  if (count === 0) return 0;
  let seen = 0;
  let i = 0;
  for (const c of text) {
    i += c.length;
    if (isDigit(c) && ++seen === count) return i;
  }
  return text.length;
}

function digitCount(text: string): number {
  let n = 0;
  for (const c of text) if (isDigit(c)) n++;
  return n;
}

interface PickerProps {
  regions: PhoneRegion[];
  value: string | null;
  onChange: (code: string) => void;
  labelledBy: string;
}

/** A button showing the chosen country; opens a searchable list (flag, name, calling code). */
export function CountryPicker({ regions, value, onChange, labelledBy }: PickerProps) {
  const [open, setOpen] = useState(false);
  const [query, setQuery] = useState("");
  const [active, setActive] = useState(0);
  const rootRef = useRef<HTMLDivElement>(null);
  const buttonRef = useRef<HTMLButtonElement>(null);
  const searchRef = useRef<HTMLInputElement>(null);
  const listRef = useRef<HTMLUListElement>(null);
  const chosen = regions.find((r) => r.code === value) ?? null;
  const shown = useMemo(() => regions.filter((r) => matches(r, query)), [regions, query]);

  useEffect(() => {
    if (!open) return;
    searchRef.current?.focus();
    const onDown = (e: MouseEvent) => {
      if (rootRef.current && !rootRef.current.contains(e.target as Node)) setOpen(false);
    };
    document.addEventListener("mousedown", onDown);
    return () => document.removeEventListener("mousedown", onDown);
  }, [open]);

  useEffect(() => {
    listRef.current?.querySelector<HTMLElement>(`[data-index="${active}"]`)?.scrollIntoView({ block: "nearest" });
  }, [active, open]);

  const openList = () => {
    setQuery("");
    const index = regions.findIndex((r) => r.code === value);
    setActive(index >= 0 ? index : 0);
    setOpen(true);
  };

  const choose = (region: PhoneRegion | undefined) => {
    if (!region) return;
    onChange(region.code);
    setOpen(false);
    buttonRef.current?.focus();
  };

  const onKeyDown = (e: KeyboardEvent) => {
    if (e.key === "ArrowDown") {
      e.preventDefault();
      setActive((i) => Math.min(i + 1, shown.length - 1));
    } else if (e.key === "ArrowUp") {
      e.preventDefault();
      setActive((i) => Math.max(i - 1, 0));
    } else if (e.key === "Enter") {
      e.preventDefault();
      choose(shown[active]);
    } else if (e.key === "Escape") {
      e.preventDefault();
      setOpen(false);
      buttonRef.current?.focus();
    }
  };

  const listId = `${labelledBy}-countries`;
  return (
    <div class="country-picker" ref={rootRef}>
      <button
        type="button"
        ref={buttonRef}
        class="country-button"
        data-testid="phone-country"
        data-region={value ?? ""}
        aria-haspopup="listbox"
        aria-expanded={open}
        aria-label={chosen ? t("phone-countryLabel", { name: chosen.name, code: String(chosen.calling_code) }) : t("phone-choose")}
        title={chosen ? `${chosen.name} (+${chosen.calling_code})` : t("phone-choose")}
        onClick={() => (open ? setOpen(false) : openList())}
      >
        {chosen ? (
          <>
            <span class="flag" aria-hidden="true">
              {flag(chosen.code)}
            </span>
            <span>+{chosen.calling_code}</span>
          </>
        ) : (
          <span>{t("phone-country")}</span>
        )}
        <span aria-hidden="true" class="caret">
          ▾
        </span>
      </button>
      {open && (
        <div class="country-popover">
          <input
            ref={searchRef}
            type="search"
            class="country-search"
            data-testid="phone-country-search"
            placeholder={t("phone-searchPh")}
            role="combobox"
            aria-label={t("phone-search")}
            aria-expanded="true"
            aria-controls={listId}
            aria-autocomplete="list"
            aria-activedescendant={shown[active] ? `${listId}-${shown[active].code}` : undefined}
            value={query}
            onInput={(e) => {
              setQuery(e.currentTarget.value);
              setActive(0);
            }}
            onKeyDown={onKeyDown}
          />
          <ul class="country-list" id={listId} role="listbox" aria-label={t("phone-countries")} ref={listRef}>
            {shown.length === 0 && <li class="muted country-none">{t("phone-noMatch")}</li>}
            {shown.map((r, i) => (
              <li
                key={r.code}
                id={`${listId}-${r.code}`}
                role="option"
                data-index={i}
                data-testid={`phone-country-option-${r.code}`}
                aria-selected={i === active}
                class={r.code === value ? "current" : undefined}
                onMouseDown={(e) => e.preventDefault()}
                onMouseEnter={() => setActive(i)}
                onClick={() => choose(r)}
              >
                <span class="flag" aria-hidden="true">
                  {flag(r.code)}
                </span>
                <span class="country-name">{r.name}</span>
                <span class="muted">+{r.calling_code}</span>
              </li>
            ))}
          </ul>
        </div>
      )}
    </div>
  );
}

interface Props {
  id: string;
  label: string;
  value: string;
  /** The chosen country (two letters), or null for none. */
  region: string | null;
  /** An error text the service showed for this number, if any: it is read with the number. */
  refusal?: string | null;
  onChange: (value: string, region: string | null) => void;
  /** Told of every new result (null while the field is empty). */
  onCheck?: (check: PhoneCheck | null) => void;
}

/** A phone number field with country picker, formatting as you type and findings. */
export function PhoneInput({ id, label, value, region, refusal = null, onChange, onCheck }: Props) {
  const [check, setCheck] = useState<PhoneCheck | null>(null);
  const [error, setError] = useState<ErrorInfo | null>(null);
  const inputRef = useRef<HTMLInputElement>(null);
  const onCheckRef = useRef(onCheck);
  onCheckRef.current = onCheck;
  const caretAfterDigits = useRef<number | null>(null);

  // Only once: the guess must not override a country the person chose later.
  const { data: regions } = useLoad(loadRegions, [], {
    onData: (list) => {
      if (region === null && value.trim() === "") {
        const guess = systemRegion(list);
        if (guess) onChange(value, guess);
      }
    },
    onError: setError,
  });

  // After the core's formatting is applied, keep the caret after the same digit.
  useEffect(() => {
    const input = inputRef.current;
    if (input && caretAfterDigits.current !== null && document.activeElement === input) {
      const pos = afterDigits(input.value, caretAfterDigits.current);
      input.setSelectionRange(pos, pos);
    }
    caretAfterDigits.current = null;
  }, [value]);

  useEffect(() => {
    if (value.trim() === "") {
      setCheck(null);
      onCheckRef.current?.(null);
      return;
    }
    let live = true;
    const timer = window.setTimeout(() => {
      api
        .phoneCheck(value, region, refusal)
        .then((result) => {
          if (!live) return;
          setError(null);
          setCheck(result);
          onCheckRef.current?.(result);
          const input = inputRef.current;
          const atEnd = !input || input.selectionStart === input.value.length;
          const formatted = result.formatted_as_typed;
          let nextRegion = region;
          // A number typed with +CC shows its own country in the picker.
          const own = result.number?.region;
          if (value.trim().startsWith("+") && result.valid && own && /^[A-Z]{2}$/.test(own)) {
            nextRegion = own;
          }
          const reformat = atEnd && formatted !== value && digitCount(formatted) === digitCount(value);
          if (reformat || nextRegion !== region) {
            if (reformat) caretAfterDigits.current = digitCount(formatted);
            onChange(reformat ? formatted : value, nextRegion);
          }
        })
        .catch((err: unknown) => live && setError(toErrorInfo(err)));
    }, CHECK_DELAY_MS);
    return () => {
      live = false;
      window.clearTimeout(timer);
    };
    // onChange is the parent's setter: checked again only when the inputs change.
  }, [value, region, refusal]);

  const chosen = regions?.find((r) => r.code === region) ?? null;
  const placeholder = chosen?.example_mobile ?? t("phone-numberPh");
  // The last answer stays shown while the next one is on its way.
  const current = check;
  const n = current?.number ?? null;
  const labelId = `${id}-label`;
  const findingsId = `${id}-findings`;

  return (
    <div class="phone-input" data-testid="phone-input">
      <label id={labelId} for={id} class="phone-label">
        {label}
      </label>
      <div class="phone-row">
        {regions ? (
          <CountryPicker regions={regions} value={region} onChange={(code) => onChange(value, code)} labelledBy={id} />
        ) : (
          <span class="country-button placeholder" aria-hidden="true">
            …
          </span>
        )}
        <input
          id={id}
          ref={inputRef}
          type="tel"
          inputMode="tel"
          autoComplete="tel"
          spellcheck={false}
          class="phone-number"
          data-testid="phone-number"
          placeholder={placeholder}
          value={value}
          aria-describedby={findingsId}
          aria-invalid={current && !current.valid ? true : undefined}
          onInput={(e) => onChange(e.currentTarget.value, region)}
        />
      </div>
      {chosen && (
        <p class="help">
          {t("phone-looksLike", { name: chosen.name })} <span class="mono">{chosen.example_mobile}</span>
          {chosen.example_mobile_international && (
            <>
              {" "}
              {t("phone-or")} <span class="mono">{chosen.example_mobile_international}</span>
            </>
          )}
          .
        </p>
      )}
      {error && <ErrorNotice error={error} variant="inline" />}
      <div id={findingsId} aria-live="polite">
        {current && (
          <>
            {n && (
              <p class="phone-summary" data-testid="phone-summary" data-valid={String(current.valid)}>
                <span class="mono" data-testid="phone-e164">
                  {n.e164}
                </span>
                <span>{TYPE_LABELS[n.number_type]}</span>
                {n.region_name && (
                  <span>
                    {n.region && <span aria-hidden="true">{flag(n.region)} </span>}
                    {n.region_name}
                  </span>
                )}
                <span class={`badge ${SMS_LABELS[current.sms].badge}`} data-testid="phone-sms" data-sms={current.sms}>
                  {t(SMS_LABELS[current.sms].text)}
                </span>
              </p>
            )}
            <ul class="phone-findings" data-testid="phone-findings">
              {current.findings.map((f, i) => (
                <li
                  key={`${f.code}-${i}`}
                  class={`finding finding-${f.severity}`}
                  data-testid={`phone-finding-${f.code}`}
                  data-code={f.code}
                >
                  <span class="finding-mark" aria-label={t(SEVERITY_MARKS[f.severity].label)} role="img">
                    {SEVERITY_MARKS[f.severity].mark}
                  </span>
                  <div>
                    <p class="finding-message">{f.message}</p>
                    {f.action && <p class="finding-action">{f.action}</p>}
                    {f.corrected && f.corrected !== value && (
                      <button
                        type="button"
                        class="quiet"
                        data-testid="phone-use-corrected"
                        onClick={() => {
                          onChange(f.corrected ?? value, n?.region && /^[A-Z]{2}$/.test(n.region) ? n.region : region);
                          inputRef.current?.focus();
                        }}
                      >
                        {t("phone-use", { value: f.corrected })}
                      </button>
                    )}
                  </div>
                </li>
              ))}
            </ul>
          </>
        )}
      </div>
    </div>
  );
}
