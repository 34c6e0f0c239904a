import { tensorFromNested } from '../../../../src/shared/conv/tensor.ts';

/** The homework's problem 4: a 4x4 image and a 2x2 kernel (deep-learning convolution, no flip). */
export const homeworkImage = tensorFromNested([
  [
    [
      [10, 20, 30, 40],
      [50, 60, 70, 80],
      [90, 100, 110, 120],
      [130, 140, 150, 160],
    ],
  ],
]);

export const homeworkKernel = tensorFromNested([
  [
    [
      [-1, 0],
      [1, 2],
    ],
  ],
]);
