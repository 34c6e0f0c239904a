import { execFile } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const root = fileURLToPath(new URL('../../..', import.meta.url));
const homework = fileURLToPath(new URL('../../fixtures/homework2.md', import.meta.url));

interface Run {
  code: number;
  stdout: string;
  stderr: string;
}

/** Runs the real CLI, as `npm run cli -- deck …` does (tsx, no build step). */
function cli(args: string[]): Promise<Run> {
  return new Promise((resolve) => {
    execFile(
      process.execPath,
      ['--import', 'tsx', 'src/cli/index.ts', 'deck', ...args],
      { cwd: root },
      (error, stdout, stderr) => {
        resolve({ code: error ? (typeof error.code === 'number' ? error.code : -1) : 0, stdout, stderr });
      },
    );
  });
}

function scratchFile(name: string, content: string | Uint8Array): string {
  const path = join(mkdtempSync(join(tmpdir(), 'deck-check-')), name);
  writeFileSync(path, content);
  return path;
}

// Each case starts a Node process with tsx: seconds each on a busy machine.
describe('npm run cli -- deck check', { timeout: 60_000 }, () => {
  it('prints the homework’s 7 MCQs with answers B, C, B, B, A, D, D as JSON, math left as $…$, exit 0', async () => {
    const run = await cli(['check', homework, '--format', 'json']);
    expect(run.code).toBe(0);
    const { deck, notes } = JSON.parse(run.stdout) as {
      deck: {
        title: string;
        items: {
          kind: string;
          stem: string;
          options: { letter: string; text: string }[];
          answer: string[];
        }[];
      };
      notes: { line: number; code: string; message: string }[];
    };
    expect(deck.items.map((item) => item.answer.join(''))).toEqual(['B', 'C', 'B', 'B', 'A', 'D', 'D']);
    expect(deck.items[0]!.stem).toBe(
      '在 GoogLeNet 的 Inception 模块中，使用 $1\\times 1$ 卷积作为「瓶颈层」的主要目的是什么？',
    );
    expect(deck.items[2]!.options[1]!.text).toContain('但参数量更少，并且在中间多了两次非线性变换。');
    expect(notes.filter((note) => note.code === 'SKIPPED_PROBLEM')).toHaveLength(6);
    expect(notes[1]).toEqual({
      line: 50,
      column: null,
      code: 'SKIPPED_PROBLEM',
      message: 'Entry 1 has no options: a worked problem, skipped.',
    });
  });

  it('gives the line of every problem of a broken deck, in the language asked for, exit 1', async () => {
    const file = scratchFile(
      'broken.md',
      '# 坏牌组\n\n1. 没有答案\n- A. x\n- B. y\n2. 答案不是选项（C）\n- A. x\n- B. y\n',
    );
    const run = await cli(['check', file, '--format', 'json', '--lang', 'zh']);
    expect(run.code).toBe(1);
    expect(JSON.parse(run.stdout)).toEqual({
      errors: [
        {
          line: 3,
          column: null,
          code: 'MCQ_NO_ANSWER',
          message: '这道选择题没有给出答案（例如 B 或 AC；Markdown 中写在题干末尾的括号里）。',
        },
        {
          line: 6,
          column: null,
          code: 'MCQ_ANSWER_NOT_OPTION',
          message: '答案 C 不是这道题的选项（选项为 A, B）。',
        },
      ],
    });
    const text = await cli(['check', file]);
    expect(text.code).toBe(1);
    expect(text.stdout).toContain('broken.md (line 6): The answer C is not one of the options (A, B).');
  });

  it('reports GBK bytes with their line and column, exit 1', async () => {
    const file = scratchFile(
      'gbk.csv',
      new Uint8Array([...new TextEncoder().encode('front,back\n'), 0xbe, 0xed]),
    );
    const run = await cli(['check', file, '--format', 'json']);
    expect(run.code).toBe(1);
    expect(JSON.parse(run.stdout).errors[0]).toMatchObject({ line: 2, column: 1, code: 'FILE_NOT_UTF8' });
  });

  it('exits 2 with the usage for a missing file, a folder or bad arguments', async () => {
    const cases = [
      ['check', 'no-such-deck.md'],
      ['check', root],
      ['check'],
      ['check', homework, '--lang', 'fr'],
      ['list'],
    ];
    const runs = await Promise.all(cases.map((args) => cli(args)));
    runs.forEach((run, index) => {
      expect(run.code, cases[index]!.join(' ')).toBe(2);
      expect(run.stderr).toContain('Usage: npm run cli -- deck check <file>');
      expect(run.stdout).toBe('');
    });
  });
});
