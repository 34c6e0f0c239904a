import * as fs from 'node:fs/promises';
import { randomBytes } from 'node:crypto';
import { join } from 'node:path';
import type { BackupStorageProblem } from '../../shared/backup/storage-problem.ts';

/** The parts of node:fs/promises the backup folder uses; tests pass their own to inject a crash or a full disk. */
export type FileSystem = Pick<
  typeof fs,
  'open' | 'rename' | 'unlink' | 'mkdir' | 'readdir' | 'stat' | 'readFile' | 'access'
>;

export const nodeFileSystem: FileSystem = fs;

/** The ending of a file still being written: never listed, and removed by the next save. */
export const temporarySuffix = '.tmp';

/**
 * Writes `bytes` to `folder/name` so that the name holds either the whole new file or nothing: a temporary
 * file in the same folder is written and fsynced, renamed over the name (atomic on one file system), and the
 * folder is fsynced so the rename itself survives a power cut (the usual recipe, as in SQLite's and
 * LevelDB's). A crash at any point leaves at worst a temporary file; a failure removes it and rethrows.
 */
export async function writeFileAtomically(
  folder: string,
  name: string,
  bytes: Uint8Array,
  fileSystem: FileSystem = nodeFileSystem,
): Promise<void> {
  const temporary = join(folder, `${name}.${randomBytes(4).toString('hex')}${temporarySuffix}`);
  try {
    const handle = await fileSystem.open(temporary, 'wx');
    try {
      await handle.writeFile(bytes);
      await handle.sync();
    } finally {
      await handle.close();
    }
    await fileSystem.rename(temporary, join(folder, name));
  } catch (error) {
    await fileSystem.unlink(temporary).catch(() => undefined);
    throw error;
  }
  await syncFolder(folder, fileSystem);
}

/**
 * fsync of the folder, so a rename in it is on disk. Windows cannot open a folder for this (EISDIR, EPERM);
 * there the rename is as durable as NTFS's journal makes it.
 */
async function syncFolder(folder: string, fileSystem: FileSystem): Promise<void> {
  let handle: fs.FileHandle;
  try {
    handle = await fileSystem.open(folder, 'r');
  } catch (error) {
    if (['EISDIR', 'EPERM', 'EACCES'].includes(errorCode(error))) return;
    throw error;
  }
  try {
    await handle.sync();
  } catch (error) {
    if (!['EINVAL', 'EBADF', 'EPERM'].includes(errorCode(error))) throw error;
  } finally {
    await handle.close();
  }
}

export function errorCode(error: unknown): string {
  const code = (error as { code?: unknown } | null)?.code;
  return typeof code === 'string' ? code : '';
}

/** A failed write as data: a full disk or quota (ENOSPC, EDQUOT), no permission, or any other error. */
export function writeProblem(error: unknown, location: string): BackupStorageProblem {
  const code = errorCode(error);
  if (code === 'ENOSPC' || code === 'EDQUOT') return { code: 'disk-full', location };
  if (code === 'EACCES' || code === 'EPERM' || code === 'EROFS') return { code: 'no-permission', location };
  return { code: 'write-failed', location, reason: code || String((error as Error)?.message ?? error) };
}

export function readProblem(error: unknown, location: string): BackupStorageProblem {
  const code = errorCode(error);
  return { code: 'read-failed', location, reason: code || String((error as Error)?.message ?? error) };
}
