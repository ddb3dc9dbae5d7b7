import { defineConfig, type Plugin } from "vite";
import preact from "@preact/preset-vite";
import { FluentResource } from "@fluent/bundle";

// `x.ftl?fluent` imports a Fluent file already parsed: the entries of its FluentResource, as
// JSON. The window then reads its catalogue with JSON.parse instead of running Fluent's parser
// over ~250 kB of text before its first frame (10-15 ms: BENCHMARKS.md, "A lighter window").
// The same parser (@fluent/bundle) runs here, at build time; scripts/check-i18n.mjs checks that
// it reads every file whole.
function fluentParsedAtBuild(): Plugin {
  const QUERY = "?fluent";
  return {
    name: "steward-fluent-parsed-at-build",
    enforce: "pre",
    // Vite loads the file's text (an unknown query); this turns it into a module.
    transform(source, id) {
      // `?fluent` alone when building; the dev server may add its own (`&import`).
      if (!id.split("?")[1]?.split("&").includes(QUERY.slice(1))) return null;
      const body = new FluentResource(source).body;
      return { code: `export default JSON.parse(${JSON.stringify(JSON.stringify(body))});`, map: null };
    },
  };
}

// Everything is bundled from node_modules: no remote fonts, CDNs or other network fetches.
export default defineConfig({
  plugins: [preact(), fluentParsedAtBuild()],
  base: "./",
  clearScreen: false,
  server: {
    port: 1420,
    strictPort: true,
    watch: { ignored: ["**/src-tauri/**", "**/target/**"] },
  },
  envPrefix: ["VITE_", "TAURI_ENV_"],
  build: {
    outDir: "dist",
    emptyOutDir: true,
    sourcemap: false,
    target: "es2021",
    modulePreload: { polyfill: false },
    rollupOptions: {
      output: {
        // A language other than English is fetched when chosen (src/i18n): one file per language.
        manualChunks(id) {
          const lang = /locales\/([^/]+)\/[^/]+\.ftl/.exec(id)?.[1];
          return lang && lang !== "en" && !id.endsWith("/meta.ftl?fluent") ? `locale-${lang}` : undefined;
        },
      },
    },
  },
});
