import type Dexie from 'dexie';
import { decodeBackup, encodeBackup, type BackupManifest } from '../../../shared/backup/backup-file.ts';
import { currentSchema, readTables } from './database-tables.ts';

export interface MadeBackup {
  bytes: Uint8Array;
  manifest: BackupManifest;
}

/** A backup that encodeBackup wrote but decodeBackup refuses: a bug to report, never a file to keep. */
export class BackupSelfCheckError extends Error {
  override readonly name = 'BackupSelfCheckError';
  constructor(readonly problems: readonly { code: string }[]) {
    super(`the new backup does not read back: ${problems.map((problem) => problem.code).join(', ')}`);
  }
}

/**
 * A backup file of the whole database: every table of the current schema, read in one transaction (one
 * consistent moment), encoded by src/shared/backup. The file is then read back exactly as a restore would
 * read it, so a backup is kept only if it would restore; its manifest comes from that reading.
 */
export async function exportBackup(
  database: Dexie,
  createdAt: number,
  appVersion: string,
): Promise<MadeBackup> {
  const tables = await readTables(database);
  const schemaVersion = currentSchema.version;
  const bytes = await encodeBackup({ appVersion, schemaVersion, createdAt, tables });
  const reading = await decodeBackup(bytes, { schemaVersion });
  if (!reading.ok) throw new BackupSelfCheckError(reading.problems);
  return { bytes, manifest: reading.manifest };
}
