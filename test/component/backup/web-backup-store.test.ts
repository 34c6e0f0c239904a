import Dexie from 'dexie';
import { afterEach, describe, expect, it } from 'vitest';
import type { BackupManifest } from '../../../src/shared/backup/backup-file.ts';
import { backupsToKeep } from '../../../src/shared/backup/rotation.ts';
import { openBackupArchive, type BackupArchive } from '../../../src/renderer/lib/db/backup-archive.ts';
import { watchChanges } from '../../../src/renderer/lib/db/change-watch.ts';
import { WebBackupStore } from '../../../src/renderer/lib/host/web-backup-store.ts';
import { scratchDatabases } from '../../support/scratch-databases.ts';

const day = 86_400_000;
const now = Date.UTC(2026, 11, 2, 4);
const timeZone = 'Asia/Shanghai';

let archive: BackupArchive | undefined;
let ids = 0;
afterEach(async () => {
  archive?.close();
  await archive?.delete();
  archive = undefined;
});

function storeAt(clock: () => number): { store: WebBackupStore; archive: BackupArchive } {
  archive = openBackupArchive(`backups-test-${++ids}`);
  return {
    store: new WebBackupStore({ archive, clock, timeZone: () => timeZone, makeId: () => `backup-${++ids}` }),
    archive,
  };
}

function manifest(createdAt: number): BackupManifest {
  return {
    format: 'deepdrill-backup',
    formatVersion: 1,
    appVersion: '0.1.0',
    schemaVersion: 3,
    createdAt,
    counts: { cards: 47 },
    contentBytes: 3,
    sha256: '0'.repeat(64),
  };
}

describe('the browser’s backup store', () => {
  it('keeps bytes and entries, lists newest first, reads and removes', async () => {
    const { store, archive } = storeAt(() => now);
    const older = await store.save(new Uint8Array([1, 2, 3]), manifest(now - 3_600_000));
    const newer = await store.save(new Uint8Array([4, 5]), manifest(now - 60_000));
    expect(older).toMatchObject({ createdAt: now - 3_600_000, size: 3, manifest: manifest(now - 3_600_000) });
    expect(await store.list()).toEqual([newer, older]);
    expect([...(await store.read(older.id))]).toEqual([1, 2, 3]);
    await store.remove(older.id);
    expect(await store.list()).toEqual([newer]);
    await expect(store.read(older.id)).rejects.toThrow(`backup ${older.id} is not kept in ${archive.name}`);
    expect(await store.location()).toBeNull();
  });

  it('applies the rotation after every save: what is left is exactly what the policy keeps', async () => {
    let clock = now - 120 * day;
    const { store, archive } = storeAt(() => clock);
    const made = [];
    for (; clock <= now; clock += 11 * 3_600_000) {
      made.push(await store.save(new Uint8Array([1]), manifest(clock)));
    }
    clock -= 11 * 3_600_000;
    const kept = await store.list();
    expect(kept.map((entry) => entry.id)).toEqual(
      backupsToKeep(made, clock, timeZone).map((entry) => entry.id),
    );
    expect(kept.length).toBeLessThanOrEqual(2 * 4 + 12 + 10 + 9);
    expect(await archive.files.count()).toBe(kept.length);
  }, 60_000);
});

describe('changes of the student’s data', () => {
  const scratch = scratchDatabases('deepdrill-watch');

  it('are seen after each committed write to that database, not to any other', async () => {
    const database = scratch();
    const other = new Dexie(`${database.name}-other`);
    other.version(1).stores({ notes: 'id' });
    // Opening a database is announced as a change of every table (for Dexie's live queries): the app starts
    // watching after it opened its database.
    await database.open();
    await new Promise((resolve) => setTimeout(resolve, 10));
    const seen: string[] = [];
    const stop = watchChanges(database.name, () => seen.push('change'));
    await other.table('notes').put({ id: 1 });
    expect(seen).toEqual([]);
    await database.settings.put({ key: 'language', value: 'en' });
    await database.transaction('rw', database.settings, database.decks, async () => {
      await database.settings.put({ key: 'language', value: 'zh' });
      await database.decks.delete('none');
    });
    await new Promise((resolve) => setTimeout(resolve, 10));
    expect(seen.length).toBe(2);
    stop();
    await database.settings.put({ key: 'language', value: 'en' });
    await new Promise((resolve) => setTimeout(resolve, 10));
    expect(seen.length).toBe(2);
    other.close();
    await other.delete();
  });
});
