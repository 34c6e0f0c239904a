import {
  imagePixelLimit,
  type BorderRule,
  type ColourMode,
  type DisplayMapping,
} from '../../../shared/conv/image/image-filter-options.ts';
import type { LocalizedText } from '../../../shared/deck/localized-text.ts';
import { kernelPayload, type KernelChoice } from './image-kernel-choice.ts';
import type { OpenProblem } from './image-open-problems.ts';
import type { ImagePipeline, Picture } from './image-pipeline.ts';
import {
  engineProblem,
  isCancellation,
  requestFilter,
  type EngineProblem,
  type KernelPayload,
  type LabHost,
} from './lab-engine.ts';
import { sampleImages } from './samples.ts';

/** The open image: a sample (its title) or the student's own file (its name). */
export interface OpenImage {
  imageId: number;
  title: LocalizedText | string;
  width: number;
  height: number;
}

export type FilterStatus = 'idle' | 'running' | 'done' | 'cancelled' | 'failed';

/** What the "after" picture shows, so its caption stays true while a newer request runs. */
export interface AppliedFilter {
  kernel: KernelPayload;
  border: BorderRule;
  colour: ColourMode;
  display: DisplayMapping;
  width: number;
  height: number;
  milliseconds: number;
}

export interface ImageLabDependencies {
  host: LabHost;
  pipeline: ImagePipeline;
  /** Reads a sample's file (fetch in the app). */
  fetchBlob?: (url: string) => Promise<Blob>;
  now?: () => number;
}

/** Pictures are scaled to this longest side for the screen (the engine always filters the full image). */
export const previewSide = 1280;

const defaultFetch = async (url: string): Promise<Blob> => {
  const response = await fetch(url);
  if (!response.ok) throw new Error(`${url}: HTTP ${response.status}`);
  return response.blob();
};

/**
 * The image panel (a store class): which image is open, the kernel and options, and the filter request in
 * flight. Filtering runs in the engine (`image:filter`) on a transferred copy of the pixels; a newer request
 * aborts the older one, so a slider never waits for results it no longer wants.
 */
export class ImageLabStore {
  image = $state.raw<OpenImage | null>(null);
  sampleId = $state<string | null>(null);
  opening = $state(false);
  openProblem = $state.raw<OpenProblem | null>(null);
  before = $state.raw<Picture | null>(null);
  after = $state.raw<Picture | null>(null);
  applied = $state.raw<AppliedFilter | null>(null);

  kernel = $state<KernelChoice>({
    name: 'sobel-magnitude',
    size: 5,
    customText: '0 -1 0\n-1 5 -1\n0 -1 0',
    normalise: false,
  });
  border = $state<BorderRule>('replicate');
  colour = $state<ColourMode>('per-channel');
  display = $state<DisplayMapping>('clamp');
  view = $state<'side-by-side' | 'slider'>('side-by-side');
  sliderPercent = $state(50);

  status = $state<FilterStatus>('idle');
  progress = $state(0);
  problem = $state.raw<EngineProblem | null>(null);

  readonly kernelRequest = $derived(kernelPayload(this.kernel));
  /** Identifies the filter the fields describe; the panel filters again when it changes. */
  readonly requestKey = $derived(
    this.image && this.kernelRequest.ok
      ? JSON.stringify([this.image.imageId, this.kernelRequest.value, this.border, this.colour, this.display])
      : null,
  );

  #filtering: AbortController | undefined;
  /** The request key of the filter shown or running, so that a screen shown again does not redo it. */
  #filteredKey: string | null = null;
  #openTicket = 0;
  readonly #fetchBlob: (url: string) => Promise<Blob>;
  readonly #now: () => number;

  constructor(private readonly dependencies: ImageLabDependencies) {
    this.#fetchBlob = dependencies.fetchBlob ?? defaultFetch;
    this.#now = dependencies.now ?? (() => performance.now());
  }

  openSample = async (id: string): Promise<void> => {
    const sample = sampleImages.find((candidate) => candidate.id === id);
    if (!sample) return;
    await this.#open(async () => this.#fetchBlob(sample.url), sample.title, id);
  };

  openFile = async (file: File): Promise<void> => {
    await this.#open(async () => file, file.name, null);
  };

  /**
   * Filters the open image unless the filter the fields describe is the one shown or running (also when it
   * failed or was cancelled: the same request would meet the same end). The panel calls this whenever
   * `requestKey` changes, and when it is shown again.
   */
  syncFilter = async (): Promise<void> => {
    if (this.requestKey === null || this.requestKey === this.#filteredKey) return;
    await this.filter();
  };

  /**
   * Filters the open image with the current fields. The pixels are copied in the image worker and moved to the
   * engine; the result is moved back to the worker to be scaled for the screen. Nothing here touches pixels.
   */
  filter = async (): Promise<void> => {
    const image = this.image;
    const kernel = this.kernelRequest;
    if (!image || !kernel.ok) return;
    this.#filtering?.abort();
    const request = new AbortController();
    this.#filtering = request;
    this.#filteredKey = this.requestKey;
    const { border, colour, display } = this;
    this.status = 'running';
    this.progress = 0;
    this.problem = null;
    const started = this.#now();
    try {
      const pixels = await this.dependencies.pipeline.copyPixels(image.imageId);
      if (request.signal.aborted) return;
      const reply = await requestFilter(
        this.dependencies.host,
        { width: image.width, height: image.height, pixels, kernel: kernel.value, border, colour, display },
        {
          signal: request.signal,
          onProgress: (fraction) => {
            if (this.#filtering === request) this.progress = fraction;
          },
        },
      );
      if (request.signal.aborted) return;
      const preview = await this.dependencies.pipeline.render(reply, previewSide);
      if (request.signal.aborted) {
        this.dependencies.pipeline.release(preview);
        return;
      }
      this.#release(this.after);
      this.after = preview;
      this.applied = {
        kernel: kernel.value,
        border,
        colour,
        display,
        width: reply.width,
        height: reply.height,
        milliseconds: this.#now() - started,
      };
      this.progress = 1;
      this.status = 'done';
    } catch (thrown) {
      if (request.signal.aborted || isCancellation(thrown)) return;
      this.problem = engineProblem(thrown);
      this.status = 'failed';
    }
  };

  /** Stops the running filter; the last result stays on screen. */
  cancel = (): void => {
    if (this.status !== 'running') return;
    this.#filtering?.abort();
    this.status = 'cancelled';
  };

  dispose = (): void => {
    this.#filtering?.abort();
    this.#release(this.before);
    this.#release(this.after);
    this.dependencies.pipeline.dispose();
  };

  #release(picture: Picture | null): void {
    if (picture) this.dependencies.pipeline.release(picture);
  }

  async #open(
    read: () => Promise<Blob>,
    title: LocalizedText | string,
    sampleId: string | null,
  ): Promise<void> {
    const ticket = ++this.#openTicket;
    this.opening = true;
    this.openProblem = null;
    try {
      // The worker checks the size against the engine's limit from the file's header, before decoding.
      const result = await this.dependencies.pipeline.open(await read(), imagePixelLimit, previewSide);
      if (ticket !== this.#openTicket) {
        if (result.ok) this.#release(result.image.preview);
        return;
      }
      // A refused file changes nothing but the message: the image that was open stays open.
      if (!result.ok) {
        this.openProblem = result.refusal;
        return;
      }
      const opened = result.image;
      this.#filtering?.abort();
      this.#release(this.before);
      this.#release(this.after);
      this.before = opened.preview;
      this.after = null;
      this.applied = null;
      this.status = 'idle';
      this.problem = null;
      this.sampleId = sampleId;
      this.image = {
        imageId: opened.imageId,
        title,
        width: opened.width,
        height: opened.height,
      };
    } catch {
      if (ticket !== this.#openTicket) return;
      // The file could not be read or the worker stopped; the image that was open stays open.
      this.openProblem = { code: 'unreadable' };
    } finally {
      if (ticket === this.#openTicket) this.opening = false;
    }
  }
}
