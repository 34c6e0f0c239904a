import { ElectronHost } from './electron-host.ts';
import type { EngineHost } from './engine-host.ts';
import { WebHost } from './web-host.ts';
import { defaultPoolSize } from '../../../shared/engine/worker-count.ts';

export type { EngineHost, RunOptions } from './engine-host.ts';

function createHost(): EngineHost {
  if (window.deepdrill) return new ElectronHost(window.deepdrill);
  const workers = defaultPoolSize(navigator.hardwareConcurrency);
  return new WebHost(
    () => new Worker(new URL('./engine.worker.ts', import.meta.url), { type: 'module', name: 'engine' }),
    workers,
  );
}

/** The engine host for this window: Electron IPC inside the app, a Web Worker in a plain browser. */
export const engineHost: EngineHost = createHost();
