import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { deflateSync } from 'fflate';
import {
  BackupEncodeError,
  contentInflatedLimit,
  decodeBackup,
  encodeBackup,
  inflateWithin,
  rowProblemLimit,
  type BackupReading,
} from '../../../../src/shared/backup/backup-file.ts';
import type { BackupProblem } from '../../../../src/shared/backup/backup-problem.ts';
import { mulberry32, randomIndex } from '../../../../src/shared/random.ts';
import { deflateBomb, forgeBackup, forgeWithContent, manifestFields } from '../../../support/backup-forge.ts';
import { semesterTables, semesterTablesVersion2 } from '../../../support/backup-semester.ts';

const app = { schemaVersion: 3 };
const createdAt = Date.UTC(2026, 11, 2, 8, 30);
const semester = semesterTables();

function backupOf(tables: Record<string, readonly unknown[]>, schemaVersion = 3): Promise<Uint8Array> {
  return encodeBackup({ appVersion: '0.9.0', schemaVersion, createdAt, tables });
}

function withoutNegativeZero(value: unknown): unknown {
  return JSON.parse(JSON.stringify(value)) as unknown;
}

function problemsOf(reading: BackupReading): BackupProblem[] {
  if (reading.ok) throw new Error('expected the file to be refused, but it was read');
  return reading.problems;
}

/** Where the content starts: after the magic line and the manifest line. */
function contentStart(bytes: Uint8Array): number {
  return bytes.indexOf(0x0a, bytes.indexOf(0x0a) + 1) + 1;
}

describe('a backup round trip', () => {
  it('gives back every table of a semester exactly, with a manifest that counts them', async () => {
    const reading = await decodeBackup(await backupOf(semester), app);
    expect(reading.ok).toBe(true);
    if (!reading.ok) return;
    expect(Object.keys(reading.tables).sort()).toEqual(Object.keys(semester).sort());
    for (const [table, rows] of Object.entries(semester)) {
      expect(rows.length, table).toBeGreaterThan(0);
      expect(reading.tables[table], table).toStrictEqual(rows);
    }
    expect(reading.manifest).toMatchObject({
      format: 'deepdrill-backup',
      formatVersion: 1,
      appVersion: '0.9.0',
      schemaVersion: 3,
      createdAt,
      counts: Object.fromEntries(Object.entries(semester).map(([table, rows]) => [table, rows.length])),
    });
    expect(reading.manifest.sha256).toMatch(/^[0-9a-f]{64}$/);
  });

  it('keeps any JSON value a setting holds, exactly', async () => {
    const empty = Object.fromEntries(Object.keys(semester).map((table) => [table, []]));
    await fc.assert(
      // JSON has one zero: -0 comes back as 0 (documented in docs/backup-format.md), so the values have no -0.
      fc.asyncProperty(fc.jsonValue({ noUnicodeString: false }).map(withoutNegativeZero), async (value) => {
        const tables = { ...empty, settings: [{ key: 'any', value }] };
        const reading = await decodeBackup(await backupOf(tables), app);
        expect(reading.ok && reading.tables.settings).toStrictEqual([{ key: 'any', value }]);
      }),
      { numRuns: 60 },
    );
  });

  it('reads a backup made by schema version 2 as it is, for the restore to upgrade', async () => {
    const version2 = semesterTablesVersion2();
    const reading = await decodeBackup(await backupOf(version2, 2), app);
    expect(reading.ok).toBe(true);
    if (!reading.ok) return;
    expect(reading.manifest.schemaVersion).toBe(2);
    expect(reading.tables).toStrictEqual(version2);
    expect(reading.tables).not.toHaveProperty('attempts');
  });

  it('reads a backup made by schema version 1, which had no cards', async () => {
    const { decks, items, drillSessions, drillAnswers, settings } = semester;
    const version1 = { decks, items, drillSessions, drillAnswers, settings };
    const reading = await decodeBackup(await backupOf(version1, 1), app);
    expect(reading.ok && reading.tables).toStrictEqual(version1);
  });

  it('refuses a value JSON cannot hold exactly, naming the table and row', async () => {
    const tables = {
      ...semester,
      settings: [
        { key: 'a', value: 1 },
        { key: 'b', value: Number.NaN },
      ],
    };
    await expect(backupOf(tables)).rejects.toThrow(BackupEncodeError);
    await expect(backupOf(tables)).rejects.toThrow(/table settings, row 1: value is NaN/);
    await expect(backupOf({ settings: [{ key: 'd', value: new Date(0) }] })).rejects.toThrow(
      /not a plain object/,
    );
    await expect(backupOf({ settings: [[1, undefined]] })).rejects.toThrow(/undefined inside a list/);
  });
});

describe('decodeBackup refuses a damaged file with the right reason', () => {
  it('refuses a file cut short at 20 random places as truncated', async () => {
    const bytes = await backupOf(semester);
    const random = mulberry32(16);
    const offsets = [1, 10, contentStart(bytes) - 1, contentStart(bytes), bytes.length - 1];
    while (offsets.length < 20) offsets.push(1 + randomIndex(random, bytes.length - 1));
    for (const offset of offsets) {
      expect(problemsOf(await decodeBackup(bytes.slice(0, offset), app)), `cut at ${offset}`).toEqual([
        { code: 'truncated' },
      ]);
    }
    expect(problemsOf(await decodeBackup(new Uint8Array(0), app))).toEqual([{ code: 'empty' }]);
  });

  it('refuses a file with a bit flipped at 20 random places', async () => {
    const bytes = await backupOf(semester);
    const start = contentStart(bytes);
    const random = mulberry32(17);
    const places = [0, 16, start - 1, start, bytes.length - 1];
    while (places.length < 20) places.push(randomIndex(random, bytes.length));
    for (const place of places) {
      const flipped = bytes.slice();
      flipped[place]! ^= 1 << randomIndex(random, 8);
      const [first] = problemsOf(await decodeBackup(flipped, app));
      const where = `bit flipped in byte ${place}`;
      if (place < 17) expect(first!.code, where).toBe('not-a-backup');
      else if (place >= start) expect(first!.code, where).toBe('checksum-mismatch');
      else
        expect(
          [
            'manifest-invalid',
            'manifest-mismatch',
            'format-version',
            'checksum-mismatch',
            'truncated',
            'size-mismatch',
            'newer-schema',
            'unknown-schema',
          ],
          where,
        ).toContain(first!.code);
    }
  });

  it('names the checksum it expected and the one it found', async () => {
    const bytes = await backupOf(semester);
    bytes[bytes.length - 5]! ^= 0x10;
    const [problem] = problemsOf(await decodeBackup(bytes, app));
    expect(problem).toMatchObject({ code: 'checksum-mismatch' });
    if (problem?.code !== 'checksum-mismatch') return;
    expect(problem.expected).not.toBe(problem.found);
  });

  it('refuses a file with bytes added at its end', async () => {
    const bytes = await backupOf(semester);
    const longer = new Uint8Array([...bytes, 0]);
    expect(problemsOf(await decodeBackup(longer, app))).toEqual([
      {
        code: 'size-mismatch',
        expected: bytes.length - contentStart(bytes),
        found: longer.length - contentStart(bytes),
      },
    ]);
  });

  it('refuses a manifest that lies about a count, even with its checksum right', async () => {
    const fields = manifestFields(semester);
    const counts = fields.counts as Record<string, number>;
    const lying = forgeBackup(
      { ...fields, counts: { ...counts, reviewLogs: counts.reviewLogs! + 1 } },
      semester,
    );
    expect(problemsOf(await decodeBackup(lying, app))).toEqual([
      {
        code: 'count-mismatch',
        table: 'reviewLogs',
        expected: counts.reviewLogs! + 1,
        found: counts.reviewLogs,
      },
    ]);
  });

  it('refuses a content that inflates past the limit, stopping soon after the limit (a zip bomb)', async () => {
    const bomb = deflateBomb(contentInflatedLimit + 64 * 1024 * 1024);
    expect(bomb.length).toBeLessThan(contentInflatedLimit / 100);
    const inflated = inflateWithin(bomb, contentInflatedLimit);
    expect(inflated).toMatchObject({ ok: false, reason: 'too-large' });
    // Stopped within one step of the limit: the last 64 MiB were never made.
    expect(!inflated.ok && inflated.inflatedBytes).toBeLessThan(contentInflatedLimit + 8 * 1024 * 1024);
    const file = forgeWithContent(manifestFields(semester), bomb);
    expect(problemsOf(await decodeBackup(file, app))).toEqual([
      { code: 'content-too-large', limitMb: contentInflatedLimit / (1024 * 1024) },
    ]);
  });

  it('inflates a few KB that would make 64 MiB only to just past a small limit', () => {
    const bomb = deflateSync(new Uint8Array(64 * 1024 * 1024));
    expect(bomb.length).toBeLessThan(80 * 1024);
    const inflated = inflateWithin(bomb, 1024 * 1024);
    expect(inflated).toMatchObject({ ok: false, reason: 'too-large' });
    // At most one 4 KiB step of input past the limit, which DEFLATE expands 1,032 times at most.
    expect(!inflated.ok && inflated.inflatedBytes).toBeLessThanOrEqual(1024 * 1024 + 4096 * 1032);
  });

  it('gives back exactly what was deflated, and calls a cut stream unreadable', () => {
    const text = new TextEncoder().encode('{"tables":{}}'.repeat(50_000));
    const deflated = deflateSync(text);
    const inflated = inflateWithin(deflated, text.length);
    expect(inflated.ok && Buffer.from(inflated.bytes).equals(text)).toBe(true);
    expect(inflateWithin(deflated, text.length - 1)).toMatchObject({ ok: false, reason: 'too-large' });
    expect(inflateWithin(deflated.subarray(0, deflated.length - 3), text.length)).toMatchObject({
      ok: false,
      reason: 'unreadable',
    });
  });

  it('refuses a manifest line that disagrees with its copy inside the content', async () => {
    const forged = forgeBackup(manifestFields(semester), semester, (manifest) => ({
      ...manifest,
      createdAt: (manifest.createdAt as number) + 1,
    }));
    expect(problemsOf(await decodeBackup(forged, app))).toEqual([
      { code: 'manifest-mismatch', field: 'createdAt' },
    ]);
  });

  it('refuses rows that break their table with the checksum recomputed, naming table, row and field', async () => {
    const cards = semester.cards.map((card, index) =>
      index === 3 ? { ...(card as object), state: 'forgotten' } : card,
    );
    const reviewLogs = semester.reviewLogs.map((log, index) =>
      index === 0
        ? {
            ...(log as { before: object }),
            before: { ...(log as { before: object }).before, due: '2026-09-01' },
          }
        : log,
    );
    const items = semester.items.map((item, index) => (index === 5 ? { ...(item as object), id: '' } : item));
    const tables = { ...semester, cards, reviewLogs, items };
    expect(problemsOf(await decodeBackup(forgeBackup(manifestFields(tables), tables), app))).toEqual([
      { code: 'row-invalid', table: 'items', row: 5, field: 'id', expected: 'id' },
      {
        code: 'row-invalid',
        table: 'cards',
        row: 3,
        field: 'state',
        expected: 'one-of',
        allowed: '"new", "learning", "review", "relearning"',
      },
      { code: 'row-invalid', table: 'reviewLogs', row: 0, field: 'before.due', expected: 'number' },
    ]);
  });

  it('refuses two rows with the same primary key', async () => {
    const answers = semester.drillAnswers;
    const tables = {
      ...semester,
      drillAnswers: [
        ...answers,
        { ...(answers[0] as object), correct: !(answers[0] as { correct: boolean }).correct },
      ],
    };
    const key = JSON.stringify([
      (answers[0] as { sessionId: string }).sessionId,
      (answers[0] as { itemId: string }).itemId,
    ]);
    expect(problemsOf(await decodeBackup(forgeBackup(manifestFields(tables), tables), app))).toEqual([
      { code: 'duplicate-key', table: 'drillAnswers', row: answers.length, key },
    ]);
  });

  it(`lists ${rowProblemLimit} broken rows and counts the rest`, async () => {
    const tables = {
      ...semester,
      reviewLogs: semester.reviewLogs.map((log) => ({ ...(log as object), rating: 'great' })),
    };
    const problems = problemsOf(await decodeBackup(forgeBackup(manifestFields(tables), tables), app));
    expect(problems).toHaveLength(rowProblemLimit + 1);
    expect(problems.at(-1)).toEqual({
      code: 'more-problems',
      count: semester.reviewLogs.length - rowProblemLimit,
    });
  });

  it('refuses a table missing, a table unknown to the schema, and a table that is not a list', async () => {
    const { attempts: _attempts, ...withoutAttempts } = semester;
    expect(
      problemsOf(await decodeBackup(forgeBackup(manifestFields(withoutAttempts), withoutAttempts), app)),
    ).toEqual([{ code: 'missing-table', table: 'attempts' }]);
    const version2WithAttempts = { ...semesterTablesVersion2(), attempts: [] };
    expect(problemsOf(await decodeBackup(await backupOf(version2WithAttempts, 2), app))).toEqual([
      { code: 'unknown-table', table: 'attempts' },
    ]);
    const notList = { ...semester, settings: { language: 'zh' } };
    const fields = {
      ...manifestFields(semester),
      counts: { ...(manifestFields(semester).counts as object), settings: 1 },
    };
    expect(problemsOf(await decodeBackup(forgeBackup(fields, notList), app))).toEqual([
      { code: 'table-invalid', table: 'settings' },
    ]);
  });

  it('refuses a backup from a newer app with the schema version it needs', async () => {
    const newer = await encodeBackup({ appVersion: '2.0.0', schemaVersion: 4, createdAt, tables: semester });
    expect(problemsOf(await decodeBackup(newer, app))).toEqual([
      { code: 'newer-schema', schemaVersion: 4, supported: 3, appVersion: '2.0.0' },
    ]);
  });

  it('refuses a format version it does not know', async () => {
    const forged = forgeBackup({ ...manifestFields(semester), formatVersion: 2 }, semester);
    expect(problemsOf(await decodeBackup(forged, app))).toEqual([
      { code: 'format-version', found: 2, supported: 1 },
    ]);
  });

  it('refuses a file that is not a backup', async () => {
    const encoder = new TextEncoder();
    for (const text of ['{"decks": []}', '# 作业二\n\n1. 选择题', 'DEEPDRILL BACKUP\n{}']) {
      expect(problemsOf(await decodeBackup(encoder.encode(text), app))).toEqual([{ code: 'not-a-backup' }]);
    }
    const png = new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
    expect(problemsOf(await decodeBackup(png, app))).toEqual([{ code: 'not-a-backup' }]);
  });

  it('never throws, whatever the bytes after the magic line', async () => {
    const magic = new TextEncoder().encode('DEEPDRILL-BACKUP\n');
    await fc.assert(
      fc.asyncProperty(fc.uint8Array({ maxLength: 400 }), fc.string(), async (tail, line) => {
        const lined = new Uint8Array([...magic, ...new TextEncoder().encode(`${line}\n`), ...tail]);
        for (const bytes of [new Uint8Array([...magic, ...tail]), lined]) {
          const reading = await decodeBackup(bytes, app);
          expect(reading.ok).toBe(false);
        }
      }),
      { numRuns: 200 },
    );
  });
});
