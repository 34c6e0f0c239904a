import { commands } from './commands.ts';

/**
 * `npm run cli -- <command> [options]`: runs straight from TypeScript through tsx, so it works right after
 * `npm ci` with no build step. Each command lives in its own file under commands/ and is listed in commands.ts.
 */
async function main(argv: string[]): Promise<number> {
  const [name, ...rest] = argv;
  const command = commands.find((candidate) => candidate.name === name);
  if (!command) {
    const usage = commands
      .map((candidate) => `  ${candidate.name.padEnd(10)} ${candidate.summary}`)
      .join('\n');
    process.stderr.write(
      `${name ? `Unknown command "${name}".\n` : ''}Usage: npm run cli -- <command> [options]\n${usage}\n`,
    );
    return name ? 2 : 0;
  }
  return command.run(rest, { stdout: process.stdout, stderr: process.stderr, cwd: process.cwd() });
}

/**
 * A reader that stops early (`… | head`) closes the pipe: the rest of the output has nowhere to go, so the
 * command ends at once, with the shell's code for a broken pipe (128 + SIGPIPE), instead of a stack trace.
 */
process.stdout.on('error', (error: NodeJS.ErrnoException) => {
  if (error.code !== 'EPIPE') throw error;
  process.exit(141);
});

process.exitCode = await main(process.argv.slice(2));
