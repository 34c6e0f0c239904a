import type { ImageFormat, ImageHeaderProblem } from '../../../shared/conv/image/image-header.ts';
import type { CancelMessage, TaskEnvelope } from '../../../shared/engine/worker-protocol.ts';

/**
 * What the page asks of the lab's image worker. The worker decodes images, keeps the opened image's pixels,
 * copies them for each filter request and scales results down for display, so none of that per-pixel work
 * (50 ms and more at 12 megapixels) runs on the page's main thread. The worker runs on the shared pool
 * (src/shared/engine/pool): each request arrives with the pool's task id, and its answer is the `reply` of the
 * pool's `result` message (FromWorker). An opened image is known by the task id that opened it.
 */
export type ImageRequest =
  | { type: 'open'; blob: Blob; pixelLimit: number; previewSide: number }
  | { type: 'copy'; imageId: number }
  | {
      type: 'render';
      width: number;
      height: number;
      pixels: Uint8ClampedArray;
      previewSide: number;
    };

export type ToImageWorker = (ImageRequest & TaskEnvelope) | CancelMessage;

/**
 * A picture for the screen, scaled and PNG-encoded in the worker. The page shows it in an <img>, which Chromium
 * decodes and rasters off the main thread; drawing a large canvas instead costs the main thread tens of
 * milliseconds per frame when the GPU is off.
 */
export interface EncodedPreview {
  blob: Blob;
  width: number;
  height: number;
}

/**
 * Why the worker did not open a file; the image that was open stays open. Each is decided before the decoder
 * allocates anything, except "undecodable": a sound header over image data the decoder could not read.
 */
export type ImageRefusal =
  | ImageHeaderProblem
  | { code: 'too-large'; format: ImageFormat; width: number; height: number; limit: number }
  | { code: 'undecodable'; format: ImageFormat };

export type ImageFailure = 'stale' | 'crashed';

/** The worker's answer to one request (the `reply` of the pool's `result` message). */
export type ImageReply =
  | { type: 'opened'; width: number; height: number; preview: EncodedPreview }
  | { type: 'refused'; refusal: ImageRefusal }
  | { type: 'pixels'; pixels: Uint8ClampedArray }
  | { type: 'rendered'; preview: EncodedPreview }
  | { type: 'failed'; failure: ImageFailure; message: string };

/** The size of a picture scaled to fit a square of `side` pixels (never enlarged, never below 1 pixel). */
export function fitWithin(width: number, height: number, side: number): { width: number; height: number } {
  const scale = Math.min(1, side / Math.max(width, height));
  return { width: Math.max(1, Math.round(width * scale)), height: Math.max(1, Math.round(height * scale)) };
}
