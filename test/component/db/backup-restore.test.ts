import type { DBCore, Middleware } from 'dexie';
import { describe, expect, it, vi } from 'vitest';
import { encodeBackup } from '../../../src/shared/backup/backup-file.ts';
import { sha256Hex, utf8Bytes } from '../../../src/shared/backup/web-platform.ts';
import type { DeepDrillDatabase } from '../../../src/renderer/lib/db/database.ts';
import { exportBackup } from '../../../src/renderer/lib/db/backup-export.ts';
import { restoreBackup, type RestoreStep } from '../../../src/renderer/lib/db/backup-restore.ts';
import { readTables } from '../../../src/renderer/lib/db/database-tables.ts';
import { schemaVersion2 } from '../../../src/renderer/lib/db/schema.ts';
import { forgeBackup, manifestFields } from '../../support/backup-forge.ts';
import { scratchDatabases } from '../../support/scratch-databases.ts';
import { fillSemester } from '../../support/semester.ts';

const semesterStart = Date.UTC(2026, 8, 1);
const madeAt = Date.UTC(2026, 11, 2, 8);
const scratch = scratchDatabases('restore-test');

async function semester(days: number, middleware?: Middleware<DBCore>): Promise<DeepDrillDatabase> {
  const database = scratch();
  if (middleware) database.use(middleware);
  await fillSemester(database, semesterStart, days);
  return database;
}

/** One checksum over every row of every table: equal before and after means nothing changed. */
async function checksum(database: DeepDrillDatabase): Promise<string> {
  return sha256Hex(utf8Bytes(JSON.stringify(await readTables(database))));
}

/** Restores with a stand-in for "back up the current state" that records what it saw and when. */
async function restore(database: DeepDrillDatabase, bytes: Uint8Array) {
  const steps: RestoreStep[] = [];
  const backUpCurrent = vi.fn(async () => steps.push('backing-up'));
  const outcome = await restoreBackup(database, bytes, {
    backUpCurrent,
    onStep: (step) => steps.push(step),
  });
  return { outcome, steps, backUpCurrent };
}

/**
 * Once armed, fails every add to the `attempts` table: the last table the replace refills, after every other
 * table has been cleared and refilled in the same transaction.
 */
const failure = { armed: false };
const failingAttempts: Middleware<DBCore> = {
  stack: 'dbcore',
  name: 'fail-attempts',
  create: (down) => ({
    ...down,
    table: (name) => {
      const table = down.table(name);
      return {
        ...table,
        mutate: (request) =>
          failure.armed && name === 'attempts' && request.type === 'add'
            ? Promise.reject(new Error('injected failure inside the replace transaction'))
            : table.mutate(request),
      };
    },
  }),
};

describe('backup and restore of the whole database', () => {
  it('a semester round trips exactly, and the current data is backed up before it is replaced', async () => {
    const source = await semester(60);
    const { bytes, manifest } = await exportBackup(source, madeAt, '0.1.0');
    expect(manifest).toMatchObject({ schemaVersion: 3, createdAt: madeAt, appVersion: '0.1.0' });
    // 180 reviews, plus the 7 questions of each of the 9 drills: a finished drill feeds the schedule.
    expect(manifest.counts.reviewLogs).toBe(180 + 9 * 7);
    const target = await semester(3);
    const { outcome, steps, backUpCurrent } = await restore(target, bytes);
    expect(outcome).toEqual({ ok: true, manifest });
    expect(backUpCurrent).toHaveBeenCalledTimes(1);
    expect(steps).toEqual(['checking', 'staging', 'backing-up', 'backing-up', 'replacing']);
    expect(await readTables(target)).toEqual(await readTables(source));
  }, 60_000);

  it('refuses a corrupted file with its reasons, backs nothing up and changes nothing', async () => {
    const source = await semester(20);
    const { bytes } = await exportBackup(source, madeAt, '0.1.0');
    const target = await semester(5);
    const before = await checksum(target);
    const flipped = bytes.slice();
    flipped[bytes.length - 40]! ^= 0x10;
    const cases = [bytes.slice(0, bytes.length - 100), flipped, utf8Bytes('not a backup at all')];
    for (const corrupted of cases) {
      const { outcome, backUpCurrent } = await restore(target, corrupted);
      expect(outcome.ok).toBe(false);
      expect(!outcome.ok && outcome.problems.length).toBeGreaterThan(0);
      expect(backUpCurrent).not.toHaveBeenCalled();
    }
    expect(await checksum(target)).toBe(before);
  });

  it('refuses rows that break their table’s rules even under a correct checksum', async () => {
    const source = await semester(5);
    const tables = await readTables(source);
    const cards = tables.cards!.map((card, index) =>
      index === 2 ? { ...(card as object), state: 'lost' } : card,
    );
    // forgeBackup gives a Node Buffer; the page's code sees the page's own Uint8Array, as a File read gives.
    const forged = new Uint8Array(forgeBackup(manifestFields({ ...tables, cards }), { ...tables, cards }));
    const target = await semester(2);
    const before = await checksum(target);
    const { outcome } = await restore(target, forged);
    expect(outcome).toMatchObject({
      ok: false,
      problems: [{ code: 'row-invalid', table: 'cards', row: 2, field: 'state' }],
    });
    expect(await checksum(target)).toBe(before);
  });

  it('a failure inside the replace transaction leaves the live database as it was', async () => {
    const source = await semester(20);
    const { bytes } = await exportBackup(source, madeAt, '0.1.0');
    const target = await semester(5, failingAttempts);
    const before = await checksum(target);
    failure.armed = true;
    await expect(restore(target, bytes)).rejects.toThrow('injected failure inside the replace transaction');
    failure.armed = false;
    expect(await checksum(target)).toBe(before);
  });

  it('restores a version 2 backup into version 3, upgraded by the app’s own schema upgrades', async () => {
    const source = await semester(20);
    const { attempts: _attempts, ...version2Tables } = await readTables(source);
    const bytes = await encodeBackup({
      appVersion: '0.0.9',
      schemaVersion: schemaVersion2.version,
      createdAt: madeAt,
      tables: version2Tables,
    });
    const target = await semester(5);
    const { outcome } = await restore(target, bytes);
    expect(outcome).toMatchObject({ ok: true, manifest: { schemaVersion: 2 } });
    expect(await readTables(target)).toEqual({ ...version2Tables, attempts: [] });
  });

  it('refuses a backup from a newer app with the version it needs', async () => {
    const source = await semester(2);
    const bytes = await encodeBackup({
      appVersion: '9.0.0',
      schemaVersion: 99,
      createdAt: madeAt,
      tables: await readTables(source),
    });
    const target = await semester(2);
    const before = await checksum(target);
    const { outcome } = await restore(target, bytes);
    expect(outcome).toMatchObject({
      ok: false,
      problems: [{ code: 'newer-schema', schemaVersion: 99, appVersion: '9.0.0' }],
    });
    expect(await checksum(target)).toBe(before);
  });
});
