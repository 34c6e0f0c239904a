import type { IpcMainInvokeEvent } from 'electron';
import { constants } from 'node:fs';
import { readManifestLine } from '../../shared/backup/backup-file.ts';
import { invalid } from '../../shared/engine/payload.ts';
import type { BackupChannel } from '../../shared/ipc/contract.ts';
import { writeProblem, type FileSystem } from '../backup/atomic-write.ts';
import { backupFileName, type BackupFolder } from '../backup/backup-folder.ts';
import type { BackupFolderSetting } from '../backup/folder-setting.ts';
import type { InvokeHandlers } from './invoke-handlers.ts';

/** Largest backup main accepts: a semester is a few MB; this leaves room for years and refuses a runaway. */
export const backupSizeLimit = 256 * 1024 * 1024;

export interface BackupHandlerDependencies {
  backups: BackupFolder;
  setting: BackupFolderSetting;
  /** Shows the folder dialog over the asking window; the chosen folder, or undefined when cancelled. */
  chooseFolder: (event: IpcMainInvokeEvent) => Promise<string | undefined>;
  fileSystem: Pick<FileSystem, 'mkdir' | 'access'>;
}

/** The six backup channels; each checks its payload (main trusts nothing the renderer sends) before work. */
export function createBackupHandlers({
  backups,
  setting,
  chooseFolder,
  fileSystem,
}: BackupHandlerDependencies): InvokeHandlers<BackupChannel> {
  return {
    'backup:save': (_event, bytes) => {
      if (!(bytes instanceof Uint8Array)) throw invalid('bytes', 'expected the bytes of a backup file');
      if (bytes.length > backupSizeLimit)
        throw invalid('bytes', `a backup may be at most ${backupSizeLimit} bytes, got ${bytes.length}`);
      const reading = readManifestLine(bytes);
      if (!reading.ok)
        throw invalid(
          'bytes',
          `not a backup file (${reading.problems.map((problem) => problem.code).join(', ')})`,
        );
      return backups.save(bytes, reading.manifest);
    },
    'backup:list': () => backups.list(),
    'backup:read': (_event, id) => backups.read(readBackupId(id)),
    'backup:remove': (_event, id) => backups.remove(readBackupId(id)),
    'backup:location': () => backups.location(),
    'backup:choose-folder': async (event) => {
      const folder = await chooseFolder(event);
      if (folder === undefined) return { ok: true, value: null };
      try {
        await fileSystem.mkdir(folder, { recursive: true });
        await fileSystem.access(folder, constants.W_OK);
        await setting.choose(folder);
        return { ok: true, value: folder };
      } catch (error) {
        return { ok: false, problem: writeProblem(error, folder) };
      }
    },
  };
}

/** A backup id is a file name of the folder's own pattern: no path, so nothing outside the folder is reached. */
function readBackupId(id: unknown): string {
  if (typeof id !== 'string' || !backupFileName.test(id))
    throw invalid('id', 'expected the id of a backup (deepdrill-<time>-<checksum>.deepdrill)');
  return id;
}
