import { spawn } from 'node:child_process';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

export const root = fileURLToPath(new URL('../../..', import.meta.url));
/** tsx's loader by its path, so the CLI can be spawned from any folder. */
const tsx = new URL('../../../node_modules/tsx/dist/loader.mjs', import.meta.url).href;
const preload = new URL('../../support/report-max-rss.ts', import.meta.url).href;

/** The old-space heap a spawned CLI gets: a run that needs more dies at once instead of swapping. */
const heapMegabytes = 1024;
/** Output kept from a spawned CLI; the rest is only counted. */
const keptCharacters = 1 << 20;

export interface SpawnedRun {
  code: number | null;
  signal: NodeJS.Signals | null;
  stdout: string;
  stdoutBytes: number;
  stderr: string;
  /** Peak resident memory of the CLI process in bytes; null when it died before it could say. */
  peakMemory: number | null;
}

export interface SpawnOptions {
  /** Runs the CLI as this user id (and group id), which only root may do. */
  user?: number;
  /** Closes the CLI's stdout after this many bytes, as `… | head -c N` does. */
  readBytes?: number;
}

/** Runs the real CLI (`npm run cli -- …`, through tsx) in its own process and measures its peak memory. */
export function spawnCli(
  args: readonly string[],
  cwd = root,
  { user, readBytes }: SpawnOptions = {},
): Promise<SpawnedRun> {
  const child = spawn(
    process.execPath,
    [
      `--max-old-space-size=${heapMegabytes}`,
      '--import',
      tsx,
      '--import',
      preload,
      join(root, 'src/cli/index.ts'),
      ...args,
    ],
    {
      cwd,
      stdio: ['ignore', 'pipe', 'pipe', 'pipe'],
      ...(user === undefined ? {} : { uid: user, gid: user }),
    },
  );
  let stdout = '';
  let stdoutBytes = 0;
  let stderr = '';
  let rss = '';
  child.stdout!.setEncoding('utf8').on('data', (chunk: string) => {
    stdoutBytes += Buffer.byteLength(chunk);
    if (stdout.length < keptCharacters) stdout += chunk;
    if (readBytes !== undefined && stdoutBytes >= readBytes) child.stdout!.destroy();
  });
  child.stderr!.setEncoding('utf8').on('data', (chunk: string) => {
    if (stderr.length < keptCharacters) stderr += chunk;
  });
  (child.stdio[3] as NodeJS.ReadableStream).setEncoding('utf8').on('data', (chunk: string) => (rss += chunk));
  return new Promise((resolve, reject) => {
    child.on('error', reject);
    child.on('close', (code, signal) =>
      resolve({
        code,
        signal,
        stdout,
        stdoutBytes,
        stderr,
        peakMemory: rss === '' ? null : Number(rss) * 1024,
      }),
    );
  });
}
