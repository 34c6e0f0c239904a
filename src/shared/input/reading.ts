/**
 * What the one reader of typed input answers: a value with how it was read, or a reason. Both are data (codes
 * from closed unions plus values); `messages.ts` words them in Chinese and English.
 */

/** Where in the typed text: `index` counts UTF-16 units from 0 (for selecting it); line and column from 1. */
export interface Place {
  index: number;
  line: number;
  /** Counted in characters (code points), as a person counts them. */
  column: number;
}

/** What the reader looked for where it stopped. */
export type Expected =
  'number' | 'integer' | 'digit' | 'shape' | 'matrix' | 'separator' | 'closing-bracket' | 'end';

/** A way of writing a number that a caller may switch off (e.g. no sign in the description language). */
export type NumberForm = 'sign' | 'thousands' | 'suffix' | 'percent';

/** A matrix cell by its row and column, both counted from 0. */
export interface Cell {
  row: number;
  column: number;
}

/** Why a text could not be read. Character problems say where; value problems say which value (and cell). */
export type ReadReason =
  | { code: 'empty'; expected: Expected }
  | { code: 'unexpected-character'; at: Place; character: string; expected: Expected }
  | { code: 'unexpected-end'; at: Place; expected: Expected }
  /** `1,5`: a decimal comma or a badly grouped thousand? Refused rather than guessed. */
  | { code: 'decimal-comma'; at: Place }
  /** A thousands separator not between groups of exactly three digits (`1,23,456`). */
  | { code: 'separator-group'; at: Place; character: string }
  /** A lowercase `m` after a number: milli or mega? */
  | { code: 'ambiguous-suffix'; at: Place; character: string }
  | { code: 'form-refused'; at: Place; form: NumberForm }
  /** Beyond the largest double (about 1.8 × 10³⁰⁸). */
  | { code: 'overflow'; at: Place; cell?: Cell }
  | { code: 'not-integer'; at: Place; value: number; cell?: Cell }
  /** An integer beyond 2^53 - 1 cannot be held exactly. */
  | { code: 'inexact-integer'; at: Place; value: number; cell?: Cell }
  | { code: 'negative'; at: Place; value: number; cell?: Cell }
  | { code: 'below-minimum'; at: Place; value: number; minimum: number; cell?: Cell }
  | { code: 'above-maximum'; at: Place; value: number; maximum: number; cell?: Cell }
  | { code: 'not-below-maximum'; at: Place; value: number; maximum: number; cell?: Cell }
  | { code: 'dimension-count'; found: number; minimum: number; maximum: number }
  | { code: 'ragged-row'; row: number; found: number; expected: number };

export type ReadReasonCode = ReadReason['code'];

/** How a text was read, beyond plain ASCII digits: what a screen lists after "read as …". */
export type ReadNote =
  | { code: 'full-width' }
  | { code: 'minus-sign' }
  | { code: 'thousands-separators' }
  | { code: 'scientific' }
  | { code: 'suffix'; suffix: string; power: number }
  | { code: 'percent' };

export type ReadNoteCode = ReadNote['code'];

/**
 * A read value with `text`, the value as the app prints it (what "read as …" shows, and itself readable), and
 * `notes` in a fixed order; or the reason it could not be read.
 */
export type Reading<Value> =
  { ok: true; value: Value; text: string; notes: ReadNote[] } | { ok: false; reason: ReadReason };

/** Every reason and note code, for tests that walk the catalogue. */
export const readReasonCodes = [
  'empty',
  'unexpected-character',
  'unexpected-end',
  'decimal-comma',
  'separator-group',
  'ambiguous-suffix',
  'form-refused',
  'overflow',
  'not-integer',
  'inexact-integer',
  'negative',
  'below-minimum',
  'above-maximum',
  'not-below-maximum',
  'dimension-count',
  'ragged-row',
] as const satisfies readonly ReadReasonCode[];

export const readNoteCodes = [
  'full-width',
  'minus-sign',
  'thousands-separators',
  'scientific',
  'suffix',
  'percent',
] as const satisfies readonly ReadNoteCode[];
