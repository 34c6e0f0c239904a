import { readImageHeaderFrom, type ImageHeaderResult } from '../../../shared/conv/image/image-header.ts';
import type { FromWorker } from '../../../shared/engine/worker-protocol.ts';
import {
  fitWithin,
  type EncodedPreview,
  type ImageReply,
  type ImageRefusal,
  type ImageRequest,
  type ToImageWorker,
} from './image-messages.ts';

/** The part of a dedicated worker's global scope used here (the DOM and WebWorker libs cannot be combined). */
interface WorkerScope {
  onmessage: ((event: MessageEvent<ToImageWorker>) => void) | null;
  postMessage(message: FromWorker, options: { transfer: Transferable[] }): void;
}

/** A request as the pool sent it: the request and the id of its task. */
type Task<Type extends ImageRequest['type']> = Extract<ImageRequest, { type: Type }> & { taskId: number };

const scope = self as unknown as WorkerScope;

/** The opened image's RGBA bytes, kept here so each filter request gets a fresh copy without the page's help. */
let source: { imageId: number; width: number; height: number; pixels: Uint8ClampedArray } | null = null;

/** Answers the task `taskId` (the pool's `result` envelope around the image reply). */
function post(taskId: number, reply: ImageReply, transfer: Transferable[] = []): void {
  scope.postMessage({ type: 'result', taskId, reply }, { transfer });
}

/** The picture scaled to fit `side` and encoded as PNG (lossless: the preview shows the filter's own bytes). */
async function preview(
  image: CanvasImageSource,
  width: number,
  height: number,
  side: number,
): Promise<EncodedPreview> {
  const size = fitWithin(width, height, side);
  const canvas = new OffscreenCanvas(size.width, size.height);
  const context = canvas.getContext('2d')!;
  context.imageSmoothingQuality = 'high';
  context.drawImage(image, 0, 0, size.width, size.height);
  return { blob: await canvas.convertToBlob({ type: 'image/png' }), ...size };
}

/** The file's format and size from its first bytes, read only as far as its header goes. */
function readHeader(blob: Blob): Promise<ImageHeaderResult> {
  return readImageHeaderFrom(
    blob.size,
    async (length) => new Uint8Array(await blob.slice(0, length).arrayBuffer()),
  );
}

/**
 * Opens a file: its size is checked from its header before the decoder allocates width x height x 4 bytes
 * for it, so a small file that says 12000 x 12000 is refused in a millisecond instead of costing 576 MB. A
 * refused file leaves the open image (and `source`) as it was.
 */
async function open(message: Task<'open'>): Promise<void> {
  const refuse = (refusal: ImageRefusal) => post(message.taskId, { type: 'refused', refusal });
  const header = await readHeader(message.blob);
  if (!header.ok) return refuse(header.problem);
  const { format } = header.header;
  const limit = message.pixelLimit;
  const overLimit = (size: { width: number; height: number }) => size.width * size.height > limit;
  if (overLimit(header.header)) return refuse({ code: 'too-large', ...header.header, limit });
  let bitmap: ImageBitmap;
  try {
    // No colour-space conversion or premultiplication: the engine must see the file's own bytes.
    bitmap = await createImageBitmap(message.blob, {
      colorSpaceConversion: 'none',
      premultiplyAlpha: 'none',
    });
  } catch {
    return refuse({ code: 'undecodable', format });
  }
  const { width, height } = bitmap;
  // The decoder's own size is checked too, should it ever read a header differently from readImageHeader.
  if (overLimit(bitmap)) {
    bitmap.close();
    return refuse({ code: 'too-large', format, width, height, limit });
  }
  const canvas = new OffscreenCanvas(width, height);
  const context = canvas.getContext('2d', { willReadFrequently: true })!;
  context.drawImage(bitmap, 0, 0);
  source = { imageId: message.taskId, width, height, pixels: context.getImageData(0, 0, width, height).data };
  const encoded = await preview(bitmap, width, height, message.previewSide);
  bitmap.close();
  post(message.taskId, { type: 'opened', width, height, preview: encoded });
}

function copy(message: Task<'copy'>): void {
  if (source?.imageId !== message.imageId) {
    post(message.taskId, { type: 'failed', failure: 'stale', message: 'That image is no longer open.' });
    return;
  }
  const pixels = source.pixels.slice();
  post(message.taskId, { type: 'pixels', pixels }, [pixels.buffer]);
}

async function render(message: Task<'render'>): Promise<void> {
  const { width, height, pixels } = message;
  const canvas = new OffscreenCanvas(width, height);
  // The engine's reply may be a view into a larger buffer ("valid" borders shrink the image): copy just the view.
  const exact =
    pixels.byteOffset === 0 && pixels.buffer.byteLength === width * height * 4 ? pixels : pixels.slice();
  canvas
    .getContext('2d')!
    .putImageData(new ImageData(exact as Uint8ClampedArray<ArrayBuffer>, width, height), 0, 0);
  post(message.taskId, {
    type: 'rendered',
    preview: await preview(canvas, width, height, message.previewSide),
  });
}

/**
 * One message at a time, in arrival order, so a copy never reads an image that is still being opened (the pool
 * sends one task at a time as well). Nothing cancels an image request: a cancel message is not answered.
 */
let queue: Promise<void> = Promise.resolve();
scope.onmessage = (event) => {
  const message = event.data;
  if (message.type === 'cancel') return;
  queue = queue
    .then(async () => {
      if (message.type === 'open') await open(message);
      else if (message.type === 'copy') copy(message);
      else await render(message);
    })
    // A request that throws (a file that cannot be read any more, a canvas out of memory) is answered, so
    // the page never waits for it, and the queue goes on to the next message.
    .catch((thrown: unknown) => {
      post(message.taskId, { type: 'failed', failure: 'crashed', message: String(thrown) });
    });
};
// The pool gives this worker a request only once it is ready.
scope.postMessage({ type: 'ready' }, { transfer: [] });
