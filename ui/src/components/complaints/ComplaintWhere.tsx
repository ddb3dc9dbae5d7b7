import { api } from "../../api";
import { complaintsApi, type RuleListing } from "../../complaintsApi";
import { t } from "../../i18n";
import { useLoad } from "../../useLoad";
import { ErrorNotice } from "../frame/ErrorNotice";
import { regionName, sectorName } from "./complaintText";

/** The rule Steward would use for a country, a kind of company and the day the complaint was
 * received (a rule can apply from or until a date: UK telecoms 8 → 6 weeks). Preview only: the
 * core picks the rule when the mark is saved. */
export function ruleFor(rules: RuleListing[], country: string, sector: string, received: string): RuleListing | null {
  return (
    rules.find(
      (r) =>
        r.rule.jurisdiction === country &&
        r.rule.sector === sector &&
        (!r.rule.applies_from || received >= r.rule.applies_from) &&
        (!r.rule.applies_until || received <= r.rule.applies_until),
    ) ?? null
  );
}

/** Sector value for "something else": no rule is known for it anywhere. */
export const OTHER_SECTOR = "other";

/** Where the company is and what it does, from the rules Steward knows first, then every other
 * country; and the rule that gives (or "no rule known"). Shared by the Mark dialog and the Log
 * form's "I made a formal complaint". */
export function ComplaintWhere({
  country,
  sector,
  received,
  onCountry,
  onSector,
  idPrefix,
}: {
  country: string;
  sector: string;
  received: string;
  onCountry: (c: string) => void;
  onSector: (s: string) => void;
  idPrefix: string;
}) {
  const { data: rules, error } = useLoad(() => complaintsApi.rules(), []);
  // Every country, for a company somewhere Steward has no rules for ("no rule known").
  const regions = useLoad(() => api.phoneRegions(), [], {
    onError: (err) => console.warn("Could not load the country list:", err),
  }).data;
  const known = [...new Set((rules ?? []).map((r) => r.rule.jurisdiction))].sort((a, b) => regionName(a).localeCompare(regionName(b)));
  const others = (regions ?? []).filter((r) => !known.includes(r.code));
  const sectors = [...new Set((rules ?? []).filter((r) => r.rule.jurisdiction === country).map((r) => r.rule.sector))];
  const rule = rules && country && sector ? ruleFor(rules, country, sector, received) : null;

  return (
    <>
      <div class="grid-2">
        <div class="field">
          <label for={`${idPrefix}-country`}>{t("complaintMark-country")}</label>
          <select
            id={`${idPrefix}-country`}
            data-testid={`${idPrefix}-country`}
            value={country}
            onChange={(e) => {
              onCountry(e.currentTarget.value);
              onSector("");
            }}
          >
            <option value="">{t("complaintMark-choose")}</option>
            <optgroup label={t("complaintMark-knownCountries")}>
              {known.map((c) => (
                <option key={c} value={c}>
                  {regionName(c)}
                </option>
              ))}
            </optgroup>
            {others.length > 0 && (
              <optgroup label={t("complaintMark-otherCountries")}>
                {others.map((r) => (
                  <option key={r.code} value={r.code}>
                    {r.name}
                  </option>
                ))}
              </optgroup>
            )}
          </select>
        </div>
        <div class="field">
          <label for={`${idPrefix}-sector`}>{t("complaintMark-sector")}</label>
          <select
            id={`${idPrefix}-sector`}
            data-testid={`${idPrefix}-sector`}
            value={sector}
            disabled={!country}
            onChange={(e) => onSector(e.currentTarget.value)}
          >
            <option value="">{t("complaintMark-choose")}</option>
            {sectors.map((s) => (
              <option key={s} value={s}>
                {sectorName(s)}
              </option>
            ))}
            <option value={OTHER_SECTOR}>{t("complaintSector-other")}</option>
          </select>
        </div>
      </div>
      {country && sector && rules && (
        <p class="complaint-rule-preview" data-testid={`${idPrefix}-rule`} data-rule={rule?.rule.id ?? ""} role="status">
          {rule ? (
            <>
              <strong>{t("complaintMark-ruleFound")}</strong> {rule.rule.title}
            </>
          ) : (
            <>
              <strong>{t("complaintMark-noRuleTitle")}</strong> {t("complaintMark-noRule")}
            </>
          )}
        </p>
      )}
      {error && <ErrorNotice error={error} />}
    </>
  );
}
