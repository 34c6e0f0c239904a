import { Worker } from 'node:worker_threads';
import { createEngineService, engineLimits, type EngineService } from '../src/main/compute/engine-service.ts';
import { nodeTimers, spawnNodeWorker } from '../src/main/compute/node-worker-adapter.ts';
import { WorkerPool } from '../src/shared/engine/pool/worker-pool.ts';
import type { JobName } from '../src/shared/engine/job-names.ts';
import { SharedArena } from '../src/shared/engine/memory/shared-arena.ts';
import { planJob } from '../src/shared/engine/split/split-jobs.ts';
import { tsxWorkerBootstrapUrl } from '../test/support/node-worker-plugin.ts';

/** How many worker threads the benchmarked engine uses: the app's pool on a 2-core machine. */
export const benchWorkers = 2;

/**
 * The engine as main runs it: the real WorkerPool of worker_threads running src/main/compute/engine-worker.ts
 * (started through a tsx-registering bootstrap, as the tests do; the app's bundle needs none), behind the real
 * engine service, which checks the payload, splits large jobs and moves the parts' buffers to the workers.
 */
export function createBenchEngine(splitThreshold?: number): EngineService {
  const url = new URL(
    tsxWorkerBootstrapUrl(new URL('../src/main/compute/engine-worker.ts', import.meta.url).href),
  );
  const { resourceLimits, ...limits } = engineLimits;
  const pool = new WorkerPool({
    spawn: spawnNodeWorker((options) => new Worker(url, options), resourceLimits),
    size: benchWorkers,
    timers: nodeTimers,
    ...limits,
  });
  return createEngineService(pool, splitThreshold);
}

/** How many parts main's engine service cuts this request into (1: whole): it owns the payload, and parts get shared memory. */
export function plannedParts(job: JobName, payload: unknown): number {
  const lease = new SharedArena().lease();
  return planJob(job, payload, { workers: benchWorkers, owns: () => true, lease }).parts.length;
}
