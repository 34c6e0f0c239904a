import { refuse } from '../engine/payload.ts';
import type { Conv2dOptions } from './conv2d.ts';
import { conv2dOutputShape, type Shape4 } from './conv-shapes.ts';
import { pool2dOutputShape, poolWindow, type Pool2dOptions } from './pool2d.ts';
import type { Tensor } from './tensor.ts';

/** A trace lists at most this many terms (window cells), so an animation or a grader never gets a huge reply. */
export const traceTermLimit = 20_000;

/** A position as [row, column]. */
export type Cell = [row: number, column: number];

/** One cell of a window: where it reads, what it reads (0 in zero padding) and what it contributes. */
export interface TraceTerm {
  inputChannel: number;
  /** In the unpadded input: negative or past the end when the cell lies in the padding. */
  input: Cell;
  inPadding: boolean;
  inputValue: number;
  /** The kernel cell as stored; with flipKernel it is the rotated partner of the window cell. */
  kernel: Cell;
  weightValue: number;
  product: number;
}

/** How one output cell was made: the window's top-left corner, every term, and the result. */
export interface ConvTraceStep {
  batch: number;
  outputChannel: number;
  output: Cell;
  /** Top-left of the window in padded coordinates (row 0 is the first padding row) and in the input's own. */
  windowTopLeft: { padded: Cell; input: Cell };
  terms: TraceTerm[];
  bias: number;
  /** Sum of the products plus the bias: the output value. */
  sum: number;
}

export interface ConvTrace {
  outputShape: Shape4;
  steps: ConvTraceStep[];
}

function checkTraceSize(cells: number, pooling: boolean): void {
  if (cells > traceTermLimit) throw refuse({ code: 'traceTooLong', pooling, cells, limit: traceTermLimit });
}

/**
 * Every step of a conv2d, in output order (batch, channel, row, column), summed in the same order as the exact
 * engine so `sum` equals its output. Refused with INPUT_TOO_LARGE from the shapes alone when too long.
 */
export function traceConv2d(
  input: Tensor,
  weight: Tensor,
  bias: Float64Array | Float32Array | null,
  options: Conv2dOptions,
): ConvTrace {
  const outputShape = conv2dOutputShape(
    input.shape as Shape4,
    weight.shape as Shape4,
    bias?.length ?? null,
    options,
  );
  const [batch, outChannels, outHeight, outWidth] = outputShape;
  const [, inChannels, height, width] = input.shape as Shape4;
  const [, groupInChannels, kernelHeight, kernelWidth] = weight.shape as Shape4;
  checkTraceSize(
    batch * outChannels * outHeight * outWidth * groupInChannels * kernelHeight * kernelWidth,
    false,
  );
  const { stride, padding, dilation, groups, flipKernel = false } = options;
  const groupOutChannels = outChannels / groups;
  const steps: ConvTraceStep[] = [];
  for (let n = 0; n < batch; n++) {
    for (let oc = 0; oc < outChannels; oc++) {
      const firstInChannel = Math.floor(oc / groupOutChannels) * groupInChannels;
      for (let oy = 0; oy < outHeight; oy++) {
        for (let ox = 0; ox < outWidth; ox++) {
          const top = oy * stride[0] - padding[0];
          const left = ox * stride[1] - padding[2];
          const biasValue = bias?.[oc] ?? 0;
          const terms: TraceTerm[] = [];
          let sum = biasValue;
          for (let ic = 0; ic < groupInChannels; ic++) {
            const channel = firstInChannel + ic;
            for (let ky = 0; ky < kernelHeight; ky++) {
              for (let kx = 0; kx < kernelWidth; kx++) {
                const y = top + ky * dilation[0];
                const x = left + kx * dilation[1];
                const inPadding = y < 0 || y >= height || x < 0 || x >= width;
                const inputValue = inPadding
                  ? 0
                  : input.data[((n * inChannels + channel) * height + y) * width + x]!;
                const kernel: Cell = flipKernel ? [kernelHeight - 1 - ky, kernelWidth - 1 - kx] : [ky, kx];
                const weightValue =
                  weight.data[
                    ((oc * groupInChannels + ic) * kernelHeight + kernel[0]) * kernelWidth + kernel[1]
                  ]!;
                const product = inputValue * weightValue;
                if (!inPadding) sum += product;
                terms.push({
                  inputChannel: channel,
                  input: [y, x],
                  inPadding,
                  inputValue,
                  kernel,
                  weightValue,
                  product,
                });
              }
            }
          }
          steps.push({
            batch: n,
            outputChannel: oc,
            output: [oy, ox],
            windowTopLeft: { padded: [oy * stride[0], ox * stride[1]], input: [top, left] },
            terms,
            bias: biasValue,
            sum,
          });
        }
      }
    }
  }
  return { outputShape, steps };
}

/** One pooling step: the window (clipped to the input as PyTorch does), its cells, and the result. */
export interface PoolTraceStep {
  batch: number;
  channel: number;
  output: Cell;
  windowTopLeft: { padded: Cell; input: Cell };
  /** The input cells the window covers (padding excluded: max ignores it, average only counts it). */
  cells: { input: Cell; value: number }[];
  /** Average pooling's divisor (padded window or real cells); 1 for max pooling. */
  divisor: number;
  result: number;
}

export interface PoolTrace {
  outputShape: Shape4;
  steps: PoolTraceStep[];
}

/** Every step of a max or average pooling, with the same window and divisor rules as pool2d.ts. */
export function tracePool2d(input: Tensor, options: Pool2dOptions, mode: 'max' | 'avg'): PoolTrace {
  const outputShape = pool2dOutputShape(input.shape as Shape4, options);
  const [batch, channels, outHeight, outWidth] = outputShape;
  const [, , height, width] = input.shape as Shape4;
  checkTraceSize(batch * channels * outHeight * outWidth * options.kernel[0] * options.kernel[1], true);
  const dilation = options.dilation ?? [1, 1];
  const steps: PoolTraceStep[] = [];
  for (let n = 0; n < batch; n++) {
    for (let channel = 0; channel < channels; channel++) {
      const offset = (n * channels + channel) * height * width;
      for (let oy = 0; oy < outHeight; oy++) {
        for (let ox = 0; ox < outWidth; ox++) {
          const window = poolWindow(oy, ox, height, width, options);
          const rowStep = mode === 'max' ? dilation[0] : 1;
          const columnStep = mode === 'max' ? dilation[1] : 1;
          const cells: PoolTraceStep['cells'] = [];
          for (let y = window.rowStart; y < window.rowEnd; y += rowStep) {
            for (let x = window.columnStart; x < window.columnEnd; x += columnStep) {
              if (y >= 0 && x >= 0) cells.push({ input: [y, x], value: input.data[offset + y * width + x]! });
            }
          }
          const includePad = options.countIncludePad ?? true;
          const divisor = mode === 'max' ? 1 : includePad ? window.paddedCount : cells.length;
          const result =
            mode === 'max'
              ? cells.reduce((best, cell) => Math.max(best, cell.value), -Infinity)
              : cells.reduce((total, cell) => total + cell.value, 0) / divisor;
          steps.push({
            batch: n,
            channel,
            output: [oy, ox],
            windowTopLeft: {
              padded: [oy * options.stride[0], ox * options.stride[1]],
              input: [window.rowStart, window.columnStart],
            },
            cells,
            divisor,
            result,
          });
        }
      }
    }
  }
  return { outputShape, steps };
}
