import type { BackupStore } from '../../../shared/backup/backup-store.ts';
import { EngineError } from '../../../shared/engine/engine-error.ts';
import { defaultPoolSize } from '../../../shared/engine/worker-count.ts';
import { chooseEngine, isInsideElectron, type HostFailure } from './bridge-check.ts';
import { ElectronBackupStore, ElectronHost } from './electron-host.ts';
import type { EngineHost } from './engine-host.ts';
import { answerExitRequests, backUpWhenHidden } from '../backup/exit-backup.ts';
import { openBackupArchive } from '../db/backup-archive.ts';
import { WebBackupStore } from './web-backup-store.ts';

export type { EngineHost, RunOptions } from './engine-host.ts';
export type { HostFailure } from './bridge-check.ts';

const choice = chooseEngine(isInsideElectron(navigator.userAgent, location.protocol), window.deepdrill);

/** Set when the app runs in Electron without a working preload: main.ts then shows PreloadFailure, not the app. */
export const hostFailure: HostFailure | undefined = choice.kind === 'failed' ? choice.failure : undefined;

function createHost(): EngineHost {
  if (choice.kind === 'electron') return new ElectronHost(choice.bridge);
  if (choice.kind === 'failed') {
    // Never reached by a screen (none is mounted); refuses rather than quietly computing in the page.
    return {
      kind: 'electron',
      run: () =>
        Promise.reject(new EngineError('INTERNAL', `The engine is unreachable: ${choice.failure.code}`)),
    };
  }
  return lazyWebHost();
}

/**
 * The WebHost (the engine in Web Workers, with its WebAssembly kernels) loads with the first job, so the first
 * screen's script does not carry it and the Electron app, whose engine runs in main, never loads it. A load that
 * fails is tried again at the next job.
 */
function lazyWebHost(): EngineHost {
  let loading: Promise<EngineHost> | undefined;
  const load = (): Promise<EngineHost> =>
    (loading ??= import('./web-host.ts').then(
      ({ WebHost }) =>
        new WebHost(
          () =>
            new Worker(new URL('./engine.worker.ts', import.meta.url), { type: 'module', name: 'engine' }),
          defaultPoolSize(navigator.hardwareConcurrency),
        ),
      (error: unknown) => {
        loading = undefined;
        throw new EngineError('INTERNAL', `The engine could not be loaded: ${String(error)}`);
      },
    ));
  return { kind: 'web', run: async (job, payload, options) => (await load()).run(job, payload, options) };
}

/** The engine host for this window: Electron IPC inside the app, a Web Worker in a plain browser. */
export const engineHost: EngineHost = createHost();

/** Where this window's backups are kept, and (Electron only) how the student chooses their folder. */
export interface BackupHost {
  store: BackupStore;
  chooseFolder?: () => Promise<string | null>;
  /** Runs `backUp` when the window exits, as this host can see it (lib/backup/exit-backup.ts). */
  onExit: (backUp: () => Promise<void>) => void;
}

function createBackupHost(): BackupHost {
  if (choice.kind === 'electron') {
    const { bridge } = choice;
    const store = new ElectronBackupStore(bridge);
    return {
      store,
      chooseFolder: () => store.chooseFolder(),
      onExit: (backUp) => {
        answerExitRequests(bridge.on['app:exit-backup'], backUp, (requestId) =>
          bridge.invoke['app:exit-backup-done'](requestId),
        );
      },
    };
  }
  // A failed preload mounts no screen, so no backup is ever asked of it; the browser's store serves as a default.
  return {
    store: new WebBackupStore({
      archive: openBackupArchive(),
      clock: Date.now,
      timeZone: () => Intl.DateTimeFormat().resolvedOptions().timeZone,
      makeId: () => crypto.randomUUID(),
    }),
    onExit: (backUp) => backUpWhenHidden(window, document, backUp),
  };
}

/** The backups of this window: files written by main in Electron, a second IndexedDB database in a browser. */
export const backupHost: BackupHost = createBackupHost();
