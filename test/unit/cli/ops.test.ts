import { execFile } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';
import { opsCommand, runOpCases } from '../../../src/cli/commands/ops.ts';

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

describe('ops command', () => {
  it('reproduces all 49 public cases exactly, in order', () => {
    const results = runOpCases(vectors);
    expect(results).toEqual(vectors.cases.map((entry) => ({ output: entry.output })));
  });

  it('prints {"results": [...]} for --in and exits 0', async () => {
    const { code, stdout } = await runOps(['--in', 'test/fixtures/conv_vectors.json']);
    expect(code).toBe(0);
    expect(JSON.parse(stdout).results).toHaveLength(49);
  });

  it('turns a bad case into an error entry that says what and where, and runs the others', () => {
    const good = {
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
    const results = runOpCases({ cases: [good, { ...good, kernel: -2 }, 'nonsense', good] });
    expect(results).toEqual([
      { output: [[[[4]]]] },
      { error: 'INVALID_INPUT: cases[1].kernel: must be between 1 and 1024, got -2' },
      { error: 'INVALID_INPUT: cases[2]: expected an object' },
      { output: [[[[4]]]] },
    ]);
  });

  it('says what is wrong with the file, with exit code 2 for usage and 1 for a bad file', async () => {
    const folder = mkdtempSync(join(tmpdir(), 'deepdrill-ops-'));
    writeFileSync(join(folder, 'broken.json'), '{"cases": [');
    writeFileSync(join(folder, 'shape.json'), '{"tests": []}');
    expect(await runOps([])).toMatchObject({
      code: 2,
      stderr: expect.stringContaining('ops: missing --in <file>.'),
    });
    expect(await runOps(['--in', 'missing.json'], folder)).toMatchObject({
      code: 1,
      stderr: expect.stringContaining('ops: cannot read missing.json: ENOENT'),
    });
    expect(await runOps(['--in=broken.json'], folder)).toMatchObject({
      code: 1,
      stderr: expect.stringContaining('ops: broken.json is not valid JSON'),
    });
    expect(await runOps(['--in', 'shape.json'], folder)).toMatchObject({
      code: 1,
      stderr: 'ops: shape.json: expected {"cases": [...]} or an array of cases\n',
    });
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
