import { createRequire } from "node:module";
import { defineProject } from "vitest/config";

const require = createRequire(import.meta.url);

export default defineProject({
  resolve: {
    // Node loads graphql's CommonJS build for the libraries; tests must use that same instance.
    alias: { graphql: require.resolve("graphql") },
  },
  test: {
    name: "api",
    include: ["test/**/*.test.ts"],
    // The process tests start dist/main.js, as the start command does: build it once, fresh.
    globalSetup: ["./test/build-api.mjs"],
    testTimeout: 60_000,
    hookTimeout: 120_000,
  },
});
