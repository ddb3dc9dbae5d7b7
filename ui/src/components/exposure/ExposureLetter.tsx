import { exposureLetterApi, type ExposureLetterKind } from "../../exposureApi";
import { t } from "../../i18n";
import { LetterDialog } from "../share/LetterDialog";

interface Props {
  account: string;
  service: string;
  kind: ExposureLetterKind;
  onClose: () => void;
}

/** The letter to a company whose account is at risk (or "this is the second time" to the one
 * where it happened), drafted by the core through the outbound gate: what leaked by name, never
 * the values. */
export function ExposureLetterDialog({ account, service, kind, onClose }: Props) {
  return (
    <LetterDialog
      title={t("exposureLetter-title", { service })}
      idPrefix="exposure-letter"
      draft={(lang) => exposureLetterApi.draft(account, kind, lang)}
      copyByApp={(lang) => exposureLetterApi.copy(account, kind, lang)}
      save={(lang) => exposureLetterApi.save(account, kind, lang)}
      deps={[account, kind]}
      maskedNote={t("exposureLetter-masked")}
      rows={14}
      onClose={onClose}
    />
  );
}
