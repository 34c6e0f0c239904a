import { nodeTimers } from '../../src/main/compute/node-worker-adapter.ts';
import type { WorkerPoolOptions } from '../../src/shared/engine/pool/worker-pool.ts';

/**
 * The pool's settings in tests over real threads: one worker and a short queue unless a test says otherwise, a
 * generous start-up limit (a test worker registers tsx before it loads its entry: seconds on a busy machine) and
 * a short grace period, so that a worker that ignores a cancel is replaced quickly.
 */
export const testPoolOptions = {
  size: 1,
  queueLimit: 4,
  timeoutMs: 10_000,
  startTimeoutMs: 30_000,
  cancelGraceMs: 300,
  timers: nodeTimers,
} satisfies Partial<WorkerPoolOptions>;
