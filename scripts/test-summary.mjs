#!/usr/bin/env node
/*
 * One line for CI: "N passed, N failed" over the test runs of `npm test`
 * (vitest's JSON reports in .test-results/). A run that left no report, or
 * ran no test, counts as a failure.
 */
import { existsSync, readFileSync } from 'node:fs';

let passed = 0;
let failed = 0;
for (const run of ['unit', 'browser']) {
  const file = `.test-results/${run}.json`;
  if (!existsSync(file)) {
    console.log(`${run}: no report (the run did not happen or crashed)`);
    failed += 1;
    continue;
  }
  const report = JSON.parse(readFileSync(file, 'utf8'));
  console.log(`${run}: ${report.numPassedTests} passed, ${report.numFailedTests} failed`);
  passed += report.numPassedTests;
  failed += report.numFailedTests + (report.numTotalTests === 0 ? 1 : 0);
}
console.log(`${passed} passed, ${failed} failed`);
process.exitCode = failed === 0 ? 0 : 1;
