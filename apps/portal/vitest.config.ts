import { defineProject } from "vitest/config";

export default defineProject({
  test: {
    name: "portal",
    include: ["test/**/*.test.ts"],
    // The browser tests start the API's dist/main.js, as the start command does, each on a copy of
    // the demo data its first start leaves: the global setup builds it and makes that copy's original.
    globalSetup: ["./test/global-setup.ts"],
    // A failed test prints what the pages open at that moment showed.
    setupFiles: ["./test/failed-test-pages.ts"],
    // A browser test mostly waits for its server and browser: two files run side by side even on
    // two cores, each with a server and a browser of its own.
    maxWorkers: 2,
    // The browser tests run as a group of their own, after the other suites: each of their two
    // files at a time has a server and a browser to share the machine with, and no more.
    sequence: { groupOrder: 1 },
    testTimeout: 60_000,
    // On a machine others share, a step that waits 30 s for a page can miss once in a run of a
    // few thousand: a browser test that fails is run once more, in the same file's server and
    // browser, and fails the run when it fails again; the output marks each that needed it
    // ("retry x1").
    retry: 1,
    // What a page shows comes after a server's answer: on a busy machine, a second is too short a
    // wait for it.
    expect: { poll: { timeout: 15_000, interval: 100 } },
    hookTimeout: 120_000,
  },
});
