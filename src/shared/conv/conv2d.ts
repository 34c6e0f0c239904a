import type { Tensor } from './tensor.ts';

/** Padding per side, in PyTorch's order for F.pad of the last two dims: [top, bottom, left, right]. */
export type Padding4 = [top: number, bottom: number, left: number, right: number];

export interface Conv2dOptions {
  stride: [number, number];
  padding: Padding4;
  dilation: [number, number];
  groups: number;
  /** "True convolution": rotate each kernel by 180 degrees (deep learning's conv is cross-correlation). */
  flipKernel?: boolean;
}

/**
 * Output size along one axis (ENGINE.md convention 1, PyTorch's Conv2d):
 * o = floor((i + p_before + p_after - d*(k-1) - 1) / s) + 1
 */
export function convOutputSize(
  input: number,
  kernel: number,
  stride: number,
  before: number,
  after: number,
  dilation: number,
): number {
  return Math.floor((input + before + after - dilation * (kernel - 1) - 1) / stride) + 1;
}

/**
 * Direct 2-D convolution (cross-correlation, no flip unless asked) of input [N, Cin, H, W] with weight
 * [Cout, Cin/groups, kH, kW] and optional bias [Cout]; zero padding. Exact on integer data in Float64.
 * Shapes are assumed checked by the caller (see parseConvRequest).
 */
export function conv2d(
  input: Tensor,
  weight: Tensor,
  bias: Float64Array | Float32Array | null,
  options: Conv2dOptions,
  /** Called before each output row; throws to stop a cancelled job (JobContext.throwIfCancelled). */
  throwIfCancelled?: () => void,
): Tensor<Float64Array> {
  const [batch, inChannels, height, width] = input.shape as [number, number, number, number];
  const [outChannels, groupInChannels, kernelHeight, kernelWidth] = weight.shape as [
    number,
    number,
    number,
    number,
  ];
  const { stride, padding, dilation, groups, flipKernel = false } = options;
  const outHeight = convOutputSize(height, kernelHeight, stride[0], padding[0], padding[1], dilation[0]);
  const outWidth = convOutputSize(width, kernelWidth, stride[1], padding[2], padding[3], dilation[1]);
  const output = new Float64Array(batch * outChannels * outHeight * outWidth);
  const groupOutChannels = outChannels / groups;
  let at = 0;
  for (let n = 0; n < batch; n++) {
    for (let oc = 0; oc < outChannels; oc++) {
      const firstInChannel = Math.floor(oc / groupOutChannels) * groupInChannels;
      for (let oy = 0; oy < outHeight; oy++) {
        throwIfCancelled?.();
        for (let ox = 0; ox < outWidth; ox++) {
          let sum = bias ? (bias[oc] ?? 0) : 0;
          for (let ic = 0; ic < groupInChannels; ic++) {
            const inputPlane = (n * inChannels + firstInChannel + ic) * height * width;
            const weightPlane = (oc * groupInChannels + ic) * kernelHeight * kernelWidth;
            for (let ky = 0; ky < kernelHeight; ky++) {
              const y = oy * stride[0] - padding[0] + ky * dilation[0];
              if (y < 0 || y >= height) continue;
              for (let kx = 0; kx < kernelWidth; kx++) {
                const x = ox * stride[1] - padding[2] + kx * dilation[1];
                if (x < 0 || x >= width) continue;
                const weightIndex = flipKernel
                  ? weightPlane + (kernelHeight - 1 - ky) * kernelWidth + (kernelWidth - 1 - kx)
                  : weightPlane + ky * kernelWidth + kx;
                sum += input.data[inputPlane + y * width + x]! * weight.data[weightIndex]!;
              }
            }
          }
          output[at++] = sum;
        }
      }
    }
  }
  return { shape: [batch, outChannels, outHeight, outWidth], data: output };
}
