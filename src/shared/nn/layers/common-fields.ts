import { defineField } from '../fields.ts';
import { limits } from '../limits.ts';

/** Fields that several layer kinds declare the same way. */
export const kernelField = defineField({
  type: 'pair',
  key: 'kernel',
  prefix: 'k',
  min: 1,
  summary: 'Kernel size: k3 or k1x7.',
});

export const strideField = defineField({
  type: 'pair',
  key: 'stride',
  prefix: 's',
  default: [1, 1],
  min: 1,
  summary: 'Stride: s2 or s2x1.',
});

export const paddingField = defineField({
  type: 'padding',
  key: 'padding',
  prefix: 'p',
  default: [0, 0, 0, 0],
  summary: 'Padding: p1, p1x2 (height x width), p0,1,0,1 (top, bottom, left, right), same or valid.',
});

export const dilationField = defineField({
  type: 'pair',
  key: 'dilation',
  prefix: 'd',
  default: [1, 1],
  min: 1,
  summary: 'Dilation: d2.',
});

export const biasField = defineField({
  type: 'flag',
  key: 'bias',
  word: 'nobias',
  default: true,
  summary: 'nobias: no bias term.',
});

export const inPlaceField = defineField({
  type: 'flag',
  key: 'inplace',
  word: 'inplace',
  default: false,
  summary: 'inplace: overwrites its input, so it stores no new activation.',
});

export const outChannelsField = defineField({
  type: 'count',
  key: 'outChannels',
  positional: true,
  max: limits.channels,
  summary: 'Output channels (number of filters).',
});
