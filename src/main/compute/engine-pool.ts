import { availableParallelism } from 'node:os';
import createEngineWorker from './engine-worker.ts?nodeWorker';
import { engineLimits } from './engine-service.ts';
import { defaultPoolSize } from '../../shared/engine/worker-count.ts';
import { WorkerPool } from '../../shared/engine/pool/worker-pool.ts';
import { nodeTimers, spawnNodeWorker } from './node-worker-adapter.ts';

/** The app's worker pool: one engine worker per core (at most two), bundled by electron-vite's `?nodeWorker`. */
export function createEnginePool(): WorkerPool {
  const { resourceLimits, ...limits } = engineLimits;
  return new WorkerPool({
    spawn: spawnNodeWorker(createEngineWorker, resourceLimits),
    size: defaultPoolSize(availableParallelism()),
    timers: nodeTimers,
    ...limits,
  });
}
