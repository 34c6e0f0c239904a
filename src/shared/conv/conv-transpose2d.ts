import { refuse } from '../engine/payload.ts';
import type { Padding4 } from './conv2d.ts';
import { checkBiasLength, type Shape4 } from './conv-shapes.ts';
import type { Tensor } from './tensor.ts';

export interface ConvTranspose2dOptions {
  stride: [number, number];
  /** Cropped from the full output: [top, bottom, left, right]. */
  padding: Padding4;
  /** Extra rows/columns added at the bottom/right, to pick among the sizes a strided conv maps to one size. */
  outputPadding: [number, number];
  dilation: [number, number];
  groups: number;
}

/**
 * Whether an output padding is allowed (PyTorch: "output padding must be smaller than either stride or
 * dilation"): it only picks among the sizes the stride or dilation leave ambiguous.
 */
export function outputPaddingFits(outputPadding: number, stride: number, dilation: number): boolean {
  return outputPadding < stride || outputPadding < dilation;
}

/**
 * Transposed-conv output size along one axis (ENGINE.md convention 2, PyTorch's ConvTranspose2d):
 * o = s*(i-1) - p_before - p_after + d*(k-1) + output_padding + 1
 */
export function convTransposeOutputSize(
  input: number,
  kernel: number,
  stride: number,
  before: number,
  after: number,
  dilation: number,
  outputPadding: number,
): number {
  return stride * (input - 1) - before - after + dilation * (kernel - 1) + outputPadding + 1;
}

/** Checks input [N, Cin, H, W] against weight [Cin, Cout/groups, kH, kW] and returns [N, Cout, oH, oW]. */
export function convTranspose2dOutputShape(
  inputShape: Shape4,
  weightShape: Shape4,
  biasLength: number | null,
  options: ConvTranspose2dOptions,
): Shape4 {
  const [batch, inChannels, height, width] = inputShape;
  const [weightInChannels, groupOutChannels, kernelHeight, kernelWidth] = weightShape;
  const { stride, padding, outputPadding, dilation, groups } = options;
  if (weightInChannels !== inChannels) {
    throw refuse({
      code: 'weightChannels',
      field: 'weight.shape[0]',
      expected: inChannels,
      actual: weightInChannels,
      perGroup: false,
    });
  }
  if (inChannels % groups !== 0) {
    throw refuse({ code: 'groupsDivide', field: 'groups', groups, inChannels, outChannels: null });
  }
  const outChannels = groupOutChannels * groups;
  checkBiasLength(biasLength, outChannels);
  outputPadding.forEach((extra, axis) => {
    if (!outputPaddingFits(extra, stride[axis]!, dilation[axis]!)) {
      throw refuse({
        code: 'outputPaddingTooLarge',
        field: `output_padding[${axis}]`,
        outputPadding: extra,
        stride: stride[axis]!,
        dilation: dilation[axis]!,
      });
    }
  });
  const outHeight = convTransposeOutputSize(
    height,
    kernelHeight,
    stride[0],
    padding[0],
    padding[1],
    dilation[0],
    outputPadding[0],
  );
  const outWidth = convTransposeOutputSize(
    width,
    kernelWidth,
    stride[1],
    padding[2],
    padding[3],
    dilation[1],
    outputPadding[1],
  );
  if (outHeight < 1 || outWidth < 1) {
    throw refuse({ code: 'paddingCropsAll', field: 'padding', output: [outHeight, outWidth] });
  }
  return [batch, outChannels, outHeight, outWidth];
}

/**
 * Transposed convolution (the gradient of conv2d with respect to its input): every input cell scatters
 * x * kernel into the output at (i*s - p_before + k*d); positions cropped by padding are dropped.
 */
export function convTranspose2d(
  input: Tensor,
  weight: Tensor,
  bias: Float64Array | Float32Array | null,
  options: ConvTranspose2dOptions,
): Tensor<Float64Array> {
  const inputShape = input.shape as Shape4;
  const weightShape = weight.shape as Shape4;
  const shape = convTranspose2dOutputShape(inputShape, weightShape, bias?.length ?? null, options);
  const [batch, inChannels, height, width] = inputShape;
  const [, groupOutChannels, kernelHeight, kernelWidth] = weightShape;
  const [, outChannels, outHeight, outWidth] = shape;
  const { stride, padding, dilation, groups } = options;
  const groupInChannels = inChannels / groups;
  const output = new Float64Array(batch * outChannels * outHeight * outWidth);
  const outPlane = outHeight * outWidth;
  for (let n = 0; n < batch; n++) {
    for (let oc = 0; oc < outChannels; oc++) {
      output.fill(bias?.[oc] ?? 0, (n * outChannels + oc) * outPlane, (n * outChannels + oc + 1) * outPlane);
    }
    for (let ic = 0; ic < inChannels; ic++) {
      const group = Math.floor(ic / groupInChannels);
      for (let ocInGroup = 0; ocInGroup < groupOutChannels; ocInGroup++) {
        const outBase = (n * outChannels + group * groupOutChannels + ocInGroup) * outPlane;
        const weightBase = (ic * groupOutChannels + ocInGroup) * kernelHeight * kernelWidth;
        for (let y = 0; y < height; y++) {
          for (let x = 0; x < width; x++) {
            const value = input.data[((n * inChannels + ic) * height + y) * width + x]!;
            for (let ky = 0; ky < kernelHeight; ky++) {
              const oy = y * stride[0] - padding[0] + ky * dilation[0];
              if (oy < 0 || oy >= outHeight) continue;
              for (let kx = 0; kx < kernelWidth; kx++) {
                const ox = x * stride[1] - padding[2] + kx * dilation[1];
                if (ox < 0 || ox >= outWidth) continue;
                output[outBase + oy * outWidth + ox]! +=
                  value * weight.data[weightBase + ky * kernelWidth + kx]!;
              }
            }
          }
        }
      }
    }
  }
  return { shape, data: output };
}
