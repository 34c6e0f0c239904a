/**
 * Small checks of one stored row, composed per table in table-rules.ts. A check returns the first fault it
 * finds, naming the field by its path in the row (`options[2].text.zh`) and what the field should be; it
 * never throws, whatever the value (rows come from a file that may be hostile).
 */

/** What a field should be: each one is worded in backup-messages.ts. */
export type Expectation =
  | 'object'
  | 'list'
  | 'text'
  | 'id'
  | 'number'
  | 'integer'
  | 'count'
  | 'share'
  | 'boolean'
  | 'present'
  | 'one-of';

export const expectations: readonly Expectation[] = [
  'object',
  'list',
  'text',
  'id',
  'number',
  'integer',
  'count',
  'share',
  'boolean',
  'present',
  'one-of',
];

export interface RowFault {
  /** The field's path in the row; '' for the row itself. */
  field: string;
  expected: Expectation;
  /** The values allowed, for `one-of`. */
  allowed?: readonly (string | number | null)[];
}

export type Check = (value: unknown, field: string) => RowFault | undefined;

type PlainObject = Record<string, unknown>;

function isPlainObject(value: unknown): value is PlainObject {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

const when =
  (test: (value: unknown) => boolean, expected: Expectation): Check =>
  (value, field) =>
    test(value) ? undefined : { field, expected };

export const text: Check = when((value) => typeof value === 'string', 'text');
/** An id: a non-empty string (IndexedDB keys and the app's lookups both need one). */
export const id: Check = when((value) => typeof value === 'string' && value !== '', 'id');
export const number: Check = when((value) => Number.isFinite(value), 'number');
export const integer: Check = when((value) => Number.isSafeInteger(value), 'integer');
/** A count or a duration: a whole number, zero or more. */
export const count: Check = when((value) => Number.isSafeInteger(value) && (value as number) >= 0, 'count');
/** A share such as a credit: a number from 0 to 1. */
export const share: Check = when(
  (value) => Number.isFinite(value) && (value as number) >= 0 && (value as number) <= 1,
  'share',
);
export const boolean: Check = when((value) => typeof value === 'boolean', 'boolean');
/** Any value at all (a setting's value is whatever its setting stores). */
export const present: Check = when((value) => value !== undefined, 'present');

export function oneOf(allowed: readonly (string | number | null)[]): Check {
  return (value, field) =>
    allowed.includes(value as string | number | null) ? undefined : { field, expected: 'one-of', allowed };
}

export function nullable(check: Check): Check {
  return (value, field) => (value === null ? undefined : check(value, field));
}

export function listOf(check: Check): Check {
  return (value, field) => {
    if (!Array.isArray(value)) return { field, expected: 'list' };
    for (let index = 0; index < value.length; index++) {
      const fault = check(value[index], `${field}[${index}]`);
      if (fault) return fault;
    }
    return undefined;
  };
}

/** An object whose every value passes `check` (a record keyed by free names). */
export function recordOf(check: Check): Check {
  return (value, field) => {
    if (!isPlainObject(value)) return { field, expected: 'object' };
    for (const [name, member] of Object.entries(value)) {
      const fault = check(member, join(field, name));
      if (fault) return fault;
    }
    return undefined;
  };
}

/**
 * An object with these fields; `optional` ones may be absent (or undefined). Other fields are let through:
 * a row keeps what a later release may add, and the app reads only the fields it knows.
 */
export function shape(required: Record<string, Check>, optional: Record<string, Check> = {}): Check {
  return (value, field) => {
    if (!isPlainObject(value)) return { field, expected: 'object' };
    for (const [name, check] of Object.entries(required)) {
      const fault = check(value[name], join(field, name));
      if (fault) return fault;
    }
    for (const [name, check] of Object.entries(optional)) {
      if (value[name] === undefined) continue;
      const fault = check(value[name], join(field, name));
      if (fault) return fault;
    }
    return undefined;
  };
}

/** An object whose `tag` field picks its shape (an item's `kind`). */
export function variant(tag: string, shapes: Record<string, Check>): Check {
  const tagCheck = oneOf(Object.keys(shapes));
  return (value, field) => {
    if (!isPlainObject(value)) return { field, expected: 'object' };
    const fault = tagCheck(value[tag], join(field, tag));
    if (fault) return fault;
    return shapes[value[tag] as string]!(value, field);
  };
}

/** Both checks must pass (a shared base shape and a variant). */
export function both(first: Check, second: Check): Check {
  return (value, field) => first(value, field) ?? second(value, field);
}

function join(field: string, name: string): string {
  return field === '' ? name : `${field}.${name}`;
}
