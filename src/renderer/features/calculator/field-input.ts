import type { LocalizedText } from '../../../shared/deck/localized-text.ts';
import type { Field, FieldValue } from '../../../shared/nn/fields.ts';
import { limits } from '../../../shared/nn/limits.ts';
import type { Padding4, Pair } from '../../../shared/nn/shape.ts';
import { calculatorMessages } from './messages.ts';

/** What a field's text reads as: a value for the layer, or why not (said at the field, in both languages). */
export type FieldCheck<Value = FieldValue> =
  | { ok: true; value: Value }
  | { ok: false; message: LocalizedText; values?: Record<string, string | number> };

const errors = calculatorMessages.fieldErrors;
const numberPattern = /^[-+]?(\d+\.?\d*|\.\d+)(e[-+]?\d+)?$/i;

function failure(message: LocalizedText, values?: Record<string, string | number>): FieldCheck<never> {
  return values ? { ok: false, message, values } : { ok: false, message };
}

/** A number as typed, checked in the order a student needs to hear it: empty, not a number, negative, range. */
export function readNumberText(
  text: string,
  options: { min: number; max: number; whole: boolean; belowMax?: boolean },
): FieldCheck<number> {
  const trimmed = text.trim();
  if (trimmed === '') return failure(errors.empty);
  if (!numberPattern.test(trimmed)) return failure(errors.notNumber, { text: trimmed.slice(0, 20) });
  const value = Number(trimmed);
  if (!Number.isFinite(value)) return failure(errors.tooLarge, { max: options.max });
  if (value < 0 && options.min >= 0) return failure(errors.negative);
  if (options.whole && !Number.isInteger(value)) return failure(errors.notWhole);
  if (value < options.min) return failure(errors.tooSmall, { min: options.min });
  if (options.belowMax ? value >= options.max : value > options.max) {
    return failure(options.belowMax ? errors.belowMax : errors.tooLarge, { max: options.max });
  }
  return { ok: true, value };
}

function readWhole(text: string, min: number, max: number): FieldCheck<number> {
  return readNumberText(text, { min, max, whole: true });
}

/** "5" or "1x7" (also "1×7", "1X7"): [height, width]. */
function readPair(text: string, min: number): FieldCheck<Pair> {
  const parts = text.trim().split(/\s*[x×X*]\s*/);
  if (parts.length > 2) return failure(errors.pairForm);
  const checks = parts.map((part) => readWhole(part, min, limits.spatial));
  for (const check of checks) if (!check.ok) return check;
  const [height, width = height] = checks.map((check) => (check as { value: number }).value);
  return { ok: true, value: [height!, width!] };
}

function readPadding(text: string): FieldCheck {
  const trimmed = text.trim().toLowerCase();
  if (trimmed === 'same' || trimmed === 'valid') return { ok: true, value: trimmed };
  const sides = trimmed.split(/\s*,\s*/);
  if (sides.length === 4) {
    const checks = sides.map((side) => readWhole(side, 0, limits.spatial));
    for (const check of checks) if (!check.ok) return check;
    return {
      ok: true,
      value: checks.map((check) => (check as { value: number }).value) as unknown as Padding4,
    };
  }
  if (sides.length !== 1) return failure(errors.paddingForm);
  const pair = readPair(trimmed, 0);
  if (!pair.ok) return pair.message === errors.pairForm ? failure(errors.paddingForm) : pair;
  const [height, width] = pair.value;
  return { ok: true, value: [height, height, width, width] };
}

/**
 * Reads the text of one attribute field of the layer editor. Flags are checkboxes and never come here. A pooling
 * stride may be left empty (it is then the kernel size, PyTorch's default).
 */
export function readFieldInput(field: Field, text: string): FieldCheck {
  switch (field.type) {
    case 'count':
      return readWhole(text, 1, field.max);
    case 'pair':
      if (text.trim() === '' && field.default === null) return { ok: true, value: null };
      return readPair(text, field.min);
    case 'padding':
      return readPadding(text);
    case 'groups':
      if (text.trim().toLowerCase() === field.word) return { ok: true, value: 'depthwise' };
      return readWhole(text, 1, limits.channels);
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
