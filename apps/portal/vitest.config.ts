import { defineProject } from "vitest/config";

export default defineProject({
  test: {
    name: "portal",
    include: ["test/**/*.test.ts"],
    // The browser tests start the API's dist/main.js, as the start command does: build it, fresh.
    globalSetup: ["../api/test/build-api.mjs"],
    // A browser test mostly waits for its server and browser: two files run side by side even on
    // two cores, each with a server and a browser of its own.
    maxWorkers: 2,
    // A project of its own worker count runs as a group of its own: after the others.
    sequence: { groupOrder: 1 },
    testTimeout: 60_000,
    hookTimeout: 120_000,
  },
});
