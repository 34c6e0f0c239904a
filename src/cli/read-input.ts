import { constants } from 'node:fs';
import { open, stat, type FileHandle } from 'node:fs/promises';
import { resolve } from 'node:path';

/**
 * Why a file the CLI was given cannot be used, as data: a code from this closed union plus its values. The words
 * are in read-input-messages.ts, in both languages. `path` is the path as the user typed it.
 */
export type ReadProblem =
  | { code: 'NOT_FOUND'; path: string }
  | { code: 'FOLDER'; path: string }
  | { code: 'FIFO'; path: string }
  | { code: 'SPECIAL_FILE'; path: string }
  | { code: 'NO_PERMISSION'; path: string }
  | { code: 'UNREADABLE'; path: string; reason: string }
  | { code: 'TOO_LARGE'; path: string; size: number; limit: number }
  | { code: 'GREW_TOO_LARGE'; path: string; limit: number }
  | { code: 'NOT_TEXT'; path: string };

export type ReadProblemCode = ReadProblem['code'];

export type ReadOutcome = { ok: true; text: string } | { ok: false; problem: ReadProblem };

export type ReadBytesOutcome = { ok: true; bytes: Uint8Array } | { ok: false; problem: ReadProblem };

/** Bytes read at a time: files in /proc report size 0, so the size is also checked while reading. */
const chunkSize = 1 << 16;

/**
 * Reads a UTF-8 text file of at most `limit` bytes, or says why it cannot, without ever holding more than
 * `limit + 64 KB` of it. The size comes from `stat` before any byte is read; the file is opened non-blocking, so
 * a FIFO swapped in after the check cannot hang the reader, and its type is checked again on the open handle.
 * Reading stops one chunk past the limit, because /proc files (like /proc/self/mem) and files still growing
 * report a size that is not what a read returns.
 */
export async function readInput(path: string, cwd: string, limit: number): Promise<ReadOutcome> {
  const read = await readInputBytes(path, cwd, limit);
  if (!read.ok) return read;
  try {
    return { ok: true, text: utf8.decode(read.bytes) };
  } catch {
    return { ok: false, problem: { code: 'NOT_TEXT', path } };
  }
}

/** readInput's checks and bounds for a file read as bytes (a backup file), not as text. */
export async function readInputBytes(path: string, cwd: string, limit: number): Promise<ReadBytesOutcome> {
  const absolute = resolve(cwd, path);
  const refused = await checkStats(() => stat(absolute), path, limit);
  if (refused) return { ok: false, problem: refused };
  let handle: FileHandle;
  try {
    handle = await open(absolute, constants.O_RDONLY | constants.O_NONBLOCK);
  } catch (thrown) {
    return { ok: false, problem: systemProblem(thrown, path) };
  }
  try {
    const reopened = await checkStats(() => handle.stat(), path, limit);
    if (reopened) return { ok: false, problem: reopened };
    return await readBounded(handle, path, limit);
  } catch (thrown) {
    return { ok: false, problem: systemProblem(thrown, path) };
  } finally {
    await handle.close().catch(() => {});
  }
}

async function checkStats(
  read: () => Promise<Awaited<ReturnType<typeof stat>>>,
  path: string,
  limit: number,
): Promise<ReadProblem | null> {
  let stats;
  try {
    stats = await read();
  } catch (thrown) {
    return systemProblem(thrown, path);
  }
  if (stats.isDirectory()) return { code: 'FOLDER', path };
  if (stats.isFIFO()) return { code: 'FIFO', path };
  if (!stats.isFile()) return { code: 'SPECIAL_FILE', path };
  if (stats.size > limit) return { code: 'TOO_LARGE', path, size: Number(stats.size), limit };
  return null;
}

async function readBounded(handle: FileHandle, path: string, limit: number): Promise<ReadBytesOutcome> {
  const chunks: Buffer[] = [];
  let total = 0;
  for (;;) {
    const chunk = Buffer.allocUnsafe(chunkSize);
    const { bytesRead } = await handle.read(chunk, 0, chunkSize, null);
    if (bytesRead === 0) break;
    total += bytesRead;
    if (total > limit) return { ok: false, problem: { code: 'GREW_TOO_LARGE', path, limit } };
    chunks.push(chunk.subarray(0, bytesRead));
  }
  return { ok: true, bytes: Buffer.concat(chunks, total) };
}

/** Fatal: a binary file is refused as "not UTF-8 text" instead of read as replacement characters. */
const utf8 = new TextDecoder('utf-8', { fatal: true });

/** Node's error codes for files, as problems; any other code is named as it is (EIO, ELOOP, …). */
function systemProblem(thrown: unknown, path: string): ReadProblem {
  const code = (thrown as NodeJS.ErrnoException | null)?.code;
  switch (code) {
    case 'ENOENT':
    case 'ENOTDIR':
      return { code: 'NOT_FOUND', path };
    case 'EISDIR':
      return { code: 'FOLDER', path };
    case 'EACCES':
    case 'EPERM':
      return { code: 'NO_PERMISSION', path };
    default:
      return { code: 'UNREADABLE', path, reason: code ?? String(thrown) };
  }
}
