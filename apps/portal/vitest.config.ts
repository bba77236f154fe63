import { defineProject } from "vitest/config";

export default defineProject({
  test: {
    name: "portal",
    include: ["test/**/*.test.ts"],
    // The browser tests start the API's dist/main.js, as the start command does: build it, fresh.
    globalSetup: ["../api/test/build-api.mjs"],
    testTimeout: 60_000,
    hookTimeout: 120_000,
  },
});
