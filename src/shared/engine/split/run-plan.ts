import { EngineError } from '../engine-error.ts';
import type { PartReplies } from '../worker-protocol.ts';
import type { JobPart, JobPlan } from './job-plan.ts';

/** A part as a host started it: its reply, and a way to stop it (true when it was still waiting or running). */
export interface StartedPart {
  reply: Promise<unknown>;
  cancel(): boolean;
}

export interface RunningPlan {
  reply: Promise<unknown>;
  /** Cancels every part still waiting or running; true when there was one. */
  cancel(): boolean;
}

/**
 * Starts every part of a plan at once (the host queues what its workers cannot take yet) and merges the
 * replies. The first part to fail fails the request with its own error, and the other parts are cancelled so
 * they free their workers. Progress is the mean of the parts' fractions (parts are of about equal work).
 */
export function runPlan(
  plan: JobPlan,
  start: (part: JobPart, onProgress: (fraction: number) => void) => StartedPart,
  onProgress?: (fraction: number) => void,
): RunningPlan {
  const fractions = plan.parts.map(() => 0);
  const started = plan.parts.map((part, index) =>
    start(part, (fraction) => {
      fractions[index] = fraction;
      onProgress?.(fractions.reduce((sum, value) => sum + value, 0) / fractions.length);
    }),
  );
  return settle(started, (replies) => plan.merge(replies));
}

/**
 * Runs a claimable plan (JobPlan.claimable) as `workers` tasks that share its list of parts: each claims the
 * next part through the shared counters until none is left, and answers with the replies of its own parts. Why
 * not one part per worker: the two cores of this project's VM differ (measured: a 3x3 layer's kernels took
 * 5.1 ms on one and 8.0 ms on the other, alone or together), and a worker may wake late; with even halves the
 * job waits for the slow half, with claimed parts the fast core simply runs more of them. No message per part.
 * Progress is the largest fraction reported (each worker reports the finished parts of the whole job).
 */
export function runClaimedPlan(
  plan: JobPlan,
  workers: number,
  start: (counters: Int32Array, onProgress: (fraction: number) => void) => StartedPart,
  onProgress?: (fraction: number) => void,
): RunningPlan {
  const counters = new Int32Array(new SharedArrayBuffer(2 * Int32Array.BYTES_PER_ELEMENT));
  let progress = 0;
  const started = Array.from({ length: Math.max(1, Math.min(workers, plan.parts.length)) }, () =>
    start(counters, (fraction) => {
      if (fraction <= progress) return;
      progress = fraction;
      onProgress?.(fraction);
    }),
  );
  return settle(started, (lists) => plan.merge(collectReplies(lists as PartReplies[], plan.parts.length)));
}

/**
 * The request's reply once every started task has answered, merged; the first task to fail fails the request
 * with its own error, and the others are cancelled so they free their workers.
 */
function settle(started: StartedPart[], merge: (replies: unknown[]) => unknown): RunningPlan {
  const cancel = () => started.map((task) => task.cancel()).some(Boolean);
  const reply = Promise.all(started.map((task) => task.reply)).then(merge, (error: unknown) => {
    cancel();
    throw error;
  });
  return { reply, cancel };
}

/** The parts' replies in part order; every part must have been answered exactly once. */
function collectReplies(lists: PartReplies[], count: number): unknown[] {
  const replies = new Array<unknown>(count);
  const answered = new Set<number>();
  for (const { index, reply } of lists.flat()) {
    if (!Number.isInteger(index) || index < 0 || index >= count || answered.has(index)) {
      throw new EngineError(
        'INTERNAL',
        `The engine's workers answered part ${index} of ${count} twice or out of range.`,
      );
    }
    answered.add(index);
    replies[index] = reply;
  }
  if (answered.size !== count) {
    throw new EngineError('INTERNAL', `The engine's workers answered ${answered.size} of ${count} parts.`);
  }
  return replies;
}
