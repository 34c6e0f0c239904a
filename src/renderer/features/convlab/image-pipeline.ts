import { engineLimits, WorkerPool } from '../../../shared/engine/pool/worker-pool.ts';
import { spawnWebWorker, webTimers, type WebWorkerLike } from '../../lib/host/web-worker-adapter.ts';
import type {
  EncodedPreview,
  ImageFailure,
  ImageRefusal,
  ImageReply,
  ImageRequest,
} from './image-messages.ts';

export class ImagePipelineError extends Error {
  override readonly name = 'ImagePipelineError';
  constructor(
    readonly failure: ImageFailure,
    message: string,
  ) {
    super(message);
  }
}

/** A picture ready for an <img>: an object URL the pipeline made (release it when it is replaced). */
export interface Picture {
  url: string;
  width: number;
  height: number;
}

export interface OpenedImage {
  imageId: number;
  width: number;
  height: number;
  preview: Picture;
}

/** An opened image, or why the file was refused (the image that was open stays open). */
export type OpenResult = { ok: true; image: OpenedImage } | { ok: false; refusal: ImageRefusal };

/** Image work kept off the page's main thread (a worker in the app, a fake in component tests). */
export interface ImagePipeline {
  /** Opens a file whose width x height is at most `pixelLimit`, checked from its header before decoding. */
  open(blob: Blob, pixelLimit: number, previewSide: number): Promise<OpenResult>;
  /** A fresh copy of the open image's RGBA bytes, ready to transfer to the engine. */
  copyPixels(imageId: number): Promise<Uint8ClampedArray>;
  /** A result scaled to fit `previewSide`, as a picture the page shows without drawing it itself. */
  render(
    image: { width: number; height: number; pixels: Uint8ClampedArray },
    previewSide: number,
  ): Promise<Picture>;
  /** Frees a picture that is no longer shown. */
  release(picture: Picture): void;
  dispose(): void;
}

function picture(preview: EncodedPreview): Picture {
  return { url: URL.createObjectURL(preview.blob), width: preview.width, height: preview.height };
}

/**
 * The lab's image worker behind promises, on the shared pool (one worker: it keeps the open image) through the
 * Web Worker adapter. A crashed worker fails its request and is started again for the next one; the image it
 * held is gone, so a later copy of it answers "stale".
 */
export class WorkerImagePipeline implements ImagePipeline {
  readonly #pool: WorkerPool;

  constructor(
    createWorker: () => WebWorkerLike = () =>
      new Worker(new URL('./image.worker.ts', import.meta.url), { type: 'module', name: 'convlab-images' }),
  ) {
    this.#pool = new WorkerPool({
      spawn: spawnWebWorker(createWorker, 'image worker'),
      size: 1,
      timers: webTimers,
      workerName: 'image worker',
      ...engineLimits,
    });
  }

  async open(blob: Blob, pixelLimit: number, previewSide: number): Promise<OpenResult> {
    const { taskId, reply } = this.#send({ type: 'open', blob, pixelLimit, previewSide });
    const answer = await reply;
    if (answer.type === 'refused') return { ok: false, refusal: answer.refusal };
    if (answer.type !== 'opened') throw unexpected(answer);
    const { width, height } = answer;
    return { ok: true, image: { imageId: taskId, width, height, preview: picture(answer.preview) } };
  }

  async copyPixels(imageId: number): Promise<Uint8ClampedArray> {
    const answer = await this.#send({ type: 'copy', imageId }).reply;
    if (answer.type !== 'pixels') throw unexpected(answer);
    return answer.pixels;
  }

  async render(
    image: { width: number; height: number; pixels: Uint8ClampedArray },
    previewSide: number,
  ): Promise<Picture> {
    const { width, height, pixels } = image;
    const answer = await this.#send({ type: 'render', width, height, pixels, previewSide }, [
      pixels.buffer as ArrayBuffer,
    ]).reply;
    if (answer.type !== 'rendered') throw unexpected(answer);
    return picture(answer.preview);
  }

  release(shown: Picture): void {
    URL.revokeObjectURL(shown.url);
  }

  dispose(): void {
    void this.#pool.close();
  }

  /** Queues a request; its reply, or an ImagePipelineError (the worker's "failed", or the pool's error). */
  #send(
    request: ImageRequest,
    transfer: ArrayBuffer[] = [],
  ): { taskId: number; reply: Promise<Exclude<ImageReply, { type: 'failed' }>> } {
    const { taskId, reply } = this.#pool.run(request, { transfer });
    return {
      taskId,
      reply: reply.then(
        (answer) => {
          const read = answer as ImageReply;
          if (read.type === 'failed') throw new ImagePipelineError(read.failure, read.message);
          return read;
        },
        (thrown: unknown) => {
          throw new ImagePipelineError('crashed', thrown instanceof Error ? thrown.message : String(thrown));
        },
      ),
    };
  }
}

function unexpected(reply: ImageReply): ImagePipelineError {
  return new ImagePipelineError('crashed', `unexpected reply ${reply.type}`);
}
