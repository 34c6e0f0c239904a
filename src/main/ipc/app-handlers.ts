import type { AppInfo } from '../../shared/ipc/contract.ts';
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
