// Before the browser tests: the API as the start command runs it, compiled to dist/main.js, and the
// demo data folder its first start leaves, which each test's server starts on a copy of.
import type { TestProject } from "vitest/node";
import { buildApi } from "../../api/scripts/build.mjs";
import { makeDemoDataTemplate } from "../../api/test/process";

export default async function setup(project: TestProject) {
  await buildApi();
  const template = await makeDemoDataTemplate();
  project.provide("demoDataTemplate", template.folder);
  return () => template.remove();
}
