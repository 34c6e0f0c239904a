import { EngineError } from './engine-error.ts';
import type { FromWorker } from './worker-protocol.ts';
import { findJob } from './jobs.ts';
import { isShared, payloadBuffers } from './memory/payload-buffers.ts';

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
  const { job: jobName, payload, output } = message as { job?: unknown; payload?: unknown; output?: unknown };
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
      outputFloat32: (length) => outputFloat32(output, payload, length),
    });
    // Shared memory is shared, not moved: postMessage refuses it in a transfer list.
    const transfer = job.transferables?.(reply).filter((buffer) => !isShared(buffer));
    post({ type: 'result', taskId, reply }, transfer ?? []);
  } catch (thrown) {
    const error = EngineError.from(thrown);
    post({ type: 'error', taskId, code: error.code, message: error.message });
  }
}

/**
 * The host's target when it gave one of the right size; else the smallest buffer of the payload that holds the
 * reply (in a worker the payload is this worker's own, moved here or copied by postMessage), unless it is shared
 * memory; else none. The smallest, because the reply's whole buffer travels on: Electron's IPC serialises all of
 * it, not just the view.
 */
function outputFloat32(target: unknown, payload: unknown, length: number): Float32Array | undefined {
  if (target instanceof Float32Array && target.length === length) return target;
  const [buffer] = payloadBuffers(payload)
    .filter((candidate) => !isShared(candidate) && candidate.byteLength >= length * 4)
    .sort((a, b) => a.byteLength - b.byteLength);
  return buffer ? new Float32Array(buffer, 0, length) : undefined;
}

function readTaskId(message: unknown): number | undefined {
  if (typeof message !== 'object' || message === null) return undefined;
  const taskId = (message as { taskId?: unknown }).taskId;
  return typeof taskId === 'number' && Number.isInteger(taskId) ? taskId : undefined;
}
