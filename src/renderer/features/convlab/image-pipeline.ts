import type {
  EncodedPreview,
  FromImageWorker,
  ImageFailure,
  ImageRefusal,
  ToImageWorker,
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

type Request = ToImageWorker extends infer Message
  ? Message extends ToImageWorker
    ? Omit<Message, 'id'>
    : never
  : never;

interface WorkerLike {
  postMessage(message: ToImageWorker, transfer: Transferable[]): void;
  terminate(): void;
  onmessage: ((event: MessageEvent<FromImageWorker>) => void) | null;
  onerror: ((event: ErrorEvent) => void) | null;
}

function picture(preview: EncodedPreview): Picture {
  return { url: URL.createObjectURL(preview.blob), width: preview.width, height: preview.height };
}

/** The lab's image worker behind promises; a crashed worker fails what was pending and is started again. */
export class WorkerImagePipeline implements ImagePipeline {
  private worker: WorkerLike | undefined;
  private nextId = 1;
  private readonly pending = new Map<
    number,
    { resolve(message: FromImageWorker): void; reject(error: Error): void }
  >();

  constructor(
    private readonly createWorker: () => WorkerLike = () =>
      new Worker(new URL('./image.worker.ts', import.meta.url), { type: 'module', name: 'convlab-images' }),
  ) {}

  async open(blob: Blob, pixelLimit: number, previewSide: number): Promise<OpenResult> {
    const reply = await this.send({ type: 'open', blob, pixelLimit, previewSide });
    if (reply.type === 'refused') return { ok: false, refusal: reply.refusal };
    if (reply.type !== 'opened') throw new ImagePipelineError('crashed', `unexpected reply ${reply.type}`);
    const { id: imageId, width, height } = reply;
    return { ok: true, image: { imageId, width, height, preview: picture(reply.preview) } };
  }

  async copyPixels(imageId: number): Promise<Uint8ClampedArray> {
    const reply = await this.send({ type: 'copy', imageId });
    if (reply.type !== 'pixels') throw new ImagePipelineError('crashed', `unexpected reply ${reply.type}`);
    return reply.pixels;
  }

  async render(
    image: { width: number; height: number; pixels: Uint8ClampedArray },
    previewSide: number,
  ): Promise<Picture> {
    const { width, height, pixels } = image;
    const reply = await this.send({ type: 'render', width, height, pixels, previewSide }, [
      pixels.buffer as ArrayBuffer,
    ]);
    if (reply.type !== 'rendered') throw new ImagePipelineError('crashed', `unexpected reply ${reply.type}`);
    return picture(reply.preview);
  }

  release(shown: Picture): void {
    URL.revokeObjectURL(shown.url);
  }

  dispose(): void {
    this.fail('The image worker was stopped.');
  }

  private send(request: Request, transfer: Transferable[] = []): Promise<FromImageWorker> {
    const id = this.nextId++;
    return new Promise((resolve, reject) => {
      this.pending.set(id, { resolve, reject });
      this.ensureWorker().postMessage({ ...request, id } as ToImageWorker, transfer);
    });
  }

  private ensureWorker(): WorkerLike {
    if (this.worker) return this.worker;
    const worker = this.createWorker();
    worker.onmessage = (event) => this.receive(event.data);
    worker.onerror = (event) => {
      event.preventDefault();
      this.fail(`The image worker stopped: ${event.message}`);
    };
    this.worker = worker;
    return worker;
  }

  private receive(message: FromImageWorker): void {
    const waiting = this.pending.get(message.id);
    if (!waiting) return;
    this.pending.delete(message.id);
    if (message.type === 'failed') waiting.reject(new ImagePipelineError(message.failure, message.message));
    else waiting.resolve(message);
  }

  private fail(reason: string): void {
    this.worker?.terminate();
    this.worker = undefined;
    for (const waiting of this.pending.values()) waiting.reject(new ImagePipelineError('crashed', reason));
    this.pending.clear();
  }
}
