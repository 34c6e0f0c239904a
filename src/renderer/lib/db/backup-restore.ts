import type Dexie from 'dexie';
import { decodeBackup, type BackupManifest } from '../../../shared/backup/backup-file.ts';
import type { BackupProblem } from '../../../shared/backup/backup-problem.ts';
import { currentSchema, replaceTables } from './database-tables.ts';
import { upgradeInStaging } from './staging.ts';

/** Where a restore is, for the screen's progress line. */
export type RestoreStep = 'checking' | 'staging' | 'backing-up' | 'replacing';

export type RestoreOutcome =
  { ok: true; manifest: BackupManifest } | { ok: false; problems: BackupProblem[] };

export interface RestoreOptions {
  /** Backs up the current state; the restore goes ahead only once it resolves. */
  backUpCurrent: () => Promise<unknown>;
  onStep?: (step: RestoreStep) => void;
}

/**
 * Restores a backup file over the live database, in the order that loses nothing (issue 16):
 * 1. the whole file is read and checked (decodeBackup: format, versions, checksum, counts, every row); a
 *    refused file returns its problems and nothing else happens;
 * 2. its rows go into a staging database opened at the backup's schema version and upgraded by Dexie to the
 *    current one (lib/db/staging.ts): that is how an older backup is upgraded, by the app's own upgrades;
 * 3. the current state is backed up (`backUpCurrent`);
 * 4. the live database's tables are replaced in ONE transaction (replaceTables): all or nothing.
 * Any failure in 2 to 4 rejects, and the live database is as it was.
 */
export async function restoreBackup(
  database: Dexie,
  bytes: Uint8Array,
  options: RestoreOptions,
): Promise<RestoreOutcome> {
  const { backUpCurrent, onStep } = options;
  onStep?.('checking');
  const reading = await decodeBackup(bytes, { schemaVersion: currentSchema.version });
  if (!reading.ok) return { ok: false, problems: reading.problems };
  onStep?.('staging');
  const tables = await upgradeInStaging(reading.tables, reading.manifest.schemaVersion);
  onStep?.('backing-up');
  await backUpCurrent();
  onStep?.('replacing');
  await replaceTables(database, tables);
  return { ok: true, manifest: reading.manifest };
}
