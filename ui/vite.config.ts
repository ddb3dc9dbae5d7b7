import { defineConfig } from "vite";
import preact from "@preact/preset-vite";

// Everything is bundled from node_modules: no remote fonts, CDNs or other network fetches.
export default defineConfig({
  plugins: [preact()],
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
          return lang && lang !== "en" && !id.endsWith("/meta.ftl?raw") ? `locale-${lang}` : undefined;
        },
      },
    },
  },
});
