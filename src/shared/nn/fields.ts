import { readNumber, readShape } from '../input/index.ts';
import { layerProblem } from './errors.ts';
import { limits } from './limits.ts';
import { clip, type NetworkReason } from './reason.ts';
import type { Padding4, Pair } from './shape.ts';

/**
 * The attributes of a layer kind, declared once and used three ways: to read untrusted JSON, to read the
 * description language (`conv 96 k11 s4 p2 g2 nobias`) and to print it back. A field is positional (`96`),
 * prefixed (`k11`, `k1x7`), or a flag word that sets the non-default value (`nobias`, `ceil`).
 */
export type Field = CountField | PairField | PaddingField | GroupsField | FlagField | NumberField;

interface FieldBase {
  key: string;
  /** One line for the UI's attribute editor. */
  summary: string;
}

export interface CountField extends FieldBase {
  type: 'count';
  positional?: true;
  prefix?: string;
  /** Absent: required. */
  default?: number;
  max: number;
}

export interface PairField extends FieldBase {
  type: 'pair';
  positional?: true;
  prefix?: string;
  /** null: optional, resolved by the layer (a pooling stride defaults to its kernel). Absent: required. */
  default?: Pair | null;
  min: 0 | 1;
}

export interface PaddingField extends FieldBase {
  type: 'padding';
  prefix: string;
  default: Padding4;
}

export interface GroupsField extends FieldBase {
  type: 'groups';
  prefix: string;
  /** The word for groups = input channels (a depthwise convolution). */
  word: string;
}

export interface FlagField extends FieldBase {
  type: 'flag';
  /** The word that sets the value opposite to the default. */
  word: string;
  default: boolean;
}

export interface NumberField extends FieldBase {
  type: 'number';
  positional?: true;
  prefix?: string;
  default: number;
  min: number;
  max: number;
  /** Whether `max` itself is excluded (a dropout probability is below 1). */
  belowMax?: true;
}

export type PaddingValue = Padding4 | 'same' | 'valid';
export type GroupsValue = number | 'depthwise';
export type FieldValue = number | boolean | string | Pair | PaddingValue | null;

/**
 * A field declared with its key and its kind kept exactly (`'kernel'`, `'pair'`), so that a layer kind's
 * attribute types follow from its fields (defineLayerKind in layer-kind.ts).
 */
export function defineField<const Declared extends Field>(field: Declared): Declared {
  return field;
}

/** The value a field reads to; a pair whose default is null is optional (a pooling stride follows the kernel). */
export type FieldValueOf<Declared extends Field> = Declared extends { type: 'pair'; default: null }
  ? Pair | null
  : Declared extends { type: 'pair' }
    ? Pair
    : Declared extends { type: 'padding' }
      ? PaddingValue
      : Declared extends { type: 'groups' }
        ? GroupsValue
        : Declared extends { type: 'flag' }
          ? boolean
          : number;

/** The description language writes plain numbers: no separators, suffixes or percent; counts take no sign. */
const plainNumber = { forms: { thousands: false, suffix: false, percent: false } };
const plainCount = { forms: { ...plainNumber.forms, sign: false } };

/** A reason about one field: the field key goes in the reason and beside it, for the form to mark. */
type FieldReason = Extract<NetworkReason, { field: string }>;
type FieldReasonValues = FieldReason extends infer Reason
  ? Reason extends FieldReason
    ? Omit<Reason, 'field'>
    : never
  : never;

function fail(field: Field, reason: FieldReasonValues): never {
  throw layerProblem({ ...reason, field: field.key } as FieldReason, field.key);
}

function checkInteger(field: Field, value: number, min: number, max: number): number {
  if (!Number.isInteger(value)) fail(field, { code: 'fieldNotWhole', got: String(value) });
  if (value < min || value > max) fail(field, { code: 'fieldRange', min, max, got: value });
  return value;
}

function checkNumber(field: NumberField, value: number): number {
  const tooBig = field.belowMax ? value >= field.max : value > field.max;
  if (!Number.isFinite(value) || value < field.min || tooBig) {
    fail(field, {
      code: 'fieldNumberRange',
      min: field.min,
      max: field.max,
      belowMax: field.belowMax === true,
      got: String(value),
    });
  }
  return value;
}

function integerFromText(field: Field, text: string, min: number, max: number): number {
  const reading = readNumber(text, plainCount);
  if (!reading.ok || !Number.isInteger(reading.value))
    fail(field, { code: 'fieldNotWhole', got: clip(text) });
  return checkInteger(field, reading.value, min, max);
}

/** A JSON value as a reason quotes it: short, and never the whole of a huge array or object. */
function describeJson(value: unknown): string {
  if (Array.isArray(value)) {
    const shown = value.slice(0, 8).map((entry) => (typeof entry === 'number' ? String(entry) : '…'));
    return `[${shown.join(', ')}${value.length > 8 ? ', …' : ''}]`;
  }
  if (typeof value === 'string') return clip(value);
  return typeof value === 'object' && value !== null ? '{…}' : String(value);
}

/** The default of a field, or undefined when the field is required. */
export function fieldDefault(field: Field): FieldValue | undefined {
  if (field.type === 'groups') return 1;
  return field.default;
}

/** Reads one attribute from untrusted JSON; `undefined` takes the default (or fails when required). */
export function readFieldJson(field: Field, value: unknown): FieldValue {
  if (value === undefined) {
    const fallback = fieldDefault(field);
    if (fallback === undefined) fail(field, { code: 'fieldRequired' });
    return fallback;
  }
  switch (field.type) {
    case 'count':
      if (typeof value !== 'number') fail(field, { code: 'fieldNotWhole', got: describeJson(value) });
      return checkInteger(field, value, 1, field.max);
    case 'pair':
      if (value === null && field.default === null) return null;
      return readPairJson(field, value, field.min);
    case 'padding': {
      if (value === 'same' || value === 'valid') return value;
      if (typeof value === 'number') {
        const side = checkInteger(field, value, 0, limits.spatial);
        return [side, side, side, side];
      }
      if (Array.isArray(value) && value.length === 2) {
        const [height, width] = readPairJson(field, value, 0);
        return [height, height, width, width];
      }
      if (Array.isArray(value) && value.length === 4) {
        return value.map((side: unknown) =>
          typeof side === 'number'
            ? checkInteger(field, side, 0, limits.spatial)
            : fail(field, { code: 'fieldNotWhole', got: describeJson(side) }),
        ) as unknown as Padding4;
      }
      return fail(field, { code: 'fieldPaddingForm', got: describeJson(value) });
    }
    case 'groups':
      if (value === 'depthwise') return value;
      if (typeof value !== 'number') fail(field, { code: 'fieldGroupsForm', got: describeJson(value) });
      return checkInteger(field, value, 1, limits.channels);
    case 'flag':
      if (typeof value !== 'boolean')
        fail(field, { code: 'fieldFlagForm', word: field.word, got: describeJson(value) });
      return value;
    case 'number':
      if (typeof value !== 'number') fail(field, { code: 'fieldNotNumber', got: describeJson(value) });
      return checkNumber(field, value);
  }
}

function readPairJson(field: Field, value: unknown, min: number): Pair {
  if (typeof value === 'number') {
    const side = checkInteger(field, value, min, limits.spatial);
    return [side, side];
  }
  if (Array.isArray(value) && value.length === 2) {
    const [height, width] = value as unknown[];
    if (typeof height === 'number' && typeof width === 'number') {
      return [
        checkInteger(field, height, min, limits.spatial),
        checkInteger(field, width, min, limits.spatial),
      ];
    }
  }
  return fail(field, { code: 'fieldPairForm', got: describeJson(value) });
}

/** Reads one attribute from its text in the description language (the prefix already removed). */
export function readFieldText(field: Field, text: string): FieldValue {
  switch (field.type) {
    case 'count':
      return integerFromText(field, text, 1, field.max);
    case 'pair':
      return readPairText(field, text, field.min);
    case 'padding': {
      if (text === 'same' || text === 'valid') return text;
      const sides = text.split(',');
      if (sides.length === 4) {
        return sides.map((side) => integerFromText(field, side, 0, limits.spatial)) as unknown as Padding4;
      }
      const [height, width] = readPairText(field, text, 0);
      return [height, height, width, width];
    }
    case 'groups':
      return integerFromText(field, text, 1, limits.channels);
    case 'number': {
      const reading = readNumber(text, plainNumber);
      if (!reading.ok) fail(field, { code: 'fieldNotNumber', got: clip(text) });
      return checkNumber(field, reading.value);
    }
    case 'flag':
      return fail(field, { code: 'fieldFlagForm', word: field.word, got: clip(text) });
  }
}

function readPairText(field: Field, text: string, min: number): Pair {
  const reading = readShape(text, { ...plainCount, dimensions: { min: 1, max: 2 }, min: 0 });
  if (!reading.ok) {
    fail(
      field,
      reading.reason.code === 'dimension-count'
        ? { code: 'fieldPairForm', got: clip(text) }
        : { code: 'fieldNotWhole', got: clip(text) },
    );
  }
  const [height, width = height] = reading.value;
  return [
    checkInteger(field, height!, min, limits.spatial),
    checkInteger(field, width!, min, limits.spatial),
  ];
}

function pairText([height, width]: Pair): string {
  return height === width ? String(height) : `${height}x${width}`;
}

function sameValue(left: FieldValue | undefined, right: FieldValue | undefined): boolean {
  if (Array.isArray(left) && Array.isArray(right)) {
    return left.length === right.length && left.every((entry, index) => entry === right[index]);
  }
  return left === right;
}

/** The description-language text of one attribute, or null when it has its default value. */
export function printField(field: Field, value: FieldValue): string | null {
  if (sameValue(value, fieldDefault(field)) || value === null) return null;
  switch (field.type) {
    case 'flag':
      return field.word;
    case 'groups':
      return value === 'depthwise' ? field.word : `${field.prefix}${value}`;
    case 'padding': {
      if (typeof value === 'string') return value;
      const [top, bottom, left, right] = value as Padding4;
      const text =
        top === bottom && left === right ? pairText([top, left]) : `${top},${bottom},${left},${right}`;
      return `${field.prefix}${text}`;
    }
    default: {
      const text = Array.isArray(value) ? pairText(value as Pair) : String(value);
      return field.positional ? text : `${field.prefix ?? ''}${text}`;
    }
  }
}
