import { useId } from "preact/hooks";
import { applyLangPref, applyTheme, loadLangPref, loadTheme, saveLangPref, saveTheme, type LangPref, type Theme } from "../../prefs";
import { isLang, LANGS, languageName, t } from "../../i18n";
import { useLoad } from "../../useLoad";

/** Light, dark, or follow the system; saved in prefs.json. */
export function ThemeSelect() {
  const id = useId();
  const { data, setData: setTheme } = useLoad(loadTheme, []);
  const theme: Theme = data ?? "system";

  const change = (value: string) => {
    const t: Theme = value === "light" || value === "dark" ? value : "system";
    setTheme(t);
    applyTheme(t);
    void saveTheme(t);
  };

  return (
    <div class="theme-select">
      <label for={id}>{t("settings-appearance")}</label>
      <select id={id} value={theme} onChange={(e) => change(e.currentTarget.value)}>
        <option value="system">{t("settings-system")}</option>
        <option value="light">{t("settings-light")}</option>
        <option value="dark">{t("settings-dark")}</option>
      </select>
    </div>
  );
}

/** The UI language: English, Vietnamese, or the system's; saved in prefs.json. */
export function LanguageSelect() {
  const id = useId();
  const { data, setData: setPref } = useLoad(loadLangPref, []);
  const pref: LangPref = data ?? "system";

  const change = (value: string) => {
    const p: LangPref = isLang(value) ? value : "system";
    setPref(p);
    void applyLangPref(p);
    void saveLangPref(p);
  };

  return (
    <div class="theme-select">
      <label for={id}>{t("settings-language")}</label>
      <select id={id} data-testid="language-select" value={pref} onChange={(e) => change(e.currentTarget.value)}>
        <option value="system">{t("settings-languageSystem")}</option>
        {LANGS.map((l) => (
          <option key={l} value={l} lang={l}>
            {languageName(l)}
          </option>
        ))}
      </select>
    </div>
  );
}
