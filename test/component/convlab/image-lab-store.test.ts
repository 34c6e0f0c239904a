import { describe, expect, it } from 'vitest';
import { EngineError } from '../../../src/shared/engine/engine-error.ts';
import { ImageLabStore } from '../../../src/renderer/features/convlab/image-lab-store.svelte.ts';
import {
  ImagePipelineError,
  type ImagePipeline,
  type Picture,
} from '../../../src/renderer/features/convlab/image-pipeline.ts';
import type { LabHost } from '../../../src/renderer/features/convlab/lab-engine.ts';
import { engineProblemText } from '../../../src/renderer/features/convlab/messages.ts';
import { inProcessHost } from './in-process-host.ts';

/** A pipeline with a 4x3 image of a vertical edge (left half black, right half white); no worker, no canvas. */
class FakePipeline implements ImagePipeline {
  size = { width: 4, height: 3 };
  released: string[] = [];
  rendered: Uint8ClampedArray[] = [];
  undecodable = false;
  private pictures = 0;

  async open(blob: Blob, pixelLimit: number) {
    if (this.undecodable) throw new ImagePipelineError('undecodable', 'not an image');
    const { width, height } = this.size;
    return {
      imageId: 7,
      width,
      height,
      overLimit: width * height > pixelLimit,
      preview: this.picture(width, height),
    };
  }

  async copyPixels() {
    const { width, height } = this.size;
    return Uint8ClampedArray.from({ length: width * height * 4 }, (_, index) =>
      index % 4 === 3 || (index >> 2) % width >= width / 2 ? 255 : 0,
    );
  }

  async render(image: { width: number; height: number; pixels: Uint8ClampedArray }) {
    this.rendered.push(image.pixels);
    return this.picture(image.width, image.height);
  }

  release(picture: Picture) {
    this.released.push(picture.url);
  }

  dispose() {}

  private picture(width: number, height: number): Picture {
    return { url: `picture-${++this.pictures}`, width, height };
  }
}

function setUp(host: LabHost = inProcessHost()) {
  const pipeline = new FakePipeline();
  const store = new ImageLabStore({
    host,
    pipeline,
    fetchBlob: async () => new Blob(['sample']),
    now: () => 0,
  });
  return { store, pipeline };
}

describe('ImageLabStore', () => {
  it('opens a sample and filters it with Sobel x in the engine', async () => {
    const { store, pipeline } = setUp();
    await store.openSample('landscape');
    expect(store.image).toMatchObject({ width: 4, height: 3, overLimit: false });
    expect(store.before?.url).toBe('picture-1');
    store.kernel.name = 'sobel-x';
    store.display = 'absolute';
    store.colour = 'grayscale';
    await store.filter();
    expect(store.status).toBe('done');
    expect(store.after?.url).toBe('picture-2');
    expect(store.applied).toMatchObject({ width: 4, height: 3, display: 'absolute' });
    // Sobel x over a black-to-white edge: 4 x 255 = 1020 at the edge, clamped to 255; 0 in flat areas.
    const row = Array.from(
      pipeline.rendered[0]!.subarray(4 * 4, 8 * 4).filter((_, index) => index % 4 === 0),
    );
    expect(row).toEqual([0, 255, 255, 0]);
  });

  it('lets a newer request supersede an older one and releases what it no longer shows', async () => {
    const { store, pipeline } = setUp();
    await store.openSample('landscape');
    const first = store.filter();
    store.kernel.name = 'identity';
    const second = store.filter();
    await Promise.all([first, second]);
    expect(pipeline.rendered).toHaveLength(1);
    expect(store.applied?.kernel).toEqual({ name: 'identity' });
    await store.filter();
    expect(pipeline.released).toContain('picture-2');
  });

  it('shows a crashed worker clearly, and the next request works', async () => {
    const host = inProcessHost();
    let crash = true;
    const crashing: LabHost = {
      run: ((...args: Parameters<LabHost['run']>) =>
        crash
          ? Promise.reject(new EngineError('WORKER_CRASHED', 'The engine worker stopped: boom'))
          : host.run(...args)) as LabHost['run'],
    };
    const { store } = setUp(crashing);
    await store.openSample('landscape');
    await store.filter();
    expect(store.status).toBe('failed');
    expect(store.problem?.code).toBe('WORKER_CRASHED');
    expect(engineProblemText(store.problem!).en).toContain('restarted');
    crash = false;
    await store.filter();
    expect(store.status).toBe('done');
    expect(store.problem).toBeNull();
  });

  it('lets the engine refuse an over-limit image from its size alone, with the limit in the message', async () => {
    const { store, pipeline } = setUp();
    pipeline.size = { width: 8000, height: 5001 };
    await store.openSample('landscape');
    expect(store.image?.overLimit).toBe(true);
    await store.filter();
    expect(store.problem).toEqual({
      code: 'INPUT_TOO_LARGE',
      detail: 'image: 8000x5001 = 40008000 pixels is over the limit of 40000000',
    });
    expect(engineProblemText(store.problem!, { image: store.image! }).en).toBe(
      'The image is 8000 × 5001 = 40,008,000 pixels, over the limit of 40,000,000 pixels (40 megapixels). Choose a smaller image.',
    );
  });

  it('lets the engine refuse a custom kernel over 31 x 31, and names both sizes', async () => {
    const { store } = setUp();
    await store.openSample('landscape');
    store.kernel.name = 'custom';
    store.kernel.customText = Array(33).fill(Array(33).fill('1').join(' ')).join('\n');
    const request = store.kernelRequest;
    expect(request.ok).toBe(true);
    await store.filter();
    expect(store.problem?.code).toBe('INPUT_TOO_LARGE');
    expect(engineProblemText(store.problem!, { kernel: request.ok ? request.value : undefined }).zh).toBe(
      '卷积核是 33 × 33，超过了上限 31 × 31。',
    );
  });

  it('keeps the open image when a file cannot be decoded', async () => {
    const { store, pipeline } = setUp();
    await store.openSample('zone-plate');
    pipeline.undecodable = true;
    await store.openFile(new File(['nonsense'], 'notes.png'));
    expect(store.openProblem).toBe('undecodable');
    expect(store.sampleId).toBe('zone-plate');
    expect(store.image).not.toBeNull();
  });

  it('cancels a running filter and keeps the last result', async () => {
    const { store } = setUp();
    await store.openSample('landscape');
    await store.filter();
    const shown = store.after;
    const running = store.filter();
    store.cancel();
    await running;
    expect(store.status).toBe('cancelled');
    expect(store.after).toBe(shown);
  });
});
