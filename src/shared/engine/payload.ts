import { EngineError } from './engine-error.ts';
import { describeValue, type EngineRefusal } from './refusal.ts';

/**
 * Readers for untrusted payloads: each checks one field and names it in the refusal, so "where" is always known.
 * Big numeric arrays are checked with plain loops, never copied before their size is known to be acceptable.
 */
export function refuse(refusal: EngineRefusal): EngineError {
  return EngineError.refusing(refusal);
}

export function readRecord(value: unknown, where: string): Record<string, unknown> {
  if (typeof value !== 'object' || value === null || Array.isArray(value))
    throw refuse({ code: 'wrongType', field: where, expected: 'object', got: null });
  return value as Record<string, unknown>;
}

export function readInteger(value: unknown, where: string, min: number, max: number): number {
  if (typeof value !== 'number' || !Number.isInteger(value))
    throw refuse({ code: 'wrongType', field: where, expected: 'integer', got: describeValue(value) });
  if (value < min || value > max) throw refuse({ code: 'outOfRange', field: where, min, max, actual: value });
  return value;
}

export function readBoolean(value: unknown, where: string, fallback?: boolean): boolean {
  if (value === undefined && fallback !== undefined) return fallback;
  if (typeof value !== 'boolean')
    throw refuse({ code: 'wrongType', field: where, expected: 'boolean', got: describeValue(value) });
  return value;
}

export function readIntegerTuple<Length extends number>(
  value: unknown,
  where: string,
  length: Length,
  min: number,
  max: number,
): number[] & { length: Length } {
  if (!Array.isArray(value) || value.length !== length)
    throw refuse({ code: 'wrongCount', field: where, unit: 'integers', expected: length, actual: null });
  return value.map((entry, index) => readInteger(entry, `${where}[${index}]`, min, max)) as number[] & {
    length: Length;
  };
}

/** One of a closed set of words. */
export function readChoice<Choice extends string>(
  value: unknown,
  where: string,
  choices: readonly Choice[],
): Choice {
  if (!(choices as readonly unknown[]).includes(value)) {
    throw refuse({ code: 'notChoice', field: where, choices: [...choices], got: describeValue(value) });
  }
  return value as Choice;
}
