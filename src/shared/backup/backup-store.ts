import type { BackupManifest } from './backup-file.ts';

/** One kept backup: `id` names it in its store (in Electron, its file name). */
export interface BackupEntry {
  id: string;
  createdAt: number;
  /** The file's size in bytes. */
  size: number;
  manifest: BackupManifest;
}

/**
 * Where backups are kept, implemented by each host: Electron's main process writes files to a folder
 * (src/main/backup), the browser keeps them in a second IndexedDB database. The bytes are a backup file
 * (backup-file.ts) and its manifest is the one encodeBackup wrote into it.
 */
export interface BackupStore {
  /** Keeps a backup, then removes the ones the rotation no longer keeps (rotation.ts). */
  save(bytes: Uint8Array, manifest: BackupManifest): Promise<BackupEntry>;
  /** Every kept backup, newest first. */
  list(): Promise<BackupEntry[]>;
  read(id: string): Promise<Uint8Array>;
  remove(id: string): Promise<void>;
  /** Where the backups are, for the student (a folder), or null where there is no place to show (a browser). */
  location(): Promise<string | null>;
}
