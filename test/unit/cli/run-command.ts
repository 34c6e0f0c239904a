import type { Command } from '../../../src/cli/command.ts';
import { root } from './spawn-cli.ts';

/** Runs a command in-process, its stdout and stderr kept as text. */
export async function runCommand(command: Command, args: string[]) {
  let stdout = '';
  let stderr = '';
  const code = await command.run(args, {
    stdout: { write: (text: string) => ((stdout += text), true) },
    stderr: { write: (text: string) => ((stderr += text), true) },
    cwd: root,
  });
  return { code, stdout, stderr };
}
