// The e2e files are plain Node modules with no dependencies of their own; they are linted with
// the UI's ESLint (scripts/test.sh: ui/node_modules/.bin/eslint -c tests/e2e/eslint.config.mjs
// tests/e2e) for names that are not defined or not used.
import js from "../../ui/node_modules/@eslint/js/src/index.js";
import globals from "../../ui/node_modules/globals/index.js";

export default [
  js.configs.recommended,
  {
    files: ["**/*.mjs"],
    languageOptions: { ecmaVersion: 2022, sourceType: "module", globals: { ...globals.node } },
  },
];
