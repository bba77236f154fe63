import { defineProject } from "vitest/config";

export default defineProject({
  test: {
    name: "portal",
    include: ["test/**/*.test.ts"],
    // The browser tests start the API's dist/main.js, as the start command does, each on a copy of
    // the demo data its first start leaves: the global setup builds it and makes that copy's original.
    globalSetup: ["./test/global-setup.ts"],
    // A browser test mostly waits for its server and browser: two files run side by side even on
    // two cores, each with a server and a browser of its own.
    maxWorkers: 2,
    // A project of its own worker count runs as a group of its own: after the others.
    sequence: { groupOrder: 1 },
    testTimeout: 60_000,
    // What a page shows comes after a server's answer: on a busy machine, a second is too short a
    // wait for it.
    expect: { poll: { timeout: 15_000, interval: 100 } },
    hookTimeout: 120_000,
  },
});
