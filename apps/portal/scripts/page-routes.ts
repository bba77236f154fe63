import type { Plugin } from "vite";
import { pagePaths } from "../src/page-paths";

/** The file the build writes next to the portal's index.html, and the API reads. */
export const routesFileName = "routes.json";

/**
 * Writes the portal's page paths next to index.html (routes.json, `{ "paths": [...] }`): the API
 * answers a path that none of them matches with the not-found page and status 404.
 */
export function pageRoutes(): Plugin {
  return {
    name: "kraftsamling-page-routes",
    apply: "build",
    generateBundle() {
      this.emitFile({
        type: "asset",
        fileName: routesFileName,
        source: `${JSON.stringify({ paths: pagePaths }, null, 2)}\n`,
      });
    },
  };
}
