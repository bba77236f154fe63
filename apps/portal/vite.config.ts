import react from "@vitejs/plugin-react";
import { defineConfig, type Plugin } from "vite";
import { pageRoutes } from "./scripts/page-routes";
import { collectPortalOperations, manifestFileName } from "./scripts/persisted-operations";
import { precompressedFiles } from "./scripts/precompressed-files";

// In development Vite serves the portal and hands the API's paths to the API on port 4000.
const api = "http://127.0.0.1:4000";

/**
 * Writes the portal's operations with their hashes next to index.html (persisted-operations.json):
 * the portal sends only the hash, and the API, which reads this file, runs the operation it names.
 */
function persistedOperations(): Plugin {
  return {
    name: "kraftsamling-persisted-operations",
    apply: "build",
    generateBundle() {
      this.emitFile({
        type: "asset",
        fileName: manifestFileName,
        source: `${JSON.stringify(collectPortalOperations(), null, 2)}\n`,
      });
    },
  };
}

export default defineConfig({
  plugins: [react(), persistedOperations(), pageRoutes(), precompressedFiles()],
  build: { manifest: true },
  server: {
    proxy: {
      "/graphql": { target: api, ws: true },
      "/healthz": { target: api },
      "/meetings": { target: api },
      "/measurement": { target: api },
    },
  },
});
