import type { IpcMainInvokeEvent } from 'electron';
import { constants } from 'node:fs';
import { backupFileLimit, readManifestLine } from '../../shared/backup/backup-file.ts';
import { refuse } from '../../shared/engine/payload.ts';
import { describeValue } from '../../shared/engine/refusal.ts';
import type { BackupChannel } from '../../shared/ipc/contract.ts';
import { writeProblem, type FileSystem } from '../backup/atomic-write.ts';
import { backupFileName, type BackupFolder } from '../backup/backup-folder.ts';
import type { BackupFolderSetting } from '../backup/folder-setting.ts';
import type { InvokeHandlers } from './invoke-handlers.ts';

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
      if (!(bytes instanceof Uint8Array))
        throw refuse({
          code: 'wrongType',
          field: 'bytes',
          expected: 'backupBytes',
          got: describeValue(bytes),
        });
      if (bytes.length > backupFileLimit)
        throw refuse({
          code: 'overLimit',
          field: 'bytes',
          unit: 'bytes',
          actual: bytes.length,
          limit: backupFileLimit,
        });
      const reading = readManifestLine(bytes);
      if (!reading.ok)
        throw refuse({ code: 'notBackup', problems: reading.problems.map((problem) => problem.code) });
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
    throw refuse({ code: 'wrongType', field: 'id', expected: 'backupId', got: null });
  return id;
}
