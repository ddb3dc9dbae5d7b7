import { t } from "../../i18n";

export interface CaseFieldValues {
  title: string;
  service: string;
  outcome: string;
}

interface Props {
  /** Prefix of the fields' ids and test ids: `case` (new case), `edit-case` (editing one). */
  idPrefix: string;
  values: CaseFieldValues;
  onChange: (patch: Partial<CaseFieldValues>) => void;
  /** The title was left empty: said under it, and cleared as soon as it is typed in. */
  titleError: boolean;
  onTitleTyped: () => void;
}

/** A case's title (required), service and desired outcome: the New case and Edit case forms. */
export function CaseFields({ idPrefix, values, onChange, titleError, onTitleTyped }: Props) {
  const id = (field: string) => `${idPrefix}-${field}`;
  return (
    <>
      <div class="field">
        <label for={id("title")}>{t("newCase-problem")}</label>
        <input
          id={id("title")}
          data-testid={id("title")}
          type="text"
          autoFocus
          placeholder={t("newCase-problemPh")}
          value={values.title}
          aria-required="true"
          aria-invalid={titleError ? true : undefined}
          aria-describedby={titleError ? id("title-error") : undefined}
          onInput={(e) => {
            onChange({ title: e.currentTarget.value });
            if (titleError) onTitleTyped();
          }}
        />
        {titleError && (
          <p class="field-error" id={id("title-error")} role="alert">
            {t("newCase-titleError")}
          </p>
        )}
      </div>
      <div class="field">
        <label for={id("service")}>{t("newCase-service")}</label>
        <input
          id={id("service")}
          data-testid={id("service")}
          type="text"
          placeholder={t("newCase-servicePh")}
          value={values.service}
          onInput={(e) => onChange({ service: e.currentTarget.value })}
        />
      </div>
      <div class="field">
        <label for={id("outcome")}>{t("newCase-outcome")}</label>
        <input
          id={id("outcome")}
          data-testid={id("outcome")}
          type="text"
          placeholder={t("newCase-outcomePh")}
          value={values.outcome}
          onInput={(e) => onChange({ outcome: e.currentTarget.value })}
        />
      </div>
    </>
  );
}
