import { describe, expect, it } from 'vitest';
import { conv2d } from '../../../../src/shared/conv/conv2d.ts';
import { tensorToNested } from '../../../../src/shared/conv/tensor.ts';
import { homeworkImage, homeworkKernel } from './homework-problem4.ts';

describe('conv2d on the homework problem 4', () => {
  it('(a) padding 1, stride 1 gives the 5x5 of the homework', () => {
    const output = conv2d(homeworkImage, homeworkKernel, null, {
      stride: [1, 1],
      padding: [1, 1, 1, 1],
      dilation: [1, 1],
      groups: 1,
    });
    expect(tensorToNested(output)).toEqual([
      [
        [
          [20, 50, 80, 110, 40],
          [100, 160, 180, 200, 40],
          [180, 240, 260, 280, 40],
          [260, 320, 340, 360, 40],
          [0, -130, -140, -150, -160],
        ],
      ],
    ]);
  });

  it('(b) padding 0, stride 2 gives [[160, 200], [320, 360]]', () => {
    const output = conv2d(homeworkImage, homeworkKernel, null, {
      stride: [2, 2],
      padding: [0, 0, 0, 0],
      dilation: [1, 1],
      groups: 1,
    });
    expect(tensorToNested(output)).toEqual([
      [
        [
          [160, 200],
          [320, 360],
        ],
      ],
    ]);
  });
});
