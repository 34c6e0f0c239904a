import type { ImageKernel } from './image-kernels.ts';
import { resolvePadding } from '../padding.ts';

/**
 * The largest image the filter accepts: 40 megapixels (160 MB of RGBA), checked from width x height alone. Here,
 * not in the job's module, so the lab's screen can say it without loading the filter's WebAssembly kernels.
 */
export const imagePixelLimit = 40_000_000;

/**
 * How the window is fed at the image's edges: zeros; the edge pixel repeated; a mirror that does not repeat the
 * edge pixel (d c b | a b c d | c b a: numpy's "reflect", OpenCV's BORDER_REFLECT_101); or "valid": no border,
 * the output shrinks by kernel - 1.
 */
export const borderRules = ['zero', 'replicate', 'reflect', 'valid'] as const;
export type BorderRule = (typeof borderRules)[number];

/**
 * Per-channel filters R, G and B alike; grayscale filters the BT.601 luma 0.299 R + 0.587 G + 0.114 B and writes
 * it to all three. Alpha is never filtered: it is copied from the pixel under the kernel's centre.
 */
export const colourModes = ['per-channel', 'grayscale'] as const;
export type ColourMode = (typeof colourModes)[number];

/**
 * Signed or large results to bytes: clamp to 0..255; absolute value then clamp; or rescale each channel's
 * minimum to 0 and maximum to 255. Rounding is to nearest, ties to even.
 */
export const displayMappings = ['clamp', 'absolute', 'rescale'] as const;
export type DisplayMapping = (typeof displayMappings)[number];

/** The largest channel range, relative to the channel's values (at least 1), that "rescale" treats as flat. */
const flatRange = 1e-4;

/**
 * The factor that stretches a channel's [low, high] to 0..255 for the "rescale" display, or 0 for a flat
 * channel (it then maps to 0). A range within rounding of the values is flat: the fast path sums in float32 and
 * the reference in float64, so a constant result's range can be 0 in one and ~1e-14 in the other, which would
 * stretch rounding noise to 0 and 255 (found by the property test: Sobel x on a 3x4 image, "valid" borders).
 */
export function rescaleFactor(low: number, high: number): number {
  const range = high - low;
  return range > flatRange * Math.max(1, Math.abs(low), Math.abs(high)) ? 255 / range : 0;
}

export const lumaWeights = [0.299, 0.587, 0.114] as const;

export interface ImageFilterRequest {
  width: number;
  height: number;
  /** RGBA bytes, row-major, width * height * 4. */
  pixels: Uint8ClampedArray;
  kernel: ImageKernel;
  border: BorderRule;
  colour: ColourMode;
  display: DisplayMapping;
}

export interface FilteredImage {
  width: number;
  height: number;
  pixels: Uint8ClampedArray;
}

/**
 * Border padding per side: "same" size for the three border rules (the odd pixel of an even kernel goes to the
 * bottom/right, as PyTorch's "same"), none for "valid". Output pixel (y, x) has the kernel's top-left over input
 * (y - top, x - left) and copies the alpha of input (y + shift, x + shift), its centre.
 */
export function imageGeometry(request: Pick<ImageFilterRequest, 'width' | 'height' | 'kernel' | 'border'>) {
  const { kernel, border } = request;
  const [top, bottom, left, right] = resolvePadding(
    border === 'valid' ? 'valid' : 'same',
    [kernel.height, kernel.width],
    [1, 1],
    [1, 1],
  );
  return {
    top,
    bottom,
    left,
    right,
    outHeight: request.height + top + bottom - kernel.height + 1,
    outWidth: request.width + left + right - kernel.width + 1,
    alphaRowShift: border === 'valid' ? Math.floor((kernel.height - 1) / 2) : 0,
    alphaColumnShift: border === 'valid' ? Math.floor((kernel.width - 1) / 2) : 0,
  };
}
