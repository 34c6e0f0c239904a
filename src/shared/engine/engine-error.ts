import { wordRefusal } from './refusal-messages.ts';
import { isEngineRefusal, refusalErrorCodes, type EngineRefusal, type RefusalErrorCode } from './refusal.ts';

/**
 * Every way an engine job can fail, as one closed set of codes. A refusal (INVALID_INPUT, INPUT_TOO_LARGE)
 * carries its reason as data (`refusal`, worded by refusal-messages.ts in the student's language); the other
 * codes are worded by the code alone. `message` is English, for logs and tests: no screen shows it.
 */
export type EngineErrorCode =
  | RefusalErrorCode // the payload is wrong, or refused from its shape alone (the refusal says which and why)
  | 'BUSY' // the queue is full
  | 'TIMEOUT' // the job ran longer than its limit
  | 'CANCELLED' // cancelled by the caller or superseded by a newer request
  | 'OUT_OF_MEMORY' // the worker hit its heap limit
  | 'WORKER_CRASHED' // the worker died (it is replaced)
  | 'UNKNOWN_JOB' // no job of that name
  | 'INTERNAL'; // a bug: the job threw something it should not have

/** The codes that are not refusals: they come with an English message for logs, and no refusal. */
export type FailureCode = Exclude<EngineErrorCode, RefusalErrorCode>;

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
  refusal?: EngineRefusal;
}

export class EngineError extends Error {
  override readonly name = 'EngineError';
  readonly code: EngineErrorCode;
  readonly refusal: EngineRefusal | null;

  /** A failure that is not a refusal; refusals are made by `EngineError.refusing`. */
  constructor(code: FailureCode, message: string);
  constructor(code: EngineErrorCode, message: string, refusal: EngineRefusal | null);
  constructor(code: EngineErrorCode, message: string, refusal: EngineRefusal | null = null) {
    super(message);
    this.code = code;
    this.refusal = refusal;
  }

  /** The engine refuses a request: the code follows from the refusal, the message is its English words. */
  static refusing(refusal: EngineRefusal, logDetail?: string): EngineError {
    const words = wordRefusal(refusal, 'en');
    return new EngineError(
      refusalErrorCodes[refusal.code],
      logDetail ? `${words} (${logDetail})` : words,
      refusal,
    );
  }

  toData(): EngineErrorData {
    return { code: this.code, message: this.message, ...(this.refusal && { refusal: this.refusal }) };
  }

  static fromData(data: EngineErrorData): EngineError {
    return new EngineError(data.code, data.message, data.refusal ?? null);
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
    (engineErrorCodes as readonly string[]).includes(record.code) &&
    (record.refusal === undefined || isEngineRefusal(record.refusal))
  );
}
