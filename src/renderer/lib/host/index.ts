import { ElectronHost } from './electron-host.ts';
import type { EngineHost } from './engine-host.ts';
import { WebHost } from './web-host.ts';

export type { EngineHost, RunOptions } from './engine-host.ts';

function createHost(): EngineHost {
  if (window.deepdrill) return new ElectronHost(window.deepdrill);
  // One worker per core, at most two, as main's pool: large jobs run in parts on both.
  const workers = Math.max(1, Math.min(2, navigator.hardwareConcurrency || 1));
  return new WebHost(
    () => new Worker(new URL('./engine.worker.ts', import.meta.url), { type: 'module', name: 'engine' }),
    workers,
  );
}

/** The engine host for this window: Electron IPC inside the app, a Web Worker in a plain browser. */
export const engineHost: EngineHost = createHost();
