import { imageGeometry, type ImageFilterRequest } from '../../conv/image/image-filter-options.ts';
import type { ImageFilterReply } from '../jobs/image-filter.ts';
import { type JobPlan, type Partition } from './job-plan.ts';
import type { ArenaLease } from '../memory/shared-arena.ts';

/** The multiply-adds of an image filter: kH x kW per output pixel and filtered channel (Sobel magnitude: twice). */
export function imageMultiplyAdds(request: ImageFilterRequest): number {
  const { outHeight, outWidth } = imageGeometry(request);
  const channels = request.colour === 'grayscale' ? 1 : 3;
  const kernels = request.kernel.second ? 2 : 1;
  return outHeight * outWidth * channels * kernels * request.kernel.height * request.kernel.width;
}

/**
 * Whether the image can be cut into row bands whose replies, put together, are the whole reply. Not with the
 * min-max rescale display: it maps each channel by its minimum and maximum over the whole image, which no band
 * knows (a second pass with the global range would need a new job mode; the rescale runs whole instead).
 */
export function canSplitImageFilter(request: ImageFilterRequest, partition: Partition): boolean {
  const { outHeight } = imageGeometry(request);
  return request.display !== 'rescale' && partition.ranges(outHeight).length === partition.count;
}

/**
 * Splits an image:filter request into row bands, each an ordinary image:filter payload over its output rows
 * plus the kernel's halo of real neighbouring rows. A band touching the image's top or bottom edge keeps that
 * edge, so the border rule (zero, replicate, reflect) sees exactly what the whole image shows there; at an
 * inner edge the halo rows are real, and the band's outputs that would need rows beyond them are dropped. A
 * band at an edge also keeps the rows a reflection there reads back (an even kernel reaches one row further down
 * than up), so its own fold mirrors the same rows as the whole image's. With
 * the "valid" border a band of outputs r0..r1-1 reads input rows r0 .. r1 + kH - 2 and answers exactly its rows.
 * `payload` is the request as the caller sent it (the kernel as named there); `reuseOutput` says whether the
 * merge may write into the request's pixel buffer, as the unsplit job does (it owns a transferred buffer).
 * With `lease` (a host whose workers share its memory), each band is a copy in recycled shared memory, which its
 * worker filters in place: no fresh memory (see SharedArena). Bands overlap by their halo, so each has its own.
 */
export function splitImageFilter(
  request: ImageFilterRequest,
  payload: Record<string, unknown>,
  partition: Partition,
  reuseOutput: boolean,
  lease?: ArenaLease,
): JobPlan {
  const { width, height, pixels, border } = request;
  const { top, bottom, outHeight, outWidth } = imageGeometry(request);
  const rowBytes = width * 4;
  const bands = partition.ranges(outHeight).map(([first, end]) => {
    // A band at an edge keeps the rows that edge's reflection reads back (up to `bottom` / `top` rows in):
    // its own fold must show what the whole image's fold shows.
    const firstInputRow =
      border === 'valid'
        ? first
        : Math.max(0, Math.min(first - top, end + bottom >= height ? height - 1 - bottom : first));
    const endInputRow =
      border === 'valid'
        ? end + request.kernel.height - 1
        : Math.min(height, Math.max(end + bottom, first - top <= 0 ? top + 1 : 0));
    const band = pixels.subarray(firstInputRow * rowBytes, endInputRow * rowBytes);
    const bandPixels = lease ? lease.copy(band) : band.slice();
    return {
      first,
      end,
      // Same-size borders answer one output row per input row; "valid" answers exactly the band's rows.
      skipRows: border === 'valid' ? 0 : first - firstInputRow,
      part: {
        payload: { ...payload, height: endInputRow - firstInputRow, pixels: bandPixels },
        transfer: lease ? [] : [bandPixels.buffer as ArrayBuffer],
      },
    };
  });
  return {
    parts: bands.map((band) => band.part),
    merge(replies) {
      const length = outWidth * outHeight * 4;
      const output = reuseOutput ? pixels.subarray(0, length) : new Uint8ClampedArray(length);
      const outRowBytes = outWidth * 4;
      replies.forEach((reply, index) => {
        const { first, end, skipRows } = bands[index]!;
        const bandPixels = (reply as ImageFilterReply).pixels;
        output.set(
          bandPixels.subarray(skipRows * outRowBytes, (skipRows + end - first) * outRowBytes),
          first * outRowBytes,
        );
      });
      const { normalisation } = replies[0] as ImageFilterReply;
      return { width: outWidth, height: outHeight, pixels: output, normalisation } satisfies ImageFilterReply;
    },
  };
}
