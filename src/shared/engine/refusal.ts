import type { NetworkReason } from '../nn/reason.ts';

/**
 * What a value should have been, for a `wrongType` refusal: a closed set, so each has its words in
 * refusal-messages.ts in both languages.
 */
export type ExpectedValue =
  | 'object'
  | 'integer'
  | 'boolean'
  | 'string'
  | 'numberArray'
  | 'numberArrayOrNull'
  | 'typedNumbers'
  | 'rgbaBytes'
  | 'backupBytes'
  | 'finiteNumber'
  | 'integerOrPair'
  | 'padding'
  | 'inputShape'
  | 'explainChoice'
  | 'partList'
  | 'sharedCounters'
  | 'backupId'
  | 'json';

/** What a size limit counts, for an `overLimit` refusal. */
export type LimitUnit = 'characters' | 'layers' | 'names' | 'elements' | 'multiplyAdds' | 'bytes';

/**
 * Why the engine refused a request, as data: a code from this closed union and the values that make it specific
 * (ARCHITECTURE.md: "the engine speaks data, never prose"). `refusal-messages.ts` words each code in Chinese and
 * English; the English words are also the EngineError's `message`, for logs and tests. `field` is the payload's
 * path (`kernel.weights[3]`, `cases[0].padding`); `got` is what was there, described by `describeValue`.
 */
export type EngineRefusal =
  // The payload's structure and values (INVALID_INPUT).
  | { code: 'wrongType'; field: string; expected: ExpectedValue; got: string | null }
  | { code: 'outOfRange'; field: string; min: number; max: number; actual: number }
  | { code: 'notPositive'; field: string; actual: number }
  | {
      code: 'wrongCount';
      field: string;
      unit: 'integers' | 'numbers' | 'rgbaBytes' | 'biasValues';
      expected: number;
      actual: number | null;
    }
  | { code: 'notFinite'; field: string; got: string | null }
  | { code: 'notChoice'; field: string; choices: string[]; got: string }
  | { code: 'badName'; field: string; limit: number }
  | { code: 'unknownPreset'; name: string }
  | { code: 'tensorRank'; field: string; rank: number }
  | { code: 'emptyDimension'; field: string; axis: number }
  | { code: 'notRectangular'; field: string; length: number }
  | { code: 'notSendable'; field: string }
  | { code: 'kernelLargerThanImage'; kernel: number[]; image: number[] }
  | { code: 'groupsDivide'; field: string; groups: number; inChannels: number; outChannels: number | null }
  | { code: 'weightChannels'; field: string; expected: number; actual: number; perGroup: boolean }
  | {
      code: 'windowTooLarge';
      field: string;
      noun: 'kernel' | 'window';
      kernel: number[];
      dilation: number[] | null;
      padded: number[];
    }
  | { code: 'poolPaddingTooLarge'; field: string; padding: number; kernel: number; limit: number }
  | { code: 'outputPaddingTooLarge'; field: string; outputPadding: number; stride: number; dilation: number }
  | { code: 'paddingCropsAll'; field: string; output: number[] }
  | { code: 'samePaddingStride'; field: string }
  | { code: 'avgPoolDilation'; field: string }
  | { code: 'traceOpUnsupported'; field: string }
  | { code: 'requestRunning'; requestId: string }
  | { code: 'linkNotAllowed'; hosts: string[] }
  | { code: 'notBackup'; problems: string[] }
  // Main answers only our window's main frame on our origin (src/main/ipc/sender.ts).
  | {
      code: 'untrustedSender';
      why: 'frameGone' | 'otherWindow' | 'subframe' | 'otherOrigin';
      origin: string | null;
    }
  // Refused from its size alone, before anything of that size was allocated (INPUT_TOO_LARGE).
  | { code: 'overLimit'; field: string; unit: LimitUnit; actual: number; limit: number }
  | { code: 'imageTooLarge'; width: number; height: number; limit: number }
  | { code: 'kernelTooLarge'; height: number; width: number; limit: number }
  | { code: 'traceTooLong'; pooling: boolean; cells: number; limit: number }
  | { code: 'networkTooLarge'; reason: NetworkReason };

export type EngineRefusalCode = EngineRefusal['code'];

/** The refusal of one code, with the values that code carries. */
export type EngineRefusalOf<Code extends EngineRefusalCode> = Extract<EngineRefusal, { code: Code }>;

/** The EngineError codes a refusal can carry. */
export type RefusalErrorCode = 'INVALID_INPUT' | 'INPUT_TOO_LARGE';

/** Which error code each refusal is: keyed by the union, so a new refusal code must say. */
export const refusalErrorCodes: { readonly [Code in EngineRefusalCode]: RefusalErrorCode } = {
  wrongType: 'INVALID_INPUT',
  outOfRange: 'INVALID_INPUT',
  notPositive: 'INVALID_INPUT',
  wrongCount: 'INVALID_INPUT',
  notFinite: 'INVALID_INPUT',
  notChoice: 'INVALID_INPUT',
  badName: 'INVALID_INPUT',
  unknownPreset: 'INVALID_INPUT',
  tensorRank: 'INVALID_INPUT',
  emptyDimension: 'INVALID_INPUT',
  notRectangular: 'INVALID_INPUT',
  notSendable: 'INVALID_INPUT',
  kernelLargerThanImage: 'INVALID_INPUT',
  groupsDivide: 'INVALID_INPUT',
  weightChannels: 'INVALID_INPUT',
  windowTooLarge: 'INVALID_INPUT',
  poolPaddingTooLarge: 'INVALID_INPUT',
  outputPaddingTooLarge: 'INVALID_INPUT',
  paddingCropsAll: 'INVALID_INPUT',
  samePaddingStride: 'INVALID_INPUT',
  avgPoolDilation: 'INVALID_INPUT',
  traceOpUnsupported: 'INVALID_INPUT',
  requestRunning: 'INVALID_INPUT',
  linkNotAllowed: 'INVALID_INPUT',
  notBackup: 'INVALID_INPUT',
  untrustedSender: 'INVALID_INPUT',
  overLimit: 'INPUT_TOO_LARGE',
  imageTooLarge: 'INPUT_TOO_LARGE',
  kernelTooLarge: 'INPUT_TOO_LARGE',
  traceTooLong: 'INPUT_TOO_LARGE',
  networkTooLarge: 'INPUT_TOO_LARGE',
};

/**
 * A refusal as it arrived over a worker or IPC boundary: an object whose code is one of ours. Its values come
 * from our own engine, so the code is what is checked.
 */
export function isEngineRefusal(value: unknown): value is EngineRefusal {
  if (typeof value !== 'object' || value === null) return false;
  const code = (value as { code?: unknown }).code;
  return typeof code === 'string' && Object.hasOwn(refusalErrorCodes, code);
}

/** A refusal about a field inside `prefix` (a case of a file, say): the same refusal, its field prefixed. */
export function refusalWithin(prefix: string, refusal: EngineRefusal): EngineRefusal {
  return 'field' in refusal ? { ...refusal, field: `${prefix}.${refusal.field}` } : refusal;
}

/** What a wrong value was, for `got`: a number as written, else its kind (a typed array by its type's name). */
export function describeValue(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'array';
  if (ArrayBuffer.isView(value)) return value.constructor.name;
  if (typeof value === 'number') return String(value);
  return typeof value;
}
