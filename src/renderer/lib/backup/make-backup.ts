import type Dexie from 'dexie';
import type { BackupEntry, BackupStore } from '../../../shared/backup/backup-store.ts';
import { exportBackup } from '../db/backup-export.ts';
import { storageStatus } from '../db/storage-status.svelte.ts';

export interface BackupMaker {
  database: Dexie;
  store: BackupStore;
  /** Milliseconds since the epoch (Date.now in the app): the backup's time. */
  clock: () => number;
  appVersion: string;
}

/**
 * Makes one backup of the whole database and keeps it in the host's store (which applies the rotation). The
 * one path for automatic backups, "back up now" and the backup made before a restore. The save goes through
 * storageStatus, so a full disk or a failed write shows the app's banner, as any other save does.
 */
export async function makeBackup({ database, store, clock, appVersion }: BackupMaker): Promise<BackupEntry> {
  const { bytes, manifest } = await exportBackup(database, clock(), appVersion);
  return storageStatus.write(() => store.save(bytes, manifest));
}
