import { EngineError } from './engine-error.ts';
import type { FromWorker } from './worker-protocol.ts';
import { findJob } from './jobs.ts';

/** How a worker posts a message back; `transfer` lists buffers to move rather than copy. */
export type PostToHost = (message: FromWorker, transfer?: ArrayBuffer[]) => void;

/**
 * The body of every engine worker, whichever host runs it: switch on the message type (Netron's worker shape),
 * run the job, answer with one result or one error. An unknown message or job is an error, not silence.
 */
export function handleWorkerMessage(message: unknown, post: PostToHost): void {
  const taskId = readTaskId(message);
  if (taskId === undefined || (message as { type?: unknown }).type !== 'run') {
    post({
      type: 'error',
      taskId: taskId ?? -1,
      code: 'INVALID_INPUT',
      message: 'Engine worker: unknown message.',
    });
    return;
  }
  const { job: jobName, payload } = message as { job?: unknown; payload?: unknown };
  try {
    const job = findJob(jobName);
    const request = job.parse(payload);
    let lastReported = -1;
    const reply = job.run(request, {
      reportProgress(fraction) {
        // Throttled to whole percents: a progress bar needs no more, and each message costs a round trip.
        const percent = Math.floor(Math.min(1, Math.max(0, fraction)) * 100);
        if (percent === lastReported) return;
        lastReported = percent;
        post({ type: 'progress', taskId, fraction: percent / 100 });
      },
    });
    post({ type: 'result', taskId, reply }, job.transferables?.(reply) ?? []);
  } catch (thrown) {
    const error = EngineError.from(thrown);
    post({ type: 'error', taskId, code: error.code, message: error.message });
  }
}

function readTaskId(message: unknown): number | undefined {
  if (typeof message !== 'object' || message === null) return undefined;
  const taskId = (message as { taskId?: unknown }).taskId;
  return typeof taskId === 'number' && Number.isInteger(taskId) ? taskId : undefined;
}
