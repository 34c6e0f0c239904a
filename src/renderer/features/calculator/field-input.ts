import type { LocalizedText } from '../../../shared/deck/localized-text.ts';
import type { Field, FieldValue } from '../../../shared/nn/fields.ts';
import { limits } from '../../../shared/nn/limits.ts';
import type { Padding4, Pair } from '../../../shared/nn/shape.ts';
import {
  describeReading,
  readInteger,
  readNumber,
  readShape,
  wordReadReason,
  type ReadReason,
  type Reading,
} from '../../../shared/input/index.ts';
import { calculatorMessages } from './messages.ts';

/**
 * What a field's text reads as: a value for the layer (with "read as …" when it was read beyond plain digits,
 * e.g. from full-width characters or `25.7M`), or why not (said at the field, in both languages).
 */
export type FieldCheck<Value = FieldValue> =
  | { ok: true; value: Value; readAs?: LocalizedText }
  | { ok: false; message: LocalizedText; values?: Record<string, string | number>; reason?: ReadReason };

const errors = calculatorMessages.fieldErrors;

function failure(message: LocalizedText): FieldCheck<never> {
  return { ok: false, message };
}

function refusal(reason: ReadReason): FieldCheck<never> {
  return { ok: false, message: wordReadReason(reason), reason };
}

/** A reading of the one reader, its reason worded by the reader's catalogue. */
function fromReading<Value>(reading: Reading<Value>): FieldCheck<Value> {
  if (!reading.ok) return refusal(reading.reason);
  return reading.notes.length
    ? { ok: true, value: reading.value, readAs: describeReading(reading) }
    : { ok: true, value: reading.value };
}

/** A number as typed (in any form the reader takes: `1,024`, `25.7M`, full-width), checked against its range. */
export function readNumberText(
  text: string,
  options: { min: number; max: number; whole: boolean; belowMax?: boolean },
): FieldCheck<number> {
  const range = options.belowMax
    ? { min: options.min, below: options.max }
    : { min: options.min, max: options.max };
  return fromReading(options.whole ? readInteger(text, range) : readNumber(text, range));
}

/**
 * Sides as typed: `5`, `1x7`, `1×7`, `(1, 7)`, up to `most` of them. An empty text asks for a whole number; a
 * shape with more sides than the field takes gets the field's own hint (`form`).
 */
function readSides(text: string, min: number, most: number, form: LocalizedText): FieldCheck<number[]> {
  if (text.trim() === '') return refusal({ code: 'empty', expected: 'integer' });
  const reading = readShape(text, { dimensions: { min: 1, max: most }, min, max: limits.spatial });
  return !reading.ok && reading.reason.code === 'dimension-count' ? failure(form) : fromReading(reading);
}

/** "5" or "1x7" (also "1×7", "1X7", "(1, 7)"): [height, width]. */
function readPair(text: string, min: number): FieldCheck<Pair> {
  const sides = readSides(text, min, 2, errors.pairForm);
  if (!sides.ok) return sides;
  const [height, width = height] = sides.value;
  return { ...sides, value: [height!, width!] };
}

/** N, HxW (`1,2` too, as PyTorch's `padding=(1, 2)`), the four sides top,bottom,left,right, same or valid. */
function readPadding(text: string): FieldCheck {
  const trimmed = text.trim().toLowerCase();
  if (trimmed === 'same' || trimmed === 'valid') return { ok: true, value: trimmed };
  const sides = readSides(text, 0, 4, errors.paddingForm);
  if (!sides.ok) return sides;
  const [first, second, third, fourth] = sides.value as [number, number?, number?, number?];
  if (third === undefined) return { ...sides, value: [first, first, second ?? first, second ?? first] };
  return fourth === undefined
    ? failure(errors.paddingForm)
    : { ...sides, value: [first, second!, third, fourth] };
}

/**
 * Reads the text of one attribute field of the layer editor. Flags are checkboxes and never come here. A pooling
 * stride may be left empty (it is then the kernel size, PyTorch's default).
 */
export function readFieldInput(field: Field, text: string): FieldCheck {
  switch (field.type) {
    case 'count':
      return fromReading(readInteger(text, { min: 1, max: field.max }));
    case 'pair':
      if (text.trim() === '' && field.default === null) return { ok: true, value: null };
      return readPair(text, field.min);
    case 'padding':
      return readPadding(text);
    case 'groups':
      if (text.trim().toLowerCase() === field.word) return { ok: true, value: 'depthwise' };
      return fromReading(readInteger(text, { min: 1, max: limits.channels }));
    case 'number':
      return readNumberText(text, {
        min: field.min,
        max: field.max,
        whole: false,
        ...(field.belowMax ? { belowMax: true } : {}),
      });
    case 'flag':
      return { ok: true, value: text === 'true' };
  }
}

/** The text a field shows for a value: the inverse of readFieldInput. */
export function fieldText(field: Field, value: FieldValue | undefined): string {
  if (value === null || value === undefined) return '';
  if (field.type === 'groups' && value === 'depthwise') return field.word;
  if (Array.isArray(value)) {
    if (value.length === 4) {
      const [top, bottom, left, right] = value as Padding4;
      if (top === bottom && left === right) return top === left ? String(top) : `${top}x${left}`;
      return value.join(',');
    }
    const [height, width] = value as Pair;
    return height === width ? String(height) : `${height}x${width}`;
  }
  return String(value);
}
