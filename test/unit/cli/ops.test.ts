import { execFile } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';
import { opsCommand } from '../../../src/cli/commands/ops.ts';

const fixture = fileURLToPath(new URL('../../fixtures/conv_vectors.json', import.meta.url));
const vectors = JSON.parse(readFileSync(fixture, 'utf8')) as { cases: { output: unknown }[] };
const root = fileURLToPath(new URL('../../..', import.meta.url));

async function runOps(args: string[], cwd = root) {
  let stdout = '';
  let stderr = '';
  const code = await opsCommand.run(args, {
    stdout: { write: (text: string) => ((stdout += text), true) },
    stderr: { write: (text: string) => ((stderr += text), true) },
    cwd,
  });
  return { code, stdout, stderr };
}

function casesFile(content: unknown): { folder: string; path: string } {
  const folder = mkdtempSync(join(tmpdir(), 'deepdrill-ops-'));
  writeFileSync(join(folder, 'cases.json'), typeof content === 'string' ? content : JSON.stringify(content));
  return { folder, path: 'cases.json' };
}

const pool = {
  op: 'maxpool2d',
  input: [
    [
      [
        [1, 2],
        [3, 4],
      ],
    ],
  ],
  kernel: 2,
};

describe('ops command', () => {
  it('reproduces all 49 public cases exactly, in order, with exit 0', async () => {
    const { code, stdout, stderr } = await runOps(['--in', 'test/fixtures/conv_vectors.json']);
    expect({ code, stderr }).toEqual({ code: 0, stderr: '' });
    expect(JSON.parse(stdout)).toEqual({ results: vectors.cases.map((entry) => ({ output: entry.output })) });
  });

  it('turns a bad case into an error entry that says what and where, runs the others, and exits 1', async () => {
    const { folder, path } = casesFile({ cases: [pool, { ...pool, kernel: -2 }, 'nonsense', pool] });
    const { code, stdout, stderr } = await runOps(['--in', path], folder);
    expect(JSON.parse(stdout)).toEqual({
      results: [
        { output: [[[[4]]]] },
        {
          error: 'INVALID_INPUT: cases[1].kernel: must be between 1 and 1024, got -2',
          refusal: { code: 'outOfRange', field: 'cases[1].kernel', min: 1, max: 1024, actual: -2 },
        },
        {
          error: 'INVALID_INPUT: cases[2]: expected an object',
          refusal: { code: 'wrongType', field: 'cases[2]', expected: 'object', got: null },
        },
        { output: [[[[4]]]] },
      ],
    });
    expect(stderr).toBe('ops: 2 of 4 cases failed\n');
    expect(code).toBe(1);
  });

  it('words a refused case in Chinese with --lang zh, its code and values beside the words', async () => {
    const { folder, path } = casesFile({
      cases: [
        { ...pool, kernel: -2 },
        { ...pool, padding: 'full' },
      ],
    });
    const { code, stdout } = await runOps(['--in', path, '--lang', 'zh'], folder);
    expect(JSON.parse(stdout)).toEqual({
      results: [
        {
          error: 'INVALID_INPUT: 第 1 个用例的卷积核应在 1 到 1024 之间，实际是 -2。',
          refusal: { code: 'outOfRange', field: 'cases[0].kernel', min: 1, max: 1024, actual: -2 },
        },
        {
          error: 'INVALID_INPUT: 第 2 个用例的填充应为一个整数、两个或四个整数、same 或 valid，实际是文本。',
          refusal: { code: 'wrongType', field: 'cases[1].padding', expected: 'padding', got: 'string' },
        },
      ],
    });
    expect(code).toBe(1);
  });

  it('exits 1 when every case failed', async () => {
    const { folder, path } = casesFile([{ ...pool, op: 'conv3d' }]);
    const run = await runOps([`--in=${path}`], folder);
    expect(run.code).toBe(1);
    expect(run.stderr).toBe('ops: 1 of 1 cases failed\n');
  });

  it('prints nothing and exits 2 for a file it cannot use', async () => {
    const { folder } = casesFile('{"cases": [');
    writeFileSync(join(folder, 'shape.json'), '{"tests": []}');
    expect(await runOps(['--in', 'missing.json'], folder)).toEqual({
      code: 2,
      stdout: '',
      stderr: 'ops: missing.json: no such file\n',
    });
    expect(await runOps(['--in=cases.json'], folder)).toMatchObject({
      code: 2,
      stdout: '',
      stderr: expect.stringMatching(/^ops: cases\.json: not valid JSON: /),
    });
    expect(await runOps(['--in', 'shape.json'], folder)).toEqual({
      code: 2,
      stdout: '',
      stderr: 'ops: shape.json: expected {"cases": [...]} or an array of cases\n',
    });
  });

  it.each([
    [[], 'missing --in <file>.'],
    [['--in'], '--in needs a value.'],
    [['--in='], '--in needs a value.'],
    [['--in', 'a.json', '--in', 'b.json'], '--in is given twice.'],
    [['cases.json'], 'unknown argument cases.json.'],
    [['--in', 'a.json', '--fast'], 'Unknown option --fast.'],
  ])('refuses the arguments %j with the usage and exit 2', async (args, message) => {
    const run = await runOps(args);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain(`ops: ${message}\nUsage: npm run cli -- ops --in cases.json`);
    expect(run.stdout).toBe('');
  });

  it('--help prints the usage with the exit codes and exits 0', async () => {
    const run = await runOps(['--help']);
    expect(run.code).toBe(0);
    expect(run.stdout).toContain('Exit codes: 0 every case ran');
    expect(run.stdout).toContain(
      'a file of 32 MiB, 10,000 cases,\n4,000,000,000 multiply-adds and 8,000,000 output numbers in all.',
    );
  });

  it('runs as `npm run cli -- ops --in …` through tsx, exactly', async () => {
    const tsx = fileURLToPath(new URL('../../../node_modules/tsx/dist/cli.mjs', import.meta.url));
    const { stdout } = await promisify(execFile)(
      process.execPath,
      [tsx, 'src/cli/index.ts', 'ops', '--in', fixture],
      {
        cwd: root,
        maxBuffer: 16 * 1024 * 1024,
      },
    );
    expect(JSON.parse(stdout)).toEqual({ results: vectors.cases.map((entry) => ({ output: entry.output })) });
  }, 60_000);
});
