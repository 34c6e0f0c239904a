import { EngineError } from '../../../shared/engine/engine-error.ts';
import type { PoolTimers, SpawnWorker } from '../../../shared/engine/pool/worker-pool.ts';

/** The part of a browser Worker the adapter uses (a test double provides the same). */
export interface WebWorkerLike {
  postMessage(message: unknown, transfer: Transferable[]): void;
  terminate(): void;
  onmessage: ((event: MessageEvent) => void) | null;
  onerror: ((event: ErrorEvent) => void) | null;
  onmessageerror?: ((event: MessageEvent) => void) | null;
}

/**
 * The pool's adapter for Web Workers (the WebHost's engine workers and the image lab's worker): `onmessage` is
 * a message; `onerror` (an exception the worker did not catch, or a script that failed to load) and
 * `onmessageerror` are its death. The rules (slots, queue, timeout, cancel) are the shared pool's.
 */
export function spawnWebWorker(createWorker: () => WebWorkerLike, workerName = 'engine worker'): SpawnWorker {
  return (events) => {
    const worker = createWorker();
    worker.onmessage = (event) => events.message(event.data);
    worker.onerror = (event) => {
      // Handled here: without this the browser would also report it as an error of the page.
      event.preventDefault();
      events.died(new EngineError('WORKER_CRASHED', `The ${workerName} stopped: ${event.message}`));
    };
    worker.onmessageerror = () => {
      events.died(new EngineError('INTERNAL', `A reply of the ${workerName} could not be read.`));
    };
    return {
      post: (message, transfer) => worker.postMessage(message, transfer),
      terminate: () => worker.terminate(),
    };
  };
}

/** The page's timers, as the pool takes them. */
export const webTimers: PoolTimers = {
  set: (callback, milliseconds) => setTimeout(callback, milliseconds),
  clear: (handle) => clearTimeout(handle as ReturnType<typeof setTimeout> | undefined),
};
