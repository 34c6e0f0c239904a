import { describe, expect, it } from 'vitest';
import type { Language } from '../../../../src/shared/deck/localized-text.ts';
import {
  backupMessages,
  wordBackupProblem,
  wordBackupStorageProblem,
} from '../../../../src/shared/backup/backup-messages.ts';
import type { BackupStorageProblem } from '../../../../src/shared/backup/storage-problem.ts';
import type { BackupProblem } from '../../../../src/shared/backup/backup-problem.ts';
import { expectations } from '../../../../src/shared/backup/row-checks.ts';

const examples: BackupProblem[] = [
  { code: 'empty' },
  { code: 'not-a-backup' },
  { code: 'truncated' },
  { code: 'manifest-invalid', field: 'counts.cards' },
  { code: 'format-version', found: 2, supported: 1 },
  { code: 'newer-schema', schemaVersion: 4, supported: 3, appVersion: '2.0.0' },
  { code: 'unknown-schema', schemaVersion: 9 },
  { code: 'size-mismatch', expected: 1200, found: 1201 },
  { code: 'checksum-mismatch', expected: 'ab'.repeat(32), found: 'cd'.repeat(32) },
  { code: 'content-unreadable' },
  { code: 'content-too-large', limitMb: 256 },
  { code: 'manifest-mismatch', field: 'createdAt' },
  { code: 'missing-table', table: 'cards' },
  { code: 'unknown-table', table: 'notes' },
  { code: 'table-invalid', table: 'settings' },
  { code: 'count-mismatch', table: 'reviewLogs', expected: 1201, found: 1200 },
  ...expectations.map((expected): BackupProblem => ({
    code: 'row-invalid',
    table: 'cards',
    row: 3,
    field: 'state',
    expected,
    ...(expected === 'one-of' && { allowed: '"new", "review"' }),
  })),
  { code: 'duplicate-key', table: 'drillAnswers', row: 0, key: '["s","i"]' },
  { code: 'more-problems', count: 12 },
];

/** Every code of the catalogue has an example, and each is a whole sentence in both languages. */
function expectEveryCodeWorded<Problem extends { code: string }>(
  problems: readonly Problem[],
  catalogue: object,
  word: (problem: Problem, language: Language) => string,
): void {
  expect(new Set(problems.map((problem) => problem.code))).toEqual(new Set(Object.keys(catalogue)));
  for (const problem of problems) {
    for (const language of ['zh', 'en'] as const) {
      const words = word(problem, language);
      expect(words, `${problem.code} in ${language}`).not.toMatch(/\{\w+\}/);
      expect(words).toMatch(language === 'zh' ? /。$/ : /\.$/);
    }
  }
}

describe('backup messages', () => {
  it('word every problem code in both languages, every placeholder filled', () => {
    expectEveryCodeWorded(examples, backupMessages.problems, wordBackupProblem);
  });

  it('count rows from 1 and say what the field should be', () => {
    const problem: BackupProblem = {
      code: 'row-invalid',
      table: 'cards',
      row: 3,
      field: 'state',
      expected: 'one-of',
      allowed: '"new", "review"',
    };
    expect(wordBackupProblem(problem, 'en')).toBe(
      'Table cards, row 4: field state should be one of "new", "review".',
    );
    expect(wordBackupProblem(problem, 'zh')).toBe(
      '数据表 cards 第 4 行：字段 state 应为以下之一："new", "review"。',
    );
  });

  it('say which version a newer backup needs, with counts grouped by thousands', () => {
    const newer: BackupProblem = {
      code: 'newer-schema',
      schemaVersion: 4,
      supported: 3,
      appVersion: '2.0.0',
    };
    expect(wordBackupProblem(newer, 'en')).toContain('database version 4');
    const count: BackupProblem = {
      code: 'count-mismatch',
      table: 'reviewLogs',
      expected: 12010,
      found: 12000,
    };
    expect(wordBackupProblem(count, 'zh')).toBe('数据表 reviewLogs 应有 12,010 行，实有 12,000 行。');
  });
});

const storageExamples: BackupStorageProblem[] = [
  { code: 'disk-full', location: '/home/student/backups' },
  { code: 'no-permission', location: '/home/student/backups' },
  { code: 'write-failed', location: '/home/student/backups', reason: 'EIO' },
  { code: 'read-failed', location: '/home/student/backups', reason: 'EIO' },
  { code: 'not-found', id: 'deepdrill-2026-12-02T08-30-00.000Z-0123abcd.deepdrill' },
  { code: 'not-a-backup-file', id: 'notes.txt' },
];

describe('backup storage messages', () => {
  it('word every storage problem in both languages, every placeholder filled', () => {
    expectEveryCodeWorded(storageExamples, backupMessages.storageProblems, wordBackupStorageProblem);
    expect(wordBackupStorageProblem(storageExamples[0]!, 'zh')).toBe(
      '磁盘已满，备份没有保存（/home/student/backups）。以前的备份都还在；腾出空间后再试。',
    );
  });
});
