import {
  imageGeometry,
  lumaWeights,
  rescaleFactor,
  type FilteredImage,
  type ImageFilterRequest,
} from './image-filter-options.ts';

/** The source index a border rule gives for `index` on an axis of `size`; -1 means a zero. */
export function borderIndex(index: number, size: number, border: ImageFilterRequest['border']): number {
  if (index >= 0 && index < size) return index;
  if (border === 'zero' || border === 'valid') return -1;
  if (border === 'replicate') return index < 0 ? 0 : size - 1;
  if (size === 1) return 0;
  const period = 2 * (size - 1);
  const folded = ((index % period) + period) % period;
  return folded < size ? folded : period - folded;
}

/**
 * The image filter in plain Float64 loops: the definition the fast path is tested against, and the path taken
 * where WebAssembly is missing. Slow (about 0.5 GFLOP/s): for small images and tests.
 */
export function filterImageReference(request: ImageFilterRequest): FilteredImage {
  const { width, height, pixels, kernel, border, colour, display } = request;
  const geometry = imageGeometry(request);
  const { outHeight, outWidth } = geometry;
  const channelValue = (y: number, x: number, channel: number): number => {
    const row = borderIndex(y, height, border);
    const column = borderIndex(x, width, border);
    if (row < 0 || column < 0) return 0;
    const at = (row * width + column) * 4;
    if (colour === 'per-channel') return pixels[at + channel]!;
    return lumaWeights[0] * pixels[at]! + lumaWeights[1] * pixels[at + 1]! + lumaWeights[2] * pixels[at + 2]!;
  };
  const correlate = (weights: Float64Array, y: number, x: number, channel: number): number => {
    let sum = 0;
    for (let ky = 0; ky < kernel.height; ky++) {
      for (let kx = 0; kx < kernel.width; kx++) {
        sum +=
          weights[ky * kernel.width + kx]! *
          channelValue(y - geometry.top + ky, x - geometry.left + kx, channel);
      }
    }
    return sum;
  };
  const values = new Float64Array(outWidth * outHeight * 3);
  for (let y = 0; y < outHeight; y++) {
    for (let x = 0; x < outWidth; x++) {
      for (let channel = 0; channel < 3; channel++) {
        const gx = correlate(kernel.weights, y, x, channel);
        const gy = kernel.second ? correlate(kernel.second, y, x, channel) : 0;
        values[(y * outWidth + x) * 3 + channel] = kernel.second ? Math.sqrt(gx * gx + gy * gy) : gx;
      }
    }
  }
  const low = [Infinity, Infinity, Infinity];
  const high = [-Infinity, -Infinity, -Infinity];
  values.forEach((value, index) => {
    low[index % 3] = Math.min(low[index % 3]!, value);
    high[index % 3] = Math.max(high[index % 3]!, value);
  });
  const output = new Uint8ClampedArray(outWidth * outHeight * 4);
  for (let y = 0; y < outHeight; y++) {
    for (let x = 0; x < outWidth; x++) {
      for (let channel = 0; channel < 3; channel++) {
        const value = values[(y * outWidth + x) * 3 + channel]!;
        const mapped =
          display === 'absolute'
            ? Math.abs(value)
            : display === 'rescale'
              ? (value - low[channel]!) * rescaleFactor(low[channel]!, high[channel]!)
              : value;
        // Uint8ClampedArray clamps and rounds to nearest, ties to even: the same as the fast path.
        output[(y * outWidth + x) * 4 + channel] = mapped;
      }
      const source = ((y + geometry.alphaRowShift) * width + x + geometry.alphaColumnShift) * 4;
      output[(y * outWidth + x) * 4 + 3] = pixels[source + 3]!;
    }
  }
  return { width: outWidth, height: outHeight, pixels: output };
}
