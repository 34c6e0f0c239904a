import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, symlinkSync, truncateSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readInputMessages, wordReadProblem } from '../../../src/cli/read-input-messages.ts';
import { readInput, type ReadProblem } from '../../../src/cli/read-input.ts';
import { languages } from '../../../src/shared/deck/localized-text.ts';

let folder: string;

beforeAll(() => {
  folder = mkdtempSync(join(tmpdir(), 'deepdrill-read-'));
  writeFileSync(join(folder, 'net.txt'), '\uFEFFinput 3x32x32\nconv 10 k5 # 卷积\n');
  writeFileSync(join(folder, 'empty.txt'), '');
  writeFileSync(join(folder, 'ten.txt'), '0123456789');
  writeFileSync(join(folder, 'latin1.txt'), Uint8Array.of(0x63, 0x6f, 0x6e, 0x76, 0xe9));
  writeFileSync(join(folder, 'huge.txt'), '');
  truncateSync(join(folder, 'huge.txt'), 3 * 1024 ** 3);
  mkdirSync(join(folder, 'folder.txt'));
  execFileSync('mkfifo', [join(folder, 'pipe.txt')]);
  symlinkSync('loop.txt', join(folder, 'loop.txt'));
  symlinkSync('net.txt', join(folder, 'link.txt'));
});

afterAll(() => rmSync(folder, { recursive: true, force: true }));

const read = (path: string, limit = 1024) => readInput(path, folder, limit);

describe('readInput', () => {
  it('reads UTF-8 text (without its byte order mark), an empty file, a symbolic link, a file at the limit', async () => {
    expect(await read('net.txt')).toEqual({ ok: true, text: 'input 3x32x32\nconv 10 k5 # 卷积\n' });
    expect(await read('link.txt')).toEqual({ ok: true, text: 'input 3x32x32\nconv 10 k5 # 卷积\n' });
    expect(await read(join(folder, 'empty.txt'))).toEqual({ ok: true, text: '' });
    expect(await read('ten.txt', 10)).toEqual({ ok: true, text: '0123456789' });
  });

  it.each<[string, string, number, ReadProblem]>([
    ['a missing file', 'missing.txt', 1024, { code: 'NOT_FOUND', path: 'missing.txt' }],
    ['a path through a file', 'ten.txt/inside', 1024, { code: 'NOT_FOUND', path: 'ten.txt/inside' }],
    ['a folder', 'folder.txt', 1024, { code: 'FOLDER', path: 'folder.txt' }],
    ['a FIFO (without waiting for a writer)', 'pipe.txt', 1024, { code: 'FIFO', path: 'pipe.txt' }],
    ['a character device', '/dev/zero', 1024, { code: 'SPECIAL_FILE', path: '/dev/zero' }],
    ['a symbolic link loop', 'loop.txt', 1024, { code: 'UNREADABLE', path: 'loop.txt', reason: 'ELOOP' }],
    ['/proc/self/mem', '/proc/self/mem', 1024, { code: 'UNREADABLE', path: '/proc/self/mem', reason: 'EIO' }],
    [
      'a file one byte over the limit',
      'ten.txt',
      9,
      { code: 'TOO_LARGE', path: 'ten.txt', size: 10, limit: 9 },
    ],
    [
      'a 3 GiB file',
      'huge.txt',
      1024,
      { code: 'TOO_LARGE', path: 'huge.txt', size: 3 * 1024 ** 3, limit: 1024 },
    ],
    [
      'a /proc file that says it is empty and is not',
      '/proc/self/maps',
      16,
      { code: 'GREW_TOO_LARGE', path: '/proc/self/maps', limit: 16 },
    ],
    ['bytes that are not UTF-8', 'latin1.txt', 1024, { code: 'NOT_TEXT', path: 'latin1.txt' }],
  ])('refuses %s', async (_, path, limit, problem) => {
    expect(await read(path, limit)).toEqual({ ok: false, problem });
  });
});

describe('readInputMessages', () => {
  const problems: ReadProblem[] = [
    { code: 'NOT_FOUND', path: 'a.json' },
    { code: 'FOLDER', path: 'a.json' },
    { code: 'FIFO', path: 'a.json' },
    { code: 'SPECIAL_FILE', path: 'a.json' },
    { code: 'NO_PERMISSION', path: 'a.json' },
    { code: 'UNREADABLE', path: 'a.json', reason: 'EIO' },
    { code: 'TOO_LARGE', path: 'a.json', size: 3_221_225_472, limit: 33_554_432 },
    { code: 'GREW_TOO_LARGE', path: 'a.json', limit: 33_554_432 },
    { code: 'NOT_TEXT', path: 'a.json' },
  ];

  it('words every problem in both languages with every value, counts grouped', () => {
    expect(problems.map((problem) => problem.code).sort()).toEqual(Object.keys(readInputMessages).sort());
    for (const language of languages) {
      for (const problem of problems) {
        const words = wordReadProblem(problem, language);
        expect(words).not.toMatch(/\{\w+\}/);
        expect(words).toContain('a.json');
        if ('reason' in problem) expect(words).toContain('EIO');
        if ('limit' in problem) expect(words).toContain('33,554,432');
      }
    }
    expect(wordReadProblem(problems[6]!, 'en')).toBe(
      'a.json is too large: 3,221,225,472 bytes, the limit is 33,554,432 bytes',
    );
    expect(wordReadProblem(problems[6]!, 'zh')).toBe(
      '「a.json」太大：3,221,225,472 字节，上限为 33,554,432 字节。',
    );
  });
});
