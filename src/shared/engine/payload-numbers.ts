import { wasmKernels } from '../conv/wasm/kernels.ts';
import { refuse } from './payload.ts';
import { describeValue } from './refusal.ts';

/*
 * The payload check for big arrays of numbers, apart from payload.ts: it carries the WebAssembly kernels, which
 * only the engine's workers (and main) need, so a screen that uses the other payload readers (through the
 * shared conv rules) does not load them.
 */

/** A typed array of finite numbers with exactly `expectedLength` elements (finite unless checkValues is false). */
export function readNumbers(
  value: unknown,
  where: string,
  expectedLength: number,
  checkValues = true,
): Float64Array | Float32Array {
  if (!(value instanceof Float64Array) && !(value instanceof Float32Array)) {
    throw refuse({ code: 'wrongType', field: where, expected: 'typedNumbers', got: describeValue(value) });
  }
  if (value.length !== expectedLength)
    throw refuse({
      code: 'wrongCount',
      field: where,
      unit: 'numbers',
      expected: expectedLength,
      actual: value.length,
    });
  const index = checkValues ? firstNonFinite(value) : -1;
  if (index >= 0) throw refuse({ code: 'notFinite', field: `${where}[${index}]`, got: null });
  return value;
}

/** Below this many numbers the plain loop wins: copying into WebAssembly memory has a fixed cost. */
const wasmCheckMinimum = 16_384;
/** Numbers copied at a time, so checking a 64 MB payload does not grow the kernels' memory to 64 MB for good. */
const wasmCheckChunk = 262_144;

/**
 * The index of the first NaN or infinite number, or -1. Large arrays are copied into the WebAssembly kernels'
 * memory and scanned sixteen floats at a time (assembly/check-kernels.ts): 401,408 float32 in ~0.05 ms against
 * ~0.17 ms for the JavaScript loop (measured here), which counts when a 0.4 ms convolution is checked twice
 * (by main, then by the worker). Without the kernels (a browser's UI thread), the loop.
 */
function firstNonFinite(values: Float64Array | Float32Array): number {
  const kernels = values.length >= wasmCheckMinimum ? wasmKernels() : null;
  if (!kernels) return allFinite(values) ? -1 : values.findIndex((entry) => !Number.isFinite(entry));
  const single = values instanceof Float32Array;
  const chunk = Math.min(values.length, wasmCheckChunk);
  kernels.reset();
  const address = kernels.allocate(chunk * values.BYTES_PER_ELEMENT);
  const scratch = single
    ? kernels.floats(address, chunk)
    : new Float64Array(kernels.exports.memory.buffer, address, chunk);
  for (let start = 0; start < values.length; start += chunk) {
    const part = values.subarray(start, start + chunk);
    scratch.set(part);
    const found = single
      ? kernels.exports.firstNonFinite32(address, part.length)
      : kernels.exports.firstNonFinite64(address, part.length);
    if (found >= 0) return start + found;
  }
  return -1;
}

/**
 * x * 0 is NaN exactly when x is NaN or infinite: one branch-free pass. Four running sums, because one sum is a
 * chain of dependent additions; four independent chains run ~3x faster.
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
