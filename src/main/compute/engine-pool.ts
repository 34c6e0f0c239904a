import { availableParallelism } from 'node:os';
import createEngineWorker from './engine-worker.ts?nodeWorker';
import { engineLimits } from './engine-service.ts';
import { defaultPoolSize } from '../../shared/engine/worker-count.ts';
import { WorkerPool } from './worker-pool.ts';

/** The app's worker pool: one engine worker per core (at most two), bundled by electron-vite's `?nodeWorker`. */
export function createEnginePool(): WorkerPool {
  return new WorkerPool({
    createWorker: createEngineWorker,
    size: defaultPoolSize(availableParallelism()),
    ...engineLimits,
  });
}
