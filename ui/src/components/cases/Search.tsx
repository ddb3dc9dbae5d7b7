import type { Ref } from "preact";
import { api, Codes } from "../../api";
import { CHANNEL_LABELS, formatDateTime, parseSnippet } from "../../format";
import { ErrorNotice } from "../frame/ErrorNotice";
import { t } from "../../i18n";
import { useLoad } from "../../useLoad";

interface BoxProps {
  value: string;
  onChange: (value: string) => void;
  inputRef: Ref<HTMLInputElement>;
}

export function SearchBox({ value, onChange, inputRef }: BoxProps) {
  return (
    <div class="search-box" role="search">
      <label for="search" class="visually-hidden">
        {t("search-label")}
      </label>
      <input
        id="search"
        data-testid="search"
        ref={inputRef}
        type="search"
        placeholder={t("search-placeholder")}
        aria-keyshortcuts="Control+K"
        value={value}
        onInput={(e) => onChange(e.currentTarget.value)}
        onKeyDown={(e) => {
          if (e.key === "Escape" && value) {
            e.preventDefault();
            onChange("");
          }
        }}
      />
    </div>
  );
}

/** The matched words arrive wrapped in [ and ]; they are shown as <mark>, as text, never HTML. */
function Snippet({ text }: { text: string }) {
  return (
    <span class="snippet">
      {parseSnippet(text).map((part, i) => (part.matched ? <mark key={i}>{part.text}</mark> : part.text))}
    </span>
  );
}

interface ResultsProps {
  query: string;
  onOpen: (caseId: string, interactionId: string) => void;
}

export function SearchResults({ query, onOpen }: ResultsProps) {
  const q = query.trim();
  // An error is shown instead of the hits, until the next answer replaces both.
  const { data: hits, error } = useLoad(() => api.caseSearch(q), [q], { delayMs: 200 });

  if (error?.code === Codes.emptySearch) {
    return <p class="empty">{t("search-hint")}</p>;
  }
  if (error) return <ErrorNotice error={error} />;
  if (hits === null) {
    return (
      <p class="muted pad" role="status">
        {t("search-searching")}
      </p>
    );
  }
  if (hits.length === 0) {
    return (
      <p class="empty" role="status">
        {t("search-nothing", { q: query.trim() })}
      </p>
    );
  }
  return (
    <div class="search-results">
      <p class="muted pad" role="status">
        {t("search-found", { n: hits.length })}
      </p>
      <ul class="hit-list" aria-label={t("search-results")}>
        {hits.map((h) => (
          <li key={h.interaction_id}>
            <button
              type="button"
              class="hit"
              data-testid="search-hit"
              data-case-id={h.case_id}
              onClick={() => onOpen(h.case_id, h.interaction_id)}
            >
              <span class="hit-title">
                <span class="case-number">#{String(h.case_number)}</span> {h.case_title}
              </span>
              <span class="hit-meta">
                <time dateTime={h.started_at}>{formatDateTime(h.started_at)}</time>
                <span>{CHANNEL_LABELS[h.channel]}</span>
                {h.team && <span>{h.team}</span>}
              </span>
              <Snippet text={h.snippet} />
            </button>
          </li>
        ))}
      </ul>
    </div>
  );
}
