import { isAbsolute, join } from 'node:path';
import { nodeFileSystem, writeFileAtomically, type FileSystem } from './atomic-write.ts';

/** The settings file in userData that remembers the folder the student chose. */
export const folderSettingFile = 'backup-folder.json';

/** The default folder: `backups` in userData, beside the IndexedDB it backs up. */
export function defaultBackupFolder(userData: string): string {
  return join(userData, 'backups');
}

/**
 * Which folder backups go to: the one the student chose, remembered in userData/backup-folder.json, or
 * userData/backups. A settings file that cannot be read or holds no absolute path means the default, so a
 * damaged setting never stops backups. Backups already made stay where they are when the folder changes.
 */
export class BackupFolderSetting {
  private chosen: string | undefined;

  constructor(
    private readonly userData: string,
    private readonly fileSystem: FileSystem = nodeFileSystem,
  ) {}

  current(): string {
    return this.chosen ?? defaultBackupFolder(this.userData);
  }

  async load(): Promise<void> {
    try {
      const stored = JSON.parse(
        new TextDecoder().decode(await this.fileSystem.readFile(join(this.userData, folderSettingFile))),
      ) as unknown;
      const folder = (stored as { folder?: unknown } | null)?.folder;
      this.chosen = typeof folder === 'string' && isAbsolute(folder) ? folder : undefined;
    } catch {
      this.chosen = undefined;
    }
  }

  /** Remembers `folder` (absolute) from now on; throws the file system's error if it cannot be saved. */
  async choose(folder: string): Promise<void> {
    if (!isAbsolute(folder)) throw new TypeError(`a backup folder must be an absolute path, not ${folder}`);
    const text = `${JSON.stringify({ folder })}\n`;
    await writeFileAtomically(
      this.userData,
      folderSettingFile,
      new TextEncoder().encode(text),
      this.fileSystem,
    );
    this.chosen = folder;
  }
}
