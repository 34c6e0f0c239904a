import { describe, expect, it } from 'vitest';
import { readNumbers } from '../../../../src/shared/engine/payload-numbers.ts';
import { wasmKernels } from '../../../../src/shared/conv/wasm/kernels.ts';

/**
 * readNumbers checks small arrays with a JavaScript loop and large ones with the WebAssembly scan, a chunk at a
 * time: the sizes below cover both, the chunk edges (262,144 numbers) and a tail that is not a whole vector.
 */
const sizes = [7, 16_384, 262_144 * 2 + 9];

describe('readNumbers', () => {
  it('has the WebAssembly kernels to scan with here', () => {
    expect(wasmKernels()).not.toBeNull();
  });

  it.each([Float32Array, Float64Array])('names the first non-finite %o number wherever it is', (Kind) => {
    for (const size of sizes) {
      for (const position of [0, 5, size >> 1, 262_143, 262_144, size - 1].filter((at) => at < size)) {
        for (const bad of [Number.NaN, Infinity, -Infinity]) {
          const values = new Kind(size).fill(1.5);
          values[position] = bad;
          if (position + 1 < size) values[size - 1] = Number.NaN;
          expect(() => readNumbers(values, 'input.data', size)).toThrow(
            `input.data[${position}]: is not a finite number`,
          );
        }
      }
    }
  });

  it.each([
    ['float32', Float32Array, 3.4028234663852886e38],
    ['float64', Float64Array, Number.MAX_VALUE],
  ])('accepts every finite %s: the largest, the smallest subnormal, -0', (_, Kind, largest) => {
    for (const size of sizes) {
      const values = new Kind(size).map(
        (__, index) => [largest, -largest, 5e-324, -0, 1e-45, index][index % 6]!,
      );
      expect(readNumbers(values, 'x', size)).toBe(values);
    }
  });

  it('refuses a wrong length or type before looking at the numbers', () => {
    expect(() => readNumbers(new Float32Array(3), 'weight.data', 4)).toThrow(
      'weight.data: expected 4 numbers, got 3',
    );
    expect(() => readNumbers([1, 2], 'bias', 2)).toThrow(
      'bias: expected a Float64Array or Float32Array, got an array',
    );
  });
});
