import { describe, expect, it } from 'vitest';
import { conv2d, convOutputSize, type Conv2dOptions } from '../../../../src/shared/conv/conv2d.ts';
import { conv2dFast, convMethod } from '../../../../src/shared/conv/conv2d-fast.ts';
import type { Shape4 } from '../../../../src/shared/conv/conv-shapes.ts';
import type { Tensor } from '../../../../src/shared/conv/tensor.ts';
import {
  elementStride,
  winogradLayout,
  winogradMinimumChannels,
  winogradRowStep,
} from '../../../../src/shared/conv/winograd.ts';

/** Deterministic pseudo-random numbers: integers in -5..5 or floats in [-0.5, 0.5). */
function numbers(count: number, seed: number, integers: boolean): Float32Array {
  let state = seed >>> 0;
  return Float32Array.from({ length: count }, () => {
    state = (Math.imul(state, 1_664_525) + 1_013_904_223) >>> 0;
    return integers ? (state % 11) - 5 : state / 2 ** 32 - 0.5;
  });
}

interface WinogradCase {
  name: string;
  inputShape: Shape4;
  weightShape: Shape4;
  options: Conv2dOptions;
}

const same: Conv2dOptions = { stride: [1, 1], padding: [1, 1, 1, 1], dilation: [1, 1], groups: 1 };

const cases: WinogradCase[] = [
  {
    // 18 output channels: the last strip of four has two empty lanes.
    name: '16 -> 18 channels, 9x13, asymmetric padding (odd output rows and columns)',
    inputShape: [1, 16, 9, 13],
    weightShape: [18, 16, 3, 3],
    options: { ...same, padding: [0, 2, 1, 0] },
  },
  {
    // 46x24 outputs: 23 x 12 = 276 tiles, more than one block of 256, the last holding 20 (a partial strip).
    name: 'several blocks of tiles, the last one partial',
    inputShape: [1, 16, 46, 24],
    weightShape: [16, 16, 3, 3],
    options: same,
  },
  {
    name: 'batch 2, groups 2, true convolution',
    inputShape: [2, 32, 7, 10],
    weightShape: [34, 16, 3, 3],
    options: { ...same, groups: 2, flipKernel: true },
  },
  {
    name: 'a 1x1 output from a 3x3 input',
    inputShape: [1, 20, 3, 3],
    weightShape: [17, 20, 3, 3],
    options: { ...same, padding: [0, 0, 0, 0] },
  },
];

function build(testCase: WinogradCase, seed: number, integers: boolean) {
  const count = (shape: readonly number[]) => shape.reduce((a, b) => a * b, 1);
  const input: Tensor<Float32Array> = {
    shape: [...testCase.inputShape],
    data: numbers(count(testCase.inputShape), seed, integers),
  };
  const weight: Tensor<Float32Array> = {
    shape: [...testCase.weightShape],
    data: numbers(count(testCase.weightShape), seed + 1, integers),
  };
  const bias = numbers(testCase.weightShape[0], seed + 2, integers);
  return { input, weight, bias };
}

describe('convMethod', () => {
  const options = (changes: Partial<Conv2dOptions> = {}) => ({ ...same, ...changes });
  it('takes Winograd for a 3x3 kernel at stride 1 without dilation between enough channels', () => {
    const enough = winogradMinimumChannels;
    expect(convMethod([enough, enough, 3, 3], options())).toBe('winograd');
    expect(convMethod([2 * enough, enough, 3, 3], options({ groups: 2 }))).toBe('winograd');
  });

  it('takes the GEMM for other kernels, strides, dilations and for few channels', () => {
    const enough = winogradMinimumChannels;
    expect(convMethod([enough - 1, enough, 3, 3], options())).toBe('gemm');
    expect(convMethod([enough, enough - 1, 3, 3], options())).toBe('gemm');
    expect(convMethod([enough, enough, 3, 3], options({ stride: [2, 2] }))).toBe('gemm');
    expect(convMethod([enough, enough, 3, 3], options({ stride: [1, 2] }))).toBe('gemm');
    expect(convMethod([enough, enough, 3, 3], options({ dilation: [2, 2] }))).toBe('gemm');
    expect(convMethod([enough, enough, 5, 5], options())).toBe('gemm');
    expect(convMethod([enough, enough, 3, 1], options())).toBe('gemm');
  });

  it('slides depthwise and single-plane kernels directly', () => {
    expect(convMethod([32, 1, 3, 3], options({ groups: 32 }))).toBe('direct');
    expect(convMethod([1, 1, 3, 3], options())).toBe('direct');
  });
});

describe('winogradLayout', () => {
  it('covers every output with whole tiles inside the padded input, four tiles a lane row, whole GEMM strips', () => {
    // [height, width, top, bottom, left, right] of a 3x3 layer's input and padding.
    for (const [height, width, top, bottom, left, right] of [
      [3, 3, 0, 0, 0, 0],
      [9, 13, 0, 2, 1, 0],
      [56, 56, 1, 1, 1, 1],
      [46, 24, 1, 1, 1, 1],
      [5, 38, 3, 0, 0, 3],
    ] as const) {
      const outHeight = convOutputSize(height, 3, 1, top, bottom, 1);
      const outWidth = convOutputSize(width, 3, 1, left, right, 1);
      const layout = winogradLayout(16, 24, height, width, outHeight, outWidth);
      const tilesDown = layout.tiles / layout.tilesAcross;
      expect(layout.tilesAcross % 4).toBe(0);
      expect(2 * layout.tilesAcross).toBeGreaterThanOrEqual(outWidth);
      expect(2 * tilesDown).toBeGreaterThanOrEqual(outHeight);
      expect(layout.blockTiles % 8).toBe(0);
      // padPlane's own bottom and right padding may not be negative: the input and its top/left padding fit.
      expect(layout.paddedHeight - height - top).toBeGreaterThanOrEqual(0);
      expect(layout.paddedWidth - width - left).toBeGreaterThanOrEqual(0);
      // The last tile row's window (2 rows below its first) and the transform's widest read (10 floats from a
      // lane row's first window column) lie inside the padded plane.
      expect(layout.paddedHeight).toBeGreaterThanOrEqual(2 * (tilesDown - 1) + 4);
      expect(layout.paddedWidth).toBeGreaterThanOrEqual(2 * (layout.tilesAcross - 4) + 10);
    }
  });

  it('puts the 16 matrices of each step an odd number of cache lines apart, for every channel count', () => {
    for (let inChannels = 16; inChannels <= 96; inChannels++) {
      for (let outChannels = 16; outChannels <= 96; outChannels += 1) {
        const layout = winogradLayout(inChannels, outChannels, 56, 56, 56, 56);
        for (const stride of [layout.kernelStride, layout.inputStride, layout.productStride]) {
          expect(stride % 64).toBe(0);
          expect((stride / 64) % 2).toBe(1);
        }
      }
    }
    expect(elementStride(16 * 1024)).toBe(16 * 1024 + 64);
    expect(elementStride(64 * 3)).toBe(64 * 3);
    expect(elementStride(100)).toBe(192);
  });
});

describe('conv2dFast by Winograd F(2x2, 3x3)', () => {
  it.each(cases)('takes the Winograd path: $name', (testCase) => {
    expect(convMethod(testCase.weightShape, testCase.options)).toBe('winograd');
  });

  it.each(cases)('is exact on integer data: $name', (testCase) => {
    const { input, weight, bias } = build(testCase, 3, true);
    const fast = conv2dFast(input, weight, bias, testCase.options);
    const exact = conv2d(input, weight, bias, testCase.options);
    expect(fast.shape).toEqual(exact.shape);
    expect(Array.from(fast.data)).toEqual(Array.from(exact.data));
  });

  it.each(cases)('is within 1e-5 of the sum of |terms| on float data: $name', (testCase) => {
    const { input, weight, bias } = build(testCase, 5, false);
    const fast = conv2dFast(input, weight, bias, testCase.options);
    const exact = conv2d(input, weight, bias, testCase.options);
    const absolute = (tensor: Tensor) => ({ ...tensor, data: tensor.data.map(Math.abs) });
    const magnitude = conv2d(absolute(input), absolute(weight), bias.map(Math.abs), testCase.options);
    exact.data.forEach((value, index) => {
      expect(Math.abs(fast.data[index]! - value)).toBeLessThanOrEqual(1e-5 * magnitude.data[index]!);
    });
  });

  it('gives the same bits for output channels on their own and for a band starting at an even row', () => {
    // What the engine's split jobs rely on: a part computes exactly the whole job's bits (split-conv-run.ts).
    const testCase: WinogradCase = {
      name: 'split',
      inputShape: [1, 16, 15, 11],
      weightShape: [36, 16, 3, 3],
      options: same,
    };
    const { input, weight, bias } = build(testCase, 7, false);
    const whole = conv2dFast(input, weight, bias, testCase.options);
    const [, , outHeight, outWidth] = whole.shape as Shape4;
    const plane = outHeight * outWidth;
    const perChannel = 16 * 9;
    const channels = conv2dFast(
      input,
      { shape: [16, 16, 3, 3], data: weight.data.subarray(20 * perChannel) },
      bias.subarray(20),
      testCase.options,
    );
    expect(channels.data).toEqual(whole.data.subarray(20 * plane));
    // Output rows 4..14 read input rows 3..14 (padding 1 above row 0 is outside this band).
    const first = 2 * winogradRowStep;
    const rows = input.shape[2]! - (first - 1);
    const band = new Float32Array(16 * rows * 11);
    for (let channel = 0; channel < 16; channel++) {
      const from = (channel * 15 + first - 1) * 11;
      band.set(input.data.subarray(from, from + rows * 11), channel * rows * 11);
    }
    const part = conv2dFast({ shape: [1, 16, rows, 11], data: band }, weight, bias, {
      ...same,
      padding: [0, 1, 1, 1],
    });
    const bandRows = outHeight - first;
    for (let channel = 0; channel < 36; channel++) {
      expect(part.data.subarray(channel * bandRows * outWidth, (channel + 1) * bandRows * outWidth)).toEqual(
        whole.data.subarray(channel * plane + first * outWidth, (channel + 1) * plane),
      );
    }
  });
});
