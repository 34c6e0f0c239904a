import type { Writable } from 'node:stream';

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
