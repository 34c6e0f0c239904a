import { createHash } from 'node:crypto';
import { deflateSync } from 'fflate';

/**
 * A backup file written by hand from docs/backup-format.md, without src/shared/backup: what a tampered or
 * hand-made file looks like. `fields` is the manifest without its size and checksum, which are computed over
 * the compressed `content`, so the file passes the checksum and only the checks after it can refuse it.
 * `line` changes the manifest line alone (a manifest that disagrees with its copy).
 */
export function forgeBackup(
  fields: Record<string, unknown>,
  tables: unknown,
  line: (manifest: Record<string, unknown>) => Record<string, unknown> = (manifest) => manifest,
): Uint8Array {
  const content = deflateSync(new TextEncoder().encode(JSON.stringify({ manifest: fields, tables })));
  const manifest = {
    ...fields,
    contentBytes: content.length,
    sha256: createHash('sha256').update(content).digest('hex'),
  };
  return Buffer.concat([
    Buffer.from('DEEPDRILL-BACKUP\n'),
    Buffer.from(`${JSON.stringify(line(manifest))}\n`),
    content,
  ]);
}

/** The manifest fields of a version 3 backup of `tables`, counts taken from the tables. */
export function manifestFields(
  tables: Record<string, unknown[]>,
  schemaVersion = 3,
): Record<string, unknown> {
  return {
    format: 'deepdrill-backup',
    formatVersion: 1,
    appVersion: '0.9.0',
    schemaVersion,
    createdAt: Date.UTC(2026, 11, 2, 8),
    counts: Object.fromEntries(Object.entries(tables).map(([name, rows]) => [name, rows.length])),
  };
}
