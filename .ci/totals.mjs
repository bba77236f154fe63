// Sums vitest's JSON reports into the one closing line CI reads: "N passed, N failed". Before it,
// for each report, the tests that passed only when run again, with what their first run failed on,
// and the wall time of each suite (from its first file's start to its last file's end;
// suites run side by side, so these overlap) and the summed time of its files.
import { readFileSync } from "node:fs";
import { basename, relative } from "node:path";

let passed = 0;
let failed = 0;
for (const file of process.argv.slice(2)) {
  let report;
  try {
    report = JSON.parse(readFileSync(file, "utf8"));
  } catch {
    // A suite that wrote no report did not run to the end: count it as one failure.
    failed += 1;
    continue;
  }
  const failedTests = report.numFailedTests ?? 0;
  // A file that failed before any of its tests ran (an import error, a failing hook) counts once.
  const brokenFiles = failedTests === 0 ? (report.numFailedTestSuites ?? 0) : 0;
  passed += report.numPassedTests ?? 0;
  failed += failedTests + brokenFiles;

  // A test that passed only when run again: what its first run failed on, for whoever reads the log.
  for (const result of report.testResults ?? []) {
    for (const test of result.assertionResults ?? []) {
      if (test.status !== "passed" || !(test.failureMessages ?? []).length) continue;
      const where = relative(process.cwd(), result.name);
      const first = test.failureMessages[0].split("\n").slice(0, 4).join("\n    ");
      console.log(`passed when run again: ${where} > ${test.fullName}\n    ${first}`);
    }
  }

  const suites = new Map();
  for (const result of report.testResults ?? []) {
    if (!result.startTime || !result.endTime) continue;
    // apps/api/test/x.test.ts belongs to apps/api.
    const suite = relative(process.cwd(), result.name).split("/").slice(0, 2).join("/");
    const times = suites.get(suite) ?? { start: Infinity, end: 0, files: 0 };
    times.start = Math.min(times.start, result.startTime);
    times.end = Math.max(times.end, result.endTime);
    times.files += result.endTime - result.startTime;
    suites.set(suite, times);
  }
  for (const [suite, times] of [...suites].sort()) {
    const seconds = (ms) => `${Math.round(ms / 1000)} s`.padStart(7);
    console.log(
      `${basename(file, ".json")} ${suite}`.padEnd(40),
      `${seconds(times.end - times.start)} wall, ${seconds(times.files).trim()} in its files`,
    );
  }
}
console.log(`${passed} passed, ${failed} failed`);
