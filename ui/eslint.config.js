// @ts-check
import js from "@eslint/js";
import tseslint from "typescript-eslint";

export default tseslint.config(
  // scripts/ are plain Node (not part of the TS project).
  { ignores: ["dist/", "node_modules/", "src/bindings/", "eslint.config.js", "scripts/"] },
  js.configs.recommended,
  ...tseslint.configs.recommendedTypeChecked,
  {
    languageOptions: {
      parserOptions: {
        projectService: true,
        tsconfigRootDir: import.meta.dirname,
      },
    },
    linterOptions: { reportUnusedDisableDirectives: "error" },
    rules: {
      "@typescript-eslint/consistent-type-imports": "error",
      "@typescript-eslint/no-floating-promises": "error",
      "@typescript-eslint/no-misused-promises": ["error", { checksVoidReturn: { attributes: false } }],
      "no-restricted-properties": [
        "error",
        { property: "innerHTML", message: "Never render user text as HTML." },
        { property: "outerHTML", message: "Never render user text as HTML." },
      ],
      // Commands reject with ErrorInfo objects (the IPC contract); api.ts rethrows them as such.
      "@typescript-eslint/only-throw-error": [
        "error",
        { allow: [{ from: "file", name: "ErrorInfo", path: "src/bindings/ErrorInfo.ts" }] },
      ],
      "eqeqeq": ["error", "smart"],
    },
  },
);
