// Reads the vitest and Playwright JSON reports and prints one plain line: "N passed, N failed, N skipped".
import { existsSync, readFileSync } from 'node:fs';

let passed = 0;
let failed = 0;
let skipped = 0;

if (existsSync('.vitest-reports/results.json')) {
  const report = JSON.parse(readFileSync('.vitest-reports/results.json', 'utf8'));
  passed += report.numPassedTests ?? 0;
  failed += report.numFailedTests ?? 0;
  skipped += (report.numPendingTests ?? 0) + (report.numTodoTests ?? 0);
}
if (existsSync('test-results/e2e-results.json')) {
  const stats = JSON.parse(readFileSync('test-results/e2e-results.json', 'utf8')).stats ?? {};
  // A flaky test failed once and then passed on its retry (only the load-sensitive long-task test retries).
  passed += (stats.expected ?? 0) + (stats.flaky ?? 0);
  failed += stats.unexpected ?? 0;
  skipped += stats.skipped ?? 0;
}
console.log(`${passed} passed, ${failed} failed, ${skipped} skipped`);
