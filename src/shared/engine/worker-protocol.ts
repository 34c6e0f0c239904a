import type { EngineErrorData } from './engine-error.ts';

/**
 * Messages between an engine host (the main-process pool or the renderer's WebHost) and one engine worker.
 * Discriminated on `type`; a worker answers every `run` with exactly one `result` or `error`.
 */
export type ToWorker = {
  type: 'run';
  taskId: number;
  job: string;
  payload: unknown;
  /** Where the reply should be written when the host shares memory with the worker (a part of a split job). */
  output?: Float32Array;
};

export type FromWorker =
  | { type: 'ready' }
  | { type: 'progress'; taskId: number; fraction: number }
  | { type: 'result'; taskId: number; reply: unknown }
  | ({ type: 'error'; taskId: number } & EngineErrorData);
