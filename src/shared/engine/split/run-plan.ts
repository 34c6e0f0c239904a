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
  const cancel = () => started.map((part) => part.cancel()).some(Boolean);
  const reply = Promise.all(started.map((part) => part.reply)).then(
    (replies) => plan.merge(replies),
    (error: unknown) => {
      cancel();
      throw error;
    },
  );
  return { reply, cancel };
}
