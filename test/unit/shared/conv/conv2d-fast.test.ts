import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { conv2d, type Conv2dOptions } from '../../../../src/shared/conv/conv2d.ts';
import {
  conv2dFast,
  convMethod,
  patchSource,
  type PatchSource,
} from '../../../../src/shared/conv/conv2d-fast.ts';
import type { Shape4 } from '../../../../src/shared/conv/conv-shapes.ts';
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

  it.each([
    ['Winograd', 1],
    ['gemm', 2],
  ] as const)(
    'covers a real layer shape exactly: 64 -> 32 channels, 3x3, padding 1 (%s, full strips)',
    (method, step) => {
      const testCase = {
        inputShape: [1, 64, 14, 14],
        weightShape: [32, 64, 3, 3],
        biasLength: 32,
        spec: { seed: 7 },
      };
      const { input, weight, bias } = build(testCase, true);
      const options: Conv2dOptions = {
        stride: [step, step],
        padding: [1, 1, 1, 1],
        dilation: [1, 1],
        groups: 1,
      };
      expect(convMethod([32, 64, 3, 3], options)).toBe(method.toLowerCase());
      expect(Array.from(conv2dFast(input, weight, bias, options).data)).toEqual(
        Array.from(conv2d(input, weight, bias, options).data),
      );
    },
  );

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

/** A layer shape for the path tests: input [N, C, H, W], weight [Cout, C/groups, kH, kW]. */
interface LayerCase {
  name: string;
  source: PatchSource;
  inputShape: number[];
  weightShape: number[];
  options: Conv2dOptions;
}

const layerCases: LayerCase[] = [
  {
    // 1x1, stride 1, no padding: the GEMM reads the input in place; 7x9 positions leave a partial strip.
    source: 'input',
    name: 'pointwise, groups 2, batch 2, 63 positions',
    inputShape: [2, 6, 7, 9],
    weightShape: [10, 3, 1, 1],
    options: { stride: [1, 1], padding: [0, 0, 0, 0], dilation: [1, 1], groups: 2 },
  },
  {
    // Wide rows: implicit im2col over column phases, stride 2 across and 1 down, dilation, asymmetric padding.
    source: 'phases',
    name: 'phases, stride [1, 2], dilation [2, 1], padding [2, 0, 1, 3], batch 2',
    inputShape: [2, 5, 11, 125],
    weightShape: [7, 5, 3, 4],
    options: { stride: [1, 2], padding: [2, 0, 1, 3], dilation: [2, 1], groups: 1 },
  },
  {
    source: 'phases',
    name: 'phases, stride 3, 7x7 kernel, groups 3',
    inputShape: [1, 6, 30, 67],
    weightShape: [9, 2, 7, 7],
    options: { stride: [3, 3], padding: [3, 3, 3, 3], dilation: [1, 1], groups: 3 },
  },
  {
    // Narrow rows: packed im2col in blocks; a deep layer (depth 64*9 = 576) makes blocks of 56 columns, so 62 x
    // 3 = 186 positions end in a partial block, itself ending in a partial strip.
    source: 'packed',
    name: 'packed blocks, depth 576, 186 positions, stride 2, dilation 2',
    inputShape: [1, 64, 125, 9],
    weightShape: [6, 64, 3, 3],
    options: { stride: [2, 2], padding: [1, 2, 0, 1], dilation: [2, 2], groups: 1 },
  },
];

function buildLayer(layer: LayerCase, seed: number, integers = true) {
  return build(
    {
      inputShape: layer.inputShape,
      weightShape: layer.weightShape,
      biasLength: layer.weightShape[0]!,
      spec: { seed },
    },
    integers,
  );
}

describe('conv2dFast GEMM sources (input in place, column phases, packed blocks)', () => {
  it.each(layerCases)('is exact on integer data: $name', (layer) => {
    const { input, weight, bias } = buildLayer(layer, 5);
    const [, , outHeight, outWidth] = conv2d(input, weight, bias, layer.options).shape;
    expect(patchSource(layer.weightShape as Shape4, layer.options, outHeight!, outWidth!)).toBe(layer.source);
    expect(Array.from(conv2dFast(input, weight, bias, layer.options).data)).toEqual(
      Array.from(conv2d(input, weight, bias, layer.options).data),
    );
  });

  it.each(layerCases)('gives the same bits for any split into output channels or rows: $name', (layer) => {
    // Float data: every rounding shows. The engine's workers each get a share of the output channels, or a
    // band of output rows with the input rows it reads; each share must give exactly the whole job's bits.
    const { input, weight, bias } = buildLayer(layer, 9, false);
    const whole = conv2dFast(input, weight, bias, layer.options);
    const [batch, outChannels, outHeight, outWidth] = whole.shape;
    const outPlane = outHeight! * outWidth!;
    const { groups } = layer.options;
    if (groups === 1) {
      const perChannel = weight.data.length / layer.weightShape[0]!;
      const part = conv2dFast(
        input,
        {
          shape: [1, ...layer.weightShape.slice(1)],
          data: weight.data.subarray(perChannel * 2, perChannel * 3),
        },
        bias!.subarray(2, 3),
        layer.options,
      );
      for (let n = 0; n < batch!; n++) {
        const expected = whole.data.subarray(
          (n * outChannels! + 2) * outPlane,
          (n * outChannels! + 3) * outPlane,
        );
        expect(part.data.subarray(n * outPlane, (n + 1) * outPlane)).toEqual(expected);
      }
    }
    const band = rowBand(layer, input, 1, outHeight! - 1);
    const part = conv2dFast(band.input, weight, bias, band.options);
    for (let plane = 0; plane < batch! * outChannels!; plane++) {
      const expected = whole.data.subarray(plane * outPlane + outWidth!, (plane + 1) * outPlane - outWidth!);
      const partPlane = (outHeight! - 2) * outWidth!;
      expect(part.data.subarray(plane * partPlane, (plane + 1) * partPlane)).toEqual(expected);
    }
  });

  it('gives the same bits into a reused output buffer', () => {
    const layer = layerCases[1]!;
    const { input, weight, bias } = buildLayer(layer, 13);
    const fresh = Array.from(conv2dFast(input, weight, bias, layer.options).data);
    const output = new Float32Array(fresh.length).fill(Number.NaN);
    for (let round = 0; round < 2; round++) {
      expect(Array.from(conv2dFast(input, weight, bias, layer.options, wasmKernels(), output).data)).toEqual(
        fresh,
      );
    }
  });
});

/**
 * The input rows (and the padding inside them) that output rows first..end-1 read, as its own conv2d: the
 * shape of the engine's row split.
 */
function rowBand(
  layer: LayerCase,
  input: { shape: number[]; data: Float32Array },
  first: number,
  end: number,
) {
  const [batch, channels, height, width] = layer.inputShape as [number, number, number, number];
  const kernelHeight = layer.weightShape[2]!;
  const { stride, padding, dilation } = layer.options;
  const top = first * stride[0] - padding[0];
  const bottom = (end - 1) * stride[0] - padding[0] + dilation[0] * (kernelHeight - 1) + 1;
  const firstRow = Math.max(0, top);
  const endRow = Math.min(height, bottom);
  const rows = endRow - firstRow;
  const data = new Float32Array(batch * channels * rows * width);
  for (let plane = 0; plane < batch * channels; plane++) {
    data.set(
      input.data.subarray((plane * height + firstRow) * width, (plane * height + endRow) * width),
      plane * rows * width,
    );
  }
  return {
    input: { shape: [batch, channels, rows, width], data },
    options: {
      ...layer.options,
      padding: [firstRow - top, bottom - endRow, padding[2], padding[3]] as Conv2dOptions['padding'],
    },
  };
}
