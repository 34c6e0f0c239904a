import { describe, expect, it } from 'vitest';
import type {
  FromImageWorker,
  ToImageWorker,
} from '../../../src/renderer/features/convlab/image-messages.ts';
import { fitWithin } from '../../../src/renderer/features/convlab/image-messages.ts';
import {
  ImagePipelineError,
  WorkerImagePipeline,
} from '../../../src/renderer/features/convlab/image-pipeline.ts';

class FakeWorker {
  onmessage: ((event: MessageEvent<FromImageWorker>) => void) | null = null;
  onerror: ((event: ErrorEvent) => void) | null = null;
  terminated = false;
  constructor(private readonly answer: (message: ToImageWorker) => FromImageWorker | 'crash') {}
  postMessage(message: ToImageWorker): void {
    setTimeout(() => {
      const reply = this.answer(message);
      if (reply === 'crash') this.onerror?.({ message: 'boom', preventDefault() {} } as ErrorEvent);
      else this.onmessage?.({ data: reply } as MessageEvent<FromImageWorker>);
    });
  }
  terminate(): void {
    this.terminated = true;
  }
}

describe('WorkerImagePipeline', () => {
  it('answers each request by its id: a refused file as a value, a failure as a typed error', async () => {
    const pipeline = new WorkerImagePipeline(
      () =>
        new FakeWorker((message) =>
          message.type === 'open'
            ? { type: 'refused', id: message.id, refusal: { code: 'unknown-format' } }
            : { type: 'failed', id: message.id, failure: 'stale', message: 'That image is no longer open.' },
        ),
    );
    expect(await pipeline.open(new Blob(['x']), 100, 10)).toEqual({
      ok: false,
      refusal: { code: 'unknown-format' },
    });
    const error = await pipeline.copyPixels(1).catch((thrown: unknown) => thrown);
    expect(error).toBeInstanceOf(ImagePipelineError);
    expect((error as ImagePipelineError).failure).toBe('stale');
  });

  it('fails what was pending when the worker crashes, then starts a new worker', async () => {
    const workers: FakeWorker[] = [];
    let crash = true;
    const pipeline = new WorkerImagePipeline(() => {
      const worker = new FakeWorker((message) =>
        crash ? 'crash' : { type: 'pixels', id: message.id, pixels: new Uint8ClampedArray(8) },
      );
      workers.push(worker);
      return worker;
    });
    const error = await pipeline.copyPixels(1).catch((thrown: unknown) => thrown);
    expect((error as ImagePipelineError).failure).toBe('crashed');
    expect(workers[0]!.terminated).toBe(true);
    crash = false;
    expect(await pipeline.copyPixels(1)).toHaveLength(8);
    expect(workers).toHaveLength(2);
  });
});

describe('fitWithin', () => {
  it('scales the longest side down to fit and never enlarges', () => {
    expect(fitWithin(4000, 3000, 1280)).toEqual({ width: 1280, height: 960 });
    expect(fitWithin(400, 400, 1280)).toEqual({ width: 400, height: 400 });
    expect(fitWithin(5000, 1, 1280)).toEqual({ width: 1280, height: 1 });
  });
});
