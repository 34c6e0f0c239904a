/**
 * Why keeping, listing or reading a backup failed on its host (a folder in Electron, IndexedDB in a browser),
 * as data: a closed union of codes with their values, worded by backup-messages.ts. A failed save never leaves
 * a part of a file behind: the earlier backups are as they were.
 */
export type BackupStorageProblem =
  | { code: 'disk-full'; location: string }
  | { code: 'no-permission'; location: string }
  | { code: 'write-failed'; location: string; reason: string }
  | { code: 'read-failed'; location: string; reason: string }
  | { code: 'not-found'; id: string }
  | { code: 'not-a-backup-file'; id: string };

export type BackupStorageProblemCode = BackupStorageProblem['code'];

/** A host's answer: the value, or the problem that stopped it. */
export type BackupOutcome<Value> = { ok: true; value: Value } | { ok: false; problem: BackupStorageProblem };

/** Thrown by a BackupStore for a problem, so the caller can word it (wordBackupStorageProblem). */
export class BackupStorageError extends Error {
  constructor(readonly problem: BackupStorageProblem) {
    super(`backup storage: ${problem.code}`);
    this.name = 'BackupStorageError';
  }
}
