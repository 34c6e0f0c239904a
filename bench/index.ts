import { suites } from './suites.ts';

/**
 * `npm run bench [-- suite…]`: every benchmark suite, peers side by side, printed as a table and as JSON.
 * Timed numbers live here only, never in tests.
 */
const wanted = process.argv.slice(2);
const selected = wanted.length ? suites.filter((suite) => wanted.includes(suite.name)) : suites;
if (selected.length === 0) {
  process.stderr.write(
    `No benchmark suite named ${wanted.join(', ')}. Suites: ${suites.map((s) => s.name).join(', ')}\n`,
  );
  process.exitCode = 2;
}
const results: Record<string, unknown> = {};
for (const suite of selected) {
  process.stdout.write(`\n## ${suite.name}: ${suite.summary}\n`);
  results[suite.name] = await suite.run((line) => process.stdout.write(`${line}\n`));
}
process.stdout.write(`\nJSON ${JSON.stringify(results)}\n`);
