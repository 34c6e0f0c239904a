import type { Writable } from 'node:stream';
import { UsageError } from './options.ts';

export interface CommandIo {
  stdout: Pick<Writable, 'write'>;
  stderr: Pick<Writable, 'write'>;
  cwd: string;
}

/** One CLI command; `run` returns the exit code (0 ok, 1 failed, 2 bad usage). */
export interface Command {
  name: string;
  summary: string;
  run(args: string[], io: CommandIo): Promise<number>;
}

/** What a command file declares: its words, and its work, which throws UsageError for bad arguments. */
export interface CommandDefinition extends Command {
  /** The `--help` text, also printed after a usage problem. */
  usage: string;
}

/**
 * A command with the parts every command shares: `--help`/`-h` prints the usage (exit 0), and a UsageError
 * thrown anywhere in the work prints `<name>: <reason>` and the usage (exit 2). Anything else is a bug and
 * is thrown on.
 */
export function defineCommand({ name, summary, usage, run }: CommandDefinition): Command {
  return {
    name,
    summary,
    async run(args, io) {
      if (args.includes('--help') || args.includes('-h')) {
        io.stdout.write(usage);
        return 0;
      }
      try {
        return await run(args, io);
      } catch (thrown) {
        if (!(thrown instanceof UsageError)) throw thrown;
        io.stderr.write(`${thrown.message ? `${name}: ${thrown.message}\n` : ''}${usage}`);
        return 2;
      }
    },
  };
}
