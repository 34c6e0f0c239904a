import { execFileSync } from 'node:child_process';
import { chmodSync, mkdirSync, mkdtempSync, rmSync, statSync, truncateSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { spawnCli, type SpawnedRun } from './spawn-cli.ts';

/**
 * Every hostile input of issue 12 items 7 and 8, given to the real CLI in its own process: it ends with exit 1
 * or 2 and a message, never a stack trace, and never needs 1.5 GB. The big files are sparse: they take no disk.
 */
const memoryCeiling = 1.5 * 1024 ** 3;
const spawnTimeout = 120_000;

let folder: string;

function write(name: string, content: string | Uint8Array): string {
  writeFileSync(join(folder, name), content);
  return name;
}

function sparse(name: string, bytes: number): string {
  writeFileSync(join(folder, name), '');
  truncateSync(join(folder, name), bytes);
  return name;
}

/** A 1x1 convolution of one pixel padded by 1024: 2049 x 2049 = 4.2 M outputs, under one case's 8 M limit. */
const paddedPixel = { op: 'conv2d', input: [[[[1]]]], weight: [[[[1]]]], padding: 1024 };

beforeAll(() => {
  folder = mkdtempSync(join(tmpdir(), 'deepdrill-hostile-'));
  mkdirSync(join(folder, 'a-folder.json'));
  execFileSync('mkfifo', [join(folder, 'pipe.json')]);
});

afterAll(() => rmSync(folder, { recursive: true, force: true }));

function expectCleanFailure(run: SpawnedRun, code: 1 | 2, message: RegExp): void {
  expect(run.stderr).toMatch(message);
  expect(run.stderr).not.toMatch(/^\s+at |Error:|Invalid string length|node:internal|FATAL/m);
  expect(run.signal).toBeNull();
  expect(run.code).toBe(code);
  expect(run.peakMemory).not.toBeNull();
  expect(run.peakMemory!).toBeLessThan(memoryCeiling);
}

/** The files no command can use: [what, the file (made on demand), what the message says]. */
const unusableFiles: Array<[string, () => string, RegExp]> = [
  [
    'a 3 GiB file',
    () => sparse('huge.json', 3 * 1024 ** 3),
    /huge\.json is too large: 3,221,225,472 bytes, the limit is/,
  ],
  [
    'a 600 MB file',
    () => sparse('big.json', 600_000_000),
    /big\.json is too large: 600,000,000 bytes, the limit is/,
  ],
  ['/proc/self/mem', () => '/proc/self/mem', /\/proc\/self\/mem cannot be read \(EIO\)/],
  ['/dev/zero', () => '/dev/zero', /\/dev\/zero is a device or a socket, not a regular file/],
  ['a FIFO', () => 'pipe.json', /pipe\.json is a pipe \(FIFO\), not a regular file/],
  ['a folder', () => 'a-folder.json', /a-folder\.json is a folder, not a file/],
  [
    'a binary file',
    () => write('binary.json', Uint8Array.of(0x7b, 0xff, 0xfe, 0x00, 0x7d)),
    /binary\.json is not UTF-8 text/,
  ],
];

/** Both commands read through src/cli/read-input.ts: analyze is spawned on a few, to show it is wired. */
const analyzeFiles = new Set(['a 3 GiB file', '/proc/self/mem', 'a FIFO']);

describe.each([
  ['ops', (path: string) => ['ops', '--in', path], unusableFiles],
  ['analyze', (path: string) => ['analyze', path], unusableFiles.filter(([what]) => analyzeFiles.has(what))],
] as const)('%s refuses a file it cannot use', (_, command, files) => {
  it.each(files)(
    '%s: exit 2 and what is wrong',
    async (_, path, message) => {
      expectCleanFailure(await spawnCli(command(path()), folder), 2, message);
    },
    spawnTimeout,
  );
});

describe('a file the user may not read', () => {
  /** Root reads any file whatever its mode: as root, the CLI runs as nobody (65534) to meet a locked file. */
  const user = process.getuid?.() === 0 ? 65_534 : undefined;
  // Another user reaches the CLI only through folders anyone may enter: a checkout under `mktemp -d` (mode 700)
  // is closed to nobody, who would then fail on tsx itself, not on the locked file.
  const reachable = user === undefined || everyoneMayEnter(process.cwd());

  it.skipIf(!reachable).each([
    ['ops', ['ops', '--in', 'locked.json'], /^ops: locked\.json: permission denied$/m],
    ['analyze', ['analyze', 'locked.json'], /^analyze: locked\.json: permission denied$/m],
  ])(
    '%s: exit 2 and "permission denied"',
    async (_, args, message) => {
      chmodSync(folder, 0o755);
      chmodSync(join(folder, write('locked.json', '{"cases": []}')), 0o000);
      expectCleanFailure(await spawnCli(args, folder, { user }), 2, message);
    },
    spawnTimeout,
  );
});

describe('ops budgets the whole file before running anything', () => {
  it(
    '8 cases of padding 1024 in under 1 KB (33.6 M numbers of output): refused, exit 2',
    async () => {
      const path = write('padding-1024.json', JSON.stringify({ cases: Array(8).fill(paddedPixel) }));
      const run = await spawnCli(['ops', '--in', path], folder);
      expectCleanFailure(run, 2, /the outputs hold 33,587,208 numbers in all, over the limit of 8,000,000/);
      expect(run.stdout).toBe('');
    },
    spawnTimeout,
  );

  it(
    '70 cases, each under its own limits (294 M numbers of output): refused, exit 2',
    async () => {
      const path = write('seventy.json', JSON.stringify({ cases: Array(70).fill(paddedPixel) }));
      expectCleanFailure(await spawnCli(['ops', '--in', path], folder), 2, /over the limit of 8,000,000/);
    },
    spawnTimeout,
  );

  it(
    '5 cases of 992 M multiply-adds each: refused, exit 2',
    async () => {
      const ones = Array.from({ length: 990 }, () => [[1]]);
      const heavy = { op: 'conv2d', input: [ones], weight: [ones], padding: 500 };
      const path = write('heavy.json', JSON.stringify(Array(5).fill(heavy)));
      expectCleanFailure(
        await spawnCli(['ops', '--in', path], folder),
        2,
        /need 4,959,904,950 multiply-adds in all, over the limit of 4,000,000,000/,
      );
    },
    spawnTimeout,
  );

  it(
    'a million nested brackets: a refused case, exit 1',
    async () => {
      const path = write('nested.json', `${'['.repeat(1_000_000)}${']'.repeat(1_000_000)}`);
      const run = await spawnCli(['ops', '--in', path], folder);
      expectCleanFailure(run, 1, /1 of 1 cases failed/);
      expect(JSON.parse(run.stdout)).toEqual({
        results: [
          {
            error: 'INVALID_INPUT: cases[0]: expected an object',
            refusal: { code: 'wrongType', field: 'cases[0]', expected: 'object', got: null },
          },
        ],
      });
    },
    spawnTimeout,
  );
});

describe('ops streams its results and says which failed', () => {
  it(
    '1e308 inputs that overflow: that case is an error, the others still run, exit 1',
    async () => {
      const overflow = { op: 'conv2d', input: [[[[1e308, 1e308]]]], weight: [[[[1, 1]]]] };
      const cases = [overflow, { ...paddedPixel, padding: 1 }, { ...overflow, weight: [[[[1, -1]]]] }];
      const path = write('overflow.json', JSON.stringify({ cases }));
      const run = await spawnCli(['ops', '--in', path], folder);
      expectCleanFailure(run, 1, /^ops: 1 of 3 cases failed$/m);
      expect(JSON.parse(run.stdout)).toEqual({
        results: [
          {
            error:
              'NOT_FINITE: cases[0].output[0][0][0][0] is Infinity, not a finite number: the sums overflow 64-bit floats',
          },
          {
            output: [
              [
                [
                  [0, 0, 0],
                  [0, 1, 0],
                  [0, 0, 0],
                ],
              ],
            ],
          },
          { output: [[[[0]]]] },
        ],
      });
    },
    spawnTimeout,
  );

  it(
    'an output of 4.2 M numbers comes out whole, exit 0',
    async () => {
      const path = write('one-large.json', JSON.stringify([paddedPixel]));
      const run = await spawnCli(['ops', '--in', path], folder);
      const rows = Array.from({ length: 2049 }, (_, row) =>
        Array.from({ length: 2049 }, (_, column) => (row === 1024 && column === 1024 ? 1 : 0)),
      );
      expect(run.stderr).toBe('');
      expect(run.code).toBe(0);
      expect(run.stdoutBytes).toBe(`${JSON.stringify({ results: [{ output: [[rows]] }] })}\n`.length);
      expect(run.peakMemory!).toBeLessThan(memoryCeiling);
    },
    spawnTimeout,
  );

  it(
    'a reader that stops early (… | head): exit 141 (broken pipe) at once, no stack trace',
    async () => {
      const path = write('for-head.json', JSON.stringify([paddedPixel]));
      const run = await spawnCli(['ops', '--in', path], folder, { readBytes: 1 });
      expect(run.stderr).toBe('');
      expect(run.code).toBe(141);
    },
    spawnTimeout,
  );
});

/** True when every folder from the root down to `path` lets any user pass through (the others' x bit). */
function everyoneMayEnter(path: string): boolean {
  for (let folder = path; ; folder = dirname(folder)) {
    if ((statSync(folder).mode & 0o001) === 0) return false;
    if (dirname(folder) === folder) return true;
  }
}
