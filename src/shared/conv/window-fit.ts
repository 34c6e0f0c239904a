import type { Padding4 } from './conv2d.ts';
import { poolPaddingExcess, type PoolPaddingExcess } from './pool2d.ts';

/**
 * Whether a sliding window (a convolution's kernel or a pooling window) fits its input: the one rule the
 * engine enforces and every screen asks, so that none of them keeps a copy of it.
 */
export type WindowFitProblem =
  /** Pooling only: padding over half the kernel on a side (PyTorch's limit, see poolPaddingExcess). */
  | ({ code: 'poolPaddingTooLarge' } & PoolPaddingExcess)
  /** The (dilated) window is larger than the padded input along at least one axis. */
  | { code: 'windowTooLarge'; window: [number, number]; padded: [number, number] };

/** The extent of a dilated window along one axis: d(k − 1) + 1 (PyTorch's conv and pooling shape rules). */
export function windowExtent(kernel: number, dilation: number): number {
  return dilation * (kernel - 1) + 1;
}

/**
 * The first reason a window does not fit an input of `height` × `width` with `padding` [top, bottom, left,
 * right], or null when it fits (then every output size is at least 1, floor or ceil mode alike).
 */
export function windowFit(
  [height, width]: readonly [number, number],
  kernel: readonly [number, number],
  padding: Readonly<Padding4>,
  dilation: readonly [number, number],
  pooling: boolean,
): WindowFitProblem | null {
  if (pooling) {
    const excess = poolPaddingExcess(kernel, padding);
    if (excess) return { code: 'poolPaddingTooLarge', ...excess };
  }
  const window: [number, number] = [
    windowExtent(kernel[0], dilation[0]),
    windowExtent(kernel[1], dilation[1]),
  ];
  const padded: [number, number] = [height + padding[0] + padding[1], width + padding[2] + padding[3]];
  if (window[0] > padded[0] || window[1] > padded[1]) return { code: 'windowTooLarge', window, padded };
  return null;
}
