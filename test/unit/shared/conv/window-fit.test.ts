import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { convOutputSize } from '../../../../src/shared/conv/conv2d.ts';
import { poolOutputSize } from '../../../../src/shared/conv/pool2d.ts';
import { windowExtent, windowFit } from '../../../../src/shared/conv/window-fit.ts';

describe('whether a window fits its input (the one rule the engine and the screens ask)', () => {
  it('measures a dilated window as d(k − 1) + 1', () => {
    expect(windowExtent(3, 1)).toBe(3);
    expect(windowExtent(3, 2)).toBe(5);
    expect(windowExtent(1, 7)).toBe(1);
  });

  it('names the padded input and the window when the window is larger', () => {
    // Homework 2's 5x5 input with a 3x3 kernel at dilation 3: a 7x7 window over 5 + 1 + 1 = 7 fits, at 4 it does not.
    expect(windowFit([5, 5], [3, 3], [1, 1, 1, 1], [3, 3], false)).toBeNull();
    expect(windowFit([5, 5], [3, 3], [1, 1, 1, 1], [4, 4], false)).toEqual({
      code: 'windowTooLarge',
      window: [9, 9],
      padded: [7, 7],
    });
    // Only one axis too small.
    expect(windowFit([2, 8], [3, 3], [0, 0, 0, 0], [1, 1], false)).toEqual({
      code: 'windowTooLarge',
      window: [3, 3],
      padded: [2, 8],
    });
  });

  it('checks pooling padding first, with PyTorch’s limit of half the kernel', () => {
    expect(windowFit([4, 4], [2, 2], [2, 0, 0, 0], [1, 1], true)).toEqual({
      code: 'poolPaddingTooLarge',
      side: 0,
      axisKernel: 2,
      limit: 1,
    });
    // A convolution takes any padding.
    expect(windowFit([4, 4], [2, 2], [2, 0, 0, 0], [1, 1], false)).toBeNull();
  });

  it('a window that fits always gives at least one output, floor or ceil mode; one that does not gives none', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 12 }),
        fc.integer({ min: 1, max: 7 }),
        fc.integer({ min: 1, max: 4 }),
        fc.integer({ min: 1, max: 5 }),
        fc.integer({ min: 0, max: 3 }),
        fc.integer({ min: 0, max: 3 }),
        fc.boolean(),
        (input, kernel, dilation, stride, before, after, ceil) => {
          // The width (100 wide, no dilation) always fits: the property is about the height.
          const fits = windowFit([input, 100], [kernel, kernel], [before, after, 0, 0], [dilation, 1], false);
          const conv = convOutputSize(input, kernel, stride, before, after, dilation);
          const pool = poolOutputSize(input, kernel, stride, before, after, dilation, ceil);
          if (fits === null) {
            expect(conv).toBeGreaterThanOrEqual(1);
            expect(pool).toBeGreaterThanOrEqual(1);
          } else {
            expect(conv).toBeLessThan(1);
          }
        },
      ),
      { numRuns: 2000 },
    );
  });
});
