import { defineConfig } from "vitest/config";

export default defineConfig({
  test: {
    projects: ["packages/*/vitest.config.ts", "apps/*/vitest.config.ts"],
    // Vitest's default on two cores is one file at a time; the files mostly wait for their
    // database, its server or a process they start, so two run side by side (each on a database of
    // its own).
    maxWorkers: 2,
  },
});
