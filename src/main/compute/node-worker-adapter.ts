import type { ResourceLimits, Worker, WorkerOptions } from 'node:worker_threads';
import { EngineError } from '../../shared/engine/engine-error.ts';
import type { PoolTimers, SpawnWorker } from '../../shared/engine/pool/worker-pool.ts';

/** Makes one worker; in production `import createEngineWorker from './engine-worker.ts?nodeWorker'`. */
export type WorkerFactory = (options: WorkerOptions) => Worker;

/**
 * The pool's adapter for Node's worker_threads (the Electron main process): a worker's 'message' is a message,
 * and its 'error', 'messageerror' and 'exit' are its death, told apart as OUT_OF_MEMORY, INTERNAL or
 * WORKER_CRASHED. The rules (slots, queue, timeout, cancel) are the shared pool's.
 */
export function spawnNodeWorker(createWorker: WorkerFactory, resourceLimits?: ResourceLimits): SpawnWorker {
  return (events) => {
    const worker = createWorker(resourceLimits ? { resourceLimits } : {});
    worker.on('message', (message: unknown) => events.message(message));
    // Without an 'error' listener, an exception in a worker would crash the whole main process.
    worker.on('error', (error: Error) => events.died(describeWorkerError(error, resourceLimits)));
    worker.on('messageerror', (error: Error) => {
      events.died(new EngineError('INTERNAL', `An engine reply could not be read: ${error.message}`));
    });
    worker.on('exit', (exitCode: number) => {
      events.died(new EngineError('WORKER_CRASHED', `The engine worker stopped (exit code ${exitCode}).`));
    });
    return {
      post: (message, transfer) => worker.postMessage(message, transfer),
      terminate: () => worker.terminate(),
    };
  };
}

/** Node's timers, as the pool takes them. */
export const nodeTimers: PoolTimers = {
  set: (callback, milliseconds) => setTimeout(callback, milliseconds),
  clear: (handle) => clearTimeout(handle as NodeJS.Timeout | undefined),
};

/** ERR_WORKER_OUT_OF_MEMORY is how Node reports a worker over its `resourceLimits`. */
export function describeWorkerError(error: Error, limits?: ResourceLimits): EngineError {
  if ((error as Error & { code?: unknown }).code === 'ERR_WORKER_OUT_OF_MEMORY') {
    const limit = limits?.maxOldGenerationSizeMb;
    const detail = limit === undefined ? '' : ` (its heap limit is ${limit} MB)`;
    return new EngineError('OUT_OF_MEMORY', `The engine worker ran out of memory${detail}.`);
  }
  return new EngineError('WORKER_CRASHED', `The engine worker crashed: ${error.message}`);
}
