import type { ReadNote } from '../../input/reading.ts';
import type { FieldKind, FieldReason, FieldSpec, FieldValue } from '../problem.ts';

/** A field's text read: the value with how it was read (printed, and notes), or why it could not be read. */
export type FieldReading =
  | { ok: true; value: FieldValue; text: string; notes: readonly ReadNote[] }
  | { ok: false; reason: FieldReason };

/**
 * One kind of answer field (Netron's shape: one module per kind behind one registry, fields/index.ts). The
 * shared grader (grade.ts) reads every field through its kind and compares with `matches`, so a template
 * never parses text itself.
 */
export interface FieldKindModule {
  kind: FieldKind;
  /** Reads the student's text with the shared reader (src/shared/input) or the kind's own parser. */
  read(text: string, field: FieldSpec): FieldReading;
  /** True when `actual` is right for `expected`, within the field's tolerance and scales. */
  matches(expected: FieldValue, actual: FieldValue, field: FieldSpec): boolean;
  /** The value as the app prints it (the "expected" and "read as" texts). */
  print(value: FieldValue, field: FieldSpec): string;
  /** A matrix kind's per-cell verdicts (same size as `expected`); others leave it out. */
  cells?(expected: FieldValue, actual: FieldValue, field: FieldSpec): boolean[][];
}
