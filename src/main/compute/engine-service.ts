import { availableParallelism } from 'node:os';
import { EngineError } from '../../shared/engine/engine-error.ts';
import type { JobName } from '../../shared/engine/job-names.ts';
import createEngineWorker from './engine-worker.ts?nodeWorker';
import { defaultPoolSize, WorkerPool } from './worker-pool.ts';

/** The engine as main's IPC handlers see it: jobs named by the renderer's request ids, so they can be cancelled. */
export interface EngineService {
  run(
    job: JobName,
    requestId: string,
    request: unknown,
    onProgress: (fraction: number) => void,
  ): Promise<unknown>;
  /** True when a waiting or running job with that id was found and cancelled. */
  cancel(requestId: string): boolean;
  close(): Promise<void>;
}

/** Production limits: generous for the course's examples, small enough that a runaway job cannot hang the app. */
export const engineLimits = {
  queueLimit: 16,
  timeoutMs: 30_000,
  // Typed arrays live outside the heap; their sizes are bounded by each job's `parse` instead (RELIABILITY.md).
  resourceLimits: { maxOldGenerationSizeMb: 512 },
} as const;

export function createEngineService(
  pool: Pick<WorkerPool, 'run' | 'cancel' | 'close'> = createEnginePool(),
): EngineService {
  const taskIds = new Map<string, number>();
  return {
    async run(job, requestId, request, onProgress) {
      if (taskIds.has(requestId)) {
        throw new EngineError('INVALID_INPUT', `requestId: a job with id ${requestId} is still running`);
      }
      const { taskId, reply } = pool.run(job, request, onProgress);
      taskIds.set(requestId, taskId);
      try {
        return await reply;
      } finally {
        if (taskIds.get(requestId) === taskId) taskIds.delete(requestId);
      }
    },
    cancel(requestId) {
      const taskId = taskIds.get(requestId);
      return taskId !== undefined && pool.cancel(taskId);
    },
    close: () => pool.close(),
  };
}

function createEnginePool(): WorkerPool {
  return new WorkerPool({
    createWorker: createEngineWorker,
    size: defaultPoolSize(availableParallelism()),
    ...engineLimits,
  });
}
