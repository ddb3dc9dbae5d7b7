import { t } from "../../i18n";

interface Props {
  service: string;
  /** The curated rule's note, in the current language (`AccountKnowledge.note`). */
  note: string;
  testId: string;
}

/** What Steward's notes say about a company's support, closed until asked for: under an account
 * on At risk and in its questions. */
export function RuleNote({ service, note, testId }: Props) {
  return (
    <details class="rule-note" data-testid={testId}>
      <summary>{t("atRisk-note", { service })}</summary>
      <p>{note}</p>
    </details>
  );
}
