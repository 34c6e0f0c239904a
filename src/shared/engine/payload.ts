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

/** A typed array of finite numbers with exactly `expectedLength` elements. */
export function readNumbers(
  value: unknown,
  where: string,
  expectedLength: number,
): Float64Array | Float32Array {
  if (!(value instanceof Float64Array) && !(value instanceof Float32Array)) {
    throw invalid(where, `expected a Float64Array or Float32Array, got ${describe(value)}`);
  }
  if (value.length !== expectedLength)
    throw invalid(where, `expected ${expectedLength} numbers, got ${value.length}`);
  if (!allFinite(value)) {
    const index = value.findIndex((entry) => !Number.isFinite(entry));
    throw invalid(`${where}[${index}]`, `is not a finite number`);
  }
  return value;
}

/**
 * x * 0 is NaN exactly when x is NaN or infinite: one branch-free pass. Four running sums, because one sum is a
 * chain of dependent additions (~1 ns per number here); four independent chains run ~3x faster (measured on
 * 401,408 numbers: 0.45 ms -> 0.15 ms), which matters when a 0.4 ms convolution is checked twice (main, worker).
 */
function allFinite(values: Float64Array | Float32Array): boolean {
  let first = 0;
  let second = 0;
  let third = 0;
  let fourth = 0;
  const whole = values.length - (values.length % 4);
  for (let index = 0; index < whole; index += 4) {
    first += values[index]! * 0;
    second += values[index + 1]! * 0;
    third += values[index + 2]! * 0;
    fourth += values[index + 3]! * 0;
  }
  for (let index = whole; index < values.length; index++) first += values[index]! * 0;
  return !Number.isNaN(first + second + third + fourth);
}

export function describe(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'an array';
  if (ArrayBuffer.isView(value)) return value.constructor.name;
  if (typeof value === 'number') return String(value);
  return typeof value;
}
