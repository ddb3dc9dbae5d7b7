import { useEffect, useId, useState } from "preact/hooks";
import { applyTheme, loadTheme, saveTheme, type Theme } from "../prefs";

/** Light, dark, or follow the system; saved in prefs.json. */
export function ThemeSelect() {
  const id = useId();
  const [theme, setTheme] = useState<Theme>("system");

  useEffect(() => {
    let live = true;
    void loadTheme().then((t) => {
      if (live) setTheme(t);
    });
    return () => {
      live = false;
    };
  }, []);

  const change = (value: string) => {
    const t: Theme = value === "light" || value === "dark" ? value : "system";
    setTheme(t);
    applyTheme(t);
    void saveTheme(t);
  };

  return (
    <div class="theme-select">
      <label for={id}>Appearance</label>
      <select id={id} value={theme} onChange={(e) => change(e.currentTarget.value)}>
        <option value="system">Same as system</option>
        <option value="light">Light</option>
        <option value="dark">Dark</option>
      </select>
    </div>
  );
}
