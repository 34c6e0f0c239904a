import { refuse } from '../engine/payload.ts';
import type { Padding4 } from './conv2d.ts';

/**
 * Padding as a student writes it: one number for every side, [vertical, horizontal] (PyTorch's Conv2d), the
 * four sides [top, bottom, left, right] (F.pad's order for the last two dims), or the words PyTorch accepts.
 */
export type PaddingSpec = number | [number, number] | Padding4 | 'same' | 'valid';

/**
 * The four sides of a padding spec. "same" keeps the size at stride 1: the total d*(k-1) is split with the odd
 * pixel at the bottom/right, as PyTorch does; "valid" is no padding.
 */
export function resolvePadding(
  spec: PaddingSpec,
  kernel: readonly [number, number],
  dilation: readonly [number, number],
  stride: readonly [number, number],
  where = 'padding',
): Padding4 {
  if (spec === 'valid') return [0, 0, 0, 0];
  if (spec === 'same') {
    if (stride[0] !== 1 || stride[1] !== 1) throw refuse({ code: 'samePaddingStride', field: where });
    return samePadding(kernel, dilation);
  }
  if (typeof spec === 'number') return [spec, spec, spec, spec];
  if (spec.length === 2) return [spec[0], spec[0], spec[1], spec[1]];
  return [spec[0], spec[1], spec[2], spec[3]];
}

/**
 * "same" padding at stride 1: the total d*(k-1) of each axis, the odd pixel at the bottom/right, as PyTorch's
 * Conv2d(padding='same') splits it. The engine and the model analyzer both take it from here.
 */
export function samePadding(
  kernel: readonly [number, number],
  dilation: readonly [number, number],
): Padding4 {
  const vertical = dilation[0] * (kernel[0] - 1);
  const horizontal = dilation[1] * (kernel[1] - 1);
  const top = Math.floor(vertical / 2);
  const left = Math.floor(horizontal / 2);
  return [top, vertical - top, left, horizontal - left];
}
