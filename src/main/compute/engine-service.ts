import { EngineError } from '../../shared/engine/engine-error.ts';
import type { JobName } from '../../shared/engine/job-names.ts';
import type { RunningPlan } from '../../shared/engine/split/run-plan.ts';
import { SharedArena } from '../../shared/engine/memory/shared-arena.ts';
import { runOnPool } from '../../shared/engine/pool/run-on-pool.ts';
import { engineLimits as sharedEngineLimits, type WorkerPool } from '../../shared/engine/pool/worker-pool.ts';

/** The engine as main's IPC handlers see it: jobs named by the renderer's request ids, so they can be cancelled. */
export interface EngineService {
  /**
   * Checks `payload` with the job's `parse` (a bad or oversized one is refused at once, before queueing), then
   * runs it on the pool: whole, or in parts on every worker when it is large (src/shared/engine/split).
   */
  run(
    job: JobName,
    requestId: string,
    payload: unknown,
    onProgress: (fraction: number) => void,
  ): Promise<unknown>;
  /** True when a waiting or running job with that id was found and cancelled (every part of it). */
  cancel(requestId: string): boolean;
  close(): Promise<void>;
}

/** Production limits: the engine's (the WebHost has the same), and each worker's heap. */
export const engineLimits = {
  ...sharedEngineLimits,
  // Typed arrays live outside the heap; their sizes are bounded by each job's `parse` instead (RELIABILITY.md).
  resourceLimits: { maxOldGenerationSizeMb: 512 },
} as const;

/**
 * The engine over a worker pool (engine-pool.ts makes the app's). A large job's parts run concurrently on every
 * worker, which claim them in turn (runClaimedPlan); cancelling the request cancels every part, and the first part to fail fails the request with its
 * error. The payload came through IPC, so main owns its buffers: a whole job's buffers are moved to its worker
 * (which writes the reply into them when it can), a split image is merged into its own pixels, and a split
 * convolution's parts share recycled shared memory (SharedArena) instead of fresh copies.
 */
export function createEngineService(
  pool: Pick<WorkerPool, 'run' | 'cancel' | 'supersede' | 'close' | 'workerLimit'>,
  /**
   * Multiply-adds (as the kernels do them: convWork) above which a job is split; splitWorkThreshold unless given
   * (the bench and the tests use others).
   */
  splitThreshold?: number,
): EngineService {
  const running = new Map<string, RunningPlan>();
  const arena = new SharedArena();
  return {
    async run(job, requestId, payload, onProgress) {
      if (running.has(requestId)) {
        throw EngineError.refusing({ code: 'requestRunning', requestId });
      }
      const lease = arena.lease();
      const request = runOnPool(pool, job, payload, {
        owns: () => true,
        lease,
        threshold: splitThreshold,
        onProgress,
      });
      running.set(requestId, request);
      try {
        const reply = await request.reply;
        // Every part answered, so no worker touches the shared memory any more; after a failure a worker may
        // still be stopping, and the memory is left to the garbage collector instead (ArenaLease.release).
        lease.release();
        return reply;
      } finally {
        if (running.get(requestId) === request) running.delete(requestId);
      }
    },
    cancel(requestId) {
      return running.get(requestId)?.cancel() ?? false;
    },
    close: () => pool.close(),
  };
}
