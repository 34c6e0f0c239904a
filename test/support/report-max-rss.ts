import { writeSync } from 'node:fs';

/**
 * Preloaded into a spawned CLI by test/unit/cli/spawn-cli.ts: at exit, writes the process's peak resident memory
 * (kilobytes, from getrusage) to file descriptor 3, which the test reads. A process killed by running out of
 * memory writes nothing, and the test fails on its exit code.
 */
process.on('exit', () => {
  writeSync(3, String(process.resourceUsage().maxRSS));
});
