import { refuse } from '../engine/payload.ts';
import type { Padding4 } from './conv2d.ts';
import type { Shape4 } from './conv-shapes.ts';
import type { Tensor } from './tensor.ts';
import { windowFit } from './window-fit.ts';

export interface Pool2dOptions {
  kernel: [number, number];
  stride: [number, number];
  padding: Padding4;
  /** Max pooling only (PyTorch's AvgPool2d has no dilation). */
  dilation?: [number, number];
  ceilMode: boolean;
  /** Average pooling: divide by the whole window, padding included (PyTorch's default), or by the real cells. */
  countIncludePad?: boolean;
}

/**
 * Pooling output size along one axis (PyTorch's pooling_output_shape):
 * o = floor_or_ceil((i + p_before + p_after - d*(k-1) - 1) / s) + 1; with ceil, the last window must start inside
 * the input or the left padding, so o drops by one when (o-1)*s >= i + p_before.
 */
export function poolOutputSize(
  input: number,
  kernel: number,
  stride: number,
  before: number,
  after: number,
  dilation: number,
  ceilMode: boolean,
): number {
  const span = input + before + after - dilation * (kernel - 1) - 1;
  let size = (ceilMode ? Math.ceil(span / stride) : Math.floor(span / stride)) + 1;
  if (ceilMode && (size - 1) * stride >= input + before) size -= 1;
  return size;
}

/** A pooling padding side over PyTorch's limit: `side` indexes [top, bottom, left, right]. */
export interface PoolPaddingExcess {
  side: number;
  /** The kernel along that side's axis: rows for top and bottom, columns for left and right. */
  axisKernel: number;
  /** PyTorch's largest padding there: half the kernel, rounded down. */
  limit: number;
}

/**
 * The first side whose padding is more than half the kernel along its own axis, or null when none is. PyTorch
 * checks twice: pool2d_shape_check wants pad <= kernel / 2 ("pad should be smaller than or equal to half of
 * kernel size"), pooling_output_shape pad <= (dilation (kernel - 1) + 1) / 2 ("half of effective kernel
 * size"). The first is the stricter whatever the dilation, so it is the rule.
 */
export function poolPaddingExcess(
  kernel: readonly [number, number],
  padding: Readonly<Padding4>,
): PoolPaddingExcess | null {
  for (let side = 0; side < padding.length; side += 1) {
    const axisKernel = side < 2 ? kernel[0] : kernel[1];
    const limit = Math.floor(axisKernel / 2);
    if (padding[side]! > limit) return { side, axisKernel, limit };
  }
  return null;
}

/**
 * The output shape of a pooling, after PyTorch's checks: padding at most half the kernel on every side
 * (poolPaddingExcess), and a window that fits the padded input.
 */
export function pool2dOutputShape(inputShape: Shape4, options: Pool2dOptions): Shape4 {
  const [batch, channels, height, width] = inputShape;
  const { kernel, stride, padding, ceilMode } = options;
  const dilation = options.dilation ?? [1, 1];
  const fit = windowFit([height, width], kernel, padding, dilation, true);
  if (fit?.code === 'poolPaddingTooLarge') {
    throw refuse({
      code: 'poolPaddingTooLarge',
      field: `padding[${fit.side}]`,
      padding: padding[fit.side]!,
      kernel: fit.axisKernel,
      limit: fit.limit,
    });
  }
  if (fit?.code === 'windowTooLarge') {
    throw refuse({
      code: 'windowTooLarge',
      field: 'kernel',
      noun: 'window',
      kernel: [...kernel],
      dilation: null,
      padded: [...fit.padded],
    });
  }
  const outHeight = poolOutputSize(
    height,
    kernel[0],
    stride[0],
    padding[0],
    padding[1],
    dilation[0],
    ceilMode,
  );
  const outWidth = poolOutputSize(width, kernel[1], stride[1], padding[2], padding[3], dilation[1], ceilMode);
  return [batch, channels, outHeight, outWidth];
}

/** One pooling window, clipped to the input, with PyTorch's divisor for average pooling. */
export interface PoolWindow {
  rowStart: number;
  rowEnd: number;
  columnStart: number;
  columnEnd: number;
  /** Cells of the window inside the input padded on all sides (PyTorch: clipped to i + p_after). */
  paddedCount: number;
}

/**
 * The window of output cell (row, column), as PyTorch's avg_pool2d computes it: the end is clipped to the
 * padded input first (that size is the divisor with count_include_pad), then start and end to the input.
 */
export function poolWindow(
  row: number,
  column: number,
  inputHeight: number,
  inputWidth: number,
  options: Pool2dOptions,
): PoolWindow {
  const { kernel, stride, padding } = options;
  const dilation = options.dilation ?? [1, 1];
  const top = row * stride[0] - padding[0];
  const left = column * stride[1] - padding[2];
  const paddedBottom = Math.min(top + dilation[0] * (kernel[0] - 1) + 1, inputHeight + padding[1]);
  const paddedRight = Math.min(left + dilation[1] * (kernel[1] - 1) + 1, inputWidth + padding[3]);
  return {
    rowStart: top,
    rowEnd: Math.min(paddedBottom, inputHeight),
    columnStart: left,
    columnEnd: Math.min(paddedRight, inputWidth),
    paddedCount: (paddedBottom - top) * (paddedRight - left),
  };
}

type Reduce = (
  plane: Float64Array | Float32Array,
  planeOffset: number,
  width: number,
  window: PoolWindow,
) => number;

function pool2d(input: Tensor, options: Pool2dOptions, reduce: Reduce): Tensor<Float64Array> {
  const shape = pool2dOutputShape(input.shape as Shape4, options);
  const [batch, channels, outHeight, outWidth] = shape;
  const [, , height, width] = input.shape as Shape4;
  const output = new Float64Array(batch * channels * outHeight * outWidth);
  let at = 0;
  for (let plane = 0; plane < batch * channels; plane++) {
    for (let row = 0; row < outHeight; row++) {
      for (let column = 0; column < outWidth; column++) {
        output[at++] = reduce(
          input.data,
          plane * height * width,
          width,
          poolWindow(row, column, height, width, options),
        );
      }
    }
  }
  return { shape, data: output };
}

/** Max pooling; padding counts as -infinity (never chosen), as in PyTorch. */
export function maxPool2d(input: Tensor, options: Pool2dOptions): Tensor<Float64Array> {
  const dilation = options.dilation ?? [1, 1];
  return pool2d(input, options, (data, offset, width, window) => {
    let best = -Infinity;
    for (let y = window.rowStart; y < window.rowEnd; y += dilation[0]) {
      if (y < 0) continue;
      for (let x = window.columnStart; x < window.columnEnd; x += dilation[1]) {
        if (x >= 0) best = Math.max(best, data[offset + y * width + x]!);
      }
    }
    return best;
  });
}

/** Average pooling with PyTorch's divisor: the padded window (count_include_pad) or the real cells only. */
export function avgPool2d(input: Tensor, options: Pool2dOptions): Tensor<Float64Array> {
  const includePad = options.countIncludePad ?? true;
  return pool2d(input, options, (data, offset, width, window) => {
    const rowStart = Math.max(window.rowStart, 0);
    const columnStart = Math.max(window.columnStart, 0);
    let sum = 0;
    for (let y = rowStart; y < window.rowEnd; y++) {
      for (let x = columnStart; x < window.columnEnd; x++) sum += data[offset + y * width + x]!;
    }
    const realCount = (window.rowEnd - rowStart) * (window.columnEnd - columnStart);
    return sum / (includePad ? window.paddedCount : realCount);
  });
}
