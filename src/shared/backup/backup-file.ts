import { Inflate, deflateSync } from 'fflate';
import type { BackupProblem } from './backup-problem.ts';
import { checkRow, primaryKey, rulesFor } from './table-rules.ts';
import { sha256Hex, utf8Bytes, utf8Text } from './web-platform.ts';

/**
 * The backup file (`.deepdrill`, docs/backup-format.md): a magic line, the manifest as one line of JSON, then
 * the content compressed with DEFLATE (RFC 1951). The content is JSON `{"manifest": …, "tables": …}` and
 * repeats the manifest (all but the size and checksum of the compressed content, which it cannot know), so every
 * byte of the file is checked: the SHA-256 covers the compressed content, the manifest line must equal the copy
 * inside it.
 */
export const backupMagic = 'DEEPDRILL-BACKUP\n';
export const backupFormat = 'deepdrill-backup';
export const backupFormatVersion = 1;
/** Longest manifest line read: far more than any schema's counts need, and a bound for a non-backup file. */
export const manifestLineLimit = 64 * 1024;
/**
 * Largest backup file main keeps or the CLI reads: a semester is a few MB, so this leaves room for years of
 * reviews and still refuses a runaway before it is read.
 */
export const backupFileLimit = 256 * 1024 * 1024;
/**
 * Most bytes the content may inflate to. A year of daily study is some tens of MB of JSON, so this is
 * generous; it still refuses a small file built to inflate to gigabytes (a "zip bomb") before it exhausts
 * memory, since inflating stops as soon as the output passes it (inflateWithin).
 */
export const contentInflatedLimit = 256 * 1024 * 1024;
/** Compressed bytes inflated per step: one step's output stays small (DEFLATE expands 1,032 times at most). */
const inflateStepBytes = 4 * 1024;
/** Row problems listed before the rest are only counted (one broken table could otherwise list every row). */
export const rowProblemLimit = 20;

export interface BackupManifest {
  format: typeof backupFormat;
  formatVersion: typeof backupFormatVersion;
  /** The app that wrote it (package.json's version). */
  appVersion: string;
  /** The database schema version of its tables (src/renderer/lib/db/schema.ts). */
  schemaVersion: number;
  /** When it was made, epoch ms. */
  createdAt: number;
  /** Rows per table. */
  counts: Record<string, number>;
  /** The compressed content's size in bytes (all that follows the manifest line): a cut file is named as such. */
  contentBytes: number;
  /** SHA-256 of the compressed content, 64 lower-case hex digits. */
  sha256: string;
}

export type BackupRefusal = { ok: false; problems: BackupProblem[] };

export type BackupReading =
  { ok: true; manifest: BackupManifest; tables: Record<string, unknown[]> } | BackupRefusal;

export interface BackupContents {
  appVersion: string;
  schemaVersion: number;
  createdAt: number;
  /** Every table's rows, by table name. Rows are plain JSON values (what IndexedDB holds for this app). */
  tables: Record<string, readonly unknown[]>;
}

/** A value encodeBackup cannot store exactly (JSON has no NaN, undefined list entries, Date, Map…). */
export class BackupEncodeError extends Error {
  constructor(
    readonly table: string,
    readonly row: number,
    readonly reason: string,
  ) {
    super(`table ${table}, row ${row}: ${reason}`);
    this.name = 'BackupEncodeError';
  }
}

/**
 * The backup file of `contents`. Throws BackupEncodeError (table, row, why) for a value JSON cannot hold
 * exactly, rather than storing it altered; a field whose value is undefined is left out, as IndexedDB's
 * optional fields are read back the same either way. Throws a TypeError for an invalid version or time.
 */
export async function encodeBackup(contents: BackupContents): Promise<Uint8Array> {
  const { appVersion, schemaVersion, createdAt, tables } = contents;
  if (typeof appVersion !== 'string') throw new TypeError('encodeBackup: appVersion must be a string');
  if (!Number.isSafeInteger(schemaVersion) || schemaVersion < 1)
    throw new TypeError(`encodeBackup: schemaVersion must be a whole number from 1, not ${schemaVersion}`);
  if (!Number.isFinite(createdAt))
    throw new TypeError(`encodeBackup: createdAt must be a time, not ${createdAt}`);
  const counts = Object.fromEntries(Object.entries(tables).map(([name, rows]) => [name, rows.length]));
  const fields: Omit<BackupManifest, 'contentBytes' | 'sha256'> = {
    format: backupFormat,
    formatVersion: backupFormatVersion,
    appVersion,
    schemaVersion,
    createdAt,
    counts,
  };
  const tableTexts = Object.entries(tables).map(
    ([name, rows]) =>
      `${JSON.stringify(name)}:[${rows.map((row, index) => rowJson(name, index, row)).join(',')}]`,
  );
  const content = `{"manifest":${JSON.stringify(fields)},"tables":{${tableTexts.join(',')}}}`;
  const compressed = deflateSync(utf8Bytes(content), { level: 6 });
  const manifest: BackupManifest = {
    ...fields,
    contentBytes: compressed.length,
    sha256: await sha256Hex(compressed),
  };
  return concat(utf8Bytes(backupMagic), utf8Bytes(`${JSON.stringify(manifest)}\n`), compressed);
}

function rowJson(table: string, row: number, value: unknown): string {
  return JSON.stringify(value, function exact(this: unknown, key: string, member: unknown) {
    const raw = key === '' ? value : (this as Record<string, unknown>)[key];
    const fail = (reason: string) => new BackupEncodeError(table, row, `${key || 'the row'} ${reason}`);
    if (typeof raw === 'number' && !Number.isFinite(raw)) throw fail(`is ${raw}, which JSON cannot hold`);
    if (typeof raw === 'bigint' || typeof raw === 'function' || typeof raw === 'symbol')
      throw fail(`is a ${typeof raw}`);
    if (raw === undefined && Array.isArray(this)) throw fail('is undefined inside a list');
    if (typeof raw === 'object' && raw !== null && !Array.isArray(raw)) {
      const prototype = Object.getPrototypeOf(raw) as unknown;
      if (prototype !== Object.prototype && prototype !== null)
        throw fail('is not a plain object (a Date, Map…)');
    }
    return member;
  });
}

function concat(...parts: Uint8Array[]): Uint8Array {
  const whole = new Uint8Array(parts.reduce((sum, part) => sum + part.length, 0));
  let offset = 0;
  for (const part of parts) {
    whole.set(part, offset);
    offset += part.length;
  }
  return whole;
}

/**
 * Reads a backup file and checks everything a restore needs, in order: the magic line, the manifest (format
 * version; a schema newer than `schemaVersion`, the app's own, is refused with the version it needs), the
 * SHA-256 of the content, its inflated size (contentInflatedLimit), the manifest's copy inside it, each
 * table's row count, and every row against its
 * table's rules for the backup's schema version (table-rules.ts), with no two rows sharing a primary key.
 * Writes nothing and never throws: any bytes give a reading.
 */
export async function decodeBackup(
  bytes: Uint8Array,
  options: { schemaVersion: number },
): Promise<BackupReading> {
  try {
    return await decode(bytes, options.schemaVersion);
  } catch {
    // Only a platform failure gets here (every check above returns its problem); still never a throw.
    return refuse({ code: 'content-unreadable' });
  }
}

const refuse = (...problems: BackupProblem[]): BackupReading => ({ ok: false, problems });

async function decode(bytes: Uint8Array, appSchemaVersion: number): Promise<BackupReading> {
  const header = readHeader(bytes);
  if ('problem' in header) return refuse(header.problem);
  const manifest = checkManifest(header.manifest);
  if ('problem' in manifest) return refuse(manifest.problem);
  const { schemaVersion } = manifest.value;
  if (schemaVersion > appSchemaVersion)
    return refuse({
      code: 'newer-schema',
      schemaVersion,
      supported: appSchemaVersion,
      appVersion: manifest.value.appVersion,
    });
  const rules = rulesFor(schemaVersion);
  if (!rules) return refuse({ code: 'unknown-schema', schemaVersion });

  const body = bytes.subarray(header.bodyStart);
  const { contentBytes, sha256 } = manifest.value;
  if (body.length < contentBytes) return refuse({ code: 'truncated' });
  if (body.length > contentBytes)
    return refuse({ code: 'size-mismatch', expected: contentBytes, found: body.length });
  const found = await sha256Hex(body);
  if (found !== sha256) return refuse({ code: 'checksum-mismatch', expected: sha256, found });
  const content = readContent(body, contentInflatedLimit);
  if ('code' in content) return refuse(content);
  const copy = checkManifest({ ...(content.manifest as object), contentBytes, sha256 });
  if ('problem' in copy) return refuse({ code: 'manifest-mismatch', field: manifestFieldOf(copy.problem) });
  const differing = differingField(manifest.value, copy.value);
  if (differing) return refuse({ code: 'manifest-mismatch', field: differing });

  const problems = checkTables(content.tables, rules, manifest.value.counts);
  if (problems.length > 0) return refuse(...problems);
  return { ok: true, manifest: manifest.value, tables: content.tables as Record<string, unknown[]> };
}

/**
 * The manifest line alone, checked as decodeBackup checks it, without reading the content: what a folder of
 * backups is listed by. The content's checksum and rows are checked only by decodeBackup.
 */
export function readManifestLine(bytes: Uint8Array): { ok: true; manifest: BackupManifest } | BackupRefusal {
  const header = readHeader(bytes);
  if ('problem' in header) return { ok: false, problems: [header.problem] };
  const manifest = checkManifest(header.manifest);
  if ('problem' in manifest) return { ok: false, problems: [manifest.problem] };
  return { ok: true, manifest: manifest.value };
}

type Header = { manifest: unknown; bodyStart: number } | { problem: BackupProblem };

function readHeader(bytes: Uint8Array): Header {
  if (!(bytes instanceof Uint8Array) || bytes.length === 0) return { problem: { code: 'empty' } };
  const magic = utf8Bytes(backupMagic);
  const compared = Math.min(bytes.length, magic.length);
  for (let index = 0; index < compared; index++) {
    if (bytes[index] !== magic[index]) return { problem: { code: 'not-a-backup' } };
  }
  if (bytes.length < magic.length) return { problem: { code: 'truncated' } };
  const searchEnd = Math.min(bytes.length, magic.length + manifestLineLimit);
  const newline = bytes.subarray(magic.length, searchEnd).indexOf(0x0a);
  if (newline < 0) {
    const field = 'manifest';
    return {
      problem: searchEnd === bytes.length ? { code: 'truncated' } : { code: 'manifest-invalid', field },
    };
  }
  const lineEnd = magic.length + newline;
  try {
    return { manifest: JSON.parse(utf8Text(bytes.subarray(magic.length, lineEnd))), bodyStart: lineEnd + 1 };
  } catch {
    return { problem: { code: 'manifest-invalid', field: 'manifest' } };
  }
}

type Checked = { value: BackupManifest } | { problem: BackupProblem };

function checkManifest(value: unknown): Checked {
  const invalid = (field: string): Checked => ({ problem: { code: 'manifest-invalid', field } });
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return invalid('manifest');
  const manifest = value as Record<string, unknown>;
  if (manifest.format !== backupFormat) return invalid('format');
  const formatVersion = manifest.formatVersion;
  if (!Number.isSafeInteger(formatVersion)) return invalid('formatVersion');
  if (formatVersion !== backupFormatVersion)
    return {
      problem: { code: 'format-version', found: formatVersion as number, supported: backupFormatVersion },
    };
  if (typeof manifest.appVersion !== 'string') return invalid('appVersion');
  if (!Number.isSafeInteger(manifest.schemaVersion) || (manifest.schemaVersion as number) < 1)
    return invalid('schemaVersion');
  if (!Number.isFinite(manifest.createdAt)) return invalid('createdAt');
  const counts = manifest.counts;
  if (typeof counts !== 'object' || counts === null || Array.isArray(counts)) return invalid('counts');
  for (const [table, count] of Object.entries(counts)) {
    if (!Number.isSafeInteger(count) || (count as number) < 0) return invalid(`counts.${table}`);
  }
  if (!Number.isSafeInteger(manifest.contentBytes) || (manifest.contentBytes as number) < 0)
    return invalid('contentBytes');
  if (typeof manifest.sha256 !== 'string' || !/^[0-9a-f]{64}$/.test(manifest.sha256))
    return invalid('sha256');
  return {
    value: {
      format: backupFormat,
      formatVersion: backupFormatVersion,
      appVersion: manifest.appVersion,
      schemaVersion: manifest.schemaVersion as number,
      createdAt: manifest.createdAt as number,
      counts: { ...(counts as Record<string, number>) },
      contentBytes: manifest.contentBytes as number,
      sha256: manifest.sha256,
    },
  };
}

function manifestFieldOf(problem: BackupProblem): string {
  return problem.code === 'manifest-invalid' ? problem.field : 'formatVersion';
}

/** The first manifest field whose value differs between the line and the copy inside the content. */
function differingField(line: BackupManifest, copy: BackupManifest): string | undefined {
  for (const field of ['appVersion', 'schemaVersion', 'createdAt'] as const) {
    if (!Object.is(line[field], copy[field])) return field;
  }
  const tables = new Set([...Object.keys(line.counts), ...Object.keys(copy.counts)]);
  for (const table of tables) {
    if (line.counts[table] !== copy.counts[table]) return `counts.${table}`;
  }
  return undefined;
}

/** What inflating the content gave: its bytes, or why not (past `limit`, or not a whole DEFLATE stream). */
export type Inflated =
  { ok: true; bytes: Uint8Array } | { ok: false; reason: 'too-large' | 'unreadable'; inflatedBytes: number };

/**
 * Inflates `body` (raw DEFLATE) a small step at a time, keeping a running total of the output, and stops as
 * soon as it passes `limit` bytes: a bomb is refused having produced at most `limit` bytes plus one step's
 * output, never its whole size.
 */
export function inflateWithin(body: Uint8Array, limit: number): Inflated {
  const chunks: Uint8Array[] = [];
  let total = 0;
  let ended = false;
  const inflater = new Inflate((chunk, final) => {
    total += chunk.length;
    ended = final;
    if (total <= limit) chunks.push(chunk);
  });
  try {
    for (let start = 0; total <= limit && !ended; start += inflateStepBytes) {
      const end = Math.min(body.length, start + inflateStepBytes);
      inflater.push(body.subarray(start, end), end === body.length);
    }
  } catch {
    return { ok: false, reason: 'unreadable', inflatedBytes: total };
  }
  if (total > limit) return { ok: false, reason: 'too-large', inflatedBytes: total };
  return { ok: true, bytes: concat(...chunks) };
}

function readContent(
  body: Uint8Array,
  inflatedLimit: number,
): { manifest: unknown; tables: Record<string, unknown> } | BackupProblem {
  const inflated = inflateWithin(body, inflatedLimit);
  if (!inflated.ok)
    return inflated.reason === 'too-large'
      ? { code: 'content-too-large', limitMb: inflatedLimit / (1024 * 1024) }
      : { code: 'content-unreadable' };
  try {
    const content = JSON.parse(utf8Text(inflated.bytes)) as unknown;
    if (typeof content !== 'object' || content === null) return { code: 'content-unreadable' };
    const { manifest, tables } = content as Record<string, unknown>;
    if (typeof tables !== 'object' || tables === null || Array.isArray(tables))
      return { code: 'content-unreadable' };
    return { manifest, tables: tables as Record<string, unknown> };
  } catch {
    return { code: 'content-unreadable' };
  }
}

function checkTables(
  tables: Record<string, unknown>,
  rules: NonNullable<ReturnType<typeof rulesFor>>,
  counts: Record<string, number>,
): BackupProblem[] {
  const problems: BackupProblem[] = [];
  for (const table of Object.keys(tables)) {
    if (!Object.hasOwn(rules, table)) problems.push({ code: 'unknown-table', table });
  }
  for (const table of Object.keys(rules)) {
    if (!Object.hasOwn(tables, table)) problems.push({ code: 'missing-table', table });
    else if (!Array.isArray(tables[table])) problems.push({ code: 'table-invalid', table });
    else if (!Object.hasOwn(counts, table))
      problems.push({ code: 'manifest-invalid', field: `counts.${table}` });
    else if (counts[table] !== (tables[table] as unknown[]).length)
      problems.push({
        code: 'count-mismatch',
        table,
        expected: counts[table]!,
        found: (tables[table] as unknown[]).length,
      });
  }
  for (const table of Object.keys(counts)) {
    if (!Object.hasOwn(rules, table) && !Object.hasOwn(tables, table))
      problems.push({ code: 'unknown-table', table });
  }
  if (problems.length > 0) return problems;

  let rowProblems = 0;
  const note = (problem: BackupProblem) => {
    if (rowProblems++ < rowProblemLimit) problems.push(problem);
  };
  for (const [table, rule] of Object.entries(rules)) {
    const keys = new Set<string>();
    (tables[table] as unknown[]).forEach((row, index) => {
      const fault = checkRow(rule, row);
      if (fault) {
        note({
          code: 'row-invalid',
          table,
          row: index,
          field: fault.field,
          expected: fault.expected,
          ...(fault.allowed && { allowed: fault.allowed.map((value) => JSON.stringify(value)).join(', ') }),
        });
        return;
      }
      const key = primaryKey(rule, row);
      if (keys.has(key)) note({ code: 'duplicate-key', table, row: index, key });
      keys.add(key);
    });
  }
  if (rowProblems > rowProblemLimit)
    problems.push({ code: 'more-problems', count: rowProblems - rowProblemLimit });
  return problems;
}
