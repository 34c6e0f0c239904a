import { describe, expect, it } from 'vitest';
import { backupMessages, wordBackupProblem } from '../../../../src/shared/backup/backup-messages.ts';
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

describe('backup messages', () => {
  it('word every problem code in both languages, every placeholder filled', () => {
    expect(new Set(examples.map((problem) => problem.code))).toEqual(
      new Set(Object.keys(backupMessages.problems)),
    );
    for (const problem of examples) {
      for (const language of ['zh', 'en'] as const) {
        const words = wordBackupProblem(problem, language);
        expect(words, `${problem.code} in ${language}`).not.toMatch(/\{\w+\}/);
        expect(words).toMatch(language === 'zh' ? /。$/ : /\.$/);
      }
    }
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
