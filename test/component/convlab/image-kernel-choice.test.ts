import { describe, expect, it } from 'vitest';
import { isSigned } from '../../../src/renderer/features/convlab/image-kernel-choice.ts';

describe('isSigned', () => {
  it('marks kernels with negative weights, as the engine builds them', () => {
    expect(isSigned({ name: 'sharpen' })).toBe(true);
    expect(isSigned({ name: 'laplacian' })).toBe(true);
    expect(isSigned({ name: 'sobel-magnitude' })).toBe(false);
    expect(isSigned({ name: 'gaussian', size: 5 })).toBe(false);
    expect(isSigned({ name: 'custom', height: 1, width: 2, weights: [1, -1], normalise: false })).toBe(true);
    expect(isSigned({ name: 'custom', height: 1, width: 2, weights: [1, 1], normalise: true })).toBe(false);
  });
});
