// Sums vitest's JSON reports into the one closing line CI reads: "N passed, N failed".
import { readFileSync } from "node:fs";

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
}
console.log(`${passed} passed, ${failed} failed`);
