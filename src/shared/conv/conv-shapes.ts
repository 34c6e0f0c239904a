import { refuse } from '../engine/payload.ts';
import { convOutputSize, type Conv2dOptions } from './conv2d.ts';
import { windowFit } from './window-fit.ts';

export type Shape4 = [number, number, number, number];

/** The largest tensor the exact engine reads or produces, in elements (8 M = 64 MB of Float64). */
export const exactElementLimit = 8_000_000;

/** Refuses a tensor from its shape alone, before anything of that size is allocated. */
export function checkElementCount(
  shape: readonly number[],
  where: string,
  limit = exactElementLimit,
): number {
  const count = shape.reduce((product, size) => product * size, 1);
  if (count > limit) {
    throw refuse({ code: 'overLimit', field: where, unit: 'elements', actual: count, limit });
  }
  return count;
}

/** A bias has one value per output channel (null: no bias). */
export function checkBiasLength(biasLength: number | null, outChannels: number): void {
  if (biasLength === null || biasLength === outChannels) return;
  throw refuse({
    code: 'wrongCount',
    field: 'bias',
    unit: 'biasValues',
    expected: outChannels,
    actual: biasLength,
  });
}

/**
 * Checks that input [N, Cin, H, W], weight [Cout, Cin/groups, kH, kW] and bias [Cout] fit together, and returns
 * the output shape [N, Cout, oH, oW]. Every message names the field at fault.
 */
export function conv2dOutputShape(
  inputShape: Shape4,
  weightShape: Shape4,
  biasLength: number | null,
  options: Conv2dOptions,
): Shape4 {
  const [batch, inChannels, height, width] = inputShape;
  const [outChannels, groupInChannels, kernelHeight, kernelWidth] = weightShape;
  const { stride, padding, dilation, groups } = options;
  if (inChannels % groups !== 0 || outChannels % groups !== 0) {
    throw refuse({ code: 'groupsDivide', field: 'groups', groups, inChannels, outChannels });
  }
  if (groupInChannels !== inChannels / groups) {
    throw refuse({
      code: 'weightChannels',
      field: 'weight.shape[1]',
      expected: inChannels / groups,
      actual: groupInChannels,
      perGroup: true,
    });
  }
  checkBiasLength(biasLength, outChannels);
  const fit = windowFit([height, width], [kernelHeight, kernelWidth], padding, dilation, false);
  if (fit?.code === 'windowTooLarge') {
    throw refuse({
      code: 'windowTooLarge',
      field: 'weight.shape',
      noun: 'kernel',
      kernel: [kernelHeight, kernelWidth],
      dilation: [...dilation],
      padded: [...fit.padded],
    });
  }
  const outHeight = convOutputSize(height, kernelHeight, stride[0], padding[0], padding[1], dilation[0]);
  const outWidth = convOutputSize(width, kernelWidth, stride[1], padding[2], padding[3], dilation[1]);
  return [batch, outChannels, outHeight, outWidth];
}
