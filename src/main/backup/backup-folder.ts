import { join } from 'node:path';
import {
  backupMagic,
  manifestLineLimit,
  readManifestLine,
  type BackupManifest,
} from '../../shared/backup/backup-file.ts';
import type { BackupEntry } from '../../shared/backup/backup-store.ts';
import { backupsToRemove, newestFirst } from '../../shared/backup/rotation.ts';
import type { BackupOutcome } from '../../shared/backup/storage-problem.ts';
import {
  errorCode,
  nodeFileSystem,
  readProblem,
  temporarySuffix,
  writeFileAtomically,
  writeProblem,
  type FileSystem,
} from './atomic-write.ts';

/** A backup's file name, which is its id: `deepdrill-2026-12-02T08-30-00.123Z-1a2b3c4d.deepdrill`. */
export const backupFileName = /^deepdrill-\d{4}-\d\d-\d\dT\d\d-\d\d-\d\d\.\d{3}Z-[0-9a-f]{8}\.deepdrill$/;

export function fileNameOf(manifest: BackupManifest): string {
  const time = new Date(manifest.createdAt).toISOString().replaceAll(':', '-');
  return `deepdrill-${time}-${manifest.sha256.slice(0, 8)}.deepdrill`;
}

export interface BackupFolderOptions {
  /** The folder now in use (user-data/backups, or the one the student chose). */
  folder: () => string;
  now: () => number;
  /** The student's time zone, for the rotation's days (Intl's resolved time zone in the app). */
  timeZone: () => string;
  fileSystem?: FileSystem;
}

/**
 * The backups of the Electron app: one file each in a folder, written atomically (atomic-write.ts) and kept by
 * the rotation (src/shared/backup/rotation.ts). Saves and removals run one at a time; every failure is an
 * answer ({ ok: false, problem }), never a throw, and a failed save leaves the earlier backups as they were.
 */
export class BackupFolder {
  private readonly fileSystem: FileSystem;
  private queue: Promise<unknown> = Promise.resolve();

  constructor(private readonly options: BackupFolderOptions) {
    this.fileSystem = options.fileSystem ?? nodeFileSystem;
  }

  location(): string {
    return this.options.folder();
  }

  /** Writes the backup whose manifest line is `manifest`, then removes what the rotation no longer keeps. */
  save(bytes: Uint8Array, manifest: BackupManifest): Promise<BackupOutcome<BackupEntry>> {
    return this.oneAtATime(async () => {
      const folder = this.location();
      const id = fileNameOf(manifest);
      try {
        await this.fileSystem.mkdir(folder, { recursive: true });
        await this.removeTemporaryFiles(folder);
        await writeFileAtomically(folder, id, bytes, this.fileSystem);
      } catch (error) {
        return { ok: false, problem: writeProblem(error, folder) };
      }
      await this.rotate(folder);
      return { ok: true, value: { id, createdAt: manifest.createdAt, size: bytes.length, manifest } };
    });
  }

  /** Every backup in the folder, newest first; files whose manifest line cannot be read are left out. */
  async list(): Promise<BackupOutcome<BackupEntry[]>> {
    const folder = this.location();
    let names: string[];
    try {
      names = await this.fileSystem.readdir(folder);
    } catch (error) {
      if (errorCode(error) === 'ENOENT') return { ok: true, value: [] };
      return { ok: false, problem: readProblem(error, folder) };
    }
    const entries = await Promise.all(
      names.filter((name) => backupFileName.test(name)).map((name) => this.entryOf(folder, name)),
    );
    return { ok: true, value: newestFirst(entries.filter((entry) => entry !== undefined)) };
  }

  async read(id: string): Promise<BackupOutcome<Uint8Array>> {
    if (!backupFileName.test(id)) return { ok: false, problem: { code: 'not-a-backup-file', id } };
    try {
      return { ok: true, value: new Uint8Array(await this.fileSystem.readFile(join(this.location(), id))) };
    } catch (error) {
      if (errorCode(error) === 'ENOENT') return { ok: false, problem: { code: 'not-found', id } };
      return { ok: false, problem: readProblem(error, this.location()) };
    }
  }

  remove(id: string): Promise<BackupOutcome<null>> {
    return this.oneAtATime(async () => {
      if (!backupFileName.test(id)) return { ok: false, problem: { code: 'not-a-backup-file', id } };
      try {
        await this.fileSystem.unlink(join(this.location(), id));
        return { ok: true, value: null };
      } catch (error) {
        if (errorCode(error) === 'ENOENT') return { ok: false, problem: { code: 'not-found', id } };
        return { ok: false, problem: writeProblem(error, this.location()) };
      }
    });
  }

  private oneAtATime<Value>(task: () => Promise<Value>): Promise<Value> {
    const run = this.queue.then(task, task);
    this.queue = run.catch(() => undefined);
    return run;
  }

  /** The entry of one file from its manifest line (the first bytes only) and its size. */
  private async entryOf(folder: string, name: string): Promise<BackupEntry | undefined> {
    try {
      const handle = await this.fileSystem.open(join(folder, name), 'r');
      try {
        const head = new Uint8Array(backupMagic.length + manifestLineLimit + 1);
        const { bytesRead } = await handle.read(head, 0, head.length, 0);
        const reading = readManifestLine(head.subarray(0, bytesRead));
        if (!reading.ok) return undefined;
        const { size } = await handle.stat();
        return { id: name, createdAt: reading.manifest.createdAt, size, manifest: reading.manifest };
      } finally {
        await handle.close();
      }
    } catch {
      return undefined;
    }
  }

  /** Removes the backups the rotation no longer keeps; one that cannot be removed is tried again next time. */
  private async rotate(folder: string): Promise<void> {
    const listed = await this.list();
    if (!listed.ok) return;
    for (const entry of backupsToRemove(listed.value, this.options.now(), this.options.timeZone())) {
      await this.fileSystem.unlink(join(folder, entry.id)).catch(() => undefined);
    }
  }

  /** A temporary file left by a save that crashed (saves run one at a time, so none is being written now). */
  private async removeTemporaryFiles(folder: string): Promise<void> {
    const names = await this.fileSystem.readdir(folder);
    for (const name of names) {
      if (name.startsWith('deepdrill-') && name.endsWith(temporarySuffix))
        await this.fileSystem.unlink(join(folder, name)).catch(() => undefined);
    }
  }
}
