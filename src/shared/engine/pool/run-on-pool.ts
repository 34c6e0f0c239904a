import type { JobName } from '../job-names.ts';
import { runClaimedPlan, runPlan, type RunningPlan } from '../split/run-plan.ts';
import { planJob, type PlanOptions } from '../split/split-jobs.ts';
import type { WorkerPool } from './worker-pool.ts';

export interface RunOnPoolOptions extends Omit<PlanOptions, 'workers'> {
  onProgress?: (fraction: number) => void;
  /** A newer request of this lane cancels the older one (WorkerPool.supersede), every part of it. */
  lane?: string;
}

/**
 * Runs one engine request on the pool, as main's engine service and the WebHost both do: planned (whole, or in
 * parts on every worker when it is large: src/shared/engine/split), each part a task of the pool; a claimable
 * plan (shared memory) runs as one task per worker, each claiming parts. Throws what planJob throws (a payload
 * refused before anything is queued).
 */
export function runOnPool(
  pool: Pick<WorkerPool, 'run' | 'cancel' | 'supersede' | 'workerLimit'>,
  job: JobName,
  payload: unknown,
  options: RunOnPoolOptions,
): RunningPlan {
  const { onProgress, lane, ...planOptions } = options;
  const plan = planJob(job, payload, { ...planOptions, workers: pool.workerLimit });
  if (lane !== undefined) pool.supersede(lane);
  const started = (task: { taskId: number; reply: Promise<unknown> }) => ({
    reply: task.reply,
    cancel: () => pool.cancel(task.taskId),
  });
  if (plan.claimable) {
    return runClaimedPlan(
      plan,
      pool.workerLimit,
      (counters, onTaskProgress) =>
        started(
          pool.run(
            { type: 'run-parts', job, parts: plan.parts, counters },
            { onProgress: onTaskProgress, ...(lane !== undefined && { lane }) },
          ),
        ),
      onProgress,
    );
  }
  return runPlan(
    plan,
    (part, onPartProgress) =>
      started(
        pool.run(
          { type: 'run', job, payload: part.payload, ...(part.output && { output: part.output }) },
          { onProgress: onPartProgress, transfer: part.transfer, ...(lane !== undefined && { lane }) },
        ),
      ),
    onProgress,
  );
}
