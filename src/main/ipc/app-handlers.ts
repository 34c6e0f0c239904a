import { refuse } from '../../shared/engine/payload.ts';
import { requestIdMaxLength, type AppInfo } from '../../shared/ipc/contract.ts';
import type { InvokeHandlers } from './invoke-handlers.ts';

/** Reads what "About" shows; `versions` is `process.versions` in Electron's main process. */
export function readAppInfo(
  app: { getName(): string; getVersion(): string },
  versions: Partial<Record<'electron' | 'chrome', string>>,
  platform: string,
): AppInfo {
  return {
    name: app.getName(),
    version: app.getVersion(),
    electron: versions.electron ?? 'unknown',
    chrome: versions.chrome ?? 'unknown',
    platform,
  };
}

export function createAppHandlers(info: AppInfo): InvokeHandlers<'app:info'> {
  return { 'app:info': () => ({ ...info }) };
}

/**
 * The renderer's answer to the exit backup's request, passed to `answered` (the current window's
 * ExitBackup) once its id is checked to be a request id.
 */
export function createExitBackupHandlers(
  answered: (requestId: string) => void,
): InvokeHandlers<'app:exit-backup-done'> {
  return {
    'app:exit-backup-done': (_event, requestId) => {
      if (typeof requestId !== 'string' || requestId.length === 0 || requestId.length > requestIdMaxLength)
        throw refuse({ code: 'badName', field: 'requestId', limit: requestIdMaxLength });
      answered(requestId);
    },
  };
}
