import type { EngineErrorData } from './engine-error.ts';

/** One part of a claimable split job (JobPlan.claimable): its payload, and where its reply should be written. */
export interface SharedPart {
  payload: unknown;
  output?: Float32Array;
}

/**
 * What the pool (pool/worker-pool.ts) adds to every task it sends: the task's id, and (when the host has shared
 * memory) a flag it sets to 1 when the task is cancelled; the job checks it between rows or layers.
 */
export interface TaskEnvelope {
  taskId: number;
  cancelFlag?: Int32Array;
}

/**
 * Sent to a worker whose task was cancelled, after the flag is set: a worker busy with a synchronous job reads
 * it only once the job is over (the flag is what stops the job); a worker without the flag gets nothing more.
 */
export interface CancelMessage {
  type: 'cancel';
  taskId: number;
}

/**
 * Messages between an engine host (the main-process pool or the renderer's WebHost) and one engine worker.
 * Discriminated on `type`; a worker answers every `run` and `run-parts` with exactly one `result` or `error`.
 */
export type ToWorker =
  | CancelMessage
  | ({
      type: 'run';
      job: string;
      payload: unknown;
      /** Where the reply should be written when the host shares memory with the worker (a part of a split job). */
      output?: Float32Array;
    } & TaskEnvelope)
  | ({
      /**
       * Run parts of one split job, all in shared memory, until none is left. Every worker of the job gets the
       * same list and the same counters, and claims the next part by incrementing counters[0].
       */
      type: 'run-parts';
      job: string;
      parts: SharedPart[];
      /** Shared: [0] how many parts have been claimed, [1] how many have finished (for progress). */
      counters: Int32Array;
    } & TaskEnvelope);

/** The reply of a `run-parts` task: the replies of the parts this worker claimed, with their indexes. */
export type PartReplies = Array<{ index: number; reply: unknown }>;

/** Every worker on the pool answers in these: `ready` once, then per task progress and one result or error. */
export type FromWorker =
  | { type: 'ready' }
  | { type: 'progress'; taskId: number; fraction: number }
  | { type: 'result'; taskId: number; reply: unknown }
  | ({ type: 'error'; taskId: number } & EngineErrorData);
