import { describe, expect, it } from 'vitest';
import { conv2d, type Conv2dOptions } from '../../../../src/shared/conv/conv2d.ts';
import { conv2dFast } from '../../../../src/shared/conv/conv2d-fast.ts';
import { tensorFromNested, tensorToNested } from '../../../../src/shared/conv/tensor.ts';

/** The example of Dumoulin & Visin's conv_arithmetic, as ENGINE.md quotes it. */
const input = tensorFromNested([
  [
    [
      [3, 3, 2, 1, 0],
      [0, 0, 1, 3, 1],
      [3, 1, 2, 2, 3],
      [2, 0, 0, 2, 2],
      [2, 0, 0, 0, 1],
    ],
  ],
]);
const kernel = tensorFromNested([
  [
    [
      [0, 1, 2],
      [2, 2, 0],
      [0, 1, 2],
    ],
  ],
]);
const base: Conv2dOptions = { stride: [1, 1], padding: [0, 0, 0, 0], dilation: [1, 1], groups: 1 };

const cases: [string, Conv2dOptions, number[][]][] = [
  [
    'valid, stride 1',
    base,
    [
      [12, 12, 17],
      [10, 17, 19],
      [9, 6, 14],
    ],
  ],
  [
    'padding 1, stride 2',
    { ...base, stride: [2, 2], padding: [1, 1, 1, 1] },
    [
      [6, 17, 3],
      [8, 17, 13],
      [6, 4, 4],
    ],
  ],
  [
    'true convolution (kernel rotated 180 degrees), valid',
    { ...base, flipKernel: true },
    [
      [18, 20, 19],
      [10, 9, 17],
      [11, 8, 14],
    ],
  ],
];

describe('the conv_arithmetic example of ENGINE.md', () => {
  it.each(cases)('%s', (_label, options, expected) => {
    expect(tensorToNested(conv2d(input, kernel, null, options))).toEqual([[expected]]);
    const fast = conv2dFast(
      { shape: input.shape, data: Float32Array.from(input.data) },
      { shape: kernel.shape, data: Float32Array.from(kernel.data) },
      null,
      options,
    );
    expect(tensorToNested(fast)).toEqual([[expected]]);
  });

  it('cross-correlation and true convolution differ on this kernel', () => {
    const flipped = conv2d(input, kernel, null, { ...base, flipKernel: true });
    expect(Array.from(flipped.data)).not.toEqual(Array.from(conv2d(input, kernel, null, base).data));
  });
});
