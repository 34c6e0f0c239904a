/** What a running job may tell its caller. Progress is a fraction in [0, 1]. */
export interface JobContext {
  reportProgress(fraction: number): void;
  /**
   * Throws EngineError('CANCELLED') once the host has cancelled this job. Long jobs call it between rows or
   * layers, so a cancelled or superseded job stops by itself and its worker is kept (pool/worker-pool.ts).
   * Undefined when nobody can cancel (in-process runs).
   */
  throwIfCancelled?(): void;
  /**
   * Where a Float32 reply of `length` numbers may be written instead of into new memory (which, measured on this
   * project's machines, costs more than a small convolution itself): the part of a shared output the host gave
   * this task, or a buffer of the request that only this worker holds. The job must have finished reading its
   * request before it writes there. Undefined when the host has none (in-process runs): allocate.
   */
  outputFloat32?(length: number): Float32Array | undefined;
}

export interface ParseOptions {
  /**
   * false: check structure, types and sizes, but not every number (finiteness). For a host that runs the job
   * whole: it must refuse a bad or oversized payload before queueing, and the worker's own parse then checks
   * the numbers, so a large payload is scanned once instead of twice. Default true.
   */
  values?: boolean;
}

/**
 * One engine job: a pure function from a checked request to a reply. The same definition runs in the
 * main-process worker pool (Electron) and in the renderer's Web Worker (the WebHost); main also calls `parse`
 * before queueing, so a bad or oversized payload is refused before a worker or any memory is spent on it.
 */
export interface JobDefinition<Request, Reply> {
  /**
   * Checks structure, types and sizes of an untrusted payload and returns it typed. Throws
   * EngineError('INVALID_INPUT' | 'INPUT_TOO_LARGE') naming the field. Must not allocate in proportion to
   * the requested output before the size check.
   */
  parse(payload: unknown, options?: ParseOptions): Request;
  run(request: Request, context: JobContext): Reply;
  /** Buffers of the reply that may be transferred (moved, not copied) to the caller. */
  transferables?(reply: Reply): ArrayBuffer[];
}
