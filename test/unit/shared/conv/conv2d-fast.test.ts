import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { conv2d, type Conv2dOptions } from '../../../../src/shared/conv/conv2d.ts';
import { conv2dFast } from '../../../../src/shared/conv/conv2d-fast.ts';
import { wasmKernels } from '../../../../src/shared/conv/wasm/kernels.ts';

/** A random small conv2d: every stride, padding side, dilation and grouping the engine takes. */
const convCase = fc
  .record({
    batch: fc.integer({ min: 1, max: 2 }),
    groups: fc.integer({ min: 1, max: 3 }),
    groupIn: fc.integer({ min: 1, max: 3 }),
    groupOut: fc.integer({ min: 1, max: 5 }),
    kernelHeight: fc.integer({ min: 1, max: 5 }),
    kernelWidth: fc.integer({ min: 1, max: 5 }),
    extraHeight: fc.integer({ min: 0, max: 20 }),
    extraWidth: fc.integer({ min: 0, max: 40 }),
    stride: fc.tuple(fc.integer({ min: 1, max: 3 }), fc.integer({ min: 1, max: 3 })),
    padding: fc.tuple(...[0, 1, 2, 3].map(() => fc.integer({ min: 0, max: 3 }))),
    dilation: fc.tuple(fc.integer({ min: 1, max: 2 }), fc.integer({ min: 1, max: 2 })),
    flipKernel: fc.boolean(),
    withBias: fc.boolean(),
    seed: fc.integer(),
  })
  .map((spec) => {
    const height = spec.dilation[0] * (spec.kernelHeight - 1) + 1 + spec.extraHeight;
    const width = spec.dilation[1] * (spec.kernelWidth - 1) + 1 + spec.extraWidth;
    const inChannels = spec.groupIn * spec.groups;
    const outChannels = spec.groupOut * spec.groups;
    const options: Conv2dOptions = {
      stride: spec.stride,
      padding: spec.padding as [number, number, number, number],
      dilation: spec.dilation,
      groups: spec.groups,
      flipKernel: spec.flipKernel,
    };
    return {
      spec,
      inputShape: [spec.batch, inChannels, height, width],
      weightShape: [outChannels, spec.groupIn, spec.kernelHeight, spec.kernelWidth],
      biasLength: spec.withBias ? outChannels : 0,
      options,
    };
  });

/** Deterministic pseudo-random numbers (a linear congruential generator), integers or uniform floats. */
function numbers(count: number, seed: number, integers: boolean): Float32Array {
  let state = seed >>> 0;
  return Float32Array.from({ length: count }, () => {
    state = (Math.imul(state, 1_664_525) + 1_013_904_223) >>> 0;
    return integers ? (state % 11) - 5 : state / 2 ** 32 - 0.5;
  });
}

function build(
  testCase: { inputShape: number[]; weightShape: number[]; biasLength: number; spec: { seed: number } },
  integers: boolean,
) {
  const count = (shape: number[]) => shape.reduce((a, b) => a * b, 1);
  return {
    input: {
      shape: testCase.inputShape,
      data: numbers(count(testCase.inputShape), testCase.spec.seed, integers),
    },
    weight: {
      shape: testCase.weightShape,
      data: numbers(count(testCase.weightShape), testCase.spec.seed + 1, integers),
    },
    bias: testCase.biasLength ? numbers(testCase.biasLength, testCase.spec.seed + 2, integers) : null,
  };
}

describe('conv2dFast (WebAssembly SIMD) against the exact conv2d', () => {
  it('loads its WebAssembly kernels in Node', () => {
    expect(wasmKernels()).not.toBeNull();
  });

  it('is exact on integer data, on both the direct and the im2col + GEMM paths', () => {
    fc.assert(
      fc.property(convCase, (testCase) => {
        const { input, weight, bias } = build(testCase, true);
        const exact = conv2d(input, weight, bias, testCase.options);
        const fast = conv2dFast(input, weight, bias, testCase.options);
        expect(fast.shape).toEqual(exact.shape);
        expect(Array.from(fast.data)).toEqual(Array.from(exact.data));
      }),
      { numRuns: 200 },
    );
  });

  it('is within 1e-5 relative error on float data', () => {
    fc.assert(
      fc.property(convCase, (testCase) => {
        const { input, weight, bias } = build(testCase, false);
        const exact = conv2d(input, weight, bias, testCase.options);
        const fast = conv2dFast(input, weight, bias, testCase.options);
        // Relative to the sum of |terms|, the scale float32 rounding works at (a plain relative error is
        // undefined where the terms cancel to 0).
        const magnitude = conv2d(
          { ...input, data: input.data.map(Math.abs) },
          { ...weight, data: weight.data.map(Math.abs) },
          bias ? bias.map(Math.abs) : null,
          { ...testCase.options },
        );
        exact.data.forEach((value, index) => {
          expect(Math.abs(fast.data[index]! - value)).toBeLessThanOrEqual(
            1e-5 * magnitude.data[index]! + 1e-30,
          );
        });
      }),
      { numRuns: 100 },
    );
  });

  it('takes the plain-JS path when WebAssembly is missing, with the same result', () => {
    fc.assert(
      fc.property(convCase, (testCase) => {
        const { input, weight, bias } = build(testCase, true);
        const fallback = conv2dFast(input, weight, bias, testCase.options, null);
        expect(Array.from(fallback.data)).toEqual(
          Array.from(conv2d(input, weight, bias, testCase.options).data),
        );
      }),
      { numRuns: 30 },
    );
  });

  it('covers a real layer shape exactly: 64 -> 32 channels, 3x3, padding 1 (GEMM path with full tiles)', () => {
    const testCase = {
      inputShape: [1, 64, 14, 14],
      weightShape: [32, 64, 3, 3],
      biasLength: 32,
      spec: { seed: 7 },
    };
    const { input, weight, bias } = build(testCase, true);
    const options: Conv2dOptions = { stride: [1, 1], padding: [1, 1, 1, 1], dilation: [1, 1], groups: 1 };
    expect(Array.from(conv2dFast(input, weight, bias, options).data)).toEqual(
      Array.from(conv2d(input, weight, bias, options).data),
    );
  });

  it('writes into a given output buffer, on both paths', () => {
    const testCase = {
      inputShape: [1, 2, 6, 7],
      weightShape: [3, 2, 3, 3],
      biasLength: 3,
      spec: { seed: 11 },
    };
    const { input, weight, bias } = build(testCase, true);
    const options: Conv2dOptions = { stride: [1, 2], padding: [1, 0, 2, 1], dilation: [1, 1], groups: 1 };
    const expected = Array.from(conv2d(input, weight, bias, options).data);
    for (const kernels of [wasmKernels(), null]) {
      const output = new Float32Array(expected.length + 5);
      const result = conv2dFast(input, weight, bias, options, kernels, output);
      expect(result.data.buffer).toBe(output.buffer);
      expect(Array.from(result.data)).toEqual(expected);
    }
  });
});
