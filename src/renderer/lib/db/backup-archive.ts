import Dexie, { type EntityTable } from 'dexie';
import type { BackupEntry } from '../../../shared/backup/backup-store.ts';

/** The browser's place for backups: a second database, so clearing or restoring the app's never touches them. */
export const backupArchiveName = 'deepdrill-backups';

/** A backup's file, kept apart from its entry so that listing the backups never reads their bytes. */
interface BackupFileRecord {
  id: string;
  bytes: Uint8Array;
}

export type BackupArchive = Dexie & {
  entries: EntityTable<BackupEntry, 'id'>;
  files: EntityTable<BackupFileRecord, 'id'>;
};

/** Opens (creating on first use) the backups' database. Version 1 is released with the backups (issue 16). */
export function openBackupArchive(name = backupArchiveName): BackupArchive {
  const archive = new Dexie(name) as BackupArchive;
  archive.version(1).stores({ entries: 'id, createdAt', files: 'id' });
  return archive;
}

/** Stores a backup's entry and its bytes in one transaction: never an entry without its file. */
export async function archiveBackup(
  archive: BackupArchive,
  entry: BackupEntry,
  bytes: Uint8Array,
): Promise<void> {
  await archive.transaction('rw', archive.entries, archive.files, async () => {
    await archive.files.add({ id: entry.id, bytes });
    await archive.entries.add(entry);
  });
}

export async function archivedEntries(archive: BackupArchive): Promise<BackupEntry[]> {
  return archive.entries.toArray();
}

/** A backup's bytes; an error that names it when it is not kept. */
export async function archivedBytes(archive: BackupArchive, id: string): Promise<Uint8Array> {
  const file = await archive.files.get(id);
  if (!file) throw new Error(`backup ${id} is not kept in ${archive.name}`);
  return file.bytes;
}

/** Removes backups with their files, in one transaction. */
export async function removeArchived(archive: BackupArchive, ids: readonly string[]): Promise<void> {
  await archive.transaction('rw', archive.entries, archive.files, async () => {
    await archive.entries.bulkDelete([...ids]);
    await archive.files.bulkDelete([...ids]);
  });
}
