import { EngineError } from './engine-error.ts';
import type { FromWorker, PartReplies, SharedPart } from './worker-protocol.ts';
import type { JobDefinition } from './job.ts';
import { findJob } from './jobs.ts';
import { encodeReply } from './reply-text.ts';
import { isShared, payloadBuffers } from './memory/payload-buffers.ts';

/** How a worker posts a message back; `transfer` lists buffers to move rather than copy. */
export type PostToHost = (message: FromWorker, transfer?: ArrayBuffer[]) => void;

/**
 * The body of every engine worker, whichever host runs it: switch on the message type (Netron's worker shape),
 * run the job (or, for `run-parts`, claim and run parts of a split job until none is left), answer with one
 * result or one error. An unknown message or job is an error, not silence.
 */
export function handleWorkerMessage(
  message: unknown,
  post: PostToHost,
  /** The worker's clock in milliseconds (performance.now where there is one), to space progress messages. */
  now: () => number = Date.now,
  /** Where job names are looked up: the engine's registry (tests pass their own jobs). */
  find: (name: unknown) => JobDefinition<unknown, unknown> = findJob,
): void {
  const taskId = readTaskId(message);
  const type = (message as { type?: unknown } | null)?.type;
  // A synchronous job has already answered when its cancel message is read: the shared flag is what stopped it.
  if (type === 'cancel') return;
  if (taskId === undefined || (type !== 'run' && type !== 'run-parts')) {
    post({
      type: 'error',
      taskId: taskId ?? -1,
      code: 'INVALID_INPUT',
      message: 'Engine worker: unknown message.',
    });
    return;
  }
  const { job: jobName } = message as { job?: unknown };
  const throwIfCancelled = cancelCheck(message);
  try {
    const job = find(jobName);
    if (type === 'run') {
      const { payload, output } = message as { payload?: unknown; output?: unknown };
      const progress = throttledProgress(taskId, post, now);
      const reply = runJob(job, payload, output, progress, throwIfCancelled);
      // Shared memory is shared, not moved: postMessage refuses it in a transfer list.
      post(
        { type: 'result', taskId, reply: encodeReply(String(jobName), reply) },
        movableReplyBuffers(job, reply),
      );
    } else {
      const { parts, counters } = readParts(message);
      const progress = throttledProgress(taskId, post, now);
      const replies: PartReplies = [];
      const transfer: ArrayBuffer[] = [];
      // Claim the next part until none is left: a faster worker, or one that started earlier, runs more parts.
      for (
        let index = Atomics.add(counters, 0, 1);
        index < parts.length;
        index = Atomics.add(counters, 0, 1)
      ) {
        throwIfCancelled();
        const part = parts[index]!;
        const reply = runJob(
          job,
          part.payload,
          part.output,
          (fraction) => {
            progress((Atomics.load(counters, 1) + fraction) / parts.length);
          },
          throwIfCancelled,
        );
        replies.push({ index, reply });
        transfer.push(...movableReplyBuffers(job, reply));
        progress((Atomics.add(counters, 1, 1) + 1) / parts.length);
      }
      post({ type: 'result', taskId, reply: replies }, transfer);
    }
  } catch (thrown) {
    const error = EngineError.from(thrown);
    post({ type: 'error', taskId, ...error.toData() });
  }
}

/** Parses and runs one payload; its Float32 reply may go into `output` (see outputFloat32). */
function runJob(
  job: JobDefinition<unknown, unknown>,
  payload: unknown,
  output: unknown,
  reportProgress: (fraction: number) => void,
  throwIfCancelled: () => void,
): unknown {
  const request = job.parse(payload);
  throwIfCancelled();
  return job.run(request, {
    reportProgress,
    throwIfCancelled,
    outputFloat32: (length) => outputFloat32(output, payload, length),
  });
}

/**
 * The fewest milliseconds between two progress messages of a task, and before its first: a progress bar needs
 * no more than a few updates a second, and each message wakes the host's thread. On this project's 2-core VM
 * that thread then takes a core from a worker: a split 1x1 layer's eight parts each posted one, and each part
 * took ~0.08 ms longer than its kernels. A short task reports only its end.
 */
export const progressIntervalMs = 50;

/** Progress messages in whole percents, at most one per progressIntervalMs, and the end (100 %) always. */
function throttledProgress(taskId: number, post: PostToHost, now: () => number): (fraction: number) => void {
  let lastPercent = -1;
  let lastTime = now();
  return (fraction) => {
    const percent = Math.floor(Math.min(1, Math.max(0, fraction)) * 100);
    if (percent === lastPercent) return;
    if (percent < 100 && now() - lastTime < progressIntervalMs) return;
    lastPercent = percent;
    lastTime = now();
    post({ type: 'progress', taskId, fraction: percent / 100 });
  };
}

/** The reply's buffers that can move to the host: shared memory is shared, and postMessage refuses it there. */
function movableReplyBuffers(job: JobDefinition<unknown, unknown>, reply: unknown): ArrayBuffer[] {
  return job.transferables?.(reply).filter((buffer) => !isShared(buffer)) ?? [];
}

/** A run-parts message's list and counters, checked: a host bug must fail its task, not hang the other worker. */
function readParts(message: unknown): { parts: SharedPart[]; counters: Int32Array } {
  const { parts, counters } = message as { parts?: unknown; counters?: unknown };
  if (!Array.isArray(parts) || parts.some((part) => typeof part !== 'object' || part === null)) {
    throw EngineError.refusing({
      code: 'wrongType',
      field: 'run-parts.parts',
      expected: 'partList',
      got: null,
    });
  }
  if (!(counters instanceof Int32Array) || !isShared(counters.buffer) || counters.length < 2) {
    throw EngineError.refusing({
      code: 'wrongType',
      field: 'run-parts.counters',
      expected: 'sharedCounters',
      got: null,
    });
  }
  return { parts: parts as SharedPart[], counters };
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

/**
 * The task's cancel check: reads the flag the pool shares with the task (TaskEnvelope.cancelFlag) and throws
 * CANCELLED once it is set. A task sent without one (a host without shared memory) is never told.
 */
function cancelCheck(message: unknown): () => void {
  const flag = (message as { cancelFlag?: unknown }).cancelFlag;
  if (!(flag instanceof Int32Array) || !isShared(flag.buffer)) return () => undefined;
  return () => {
    if (Atomics.load(flag, 0) !== 0) throw new EngineError('CANCELLED', 'The job stopped: it was cancelled.');
  };
}

function readTaskId(message: unknown): number | undefined {
  if (typeof message !== 'object' || message === null) return undefined;
  const taskId = (message as { taskId?: unknown }).taskId;
  return typeof taskId === 'number' && Number.isInteger(taskId) ? taskId : undefined;
}
