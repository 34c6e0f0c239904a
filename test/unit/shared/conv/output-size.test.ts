import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { conv2d, convOutputSize } from '../../../../src/shared/conv/conv2d.ts';
import { convTransposeOutputSize } from '../../../../src/shared/conv/conv-transpose2d.ts';
import { pool2dOutputShape, poolOutputSize } from '../../../../src/shared/conv/pool2d.ts';
import { resolvePadding } from '../../../../src/shared/conv/padding.ts';

/** Window starts s*o - before for o = 0, 1, ... whose whole dilated window fits in the padded axis. */
function bruteForceConvSize(
  input: number,
  kernel: number,
  stride: number,
  before: number,
  after: number,
  dilation: number,
) {
  let count = 0;
  for (let start = -before; start + dilation * (kernel - 1) < input + after; start += stride) count++;
  return count;
}

/**
 * Pooling windows by enumeration: whole windows inside the padded input; with ceil_mode also a partial window
 * when the one before it left padded cells uncovered, provided it starts inside the input or the left padding.
 */
function bruteForcePoolSize(input: number, kernel: number, stride: number, pad: number, ceil: boolean) {
  let count = 0;
  for (let index = 0; ; index++) {
    const start = index * stride - pad;
    const whole = start + kernel <= input + pad;
    const partial = ceil && index > 0 && start - stride + kernel < input + pad && start < input;
    if (!whole && !partial) return count;
    count++;
  }
}

const axis = fc.record({
  input: fc.integer({ min: 1, max: 40 }),
  kernel: fc.integer({ min: 1, max: 7 }),
  stride: fc.integer({ min: 1, max: 4 }),
  before: fc.integer({ min: 0, max: 4 }),
  after: fc.integer({ min: 0, max: 4 }),
  dilation: fc.integer({ min: 1, max: 3 }),
});

describe('output size formulas', () => {
  it('conv: floor((i + p_before + p_after - d(k-1) - 1)/s) + 1 equals counting window positions', () => {
    fc.assert(
      fc.property(axis, ({ input, kernel, stride, before, after, dilation }) => {
        fc.pre(input + before + after >= dilation * (kernel - 1) + 1);
        expect(convOutputSize(input, kernel, stride, before, after, dilation)).toBe(
          bruteForceConvSize(input, kernel, stride, before, after, dilation),
        );
      }),
    );
  });

  it('conv: the formula is the width of what conv2d really produces', () => {
    fc.assert(
      fc.property(axis, ({ input, kernel, stride, before, after, dilation }) => {
        fc.pre(input + before + after >= dilation * (kernel - 1) + 1);
        const output = conv2d(
          { shape: [1, 1, 1, input], data: new Float64Array(input).fill(1) },
          { shape: [1, 1, 1, kernel], data: new Float64Array(kernel).fill(1) },
          null,
          { stride: [1, stride], padding: [0, 0, before, after], dilation: [1, dilation], groups: 1 },
        );
        expect(output.shape[3]).toBe(convOutputSize(input, kernel, stride, before, after, dilation));
      }),
    );
  });

  it('pool: floor and ceil_mode sizes equal counting windows (PyTorch rule for the last one)', () => {
    fc.assert(
      fc.property(axis, fc.boolean(), ({ input, kernel, stride, before }, ceil) => {
        const pad = Math.min(before, Math.floor(kernel / 2));
        fc.pre(input + 2 * pad >= kernel);
        expect(poolOutputSize(input, kernel, stride, pad, pad, 1, ceil)).toBe(
          bruteForcePoolSize(input, kernel, stride, pad, ceil),
        );
      }),
    );
  });

  it('GoogLeNet maxpool1 (3x3, stride 2, ceil) maps 112 to 56, where floor gives 55', () => {
    expect(poolOutputSize(112, 3, 2, 0, 0, 1, true)).toBe(56);
    expect(poolOutputSize(112, 3, 2, 0, 0, 1, false)).toBe(55);
  });

  it('transposed conv: s(i-1) - p_before - p_after + d(k-1) + output_padding + 1', () => {
    fc.assert(
      fc.property(axis, ({ input, kernel, stride, dilation }) => {
        // Without padding, the scatter's extent is the last write position plus one.
        const lastWrite = (input - 1) * stride + (kernel - 1) * dilation;
        expect(convTransposeOutputSize(input, kernel, stride, 0, 0, dilation, 0)).toBe(lastWrite + 1);
      }),
    );
  });

  it('"same" keeps the size at stride 1 and puts the odd pixel at the bottom/right', () => {
    expect(resolvePadding('same', [4, 3], [1, 2], [1, 1])).toEqual([1, 2, 2, 2]);
    expect(resolvePadding('valid', [4, 3], [1, 1], [2, 2])).toEqual([0, 0, 0, 0]);
    expect(resolvePadding([1, 2], [3, 3], [1, 1], [1, 1])).toEqual([1, 1, 2, 2]);
    expect(() => resolvePadding('same', [3, 3], [1, 1], [2, 1])).toThrow(/stride 1/);
  });

  it('pooling refuses padding over half the kernel, as PyTorch does', () => {
    const options = {
      kernel: [3, 3] as [number, number],
      stride: [1, 1] as [number, number],
      ceilMode: false,
    };
    expect(() => pool2dOutputShape([1, 1, 8, 8], { ...options, padding: [2, 2, 2, 2] })).toThrow(
      /padding\[0\]: 2 is more than half the kernel \(3\)/,
    );
  });
});
