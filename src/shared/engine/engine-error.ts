/**
 * Every way an engine job can fail, as one closed set of codes. The renderer turns a code into a message in the
 * student's language; `message` carries the specifics (what, where, the limit) in English for logs and tests.
 */
export type EngineErrorCode =
  | 'INVALID_INPUT' // the payload's structure or values are wrong (the message says which field)
  | 'INPUT_TOO_LARGE' // refused from its shape alone, before anything was allocated
  | 'BUSY' // the queue is full
  | 'TIMEOUT' // the job ran longer than its limit
  | 'CANCELLED' // cancelled by the caller or superseded by a newer request
  | 'OUT_OF_MEMORY' // the worker hit its heap limit
  | 'WORKER_CRASHED' // the worker died (it is replaced)
  | 'UNKNOWN_JOB' // no job of that name
  | 'INTERNAL'; // a bug: the job threw something it should not have

export const engineErrorCodes: readonly EngineErrorCode[] = [
  'INVALID_INPUT',
  'INPUT_TOO_LARGE',
  'BUSY',
  'TIMEOUT',
  'CANCELLED',
  'OUT_OF_MEMORY',
  'WORKER_CRASHED',
  'UNKNOWN_JOB',
  'INTERNAL',
];

/** The plain-data form of an EngineError, as it crosses a worker or IPC boundary. */
export interface EngineErrorData {
  code: EngineErrorCode;
  message: string;
}

export class EngineError extends Error {
  override readonly name = 'EngineError';
  constructor(
    readonly code: EngineErrorCode,
    message: string,
  ) {
    super(message);
  }

  toData(): EngineErrorData {
    return { code: this.code, message: this.message };
  }

  static fromData(data: EngineErrorData): EngineError {
    return new EngineError(data.code, data.message);
  }

  /** Anything thrown by a job, as an EngineError: our own errors keep their code, the rest are INTERNAL. */
  static from(thrown: unknown): EngineError {
    if (thrown instanceof EngineError) return thrown;
    if (thrown instanceof RangeError && /allocation failed|Array buffer allocation/i.test(thrown.message)) {
      return new EngineError('OUT_OF_MEMORY', thrown.message);
    }
    return new EngineError('INTERNAL', thrown instanceof Error ? thrown.message : String(thrown));
  }
}

export function isEngineErrorData(value: unknown): value is EngineErrorData {
  if (typeof value !== 'object' || value === null) return false;
  const record = value as Record<string, unknown>;
  return (
    typeof record.message === 'string' &&
    typeof record.code === 'string' &&
    (engineErrorCodes as readonly string[]).includes(record.code)
  );
}
