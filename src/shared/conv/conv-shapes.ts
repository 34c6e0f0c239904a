import { EngineError } from '../engine/engine-error.ts';
import { invalid } from '../engine/payload.ts';
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
    throw new EngineError('INPUT_TOO_LARGE', `${where}: ${count} elements is over the limit of ${limit}`);
  }
  return count;
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
    throw invalid(
      'groups',
      `${groups} must divide input channels (${inChannels}) and output channels (${outChannels})`,
    );
  }
  if (groupInChannels !== inChannels / groups) {
    throw invalid(
      'weight.shape[1]',
      `must be input channels / groups = ${inChannels / groups}, got ${groupInChannels}`,
    );
  }
  if (biasLength !== null && biasLength !== outChannels) {
    throw invalid('bias', `expected ${outChannels} values (one per output channel), got ${biasLength}`);
  }
  const fit = windowFit([height, width], [kernelHeight, kernelWidth], padding, dilation, false);
  if (fit?.code === 'windowTooLarge') {
    throw invalid(
      'weight.shape',
      `the ${kernelHeight}x${kernelWidth} kernel (dilation ${dilation.join('x')}) is larger than the padded ` +
        `${fit.padded.join('x')} input`,
    );
  }
  const outHeight = convOutputSize(height, kernelHeight, stride[0], padding[0], padding[1], dilation[0]);
  const outWidth = convOutputSize(width, kernelWidth, stride[1], padding[2], padding[3], dilation[1]);
  return [batch, outChannels, outHeight, outWidth];
}
