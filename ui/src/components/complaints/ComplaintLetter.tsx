import { letterApi, type LetterKind } from "../../complaintsApi";
import { t } from "../../i18n";
import { LetterDialog } from "../share/LetterDialog";
import { LETTER_LABELS } from "./complaintText";

interface Props {
  caseId: string;
  kind: LetterKind;
  onClose: () => void;
}

/** A complaint letter drafted by the core from the redacted timeline, in the language chosen
 * for sharing, with the references and the deadline arithmetic in its text. */
export function ComplaintLetterDialog({ caseId, kind, onClose }: Props) {
  return (
    <LetterDialog
      title={LETTER_LABELS[kind]}
      idPrefix="complaint-letter"
      draft={(lang) => letterApi.draft(caseId, kind, lang)}
      copyByApp={(lang) => letterApi.copy(caseId, kind, lang)}
      save={(lang) => letterApi.save(caseId, kind, lang)}
      deps={[caseId, kind]}
      maskedNote={t("complaintLetter-masked")}
      rows={16}
      toExtra={(letter) =>
        letter.to_url && (
          <>
            {" "}
            <span class="mono">{letter.to_url}</span>
          </>
        )
      }
      onClose={onClose}
    />
  );
}
