import type { BackupManifest } from '../../../shared/backup/backup-file.ts';
import type { BackupEntry, BackupStore } from '../../../shared/backup/backup-store.ts';
import { backupsToRemove, newestFirst } from '../../../shared/backup/rotation.ts';
import {
  archiveBackup,
  archivedBytes,
  archivedEntries,
  removeArchived,
  type BackupArchive,
} from '../db/backup-archive.ts';

export interface WebBackupStoreDependencies {
  archive: BackupArchive;
  /** Milliseconds since the epoch (Date.now in the app): the rotation's "today". */
  clock: () => number;
  /**
   * The student's IANA time zone, for the rotation's local days, weeks and months: asked at each save (the
   * student may have travelled since the app started; and reading it costs Chromium ~15 ms, kept off the start).
   */
  timeZone: () => string;
  /** A new unique id (crypto.randomUUID in the app). */
  makeId: () => string;
}

/**
 * The browser host's backups: kept in their own IndexedDB database (lib/db/backup-archive.ts), downloaded on
 * demand by the Backups screen. Its callers report failed writes through storageStatus (lib/backup/make-backup.ts,
 * the screen's remove), so a full disk shows the app's banner like any other failed save. The rotation (src/shared/backup/rotation.ts) runs after every save, as in Electron.
 */
export class WebBackupStore implements BackupStore {
  readonly #dependencies: WebBackupStoreDependencies;

  constructor(dependencies: WebBackupStoreDependencies) {
    this.#dependencies = dependencies;
  }

  save = async (bytes: Uint8Array, manifest: BackupManifest): Promise<BackupEntry> => {
    const { archive, clock, timeZone, makeId } = this.#dependencies;
    const entry: BackupEntry = {
      id: makeId(),
      createdAt: manifest.createdAt,
      size: bytes.byteLength,
      manifest,
    };
    await archiveBackup(archive, entry, bytes);
    const stale = backupsToRemove(await archivedEntries(archive), clock(), timeZone());
    if (stale.length > 0)
      await removeArchived(
        archive,
        stale.map((backup) => backup.id),
      );
    return entry;
  };

  list = async (): Promise<BackupEntry[]> => newestFirst(await archivedEntries(this.#dependencies.archive));

  read = (id: string): Promise<Uint8Array> => archivedBytes(this.#dependencies.archive, id);

  remove = (id: string): Promise<void> => removeArchived(this.#dependencies.archive, [id]);

  location = (): Promise<string | null> => Promise.resolve(null);
}
