import { EngineError } from '../../../src/shared/engine/engine-error.ts';
import type { EngineRefusal } from '../../../src/shared/engine/refusal.ts';
import { describe, expect, it, vi } from 'vitest';
import type { BackupManifest } from '../../../src/shared/backup/backup-file.ts';
import type { BackupEntry, BackupStore } from '../../../src/shared/backup/backup-store.ts';
import { BackupStorageError } from '../../../src/shared/backup/storage-problem.ts';
import { AutoBackup } from '../../../src/renderer/lib/backup/auto-backup.ts';
import { readTables } from '../../../src/renderer/lib/db/database-tables.ts';
import { storageStatus } from '../../../src/renderer/lib/db/storage-status.svelte.ts';
import { BackupsStore } from '../../../src/renderer/features/backups/backups-store.svelte.ts';
import { scratchDatabases } from '../../support/scratch-databases.ts';
import { fillSemester } from '../../support/semester.ts';

const start = Date.UTC(2026, 8, 1);
const scratch = scratchDatabases('backups-store');

const tooLarge: EngineRefusal = {
  code: 'overLimit',
  field: 'bytes',
  unit: 'bytes',
  actual: 300_000_000,
  limit: 268_435_456,
};

/** A BackupStore in memory, newest first, that can be told to fail its saves as a full disk would. */
function memoryStore() {
  const kept = new Map<string, { entry: BackupEntry; bytes: Uint8Array }>();
  let next = 0;
  const control = { diskFull: false, refused: false };
  const store: BackupStore = {
    save: async (bytes: Uint8Array, manifest: BackupManifest) => {
      if (control.diskFull) throw new BackupStorageError({ code: 'disk-full', location: '/backups' });
      if (control.refused) throw EngineError.refusing(tooLarge);
      const entry = { id: `b${++next}`, createdAt: manifest.createdAt, size: bytes.length, manifest };
      kept.set(entry.id, { entry, bytes });
      return entry;
    },
    list: async () => [...kept.values()].map((backup) => backup.entry).reverse(),
    read: async (id: string) => kept.get(id)!.bytes,
    remove: async (id: string) => void kept.delete(id),
    location: async () => null,
  };
  return { store, kept, control };
}

async function setUp(days = 5) {
  const database = scratch();
  await fillSemester(database, start, days);
  const { store, kept, control } = memoryStore();
  let now = Date.UTC(2026, 11, 2, 8);
  const automatic = new AutoBackup(
    { clock: () => now, backUp: async () => {}, setTimer: () => 0, clearTimer: () => {} },
    { enabled: true, lastBackupAt: null },
  );
  const onRestored = vi.fn();
  const backups = new BackupsStore({
    database,
    store,
    automatic,
    saveAutomatic: async () => {},
    clock: () => (now += 60_000),
    appVersion: '0.1.0',
    download: () => {},
    onRestored,
  });
  return { database, backups, kept, control, onRestored };
}

const file = (name: string, bytes: Uint8Array) => ({
  name,
  size: bytes.length,
  arrayBuffer: async () => bytes.slice().buffer,
});

describe('the Backups screen’s store', () => {
  it('backs up now, then restores a chosen file after backing up the current data', async () => {
    const { database, backups, kept, onRestored } = await setUp(10);
    await backups.backUpNow();
    expect(backups.notice).toMatchObject({ kind: 'backed-up' });
    expect(backups.entries).toHaveLength(1);
    const saved = await readTables(database);
    const bytes = kept.get(backups.entries[0]!.id)!.bytes;

    await database.reviewLogs.clear();
    await backups.chooseFile(file('mine.deepdrill', bytes));
    expect(backups.pending).toMatchObject({ kind: 'file', fileName: 'mine.deepdrill' });
    await backups.confirm();
    expect(backups.notice).toMatchObject({ kind: 'restored' });
    expect(onRestored).toHaveBeenCalledTimes(1);
    expect(await readTables(database)).toEqual(saved);
    expect(kept.size).toBe(2);
    expect([...kept.values()][1]!.entry.manifest.counts.reviewLogs).toBe(0);
  });

  it('refuses a damaged file at once, asks nothing and changes nothing', async () => {
    const { database, backups, kept } = await setUp();
    await backups.backUpNow();
    const bytes = kept.get(backups.entries[0]!.id)!.bytes.slice(0, 200);
    const before = await readTables(database);
    await backups.chooseFile(file('cut.deepdrill', bytes));
    expect(backups.pending).toBeNull();
    expect(backups.notice).toMatchObject({ kind: 'refused', fileName: 'cut.deepdrill' });
    expect(await readTables(database)).toEqual(before);
  });

  it('reports a full disk with the host’s reason, through the storage banner', async () => {
    const { backups, control } = await setUp();
    control.diskFull = true;
    await backups.backUpNow();
    expect(backups.notice).toMatchObject({
      kind: 'backup-failed',
      problem: { code: 'disk-full', location: '/backups' },
    });
    expect(storageStatus.failure).toBe('write-failed');
    control.diskFull = false;
    await backups.backUpNow();
    expect(storageStatus.failure).toBeNull();
  });

  it('keeps main’s refusal of a save as data, for the notice to word in the student’s language', async () => {
    const { backups, control } = await setUp();
    control.refused = true;
    await backups.backUpNow();
    expect(backups.notice).toMatchObject({ kind: 'backup-failed', refusal: tooLarge });
  });

  it('offers the newest backup that reads when the start-up check found damage', async () => {
    const { backups, kept } = await setUp();
    await backups.backUpNow();
    await backups.backUpNow();
    const [newest, older] = backups.entries;
    kept.get(newest!.id)!.bytes = new Uint8Array([1, 2, 3]);
    await backups.reportDamage([
      { code: 'DANGLING_REFERENCE', reference: 'reviewLogs.cardId', count: 1, example: 'x' },
    ]);
    expect(backups.newestGood).toEqual(older);
  });
});
