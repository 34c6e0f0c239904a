import { execFile } from 'node:child_process';
import { mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';
import { runAnalyze } from './analyze-cli.ts';

async function brokenFile(text: string, name = 'broken.net'): Promise<string> {
  const folder = await mkdtemp(join(tmpdir(), 'deepdrill-lang-'));
  await writeFile(join(folder, name), text);
  return folder;
}

describe('analyze --lang and the problem as JSON', () => {
  it('words a syntax error in Chinese with --lang zh', async () => {
    const folder = await brokenFile('input 3x32x32\nconvv 10 k5\n');
    const run = await runAnalyze(['broken.net', '--lang', 'zh'], folder);
    expect(run.code).toBe(1);
    expect(run.stderr).toBe('broken.net:2:1: 未知的层「convv」（是不是 conv？）。\n');
  });

  it('words a layer problem in Chinese, naming the layer', async () => {
    const folder = await brokenFile('input 3x4x4\nbig: conv 10 k5\n');
    const run = await runAnalyze(['broken.net', '--lang=zh'], folder);
    expect(run.code).toBe(1);
    expect(run.stderr).toBe(
      'broken.net：层 big 有误：5×5 的卷积核比填充后的输入还大（高 4 + 0 + 0 = 4）。\n',
    );
  });

  it('keeps the code, the values, the line and the column beside the words with --format json', async () => {
    const folder = await brokenFile('input 3x32x32\nconv 10 k0\n');
    const run = await runAnalyze(['broken.net', '--lang', 'zh', '--format', 'json'], folder);
    expect(run.code).toBe(1);
    expect(JSON.parse(run.stdout)).toEqual({
      error: {
        file: 'broken.net',
        kind: 'syntax',
        code: 'fieldRange',
        values: { field: 'kernel', min: 1, max: 65536, got: 0 },
        line: 2,
        column: 9,
        layer: null,
        field: 'kernel',
        message: '核大小必须在 1 到 65536 之间，这里是 0。',
      },
    });
  });

  it('prints an engine refusal (text over the limit) in Chinese, its code and values beside the words', async () => {
    const folder = await brokenFile(`input 3x8x8\n#${'x'.repeat(200_000)}\n`);
    const json = await runAnalyze(['broken.net', '--lang', 'zh', '--format', 'json'], folder);
    expect(json.code).toBe(1);
    expect(JSON.parse(json.stdout)).toEqual({
      error: {
        file: 'broken.net',
        kind: 'refusal',
        engineCode: 'INPUT_TOO_LARGE',
        code: 'overLimit',
        values: { field: 'source.text', unit: 'characters', actual: 200_014, limit: 200_000 },
        line: null,
        column: null,
        layer: null,
        field: 'source.text',
        message: '网络描述有 200,014 个字符，超过了上限 200,000。',
      },
    });
    const text = await runAnalyze(['broken.net', '--lang', 'zh'], folder);
    expect(text.stderr).toBe('INPUT_TOO_LARGE: 网络描述有 200,014 个字符，超过了上限 200,000。\n');
    const english = await runAnalyze(['broken.net'], folder);
    expect(english.stderr).toBe(
      'INPUT_TOO_LARGE: source.text: 200014 characters is over the limit of 200000\n',
    );
  });

  it('defaults to English and refuses an unknown language as bad usage (exit 2)', async () => {
    const folder = await brokenFile('input 3x32x32\nconvv 10 k5\n');
    expect((await runAnalyze(['broken.net'], folder)).stderr).toBe(
      'broken.net:2:1: unknown layer "convv" (did you mean conv?)\n',
    );
    const bad = await runAnalyze(['alexnet', '--lang', 'fr']);
    expect(bad.code).toBe(2);
    expect(bad.stderr).toContain('--lang is zh or en, got fr.');
  });

  it('hostile text ends in a worded problem, never a stack trace, through the real CLI', async () => {
    const folder = await brokenFile(`input 3x8x8\n${'a: add {\n{\n'.repeat(1700)}`);
    const tsx = fileURLToPath(new URL('../../../node_modules/tsx/dist/cli.mjs', import.meta.url));
    const root = fileURLToPath(new URL('../../../', import.meta.url));
    const run = await promisify(execFile)(
      process.execPath,
      [tsx, join(root, 'src/cli/index.ts'), 'analyze', 'broken.net', '--lang', 'zh', '--format', 'json'],
      { cwd: folder },
    ).then(
      () => ({ code: 0, stdout: '', stderr: '' }),
      (failed: { code: number; stdout: string; stderr: string }) => failed,
    );
    expect(run.code).toBe(1);
    expect(run.stderr).toBe('');
    expect(JSON.parse(run.stdout).error).toMatchObject({ code: 'tooDeep', line: 130, column: 8 });
    expect(JSON.parse(run.stdout).error.message).toContain('嵌套超过 64 层');
  }, 60_000);
});
