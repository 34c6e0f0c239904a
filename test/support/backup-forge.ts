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
  return forgeWithContent(fields, content, line);
}

/** A backup file around `content`, compressed bytes of any kind, with the manifest's size and checksum right. */
export function forgeWithContent(
  fields: Record<string, unknown>,
  content: Uint8Array,
  line: (manifest: Record<string, unknown>) => Record<string, unknown> = (manifest) => manifest,
): Uint8Array {
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

/**
 * A DEFLATE stream (RFC 1951) written bit by bit that inflates to at least `inflatedBytes` zeros: one block of
 * fixed Huffman codes, a literal 0 and then "copy 258 bytes from 1 back" over and over, 13 bits for every 258
 * bytes. Some hundred times smaller than what it gives, and made without ever holding that.
 */
export function deflateBomb(inflatedBytes: number): Uint8Array {
  const copies = Math.ceil(Math.max(0, inflatedBytes - 1) / 258);
  const bytes = new Uint8Array(Math.ceil((3 + 8 + copies * 13 + 7) / 8) + 1);
  let bit = 0;
  const write = (value: number, count: number) => {
    for (let index = 0; index < count; index++, bit++)
      if ((value >> index) & 1) bytes[bit >> 3]! |= 1 << (bit & 7);
  };
  // Huffman codes go most significant bit first; every other field least significant first.
  const code = (value: number, count: number) => {
    for (let index = count - 1; index >= 0; index--) write((value >> index) & 1, 1);
  };
  write(1, 1); // the final block
  write(1, 2); // of fixed Huffman codes
  code(0x30, 8); // literal 0
  for (let copy = 0; copy < copies; copy++) {
    code(0xc5, 8); // length 258 (symbol 285)
    code(0, 5); // distance 1 (distance code 0)
  }
  code(0, 7); // end of block (symbol 256)
  return bytes;
}
