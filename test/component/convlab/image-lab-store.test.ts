import { describe, expect, it } from 'vitest';
import { EngineError } from '../../../src/shared/engine/engine-error.ts';
import { ImageLabStore } from '../../../src/renderer/features/convlab/image-lab-store.svelte.ts';
import type { ImageRefusal } from '../../../src/renderer/features/convlab/image-messages.ts';
import { openProblemText } from '../../../src/renderer/features/convlab/image-open-problems.ts';
import type {
  ImagePipeline,
  OpenResult,
  Picture,
} from '../../../src/renderer/features/convlab/image-pipeline.ts';
import type { LabHost } from '../../../src/renderer/features/convlab/lab-engine.ts';
import { engineProblemDetail, engineProblemText } from '../../../src/renderer/features/convlab/messages.ts';
import { inProcessHost } from './in-process-host.ts';

/**
 * A pipeline with a 4x3 image of a vertical edge (left half black, right half white); no worker, no canvas. It
 * refuses what the worker would: a size over the limit (as its header says), or `refusal` when one is set.
 */
class FakePipeline implements ImagePipeline {
  size = { width: 4, height: 3 };
  released: string[] = [];
  rendered: Uint8ClampedArray[] = [];
  refusal: ImageRefusal | null = null;
  opened = 0;
  private pictures = 0;

  async open(blob: Blob, pixelLimit: number): Promise<OpenResult> {
    const { width, height } = this.size;
    if (width * height > pixelLimit) {
      return { ok: false, refusal: { code: 'too-large', format: 'png', width, height, limit: pixelLimit } };
    }
    if (this.refusal) return { ok: false, refusal: this.refusal };
    this.opened++;
    return { ok: true, image: { imageId: this.opened, width, height, preview: this.picture(width, height) } };
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
    expect(store.image).toMatchObject({ width: 4, height: 3 });
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

  it('refuses an image over the limit at opening, with its size and the limit, and keeps the open one', async () => {
    const { store, pipeline } = setUp();
    await store.openSample('zone-plate');
    const open = store.image;
    pipeline.size = { width: 12000, height: 12000 };
    await store.openFile(new File(['a small file'], 'huge.png'));
    expect(store.openProblem).toEqual({
      code: 'too-large',
      format: 'png',
      width: 12000,
      height: 12000,
      limit: 40_000_000,
    });
    expect(store.image).toBe(open);
    expect(store.sampleId).toBe('zone-plate');
    expect(openProblemText(store.openProblem!)).toEqual({
      zh: '图片太大：12000×12000，共 144,000,000 像素，超过了上限 40,000,000 像素。没有解码这张图片，原来的图片保持不变。',
      en: 'The image is too large: 12000 × 12000 = 144,000,000 pixels, over the limit of 40,000,000 pixels. It was not decoded; the previous image is still open.',
    });
    pipeline.size = { width: 4, height: 3 };
    await store.openSample('landscape');
    expect(store.openProblem).toBeNull();
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
    expect(store.problem?.refusal).toEqual({ code: 'kernelTooLarge', height: 33, width: 33, limit: 31 });
    expect(engineProblemDetail(store.problem!, 'zh')).toBe('卷积核是 33×33，超过了上限 31×31。');
  });

  it('keeps the open image when a file is refused, and words each refusal with its values', async () => {
    const { store, pipeline } = setUp();
    await store.openSample('zone-plate');
    pipeline.refusal = { code: 'damaged', format: 'jpeg', offset: 21 };
    await store.openFile(new File(['nonsense'], 'notes.jpg'));
    expect(store.openProblem).toEqual(pipeline.refusal);
    expect(store.sampleId).toBe('zone-plate');
    expect(store.image).not.toBeNull();
    expect(openProblemText(store.openProblem!).zh).toBe(
      '这个 JPEG 文件的文件头已损坏（第 21 字节处）。原来的图片保持不变。',
    );
    const refusals: ImageRefusal[] = [
      { code: 'empty' },
      { code: 'unknown-format' },
      { code: 'truncated', format: 'png', length: 20, needed: 29 },
      { code: 'undecodable', format: 'gif' },
    ];
    for (const refusal of refusals) {
      const text = openProblemText(refusal);
      expect(text.zh).toMatch(/原来的图片保持不变/);
      expect(`${text.zh} ${text.en}`).not.toMatch(/[{}]/);
    }
    expect(openProblemText(refusals[2]!).en).toBe(
      'This PNG file is cut short: it ends inside its header, after 20 bytes. The previous image is still open.',
    );
  });

  it('says "unreadable" when reading the file fails, and keeps the open image', async () => {
    let reads = 0;
    const store = new ImageLabStore({
      host: inProcessHost(),
      pipeline: new FakePipeline(),
      fetchBlob: async () => {
        if (++reads > 1) throw new Error('HTTP 404');
        return new Blob(['sample']);
      },
    });
    await store.openSample('zone-plate');
    const open = store.image;
    await store.openSample('landscape');
    expect(store.openProblem).toEqual({ code: 'unreadable' });
    expect(store.image).toBe(open);
    expect(store.sampleId).toBe('zone-plate');
  });

  it('filters again only when the fields describe another filter, so a screen shown again redoes nothing', async () => {
    const { store, pipeline } = setUp();
    await store.openSample('landscape');
    await store.syncFilter();
    await store.syncFilter();
    expect(pipeline.rendered).toHaveLength(1);
    store.kernel.name = 'sharpen';
    await store.syncFilter();
    expect(pipeline.rendered).toHaveLength(2);
    expect(store.applied?.kernel).toEqual({ name: 'sharpen' });
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
