import { EngineError } from './engine-error.ts';

/**
 * Readers for untrusted payloads: each checks one field and names it in the error, so "where" is always known.
 * Big numeric arrays are checked with plain loops, never copied before their size is known to be acceptable.
 */
export function invalid(where: string, what: string): EngineError {
  return new EngineError('INVALID_INPUT', `${where}: ${what}`);
}

export function readRecord(value: unknown, where: string): Record<string, unknown> {
  if (typeof value !== 'object' || value === null || Array.isArray(value))
    throw invalid(where, 'expected an object');
  return value as Record<string, unknown>;
}

export function readInteger(value: unknown, where: string, min: number, max: number): number {
  if (typeof value !== 'number' || !Number.isInteger(value))
    throw invalid(where, `expected an integer, got ${describe(value)}`);
  if (value < min || value > max) throw invalid(where, `must be between ${min} and ${max}, got ${value}`);
  return value;
}

export function readBoolean(value: unknown, where: string, fallback?: boolean): boolean {
  if (value === undefined && fallback !== undefined) return fallback;
  if (typeof value !== 'boolean') throw invalid(where, `expected true or false, got ${describe(value)}`);
  return value;
}

export function readIntegerTuple<Length extends number>(
  value: unknown,
  where: string,
  length: Length,
  min: number,
  max: number,
): number[] & { length: Length } {
  if (!Array.isArray(value) || value.length !== length) throw invalid(where, `expected ${length} integers`);
  return value.map((entry, index) => readInteger(entry, `${where}[${index}]`, min, max)) as number[] & {
    length: Length;
  };
}

export function describe(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'an array';
  if (ArrayBuffer.isView(value)) return value.constructor.name;
  if (typeof value === 'number') return String(value);
  return typeof value;
}
